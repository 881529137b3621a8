package corpus

import "io"

// Article is one input page as read, before any processing.
type Article struct {
	ID     string
	Source Source
	// Content is the page decoded to UTF-8: HTML when Source.Format is html,
	// else plain text.
	Content string
	// Notes are non-fatal remarks made while reading (e.g. a legacy encoding
	// that was decoded); they travel to the record.
	Notes []string
	// Date is when the page was fetched (a WARC record's WARC-Date), as
	// YYYY-MM-DD, or "": the record's published date when the page gives none.
	Date string
	// Err is set when the input could not be read; Content is then empty and
	// the record carries the error.
	Err *RecordError
}

// ArticleReader yields articles one at a time, in a stable order. Next returns
// io.EOF after the last article. A problem with one input is reported in that
// Article's Err, never as an error from Next: Next fails only when reading
// cannot go on at all.
type ArticleReader interface {
	Next() (Article, error)
	io.Closer
}
