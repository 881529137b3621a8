package corpus

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// DefaultMaxBytes is the default size limit of one input.
const DefaultMaxBytes = 5 << 20

// ReadOptions configure Open; the zero value works.
type ReadOptions struct {
	// Format is "auto" or "" (by extension and content), "text", "html",
	// "jsonl" or "warc".
	Format string
	// MaxBytes is the size limit of one input (a page file, or one JSONL
	// line); 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Extensions are the page file extensions read under a directory
	// (case-insensitive, with the dot); nil means .txt, .html and .htm. With
	// Format "jsonl" a directory yields its .jsonl and .ndjson files instead.
	Extensions []string
	// OnSkip, if set, is called with each file under a directory that is
	// not read because of its extension or type, so a caller can warn about
	// it. Hidden files and directories (name starting with ".") are skipped
	// without a call.
	OnSkip func(path string)
	// OnSkipRecord, if set, is called with each WARC record that is not a
	// page (a request, a redirect, an image), so a caller can count them.
	OnSkipRecord func(path string, why SkipReason)
}

// ParseError is a problem at one line of a line-oriented input: a JSONL
// page file, a records file, or any lexicon or data file a stage reads
// (the one positioned error type of every loader). Line 0 is the file as a
// whole.
type ParseError struct {
	Path string // the file as given, "stdin", or "" when unknown
	Line int    // 1-based
	Err  error
}

func (e *ParseError) Error() string {
	switch {
	case e.Path == "" && e.Line == 0:
		return e.Err.Error()
	case e.Path == "":
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	case e.Line == 0: // the file as a whole
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// inputFormat reads one command-line path in one format.
type inputFormat struct {
	name string
	// open returns the articles of path, "-" meaning stdin. It does no I/O:
	// opening happens on the first Next, so a missing file is a record.
	open func(path string, c *readConfig) ArticleReader
}

// formats are the values of ReadOptions.Format, each in its own file.
var formats = []inputFormat{
	{"auto", openAuto},   // read_auto.go
	{"text", openText},   // read_page.go
	{"html", openHTML},   // read_page.go
	{"jsonl", openJSONL}, // read_jsonl.go
	{"warc", openWARC},   // read_warc.go
}

// Formats returns the names ReadOptions.Format accepts.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// config is ReadOptions with the defaults filled in.
type readConfig struct {
	maxBytes int64
	stdin    io.Reader
	exts     []string
	onSkip   func(string)
	// onSkipRecord is ReadOptions.OnSkipRecord, never nil.
	onSkipRecord func(string, SkipReason)
}

// Open returns a reader over every article under paths, in order: a
// directory yields its page files in lexical order of their path, recursively;
// a JSONL file one article per non-blank line; any other file one article;
// "-" stdin (JSONL when its first line is a JSON object, else one page). No
// paths means stdin. An input that cannot be read becomes an article with Err
// set; Open itself fails only on bad options.
func Open(paths []string, opts ReadOptions) (ArticleReader, error) {
	c, err := opts.config()
	if err != nil {
		return nil, err
	}
	name := strings.ToLower(opts.Format)
	if name == "" {
		name = "auto"
	}
	var format *inputFormat
	for i := range formats {
		if formats[i].name == name {
			format = &formats[i]
		}
	}
	if c.stdin == nil {
		c.stdin = os.Stdin
	}
	if c.exts == nil {
		c.exts = []string{".txt", ".html", ".htm"}
	}
	c.exts = normalizeExts(c.exts)
	if c.onSkip == nil {
		c.onSkip = func(string) {}
	}
	if c.onSkipRecord = opts.OnSkipRecord; c.onSkipRecord == nil {
		c.onSkipRecord = func(string, SkipReason) {}
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	readers := make([]func() ArticleReader, len(paths))
	for i, p := range paths {
		readers[i] = func() ArticleReader { return format.open(p, c) }
	}
	return &uniqueIDs{ArticleReader: &readerChain{next: readers}, seen: map[string]int{}}, nil
}

// uniqueIDs renames an article whose id an earlier one already has (two
// folders given on the command line can both hold index.txt): ids key the
// records downstream, so they must not collide.
type uniqueIDs struct {
	ArticleReader
	seen map[string]int
}

func (u *uniqueIDs) Next() (Article, error) {
	a, err := u.ArticleReader.Next()
	if err != nil {
		return a, err
	}
	if n := u.seen[a.ID]; n > 0 {
		id := fmt.Sprintf("%s~%d", a.ID, n+1)
		for u.seen[id] > 0 {
			n++
			id = fmt.Sprintf("%s~%d", a.ID, n+1)
		}
		u.seen[a.ID] = n + 1
		a.Notes = append(a.Notes, fmt.Sprintf("id %q was taken by an earlier input: renamed %q", a.ID, id))
		a.ID = id
	}
	u.seen[a.ID]++
	return a, nil
}

// chain reads one reader after another.
type readerChain struct {
	cur  ArticleReader
	next []func() ArticleReader
}

func (c *readerChain) Next() (Article, error) {
	for {
		if c.cur == nil {
			if len(c.next) == 0 {
				return Article{}, io.EOF
			}
			c.cur, c.next = c.next[0](), c.next[1:]
		}
		a, err := c.cur.Next()
		if !errors.Is(err, io.EOF) {
			return a, err
		}
		err = c.cur.Close()
		c.cur = nil
		if err != nil {
			return Article{}, err
		}
	}
}

func (c *readerChain) Close() error {
	c.next = nil
	if c.cur == nil {
		return nil
	}
	err := c.cur.Close()
	c.cur = nil
	return err
}

// oneArticle yields one article, made on demand.
type oneArticle struct {
	make func() Article
	done bool
}

func (s *oneArticle) Next() (Article, error) {
	if s.done {
		return Article{}, io.EOF
	}
	s.done = true
	return s.make(), nil
}

func (s *oneArticle) Close() error { return nil }

// failedArticle is the article for an input that could not be read.
func failedArticle(id string, src Source, err error) Article {
	return Article{ID: id, Source: src, Err: &RecordError{Stage: StageRead, Message: err.Error()}}
}

// fileStem is a file's base name without its extension: the id of a file given
// on the command line.
func fileStem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// openPath is the shape every format shares: stdin, a directory walked for
// files whose extension is in exts, or a single file. each reads one file
// under the id it is given.
func openPath(path string, c *readConfig, exts []string, stdin func() ArticleReader,
	each func(path, id string) ArticleReader) ArticleReader {
	if path == "-" {
		return stdin()
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return &oneArticle{make: func() Article {
			return failedArticle(fileStem(path), Source{Path: path, Format: formatByExt(filepath.Ext(path))}, err)
		}}
	case info.IsDir():
		return &dirReader{root: path, c: c, exts: exts, each: each}
	}
	return each(path, fileStem(path))
}

// normalizeExts lower-cases extensions and gives each its leading dot.
func normalizeExts(exts []string) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = "." + strings.TrimPrefix(strings.ToLower(e), ".")
	}
	return out
}
