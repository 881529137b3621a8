package beamsift

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// Options configure Build. Inputs and Records are required; the rest has
// working defaults.
type Options struct {
	// Inputs are globs or file names on any file system Beam knows (a local
	// path, gs://bucket/dir/*.jsonl). A glob reads the files it matches that
	// bansift reads (.txt, .html, .htm pages and .jsonl, .ndjson files) and
	// names the others in the log; a name without wildcards is read whatever
	// its extension, as `bansift run FILE` reads it.
	Inputs []string
	// Format forces how inputs are read, as `bansift run --format`: "auto"
	// (or ""), "text", "html" or "jsonl".
	Format string
	// MaxBytes is the size limit of one input (a page file, or one JSONL
	// line); 0 means corpus.DefaultMaxBytes.
	MaxBytes int64
	// Records is the prefix of the record shards: PREFIX-00000-of-00004.jsonl.
	Records string
	// Claims is the prefix of the claim-row shards; "" writes none.
	Claims string
	// Shards is how many files each output is split into; 0 means 4. Every
	// shard is written, empty or not, so a reader can tell the set is whole.
	Shards int
}

// DefaultShards is the number of shards per output when Options.Shards is 0.
const DefaultShards = 4

// check reports the first problem with o, and fills in its defaults.
func (o *Options) check() error {
	if len(o.Inputs) == 0 {
		return errors.New("no inputs: give at least one glob or file")
	}
	for _, in := range o.Inputs {
		if strings.TrimSpace(in) == "" {
			return errors.New("an empty input name")
		}
	}
	if o.Records == "" {
		return errors.New("no output prefix for the records")
	}
	if o.Shards < 0 {
		return fmt.Errorf("%d shards: want at least 1", o.Shards)
	}
	if o.Shards == 0 {
		o.Shards = DefaultShards
	}
	// OpenFile checks the format and the limit the way workers will use
	// them, so a bad flag fails here and not on every worker.
	if _, err := corpus.OpenFile(corpus.File{Path: "check.txt"}, o.readOptions()); err != nil {
		return err
	}
	return nil
}

// readOptions are the options each file is read with.
func (o *Options) readOptions() corpus.ReadOptions {
	return corpus.ReadOptions{Format: o.Format, MaxBytes: o.MaxBytes}
}
