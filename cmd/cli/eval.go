package cli

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/pipeline"
)

// evalOptions are the flags of `bansift eval`.
type evalOptions struct {
	streams *IOStreams
	pipelineFlags
	// translationScores are the translation model's readings of the
	// records, for --verbose (see translationRunner).
	translationScores map[string]string
	// Articles is a folder of input pages, or a folder holding articles/ and
	// gold/ (like ../shared/corpus).
	Articles string
	// Gold is the folder of gold/*.json; "" means <Articles>/gold or a gold
	// folder beside Articles.
	Gold string
	// Records is a records file to score instead of running the pipeline; "-"
	// is stdin.
	Records string
	// Bench is the article-extraction benchmark folder; set, the cleaning
	// stage is scored against it instead of gold records.
	Bench string
	// Modes are the benchmark page renderings to score: text, text-browser, html.
	Modes []string
	// Split limits the benchmark to its tune or holdout half, or all.
	Split string
	// IDs is a file of benchmark ids to score, one per line ('#' comments).
	IDs string
	// Bootstrap is how many resamples of the pages give the ± of each
	// benchmark score; 0 prints none.
	Bootstrap int
	// Workers is how many pages are processed at once.
	Workers int
	// JSON prints the scores as JSON instead of a table.
	JSON bool
	// Verbose adds one entry per article or page.
	Verbose bool
	// Floors is a JSON file of minimum scores; a score below one exits 3.
	Floors string
	// FloorsSection overrides the floors section for gold scores ("corpus").
	FloorsSection string
}

func newEvalCmd(streams *IOStreams) *cobra.Command {
	return newEvalCmdF(streams, nil)
}

// newEvalCmdF is newEvalCmd with the run function replaceable by tests.
func newEvalCmdF(streams *IOStreams, runF func(context.Context, *evalOptions) error) *cobra.Command {
	opts := &evalOptions{streams: streams}
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score bansift against gold data or the article-extraction benchmark",
		Long: `Eval measures bansift and prints a table of scores (or --json).

Gold mode (--articles DIR, or --records FILE with --gold DIR): runs the
pipeline on the articles (or reads the records) and scores the records
against gold annotations in the format of ../shared/corpus/FORMAT.md:
language accuracy, translated-from recall and false-positive rate, relevance
accuracy, body token precision/recall/F1, boilerplate leak rate, claims
precision/recall/F1 counted per (actor country, vendor or target category)
pair, primary-claim recall, and on matched pairs the share with the right
action, status, sector, reason and target category.

Benchmark mode (--bench DIR): runs the cleaning stage on the pages of the
article-extraction benchmark (--mode text, text-browser, html; several may be
given) and scores the cleaned body with the benchmark's own shingle metric:
precision, recall, F1 and exact-match accuracy, with time per page. --split
tune or holdout scores a fixed half of the pages (by a hash of the id).

--floors FILE checks the scores against minimums, by section: "corpus" for
gold scores (or --floors-section), "bench_text", "bench_text_browser" and
"bench_html" for the benchmark. For leak_rate and translated_fp_rate the
number is a maximum. Exit status: 0 when every score meets its floor, 3 when
some do not, 1 when the evaluation could not run.`,
		Example: `  bansift eval --articles ../shared/corpus
  bansift eval --records out.jsonl --gold ../shared/corpus/gold --articles ../shared/corpus/articles
  bansift eval --bench ../shared/bench/article-extraction --mode text,text-browser,html --split holdout
  bansift eval --articles ../shared/corpus --floors .ci/floors.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return runEval(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Articles, "articles", "", "input pages `DIR` (or a folder with articles/ and gold/)")
	f.StringVar(&opts.Gold, "gold", "", "gold annotations `DIR` (default: DIR/gold of --articles, or a gold folder beside it)")
	f.StringVar(&opts.Records, "records", "", "score this records `FILE` (\"-\" for stdin) instead of running the pipeline")
	f.StringVar(&opts.Bench, "bench", "", "article-extraction benchmark `DIR`")
	f.StringSliceVar(&opts.Modes, "mode", []string{eval.BenchModeText}, "benchmark pages: "+strings.Join(eval.BenchModes, ", "))
	f.StringVar(&opts.Split, "split", eval.SplitAll, "benchmark pages: tune, holdout or all")
	f.StringVar(&opts.IDs, "ids", "", "score only the benchmark ids listed in `FILE`")
	f.IntVar(&opts.Bootstrap, "bootstrap", 0, "print ± (standard deviation over `N` resamples of the pages) for benchmark scores")
	f.IntVarP(&opts.Workers, "workers", "w", runtime.NumCPU(), "pages processed at once")
	f.BoolVar(&opts.JSON, "json", false, "print scores as JSON")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "add one line per article or page")
	f.StringVar(&opts.Floors, "floors", "", "check scores against the minimums in `FILE`")
	f.StringVar(&opts.FloorsSection, "floors-section", "corpus", "floors section for gold scores")
	opts.pipelineFlags.register(f)
	return cmd
}

type evalJSON struct {
	Gold   *eval.GoldResult   `json:"gold,omitempty"`
	Bench  []eval.BenchResult `json:"bench,omitempty"`
	Failed []string           `json:"below_floors"`
}

func runEval(ctx context.Context, opts *evalOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if opts.Workers < 1 {
		opts.Workers = 1
	}
	goldMode := opts.Articles != "" || opts.Records != "" || opts.Gold != ""
	if !goldMode && opts.Bench == "" {
		return errors.New("nothing to evaluate: give --articles DIR, --records FILE with --gold DIR, or --bench DIR")
	}
	var floors eval.Floors
	if opts.Floors != "" {
		var err error
		if floors, err = eval.LoadFloors(opts.Floors); err != nil {
			return err
		}
	}
	var p *pipeline.Pipeline
	if opts.Bench != "" || opts.Records == "" {
		// Build the pipeline as run would for the articles scored, so the
		// scores are those of what users run.
		var paths []string
		if goldMode && opts.Records == "" {
			if articles, _, err := opts.goldOptions().ResolveGoldDirs(); err == nil {
				paths = []string{articles}
			}
		}
		var err error
		if p, err = opts.newPipeline(ctx, paths, corpus.ReadOptions{}); err != nil {
			return err
		}
	}

	var out evalJSON
	var failures []string
	check := func(section string, metrics eval.Metrics) error {
		if floors == nil {
			return nil
		}
		fails, err := floors.Check(section, metrics)
		if err != nil {
			return err
		}
		for _, f := range fails {
			failures = append(failures, section+": "+f.String())
		}
		return nil
	}
	if goldMode {
		var runner eval.Runner = p
		if opts.Verbose && p != nil {
			tr := newTranslationRunner(p)
			runner, opts.translationScores = tr, tr.scores
		}
		res, err := eval.RunGold(ctx, runner, opts.goldOptions())
		if err != nil {
			return err
		}
		if err := check(opts.FloorsSection, res.Metrics); err != nil {
			return err
		}
		out.Gold = res
	}
	if opts.Bench != "" {
		for _, mode := range opts.Modes {
			res, err := eval.RunBench(ctx, cleanBody(p), opts.benchOptions(mode))
			if err != nil {
				return err
			}
			if err := check(benchSection(mode), res.Score.Metrics()); err != nil {
				return err
			}
			out.Bench = append(out.Bench, res)
		}
	}
	out.Failed = failures
	if out.Failed == nil {
		out.Failed = []string{}
	}

	var err error
	if opts.JSON {
		err = printEvalJSON(opts, out)
	} else {
		err = printEvalTable(opts, out)
	}
	if err != nil {
		return err
	}
	if len(failures) > 0 {
		return &exitError{code: ExitBelowFloors, err: fmt.Errorf("%d scores miss their floors:\n  %s",
			len(failures), strings.Join(failures, "\n  "))}
	}
	return nil
}

// benchSection is the floors section of a benchmark mode.
func benchSection(mode string) string {
	return "bench_" + strings.ReplaceAll(mode, "-", "_")
}

// cleanBody is the cleaning stage of p as the benchmark scores it.
func cleanBody(p *pipeline.Pipeline) eval.Cleaner {
	return func(a corpus.Article) (string, error) {
		c, err := p.Clean(a)
		return c.Body, err
	}
}

// goldOptions are the gold-mode settings of the flags.
func (opts *evalOptions) goldOptions() eval.GoldOptions {
	return eval.GoldOptions{Articles: opts.Articles, Gold: opts.Gold, Records: opts.Records,
		Stdin: opts.streams.In, Workers: opts.Workers, Warn: opts.streams.ErrOut}
}

// benchOptions are the benchmark settings of the flags for one mode.
func (opts *evalOptions) benchOptions(mode string) eval.BenchOptions {
	return eval.BenchOptions{Dir: opts.Bench, Mode: mode, Split: opts.Split, IDs: opts.IDs,
		Workers: opts.Workers, Bootstrap: opts.Bootstrap}
}
