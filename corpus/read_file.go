package corpus

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
)

// File is one input file whose bytes come from somewhere Open cannot reach
// by path: an object store, a distributed engine's file system, an archive.
type File struct {
	// Path names the file in Source.Path and in messages; its extension
	// decides how it is read, as for a file given to Open.
	Path string
	// ID is the id of the file's article, or for a JSONL file the stem of
	// the ids of lines that have none; "" means the file's stem.
	ID string
	// Size is the file's size in bytes when known, else 0: a page file over
	// the size limit is then refused without being read.
	Size int64
	// Open opens the file's bytes; it is called once, on the first Next.
	Open func() (io.ReadCloser, error)
}

// OpenFile returns the articles of one file, read exactly as Open reads a
// local file of that name with the same options: a .jsonl or .ndjson file
// one article per line, any other file one page (or as opts.Format forces).
// ReadOptions.Stdin, Extensions and OnSkip play no part. Like Open, it fails
// only on bad options; a file that cannot be read is an article with Err.
func OpenFile(f File, opts ReadOptions) (ArticleReader, error) {
	c, err := opts.config()
	if err != nil {
		return nil, err
	}
	if f.ID == "" {
		f.ID = fileStem(f.Path)
	}
	switch strings.ToLower(opts.Format) {
	case "", "auto":
		if isJSONLName(f.Path) {
			return newJSONLFrom(f, c), nil
		}
		return &oneArticle{make: func() Article { return readPage(f, c, "") }}, nil
	case "jsonl":
		return newJSONLFrom(f, c), nil
	case string(FormatText):
		return &oneArticle{make: func() Article { return readPage(f, c, FormatText) }}, nil
	case string(FormatHTML):
		return &oneArticle{make: func() Article { return readPage(f, c, FormatHTML) }}, nil
	}
	return nil, fmt.Errorf("input format %q cannot read a single file", opts.Format)
}

// config checks o and fills in its defaults.
func (o ReadOptions) config() (*readConfig, error) {
	name := strings.ToLower(o.Format)
	known := name == ""
	for _, f := range formats {
		known = known || f.name == name
	}
	if !known {
		return nil, fmt.Errorf("unknown input format %q (known: %s)", o.Format, strings.Join(Formats(), ", "))
	}
	if o.MaxBytes < 0 {
		return nil, fmt.Errorf("negative size limit %d", o.MaxBytes)
	}
	c := &readConfig{maxBytes: o.MaxBytes, stdin: o.Stdin, exts: o.Extensions, onSkip: o.OnSkip}
	if c.maxBytes == 0 {
		c.maxBytes = DefaultMaxBytes
	}
	return c, nil
}

// readPage reads f as one page. forced is the format to use, or "" to
// decide by extension and content.
func readPage(f File, c *readConfig, forced Format) Article {
	ext := filepath.Ext(f.Path)
	src := Source{Path: f.Path, Format: formatByExt(ext)}
	if forced != "" {
		src.Format = forced
	}
	if f.Size > c.maxBytes {
		return failedArticle(f.ID, src, &SizeError{Size: f.Size, Limit: c.maxBytes})
	}
	rc, err := f.Open()
	if err != nil {
		return failedArticle(f.ID, src, err)
	}
	defer rc.Close()
	// A regular file's size is known up front: refuse it without reading,
	// or read it into a buffer of its size at once.
	sizeHint := int64(0)
	if st, ok := rc.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if info, err := st.Stat(); err == nil && info.Mode().IsRegular() {
			if info.Size() > c.maxBytes {
				return failedArticle(f.ID, src, &SizeError{Size: info.Size(), Limit: c.maxBytes})
			}
			sizeHint = info.Size()
		}
	}
	data, err := readLimitedSize(rc, c.maxBytes, sizeHint)
	if err != nil {
		return failedArticle(f.ID, src, err)
	}
	origin := ""
	if ext != "" {
		origin = "a " + ext + " file"
	}
	return decodePage(f.ID, src, data, origin, forced)
}

// newJSONLFrom reads f as JSONL.
func newJSONLFrom(f File, c *readConfig) *jsonlReader {
	return &jsonlReader{name: f.Path, path: f.Path, fileStem: f.ID, c: c,
		open: func() (io.Reader, io.Closer, error) {
			rc, err := f.Open()
			if err != nil {
				return nil, nil, err
			}
			return rc, rc, nil
		}}
}
