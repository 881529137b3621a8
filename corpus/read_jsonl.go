package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// openJSONL reads path as JSONL: one page per line, an object with "id",
// "url", and "html" or "text". A directory yields its .jsonl and .ndjson
// files.
func openJSONL(path string, c *readConfig) ArticleReader {
	return openPath(path, c, []string{".jsonl", ".ndjson"},
		func() ArticleReader { return newJSONLStream(c.stdin, c) },
		func(path, id string) ArticleReader { return newJSONLFile(path, id, c) })
}

// isJSONLName reports a file name that auto mode reads as JSONL.
func isJSONLName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return true
	}
	return false
}

// jsonlReader yields one article per non-blank line.
type jsonlReader struct {
	name     string // in messages: the path as given, or "stdin"
	path     string // Source.Path
	fileStem string // id prefix of objects without an id: "<stem>:<line>"
	open     func() (io.Reader, io.Closer, error)
	c        *readConfig

	r      *bufio.Reader
	closer io.Closer
	line   int  // 1-based number of the last line read
	seen   bool // a non-blank line was read
	done   bool
}

// newJSONLFile reads the JSONL file path; id is the file's id, the stem of
// the ids of objects that have none.
func newJSONLFile(path, id string, c *readConfig) *jsonlReader {
	return newJSONLFrom(File{Path: path, ID: id, Open: func() (io.ReadCloser, error) { return os.Open(path) }}, c)
}

// newJSONLStream reads JSONL from stdin.
func newJSONLStream(r io.Reader, c *readConfig) *jsonlReader {
	return &jsonlReader{name: "stdin", path: "-", fileStem: "stdin", c: c,
		open: func() (io.Reader, io.Closer, error) { return r, nil, nil }}
}

func (j *jsonlReader) Next() (Article, error) {
	if j.done {
		return Article{}, io.EOF
	}
	src := Source{Path: j.path, Format: FormatText}
	if j.r == nil {
		r, closer, err := j.open()
		if err != nil {
			j.done = true
			return failedArticle(j.fileStem, src, err), nil
		}
		j.r, j.closer = bufio.NewReaderSize(r, 64<<10), closer
	}
	for {
		line, size, err := readLine(j.r, j.c.maxBytes)
		if errors.Is(err, io.EOF) {
			j.done = true
			if !j.seen {
				// An empty file must not vanish without a trace.
				return failedArticle(j.fileStem, src, ErrEmpty), nil
			}
			return Article{}, io.EOF
		}
		j.line++
		if j.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if err == nil && size <= j.c.maxBytes && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		j.seen = true
		if err != nil {
			// The rest of the file cannot be read: report where it broke.
			j.done = true
			return failedArticle(j.fallbackID(), src, j.errorf(err)), nil
		}
		if size > j.c.maxBytes {
			return failedArticle(j.fallbackID(), src, j.errorf(&SizeError{Size: size, Limit: j.c.maxBytes})), nil
		}
		return j.parse(line, src), nil
	}
}

func (j *jsonlReader) Close() error {
	j.done = true
	if j.closer == nil {
		return nil
	}
	err := j.closer.Close()
	j.closer = nil
	return err
}

func (j *jsonlReader) fallbackID() string { return fmt.Sprintf("%s:%d", j.fileStem, j.line) }

func (j *jsonlReader) errorf(err error) error {
	return &ParseError{Path: j.name, Line: j.line, Err: err}
}

// jsonlPage is one JSONL line. Fields are decoded by hand so that a bad
// field is named in the error and a good id survives a bad url.
type jsonlPage struct {
	ID   json.RawMessage `json:"id"`
	URL  json.RawMessage `json:"url"`
	HTML json.RawMessage `json:"html"`
	Text json.RawMessage `json:"text"`
}

// parse turns one non-blank line into an article.
func (j *jsonlReader) parse(line []byte, src Source) Article {
	id := j.fallbackID()
	if bytes.TrimSpace(line)[0] != '{' {
		return failedArticle(id, src, j.errorf(errors.New("not a JSON object")))
	}
	var p jsonlPage
	if err := json.Unmarshal(line, &p); err != nil {
		return failedArticle(id, src, j.errorf(fmt.Errorf("invalid JSON: %w", err)))
	}
	switch s, kind := jsonScalar(p.ID); kind {
	case jsonString, jsonNumber:
		if s != "" {
			id = s
		}
	case jsonOther:
		return failedArticle(id, src, j.errorf(errors.New(`"id" must be a string or a number`)))
	}
	switch s, kind := jsonScalar(p.URL); kind {
	case jsonString:
		if s != "" {
			src.URL = &s
		}
	case jsonNumber, jsonOther:
		return failedArticle(id, src, j.errorf(errors.New(`"url" must be a string`)))
	}
	html, htmlKind := jsonScalar(p.HTML)
	text, textKind := jsonScalar(p.Text)
	for _, f := range []struct {
		name string
		kind jsonKind
	}{{"html", htmlKind}, {"text", textKind}} {
		if f.kind == jsonNumber || f.kind == jsonOther {
			return failedArticle(id, src, j.errorf(fmt.Errorf("%q must be a string", f.name)))
		}
	}
	var notes []string
	content, byName, origin := text, FormatText, `the "text" field`
	switch {
	case htmlKind == jsonAbsent && textKind == jsonAbsent:
		return failedArticle(id, src, j.errorf(errors.New(`no "html" or "text" field`)))
	case htmlKind == jsonString && (textKind == jsonAbsent || strings.TrimSpace(html) != ""):
		if textKind == jsonString && strings.TrimSpace(text) != "" {
			notes = append(notes, `both "html" and "text" given: read "html"`)
		}
		content, byName, origin = html, FormatHTML, `the "html" field`
	}
	src.Format = byName
	a := decodePage(id, src, []byte(content), origin, "")
	if a.Err != nil {
		a.Err.Message = j.errorf(errors.New(a.Err.Message)).Error()
	}
	a.Notes = append(notes, a.Notes...)
	return a
}

// jsonKind is the kind of a JSON value held raw.
type jsonKind int

const (
	jsonAbsent jsonKind = iota // missing or null
	jsonString
	jsonNumber
	jsonOther
)

// jsonScalar decodes a raw string or number to its text.
func jsonScalar(raw json.RawMessage) (string, jsonKind) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", jsonAbsent
	case raw[0] == '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s, jsonString
		}
	case raw[0] == '-' || raw[0] >= '0' && raw[0] <= '9':
		return string(raw), jsonNumber
	}
	return "", jsonOther
}
