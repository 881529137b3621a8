package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
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
	// Format forces the input format ("auto", "text", "html", "jsonl").
	Format string
	// MaxBytes is the size limit of one input.
	MaxBytes int64
	// Progress draws a progress bar on stderr; on by default when stderr is a terminal.
	Progress bool
	pipelineFlags
}

func newRunCmd(streams *IOStreams, runF func(*runOptions) error) *cobra.Command {
	opts := &runOptions{streams: streams}
	cmd := &cobra.Command{
		Use:   "run [PATH...]",
		Short: "Run the full pipeline and write one JSON record per article",
		Long: `Run reads pages (folders of .txt/.html files, JSONL files, or "-" for stdin,
the default), strips boilerplate, detects the language and translation origin,
extracts technology-restriction claims and writes one JSON record per article,
one per line, to stdout or -o FILE. Progress and a summary go to stderr.

Exit status: 0 when every input was processed, 2 when some records carry an
error (the others are still written), 1 when the run could not go on.`,
		Example: `  bansift run samples
  bansift run -o records.jsonl --workers 4 pages/ more.jsonl
  cat page.html | bansift run --format html -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if len(opts.Paths) == 0 {
				opts.Paths = []string{"-"}
			}
			if !cmd.Flags().Changed("progress") {
				opts.Progress = streams.ErrIsTerminal
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
	f.StringVar(&opts.Format, "format", "auto", "input format: auto, text, html or jsonl")
	f.Int64Var(&opts.MaxBytes, "max-bytes", corpus.DefaultMaxBytes, "size limit of one input, in bytes")
	f.BoolVar(&opts.Progress, "progress", false, "draw a progress bar on stderr (default: when stderr is a terminal)")
	opts.pipelineFlags.register(f)
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
	if opts.Workers < 1 {
		return fmt.Errorf("--workers %d: want at least 1", opts.Workers)
	}
	start := time.Now()
	readOpts := corpus.ReadOptions{Format: opts.Format, MaxBytes: opts.MaxBytes, Stdin: opts.streams.In}
	p, err := opts.newPipeline(ctx, opts.Paths, readOpts)
	if err != nil {
		return err
	}
	readOpts.OnSkip = func(path string) {
		fmt.Fprintf(opts.streams.ErrOut, "bansift: skipping %s: not an input this format reads\n", path)
	}
	reader, err := corpus.Open(opts.Paths, readOpts)
	if err != nil {
		return err
	}
	defer reader.Close()

	out, closeOut, err := openOutput(opts.Output, opts.streams.Out)
	if err != nil {
		return err
	}
	w := corpus.NewJSONLWriter(out)
	toStdout := opts.Output == "" || opts.Output == "-"
	var bar *progressbar.ProgressBar
	if opts.Progress {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(opts.streams.ErrOut),
			progressbar.OptionSetDescription("pages"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("pages"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	var st runStats
	runErr := p.Run(ctx, reader, opts.Workers, func(rec corpus.Record) error {
		st.pages++
		st.claims += len(rec.Claims)
		if rec.Relevant.Label {
			st.relevant++
		}
		if rec.Error != nil {
			st.errors++
		}
		if bar != nil {
			bar.Add(1)
		}
		if err := w.Write(rec); err != nil {
			return err
		}
		// On stdout a reader may be waiting for each record as it comes
		// (a stream on stdin); a file is read when the run is over.
		if toStdout {
			return w.Flush()
		}
		return nil
	})
	if bar != nil {
		bar.Finish()
	}
	if err := w.Flush(); err != nil && runErr == nil {
		runErr = err
	}
	if err := closeOut(); err != nil && runErr == nil {
		runErr = err
	}
	elapsed := time.Since(start)
	fmt.Fprintf(opts.streams.ErrOut, "bansift: %d pages, %d errors, %d relevant, %d claims in %.1fs (%.1f pages/s)\n",
		st.pages, st.errors, st.relevant, st.claims, elapsed.Seconds(), float64(st.pages)/elapsed.Seconds())
	if runErr != nil {
		return runErr
	}
	if st.errors > 0 {
		return &exitError{code: ExitSomeFailed, err: fmt.Errorf("%d of %d inputs failed", st.errors, st.pages)}
	}
	return nil
}

// openOutput returns where records go: stdout for "" or "-", else a new file.
func openOutput(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	return bw, func() error {
		if err := bw.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}, nil
}
