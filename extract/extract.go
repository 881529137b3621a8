package extract

import "github.com/bansift/bansift/corpus"

// Options configure an Extractor; the zero value works.
type Options struct{}

// Document is what claims are extracted from.
type Document struct {
	Title      string
	Text       string // cleaned body; evidence offsets index into it
	Language   string // ISO 639-1
	Translated bool   // the text reads as a machine translation
}

// Extractor finds technology restrictions in articles. Built once, safe for
// concurrent use.
type Extractor struct{}

// New builds an Extractor.
func New(opts Options) (*Extractor, error) { return &Extractor{}, nil }

// Extract returns the claims doc reports, the primary one marked.
func (e *Extractor) Extract(doc Document) []corpus.Claim { return nil }
