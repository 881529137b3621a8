package beamsift

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Sift adds the reading and processing steps to s: every input of opts in,
// one record line per article and one line per claim row out, as
// PCollection<string> each, not yet written. Build is Sift and the writes.
func Sift(s beam.Scope, opts Options) (records, claims beam.PCollection, err error) {
	if err := opts.check(); err != nil {
		return beam.PCollection{}, beam.PCollection{}, err
	}
	records, claims = sift(s, opts)
	return records, claims, nil
}

// Build adds the whole job to s: Sift, then the record shards under
// opts.Records and, when opts.Claims is set, the claim-row shards.
func Build(s beam.Scope, opts Options) error {
	if err := opts.check(); err != nil {
		return err
	}
	records, claims := sift(s, opts)
	writeShards(s.Scope("records"), opts.Records, opts.Shards, records)
	if opts.Claims != "" {
		writeShards(s.Scope("claims"), opts.Claims, opts.Shards, claims)
	}
	return nil
}

// sift is Sift on checked options.
func sift(s beam.Scope, opts Options) (records, claims beam.PCollection) {
	s = s.Scope("bansift")
	files := beam.ParDo(s, &matchFn{Inputs: opts.Inputs, Format: opts.Format}, beam.Impulse(s))
	// Matching runs on one element: spread the files before reading them,
	// and the articles (a JSONL file holds thousands) before processing.
	files = beam.Reshuffle(s, files)
	articles := beam.ParDo(s, &readFn{Format: opts.Format, MaxBytes: opts.MaxBytes}, files)
	articles = beam.Reshuffle(s, articles)
	return beam.ParDo2(s, &processFn{}, articles)
}
