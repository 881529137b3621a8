package translation

import "github.com/bansift/bansift/corpus"

// Input is what the detector looks at.
type Input struct {
	Title    string
	Text     string   // cleaned body
	URL      string   // "" when unknown
	Lines    []string // lines removed from the page (source and credit lines live here)
	Language string   // detected ISO 639-1 code of Text
}

// Detector tells whether text reads as a translation. Safe for concurrent use.
type Detector struct{}

// New builds a Detector.
func New() (*Detector, error) { return &Detector{}, nil }

// Detect returns nil when in does not read as a translation.
func (d *Detector) Detect(in Input) *corpus.Translation { return nil }
