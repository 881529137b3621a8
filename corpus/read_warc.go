package corpus

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/nlnwa/gowarc/v3"
)

// openWARC reads path as a WARC file (plain or gzipped record by record):
// one article per response record with an HTML or text payload. A directory
// yields its .warc and .warc.gz files.
func openWARC(path string, c *readConfig) ArticleReader {
	if path == "-" {
		return &warcReader{name: "stdin", path: "-", c: c,
			open: func() (io.Reader, error) { return c.stdin, nil }}
	}
	info, err := os.Stat(path)
	if err == nil && info.IsDir() {
		// filepath.Ext of x.warc.gz is .gz: other .gz files are skipped here.
		return &dirReader{root: path, c: c, exts: []string{".warc", ".gz"},
			each: func(p, _ string) ArticleReader {
				if !isWARCName(p) {
					c.onSkip(p)
					return &readerChain{}
				}
				return newWARCFile(p, c)
			}}
	}
	return newWARCFile(path, c)
}

// isWARCName reports a file name that auto mode reads as WARC.
func isWARCName(path string) bool {
	lower := strings.ToLower(path)
	return strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz")
}

func newWARCFile(path string, c *readConfig) *warcReader {
	return &warcReader{name: path, path: path, c: c,
		open: func() (io.Reader, error) { return os.Open(path) }}
}

// SkipReason says why a WARC record was not read as an article.
type SkipReason string

// The reasons a WARC record is skipped; ReadOptions.OnSkipRecord gets one.
const (
	SkipNotResponse SkipReason = "not a response" // request, metadata, warcinfo, revisit, ... records
	SkipStatus      SkipReason = "not HTTP 200"   // redirects, errors
	SkipNotText     SkipReason = "not HTML or text"
)

// textMediaTypes are the payload types read as pages; any other is skipped.
// An empty Content-Type is read too: decoding then decides whether it is text.
var textMediaTypes = map[string]bool{
	"": true, "text/html": true, "application/xhtml+xml": true, "text/plain": true,
}

// warcReader yields the articles of one WARC stream.
type warcReader struct {
	name string // in ids and messages: the path as given, or "stdin"
	path string // Source.Path
	open func() (io.Reader, error)
	c    *readConfig

	r       *gowarc.WarcFileReader
	file    io.Reader
	pending *Article // a good record read past an error record, returned next
	end     int64    // the byte after the last record read
	done    bool
}

func (w *warcReader) Next() (Article, error) {
	if w.pending != nil {
		a := *w.pending
		w.pending = nil
		return a, nil
	}
	if w.done {
		return Article{}, io.EOF
	}
	if w.r == nil {
		f, err := w.open()
		if err == nil {
			w.file = f
			// gowarc closes a reader that is a Closer; stdin must stay open.
			w.r, err = gowarc.NewWarcFileReaderFromStream(struct{ io.Reader }{f}, 0, gowarc.WithBufferMaxMemBytes(w.c.maxBytes+1<<20))
		}
		if err != nil {
			w.done = true
			return failedArticle(fileStem(w.name), Source{Path: w.path, Format: FormatHTML}, err), nil
		}
	}
	var broken *Article // an error record not yet returned
	lastOffset := int64(-1)
	lastGood := w.end // where the last good record ended
	for {
		rec, err := w.r.Next()
		switch {
		case errors.Is(err, io.EOF) && rec.WarcRecord == nil:
			w.done = true
			if broken != nil {
				return *broken, nil
			}
			return Article{}, io.EOF
		case err == nil && truncated(rec.Validation) != nil:
			err = truncated(rec.Validation)
			fallthrough
		case err != nil:
			rec.Close()
			// Garbage after a corrupt record can fail again before the next
			// record starts: it is all one error record. The same offset
			// twice means the parser is stuck; the file ends there.
			if broken == nil {
				a := failedArticle(fmt.Sprintf("%s@%d", w.name, rec.Offset), Source{Path: w.path, Format: FormatHTML},
					fmt.Errorf("WARC record at byte %d: %w", rec.Offset, err))
				broken = &a
			}
			if rec.Offset == lastOffset {
				w.done = true
				return *broken, nil
			}
			lastOffset = rec.Offset
			continue
		}
		if broken == nil && skippedBytes(rec.Validation) != nil {
			// Bytes that are no record came before this one: a record cut
			// short in a plain WARC, or garbage. What they held is lost.
			a := failedArticle(fmt.Sprintf("%s@%d", w.name, lastGood), Source{Path: w.path, Format: FormatHTML},
				fmt.Errorf("WARC record at byte %d: %w", lastGood, skippedBytes(rec.Validation)))
			broken = &a
		}
		lastGood = rec.Offset + rec.Size
		a, ok := w.article(rec)
		rec.Close()
		w.end = lastGood
		if broken != nil {
			// The good record is read again after the error record.
			if ok {
				w.pending = &a
			}
			return *broken, nil
		}
		if ok {
			return a, nil
		}
	}
}

// truncated returns the validation finding that says a record ended before
// its Content-Length, or nil: such a record's content is cut short.
func truncated(validation []error) error {
	for _, v := range validation {
		msg := v.Error()
		if strings.Contains(msg, "end of record") || strings.Contains(msg, "content length") {
			return v
		}
	}
	return nil
}

// skippedBytes returns the validation finding that says bytes were skipped
// to find a record's start, or nil.
func skippedBytes(validation []error) error {
	for _, v := range validation {
		if strings.Contains(v.Error(), "bytes after expected offset") {
			return v
		}
	}
	return nil
}

// article turns a record into an article, or reports it skipped.
func (w *warcReader) article(rec gowarc.Record) (Article, bool) {
	wr := rec.WarcRecord
	if wr.Type() != gowarc.Response {
		w.c.onSkipRecord(w.path, SkipNotResponse)
		return Article{}, false
	}
	id := wr.RecordId()
	if id == "" {
		id = fmt.Sprintf("%s@%d", w.name, rec.Offset)
	}
	src := Source{Path: w.path, Format: FormatHTML}
	if u := wr.WarcHeader().Get(gowarc.WarcTargetURI); u != "" {
		src.URL = &u
	}
	date := ""
	if t, err := wr.Date(); err == nil {
		date = t.UTC().Format(time.DateOnly)
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		// A response record of another protocol (dns:, ftp:) is no page.
		w.c.onSkipRecord(w.path, SkipNotText)
		return Article{}, false
	}
	if block.HttpStatusCode() != 200 {
		w.c.onSkipRecord(w.path, SkipStatus)
		return Article{}, false
	}
	media, params, _ := mime.ParseMediaType(block.HttpHeader().Get("Content-Type"))
	if !textMediaTypes[strings.ToLower(media)] {
		w.c.onSkipRecord(w.path, SkipNotText)
		return Article{}, false
	}
	if strings.ToLower(media) == "text/plain" {
		src.Format = FormatText
	}
	a := w.payload(id, src, block, params["charset"])
	a.Date = date
	return a, true
}

// payload reads and decodes the HTTP body of a response block.
func (w *warcReader) payload(id string, src Source, block gowarc.HttpResponseBlock, charset string) Article {
	body, err := block.PayloadBytes()
	if err != nil {
		return failedArticle(id, src, err)
	}
	data, err := readLimited(body, w.c.maxBytes)
	if err != nil {
		return failedArticle(id, src, err)
	}
	d, err := decodeDeclared(data, charset)
	if err != nil {
		return failedArticle(id, src, err)
	}
	var note string
	src.Format, note = pageFormat(d.text, src.Format, "a WARC payload")
	if note != "" {
		d.notes = append(d.notes, note)
	}
	return Article{ID: id, Source: src, Content: d.text, Notes: d.notes}
}

// decodeDeclared decodes data whose charset a protocol header declares:
// valid UTF-8 stays UTF-8 whatever the header says (headers are often
// wrong that way); else the declared charset is tried before decode's guesses.
func decodeDeclared(data []byte, label string) (decoded, error) {
	if e, name := lookupCharset(label); e != nil && name != "utf-8" && !utf8.Valid(data) {
		d, err := decodeWith(e, data, name+" (declared in the HTTP header)")
		if err == nil && strings.Count(d.text, "\uFFFD") <= len(data)/100 {
			return finish(d, nil)
		}
	}
	return decode(data)
}

func (w *warcReader) Close() error {
	w.done = true
	var err error
	if w.r != nil {
		err = w.r.Close()
		w.r = nil
	}
	if c, ok := w.file.(io.Closer); ok && w.path != "-" {
		if cerr := c.Close(); err == nil {
			err = cerr
		}
	}
	w.file = nil
	return err
}
