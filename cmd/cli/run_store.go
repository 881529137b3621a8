package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/store"
	"github.com/bansift/bansift/neardup"
)

// storeFlags are the flags of `bansift run` for the store.
type storeFlags struct {
	// Store is the SQLite file every record is written to; "" means none.
	Store string
	// Force processes inputs the store already holds unchanged.
	Force bool
}

func (f *storeFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.Store, "store", "", "also write every record to the SQLite store `FILE`, and skip inputs it holds unchanged")
	fs.BoolVar(&f.Force, "force", false, "with --store: process every input again, even those the store holds unchanged")
}

// runSink is what happens to each record besides the output: its
// near-duplicate link, across the batch and the store, and the store.
type runSink struct {
	st     *store.Store
	run    *store.Run
	copies neardup.Index
	linked int // records linked to an earlier page
}

// open opens the store, when there is one, and returns the reader without
// the inputs it holds unchanged.
func (f *storeFlags) open(r corpus.ArticleReader) (corpus.ArticleReader, *runSink, error) {
	sink := &runSink{}
	if f.Store == "" {
		if f.Force {
			return nil, nil, errors.New("--force needs --store")
		}
		return r, sink, nil
	}
	st, err := store.Open(f.Store)
	if err != nil {
		return nil, nil, err
	}
	run, err := st.StartRun(store.RunOptions{Force: f.Force})
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("store %s: %w", f.Store, err)
	}
	sink.st, sink.run = st, run
	// Earlier runs' pages come first: a copy links to the earliest page.
	err = st.Signatures(func(id, url string, b []byte) error {
		if sig, ok := neardup.FromBytes(b); ok {
			sink.copies.Add(neardup.Page{ID: id, URL: url, Sig: sig})
		}
		return nil
	})
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("store %s: %w", f.Store, err)
	}
	return run.Filter(r), sink, nil
}

// put links one record to the page it copies, if any, and stores it.
// Records come in input order, so the links do not depend on the workers.
func (s *runSink) put(rec *corpus.Record) error {
	var minhash []byte
	if sig, ok := neardup.Sign(rec.Text); ok && rec.Error == nil {
		url := ""
		if rec.Source.URL != nil {
			url = *rec.Source.URL
		}
		if m, found := s.copies.Add(neardup.Page{ID: rec.ID, URL: url, Sig: sig}); found {
			rec.NearDuplicateOf = &corpus.NearDuplicate{ID: m.ID, URL: m.URL, Jaccard: m.Jaccard}
			s.linked++
		}
		minhash = sig.Bytes()
	}
	if s.run == nil {
		return nil
	}
	return s.run.Put(*rec, minhash)
}

// close commits the last batch and closes the store.
func (s *runSink) close() error {
	if s.st == nil {
		return nil
	}
	return errors.Join(s.run.Finish(), s.st.Close())
}

// summary is the summary line's clause about copies and the store, or "".
func (s *runSink) summary() string {
	var out string
	if s.linked > 0 {
		out = fmt.Sprintf(", %d near-duplicates", s.linked)
	}
	if s.run != nil {
		out += fmt.Sprintf(", %d unchanged inputs skipped (in the store)", s.run.Skipped())
	}
	return out
}
