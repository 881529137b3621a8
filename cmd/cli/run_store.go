package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/store"
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

// runSink is what happens to each record besides the output: the store.
// The zero sink (no --store) does nothing.
type runSink struct {
	st  *store.Store
	run *store.Run
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
	return run.Filter(r), sink, nil
}

// put stores one record.
func (s *runSink) put(rec *corpus.Record) error {
	if s.run == nil {
		return nil
	}
	return s.run.Put(*rec, nil)
}

// close commits the last batch and closes the store.
func (s *runSink) close() error {
	if s.st == nil {
		return nil
	}
	return errors.Join(s.run.Finish(), s.st.Close())
}

// summary is the summary line's clause about the store, or "".
func (s *runSink) summary() string {
	if s.run == nil {
		return ""
	}
	return fmt.Sprintf(", %d unchanged inputs skipped (in the store)", s.run.Skipped())
}
