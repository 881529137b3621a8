package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/dataset"
)

// datasetOptions are the flags and arguments of `bansift dataset`.
type datasetOptions struct {
	streams *IOStreams
	// Paths are records files written by `bansift run`; "-" is stdin.
	Paths []string
	// Kind is what to write: one of datasetKinds.
	Kind string
	// Format is the output format: one of dataset.Formats().
	Format string
	// Gap is the longest time between two mentions of one event; 0 means
	// dataset.DefaultGap.
	Gap time.Duration
	// MinConfidence leaves out claims less confident than this.
	MinConfidence float64
	// RelevantOnly leaves out records not labelled relevant.
	RelevantOnly bool
	// SkipBad skips lines that are not records, with a warning, instead of
	// failing.
	SkipBad bool
	// Output is the dataset file; "" or "-" means stdout.
	Output string
	// Store reads the records of a store written by `bansift run --store`
	// instead of records files.
	Store string
}

// datasetKind builds and writes one kind of dataset from a stream of
// records (each calls its function with every record); it returns how many
// rows it wrote.
type datasetKind struct {
	name  string
	noun  string // what the summary line counts
	write func(w io.Writer, each recordSource, opts *datasetOptions) (int, error)
}

// datasetKinds are the values of --kind.
var datasetKinds = []datasetKind{
	{"claims", "rows", writeClaimRows},
	{"events", "events", writeEventRows},
}

func datasetKindNames() []string {
	names := make([]string, len(datasetKinds))
	for i, k := range datasetKinds {
		names[i] = k.name
	}
	return names
}

func newDatasetCmd(streams *IOStreams) *cobra.Command {
	return newDatasetCmdF(streams, nil)
}

// newDatasetCmdF is newDatasetCmd with the run function replaceable by tests.
func newDatasetCmdF(streams *IOStreams, runF func(*datasetOptions) error) *cobra.Command {
	opts := &datasetOptions{streams: streams, Gap: dataset.DefaultGap}
	cmd := &cobra.Command{
		Use:   "dataset [RECORDS...]",
		Short: "Turn records files into a dataset of claims or of events",
		Long: `Dataset reads records files written by "bansift run" ("-" or no path for
stdin) and writes a dataset to stdout or -o FILE:

  --kind claims  one row per claim target: the record's id, URL, date,
                 language and translation origin, the actor, action, status,
                 vendor, product, category, sectors, reasons, confidence and
                 the first evidence sentence with its byte span.
  --kind events  one row per restriction: claims with the same actor country,
                 action and vendor (or target category) merged across
                 articles and languages, split where two dated mentions are
                 more than --gap apart, with first/last dates, languages,
                 counts, a combined confidence and the list of mentions.

--format jsonl writes one JSON object per line; --format csv a header row and
one row per line, lists joined with ";"; --format parquet a Parquet file
(zstd, lists as Parquet lists) for DuckDB, Spark and pandas. Records that
carry an error are left out and counted in the summary line on stderr.

--store FILE reads every record of a store written by "bansift run --store"
instead of records files: events then merge every run the store holds, and
an event keeps the id the store gave it before when later articles join.
Claims are written as they are read; events keep only what they merge.

Exit status: 0 when the dataset was written, 1 when it could not be: a line
that is not a record stops the run with its file and line, unless --skip-bad.
A last line cut short without a line end (the run writing the file was
killed) is skipped with a warning: every line before it is whole.`,
		Example: `  bansift dataset records.jsonl > claims.jsonl
  bansift dataset --kind events --format csv -o events.csv records-*.jsonl
  bansift run pages/ | bansift dataset --kind events --gap 90d --min-confidence 0.5 -
  bansift dataset --store bansift.db --format parquet -o claims.parquet`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"-"}
			}
			if runF != nil {
				return runF(opts)
			}
			return runDataset(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Kind, "kind", "claims", "dataset: "+strings.Join(datasetKindNames(), " or "))
	f.StringVar(&opts.Format, "format", "jsonl", "output format: "+strings.Join(dataset.Formats(), " or "))
	f.Var((*gapValue)(&opts.Gap), "gap", "events: longest time between two mentions of one event (`DURATION`, e.g. 180d or 720h)")
	f.Float64Var(&opts.MinConfidence, "min-confidence", 0, "leave out claims less confident than `X`")
	f.BoolVar(&opts.RelevantOnly, "relevant-only", false, "leave out records not labelled relevant")
	f.BoolVar(&opts.SkipBad, "skip-bad", false, "skip lines that are not records, with a warning, instead of failing")
	f.StringVarP(&opts.Output, "output", "o", "", "write the dataset to `FILE` instead of stdout")
	f.StringVar(&opts.Store, "store", "", "read the records of the store `FILE` (bansift run --store) instead of records files")
	return cmd
}

// gapValue is a duration flag that also takes days: "180d", "1.5d", "720h".
type gapValue time.Duration

func (g *gapValue) String() string {
	d := time.Duration(*g)
	if d%(24*time.Hour) == 0 {
		return strconv.FormatInt(int64(d/(24*time.Hour)), 10) + "d"
	}
	return d.String()
}

func (g *gapValue) Set(s string) error {
	var d time.Duration
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil {
			return fmt.Errorf("%q is not a number of days", s)
		}
		d = time.Duration(n * float64(24*time.Hour))
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return fmt.Errorf("%q is not a duration (e.g. 180d, 720h)", s)
		}
	}
	if d <= 0 {
		return fmt.Errorf("gap %q must be positive", s)
	}
	*g = gapValue(d)
	return nil
}

func (g *gapValue) Type() string { return "duration" }

// datasetStats count what was read, for the summary line.
type datasetStats struct {
	records, failed, claims, bad, torn int
}

func runDataset(opts *datasetOptions) error {
	i := slices.IndexFunc(datasetKinds, func(k datasetKind) bool { return k.name == opts.Kind })
	if i < 0 {
		return fmt.Errorf("unknown kind %q (known: %s)", opts.Kind, strings.Join(datasetKindNames(), ", "))
	}
	kind := datasetKinds[i]
	if !(opts.MinConfidence >= 0 && opts.MinConfidence <= 1) {
		return fmt.Errorf("--min-confidence %v: want a number from 0 to 1", opts.MinConfidence)
	}
	if !slices.Contains(dataset.Formats(), opts.Format) {
		return fmt.Errorf("%w %q (known: %s)", dataset.ErrUnknownFormat, opts.Format, strings.Join(dataset.Formats(), ", "))
	}

	var st datasetStats
	each, err := opts.recordSource(&st)
	if err != nil {
		return err
	}
	out, err := createOutput(opts.Output, opts.streams.Out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(out, 64<<10)
	n, err := kind.write(bw, each, opts)
	if err == nil {
		err = bw.Flush()
	}
	// A dataset is written whole or not at all: an earlier file stays
	// until the new one is complete, also when bad input stops it midway.
	if ferr := out.finish(err == nil); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	summary := fmt.Sprintf("bansift: %d records, %d claims, %d %s", st.records, st.claims, n, kind.noun)
	if st.failed > 0 {
		summary += fmt.Sprintf(", %d records with errors left out", st.failed)
	}
	if st.bad > 0 {
		summary += fmt.Sprintf(", %d bad lines skipped", st.bad)
	}
	if st.torn > 0 {
		summary += fmt.Sprintf(", %d torn last %s skipped", st.torn, plural(st.torn, "line", "lines"))
	}
	fmt.Fprintln(opts.streams.ErrOut, summary)
	return nil
}

// readDatasetRecords calls fn with each record of path ("-" for stdin). A
// line that is not a record fails the run with its position, or with
// SkipBad is counted and skipped with a warning.
func readDatasetRecords(path string, opts *datasetOptions, st *datasetStats, fn func(corpus.Record) error) error {
	in, name := opts.streams.In, "stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, path
	}
	rr := corpus.NewRecordReader(in, name)
	for {
		rec, err := rr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if errors.Is(err, corpus.ErrTornLine) {
			// A run killed mid-record: the lines before are whole.
			st.torn++
			fmt.Fprintf(opts.streams.ErrOut, "bansift: warning: skipping %v\n", err)
			continue
		}
		if err != nil {
			if !badLine(err) {
				return err
			}
			if !opts.SkipBad {
				return fmt.Errorf("%w (--skip-bad skips such lines)", err)
			}
			st.bad++
			fmt.Fprintf(opts.streams.ErrOut, "bansift: skipping %v\n", err)
			continue
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
}

// badLine reports whether err is a line that is not a record (bad JSON, the
// wrong shape, too long), as opposed to a file that cannot be read: only
// the first kind can be skipped.
func badLine(err error) bool {
	var pe *corpus.ParseError
	if !errors.As(err, &pe) {
		return false
	}
	var size *corpus.SizeError
	var syntax *json.SyntaxError
	var shape *json.UnmarshalTypeError
	return errors.As(pe.Err, &size) || errors.As(pe.Err, &syntax) || errors.As(pe.Err, &shape)
}

func writeClaimRows(w io.Writer, each recordSource, opts *datasetOptions) (int, error) {
	sink, err := dataset.NewClaimSink(w, opts.Format)
	if err != nil {
		return 0, err
	}
	n := 0
	err = each(func(rec corpus.Record) error {
		rows := slices.DeleteFunc(dataset.Claims([]corpus.Record{rec}), func(r dataset.ClaimRow) bool {
			return r.Confidence < opts.MinConfidence || (opts.RelevantOnly && !r.Relevant)
		})
		n += len(rows)
		return sink.Write(rows...)
	})
	if err != nil {
		return n, err
	}
	return n, sink.Close()
}

func writeEventRows(w io.Writer, each recordSource, opts *datasetOptions) (int, error) {
	var recs []corpus.Record
	err := each(func(rec corpus.Record) error {
		if rec.Error == nil && len(rec.Claims) > 0 {
			recs = append(recs, slimRecord(rec))
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	events := dataset.Events(recs, dataset.EventOptions{
		Gap:           opts.Gap,
		MinConfidence: opts.MinConfidence,
		RelevantOnly:  opts.RelevantOnly,
	})
	if opts.Store != "" {
		if err := stableEventIDs(opts.Store, events); err != nil {
			return 0, err
		}
	}
	return len(events), dataset.WriteEvents(w, opts.Format, events)
}
