package corpus

import (
	"io"
	"os"
)

// openText reads every input as plain text, whatever its name or content.
func openText(path string, c *readConfig) ArticleReader { return openPages(path, c, FormatText) }

// openHTML reads every input as HTML, whatever its name or content.
func openHTML(path string, c *readConfig) ArticleReader { return openPages(path, c, FormatHTML) }

// openPages reads path as pages of the forced format: each file, or stdin,
// is one page.
func openPages(path string, c *readConfig, forced Format) ArticleReader {
	return openPath(path, c, c.exts,
		func() ArticleReader {
			return &oneArticle{make: func() Article { return readStdinPage(c.stdin, c, forced) }}
		},
		func(path, id string) ArticleReader {
			return &oneArticle{make: func() Article { return readPageFile(path, id, c, forced) }}
		})
}

// readPageFile reads one page file. forced is the format to use, or "" to
// decide by extension and content.
func readPageFile(path, id string, c *readConfig, forced Format) Article {
	return readPage(File{Path: path, ID: id, Open: func() (io.ReadCloser, error) { return os.Open(path) }}, c, forced)
}

// readStdinPage reads r, stdin, as one page with the id "stdin".
func readStdinPage(r io.Reader, c *readConfig, forced Format) Article {
	src := Source{Path: "-", Format: FormatText}
	if forced != "" {
		src.Format = forced
	}
	data, err := readLimited(r, c.maxBytes)
	if err != nil {
		return failedArticle("stdin", src, err)
	}
	return decodePage("stdin", src, data, "", forced)
}

// readLimited reads r to its end, but never more than max+1 bytes: a 2 GB
// file is refused after max+1 bytes, not loaded.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	return readLimitedSize(r, max, 0)
}

// readLimitedSize is readLimited into a buffer sized for size bytes (a
// file's length; 0 if unknown), so that a page is read without the
// buffer being grown and copied on the way. A file that grew meanwhile is
// still read whole, up to max.
func readLimitedSize(r io.Reader, max, size int64) ([]byte, error) {
	// One byte more than expected, so that the read that meets the end
	// needs no larger buffer; io.ReadAll's 512 when the size is unknown.
	capacity := int64(512)
	if size > 0 {
		capacity = min(max, size) + 1
	}
	data := make([]byte, 0, capacity)
	lr := io.LimitReader(r, max+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > max {
		return nil, &SizeError{Limit: max}
	}
	return data, nil
}

// decodePage decodes data into the article id. Its format is forced, or else
// decided from src.Format (what the name suggests) and the content; origin
// names the source in a note when the content overrides the name.
func decodePage(id string, src Source, data []byte, origin string, forced Format) Article {
	d, err := decode(data)
	if err != nil {
		return failedArticle(id, src, err)
	}
	if forced == "" {
		var note string
		src.Format, note = pageFormat(d.text, src.Format, origin)
		if note != "" {
			d.notes = append(d.notes, note)
		}
	}
	return Article{ID: id, Source: src, Content: d.text, Notes: d.notes}
}
