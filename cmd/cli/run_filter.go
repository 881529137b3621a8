package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"
)

// filterMode is `bansift run --filter`: bansift as one stage of an engine
// that pipes lines through a command (Spark's RDD.pipe, Hadoop streaming,
// GNU parallel --pipe). The contract, which the tests hold it to:
//
//   - stdin is JSONL pages, whatever its first line looks like (a run
//     without --filter would take a stdin whose first line is not JSON for
//     one text page);
//   - one record line out per non-blank line in, in input order, each
//     flushed as soon as it is made, so the engine never waits on a buffer;
//   - exit 0 when the input was read to its end, even if records carry
//     errors (they are in the records; a non-zero exit makes those engines
//     kill and retry the task), 1 only when the run itself failed.
//
// A run without --filter keeps exit 2 for error records, for people and
// scripts that want to notice them.
type filterMode struct {
	// Filter turns the mode on.
	Filter bool
}

func (m *filterMode) register(f *pflag.FlagSet) {
	f.BoolVar(&m.Filter, "filter", false, "be a line filter for Spark RDD.pipe, Hadoop streaming or GNU parallel: JSONL pages on stdin, one record per line on stdout, flushed, in order; exit 0 even when records carry errors")
}

// apply checks the flags a filter run contradicts and sets the ones it
// implies; changed tells a flag the user gave from its default.
func (m *filterMode) apply(opts *runOptions, changed func(name string) bool) error {
	if !m.Filter {
		return nil
	}
	for _, p := range opts.Paths {
		if p != "-" {
			return fmt.Errorf("--filter reads stdin: drop the path %q", p)
		}
	}
	if opts.Output != "" && opts.Output != "-" {
		return fmt.Errorf("--filter writes to stdout: drop -o %s", opts.Output)
	}
	if changed("format") && !strings.EqualFold(opts.Format, "jsonl") {
		return fmt.Errorf("--filter reads JSONL: drop --format %s", opts.Format)
	}
	opts.Format = "jsonl"
	opts.Progress = false // a task's stderr is a log file, not a terminal
	opts.Templates = false
	return nil
}
