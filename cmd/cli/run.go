package cli

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/bansift/bansift/corpus"
)

// runOptions are the flags and arguments of `bansift run`.
type runOptions struct {
	streams *IOStreams
	// Paths are the inputs: folders, page files, JSONL files or "-" for stdin.
	Paths []string
	// Workers is how many articles are processed at once.
	Workers int
	// Output is the records file; "" or "-" means stdout.
	Output string
	// Format forces the input format ("auto", "text", "html", "jsonl", "warc").
	Format string
	// MaxBytes is the size limit of one input.
	MaxBytes int64
	// Progress draws a progress bar on stderr; on by default when stderr is a terminal.
	Progress bool
	pipelineFlags
	filterMode // run_filter.go
	profileFlags
	storeFlags
}

func newRunCmd(streams *IOStreams, runF func(*runOptions) error) *cobra.Command {
	opts := &runOptions{streams: streams}
	cmd := &cobra.Command{
		Use:   "run [PATH...]",
		Short: "Run the full pipeline and write one JSON record per article",
		Long: `Run reads pages (folders of .txt/.html files, JSONL files, WARC files, or "-" for stdin,
the default), strips boilerplate, detects the language and translation origin,
extracts technology-restriction claims and writes one JSON record per article,
one per line, to stdout or -o FILE. Progress and a summary go to stderr.
Each record that copies an earlier page's text (a syndicated story) names it
in near_duplicate_of. With --store FILE every record is also written to a
SQLite store, and inputs the store holds unchanged are skipped (not written
to the output again); a killed run started again does only what is missing.

With -o FILE the records go to FILE.partial-* beside FILE, one whole record
at a time, and that file is renamed onto FILE at the end (after Ctrl-C too,
when it holds records). Ctrl-C or SIGTERM stops the run.

Exit status: 0 when every input was processed, 2 when some records carry an
error (the others are still written), 1 when the run could not go on (bad
flags, a path that does not exist, an output that is also an input, an
interrupt). With --filter (for Spark RDD.pipe, Hadoop streaming, GNU
parallel): JSONL on stdin, one record per line out, flushed, in order, and 0
even when records carry errors.`,
		Example: `  bansift run samples
  bansift run -o records.jsonl --workers 4 pages/ more.jsonl
  cat page.html | bansift run --format html -
  bansift run --filter < pages.jsonl
  bansift run --store bansift.db -o /dev/null crawl-*.warc.gz`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"-"}
			}
			if !cmd.Flags().Changed("progress") {
				opts.Progress = streams.ErrIsTerminal
			}
			if err := opts.filterMode.apply(opts, cmd.Flags().Changed); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return runRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&opts.Workers, "workers", "w", runtime.NumCPU(), "articles processed at once")
	f.StringVarP(&opts.Output, "output", "o", "", "write records to `FILE` instead of stdout")
	f.StringVar(&opts.Format, "format", "auto", "input format: auto, text, html, jsonl or warc")
	f.Int64Var(&opts.MaxBytes, "max-bytes", corpus.DefaultMaxBytes, "size limit of one input, in bytes")
	f.BoolVar(&opts.Progress, "progress", false, "draw a progress bar on stderr (default: when stderr is a terminal)")
	opts.pipelineFlags.register(f)
	opts.filterMode.register(f)
	opts.profileFlags.register(f)
	opts.storeFlags.register(f)
	return cmd
}

// runStats count what a run did, for the summary line.
type runStats struct {
	pages, errors, claims, relevant int
}

func runRun(ctx context.Context, opts *runOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := opts.check(); err != nil {
		return err
	}
	stopProfiles, err := opts.startProfiles()
	if err != nil {
		return err
	}
	defer func() {
		if err := stopProfiles(); err != nil {
			fmt.Fprintf(opts.streams.ErrOut, "bansift: %v\n", err)
		}
	}()
	start := time.Now()
	readOpts := corpus.ReadOptions{Format: opts.Format, MaxBytes: opts.MaxBytes, Stdin: opts.streams.In}
	// The bar is drawn before the models load and the template pass reads
	// the batch, so a terminal is not blank for the first seconds.
	var bar *progress
	if opts.Progress {
		total, known := corpus.Count(opts.Paths, readOpts)
		if !known {
			total = -1
		}
		bar = newProgress(opts.streams.ErrOut, total)
	}
	p, err := opts.newPipeline(ctx, opts.Paths, readOpts)
	if err != nil {
		bar.finish()
		return interrupted(ctx, err, 0)
	}
	p, timings := opts.timed(p)
	readOpts.OnSkip = func(path string) {
		fmt.Fprintf(opts.streams.ErrOut, "bansift: skipping %s: not an input this format reads\n", path)
	}
	var skips recordSkips
	readOpts.OnSkipRecord = skips.add
	reader, err := corpus.Open(opts.Paths, readOpts)
	if err != nil {
		bar.finish()
		return err
	}
	defer reader.Close()
	reader, sink, err := opts.storeFlags.open(reader)
	if err != nil {
		bar.finish()
		return err
	}

	out, err := createOutput(opts.Output, opts.streams.Out)
	if err != nil {
		bar.finish()
		return err
	}
	w := corpus.NewJSONLWriter(out)
	toTerminal := out.target == "" && opts.streams.OutIsTerminal
	var st runStats
	runErr := p.Run(ctx, reader, opts.Workers, func(rec corpus.Record) error {
		st.count(rec)
		if toTerminal {
			bar.clear()
		}
		if err := sink.put(&rec); err != nil {
			return err
		}
		// Each record is flushed whole: a reader on stdout may be waiting
		// for it (a stream on stdin), and a run killed mid-way leaves a
		// file of whole lines.
		if err := w.Write(rec); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		bar.add()
		return nil
	})
	bar.finish()
	// What was written stays: on success, and when the run was cut short
	// after some records (Ctrl-C, a full disk); a run that wrote nothing
	// leaves an earlier file alone.
	if err := out.finish(runErr == nil || st.pages > 0); err != nil && runErr == nil {
		runErr = err
	}
	if err := sink.close(); err != nil && runErr == nil {
		runErr = err
	}
	elapsed := time.Since(start)
	summary := fmt.Sprintf("%d pages", st.pages)
	if ctx.Err() != nil {
		summary = fmt.Sprintf("interrupted after %d pages", st.pages)
	}
	fmt.Fprintf(opts.streams.ErrOut, "bansift: %s, %d errors, %d relevant, %d claims%s%s in %.1fs (%.1f pages/s)%s\n",
		summary, st.errors, st.relevant, st.claims, &skips, sink.summary(), elapsed.Seconds(), float64(st.pages)/elapsed.Seconds(), stageSummary(timings))
	if runErr != nil {
		return interrupted(ctx, runErr, st.pages)
	}
	if st.errors > 0 && !opts.Filter {
		return &exitError{code: ExitSomeFailed, err: fmt.Errorf("%d of %d inputs failed", st.errors, st.pages)}
	}
	return nil
}

// count adds one record to the stats.
func (st *runStats) count(rec corpus.Record) {
	st.pages++
	st.claims += len(rec.Claims)
	if rec.Relevant.Label {
		st.relevant++
	}
	if rec.Error != nil {
		st.errors++
	}
}

// check refuses bad flags and paths before any work is done or any file is
// written.
func (opts *runOptions) check() error {
	if opts.Workers < 1 {
		return fmt.Errorf("--workers %d: want at least 1", opts.Workers)
	}
	if opts.MaxBytes < 1 {
		return fmt.Errorf("--max-bytes %d: want at least 1 byte", opts.MaxBytes)
	}
	if err := checkInputsExist(opts.Paths); err != nil {
		return err
	}
	return checkOutputNotInput(opts.Output, opts.Paths, opts.Format)
}

// interrupted replaces the error of a run stopped by Ctrl-C or SIGTERM
// ("context canceled") with one that says what happened.
func interrupted(ctx context.Context, err error, pages int) error {
	if ctx.Err() == nil || !errors.Is(err, ctx.Err()) {
		return err
	}
	return &exitError{code: ExitError, err: fmt.Errorf("interrupted after %d %s", pages, plural(pages, "page", "pages"))}
}
