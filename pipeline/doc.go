// Package pipeline turns one article into one record, and a stream of
// articles into a stream of records.
//
// Process is a pure function of the article and of read-only state built once
// in New (language models, lexicons, gazetteers), so one Pipeline serves any
// number of goroutines and the same code could run inside a distributed
// engine:
//
//	p, _ := pipeline.New(pipeline.Options{})
//	rec := p.Process(corpus.Article{ID: "a1", Source: corpus.Source{Format: corpus.FormatText}, Content: page})
//	// rec.Text, rec.Language, rec.TranslatedFrom, rec.Claims, rec.Relevant ...
//
// The stages, in order: clean (DOM extraction for HTML, line classification
// for text), detect the language of the body, tell whether it reads as a
// translation, extract claims, decide relevance. A stage that fails puts its
// error in the record; Run processes a reader's articles on several workers
// and emits the records in input order.
//
// One page's work is bounded so that no page under the size limit can take
// a batch down (bounds.go, fallback.go, budget.go): a text page is cleaned
// to its first 20,000 lines, an HTML page too deep or too large for the DOM
// is read by stripping its tags, removed is capped, and Run gives each page
// a time budget (Options.PageTimeout) that the stages check; a page over it
// gets an error record. Each cut is said in the record's notes.
//
// WithTimings gives a pipeline that adds the time of each stage to a
// Timings, for `bansift run --verbose` and BenchmarkCorpus.
package pipeline
