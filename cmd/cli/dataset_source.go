package cli

import (
	"os"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/dataset"
	"github.com/bansift/bansift/corpus/store"
)

// recordSource calls its function with every record, one at a time, and
// stops at the first error.
type recordSource func(func(corpus.Record) error) error

// recordSource reads the records of the store or of the records files,
// counting them in st as they go by.
func (opts *datasetOptions) recordSource(st *datasetStats) (recordSource, error) {
	count := func(fn func(corpus.Record) error) func(corpus.Record) error {
		return func(rec corpus.Record) error {
			st.records++
			if rec.Error != nil {
				st.failed++
			} else {
				st.claims += len(rec.Claims)
			}
			return fn(rec)
		}
	}
	if opts.Store != "" {
		if _, err := os.Stat(opts.Store); err != nil {
			return nil, err // a typo must not create an empty store
		}
		return func(fn func(corpus.Record) error) error {
			s, err := store.Open(opts.Store)
			if err != nil {
				return err
			}
			defer s.Close()
			return s.Records(count(fn))
		}, nil
	}
	return func(fn func(corpus.Record) error) error {
		for _, path := range opts.Paths {
			if err := readDatasetRecords(path, opts, st, count(fn)); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// slimRecord keeps what events use of a record: not its text, removed
// lines or notes, and of each claim's evidence only the first sentence.
func slimRecord(rec corpus.Record) corpus.Record {
	rec.Text, rec.Removed, rec.Notes = "", nil, nil
	claims := make([]corpus.Claim, len(rec.Claims))
	for i, c := range rec.Claims {
		if len(c.Evidence) > 1 {
			c.Evidence = c.Evidence[:1:1]
		}
		claims[i] = c
	}
	rec.Claims = claims
	return rec
}

// stableEventIDs keeps the ids the store gave earlier events (see
// store.StableEventIDs) and records the new ones.
func stableEventIDs(path string, events []dataset.Event) error {
	s, err := store.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.StableEventIDs(events)
}
