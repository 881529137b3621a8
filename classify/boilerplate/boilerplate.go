package boilerplate

import "github.com/bansift/bansift/corpus"

// Options configure a Cleaner; the zero value works.
type Options struct{}

// Cleaner strips boilerplate from plain-text page dumps. It is built once and
// safe for concurrent use.
type Cleaner struct{}

// New builds a Cleaner.
func New(opts Options) (*Cleaner, error) { return &Cleaner{}, nil }

// Result is a cleaned page.
type Result struct {
	Title     string
	Published string // ISO date YYYY-MM-DD, or ""
	Body      string // paragraphs separated by a blank line
	Removed   []corpus.Removed
}

// Clean classifies the lines of text and keeps the article body. lang is an
// ISO 639-1 hint ("" when unknown).
func (c *Cleaner) Clean(text, lang string) Result {
	return Result{Body: text}
}
