package htmlclean

import "github.com/bansift/bansift/corpus"

// Options configure an Extractor; the zero value works.
type Options struct{}

// Extractor finds the article in an HTML page. It is safe for concurrent use.
type Extractor struct{}

// New builds an Extractor.
func New(opts Options) *Extractor { return &Extractor{} }

// Result is the article found in a page.
type Result struct {
	Title     string
	Published string // ISO date YYYY-MM-DD, or ""
	Body      string // paragraphs separated by a blank line
	Removed   []corpus.Removed
}

// Extract returns the article in page; url may be "".
func (e *Extractor) Extract(page, url string) (Result, error) {
	return Result{Body: page}, nil
}
