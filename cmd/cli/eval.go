package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/pipeline"
)

// evalOptions are the flags of `bansift eval`.
type evalOptions struct {
	streams *IOStreams
	pipelineFlags
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

// goldResult is the outcome of gold mode.
type goldResult struct {
	Gold    string      `json:"gold"`
	Source  string      `json:"source"` // articles folder or records file
	Seconds float64     `json:"seconds"`
	Workers int         `json:"workers,omitempty"`
	Report  eval.Report `json:"report"`
	Metrics metricsJSON `json:"metrics"`
	Section string      `json:"-"`
	Notes   []string    `json:"notes,omitempty"`
	metrics []eval.Metric
}

// benchResult is the outcome of one benchmark mode.
type benchResult struct {
	Mode      string                `json:"mode"`
	Split     string                `json:"split"`
	Score     eval.BenchScore       `json:"score"`
	Spread    *eval.BenchSpread     `json:"spread,omitempty"` // with --bootstrap
	MsPerPage float64               `json:"ms_per_page"`      // cleaning time per page, per worker
	Seconds   float64               `json:"seconds"`          // wall time
	Errors    int                   `json:"errors"`
	Pages     []benchPageResult     `json:"pages,omitempty"` // with --verbose
	pages     []eval.BenchPageScore // always, for the verbose table
	errs      []string
}

type benchPageResult struct {
	eval.BenchPageScore
	Ms    float64 `json:"ms"`
	Error string  `json:"error,omitempty"`
}

// metricsJSON maps metric names to values, null when undefined.
type metricsJSON []eval.Metric

func (m metricsJSON) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, x := range m {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(x.Name)
		b.Write(name)
		b.WriteByte(':')
		if !x.Defined {
			b.WriteString("null")
			continue
		}
		v, err := json.Marshal(x.Value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

type evalJSON struct {
	Gold   *goldResult   `json:"gold,omitempty"`
	Bench  []benchResult `json:"bench,omitempty"`
	Failed []string      `json:"below_floors"`
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
			if articles, _, err := resolveGoldDirs(opts); err == nil {
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
	check := func(section string, metrics []eval.Metric) error {
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
		res, err := evalGold(ctx, p, opts)
		if err != nil {
			return err
		}
		if err := check(opts.FloorsSection, res.metrics); err != nil {
			return err
		}
		out.Gold = res
	}
	if opts.Bench != "" {
		for _, mode := range opts.Modes {
			res, err := evalBench(ctx, p, opts, mode)
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

// resolveGoldDirs finds the articles and gold folders from the flags.
func resolveGoldDirs(opts *evalOptions) (articles, gold string, err error) {
	articles, gold = opts.Articles, opts.Gold
	if articles != "" {
		if isDir(filepath.Join(articles, "articles")) {
			if gold == "" && isDir(filepath.Join(articles, "gold")) {
				gold = filepath.Join(articles, "gold")
			}
			articles = filepath.Join(articles, "articles")
		}
		if gold == "" && isDir(filepath.Join(filepath.Dir(filepath.Clean(articles)), "gold")) {
			gold = filepath.Join(filepath.Dir(filepath.Clean(articles)), "gold")
		}
	}
	if gold == "" {
		return "", "", errors.New("no gold folder: give --gold DIR")
	}
	if articles == "" && opts.Records == "" {
		return "", "", errors.New("give --articles DIR to run the pipeline, or --records FILE")
	}
	return articles, gold, nil
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

func evalGold(ctx context.Context, p *pipeline.Pipeline, opts *evalOptions) (*goldResult, error) {
	articlesDir, goldDir, err := resolveGoldDirs(opts)
	if err != nil {
		return nil, err
	}
	gold, err := eval.LoadGold(goldDir)
	if err != nil {
		return nil, err
	}
	res := &goldResult{Gold: goldDir}
	var records []corpus.Record
	var texts map[string]string
	start := time.Now()
	if opts.Records != "" {
		res.Source = opts.Records
		if records, err = readRecordsArg(opts.Records, opts.streams.In); err != nil {
			return nil, err
		}
		if articlesDir != "" {
			if texts, err = eval.LoadGoldArticles(articlesDir, gold); err != nil {
				return nil, err
			}
		} else {
			res.Notes = append(res.Notes, "no --articles: body and leak scores left out")
		}
	} else {
		res.Source, res.Workers = articlesDir, opts.Workers
		if records, texts, err = runPipeline(ctx, p, articlesDir, opts.Workers); err != nil {
			return nil, err
		}
	}
	res.Seconds = time.Since(start).Seconds()
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if text, ok := texts[id]; ok {
			if err := eval.CheckGoldLines(gold[id], text); err != nil {
				fmt.Fprintf(opts.streams.ErrOut, "bansift: warning: %v\n", err)
			}
		}
	}
	res.Report = eval.Evaluate(records, gold, texts)
	res.metrics = res.Report.Metrics()
	res.Metrics = res.metrics
	return res, nil
}

func readRecordsArg(path string, stdin io.Reader) ([]corpus.Record, error) {
	if path == "-" {
		return corpus.ReadRecords(stdin)
	}
	return corpus.ReadRecordsFile(path)
}

// textKeeper passes articles through and keeps the plain-text ones, keyed by
// gold id, for body and leak scores.
type textKeeper struct {
	corpus.ArticleReader
	mu    sync.Mutex
	texts map[string]string
}

func (k *textKeeper) Next() (corpus.Article, error) {
	a, err := k.ArticleReader.Next()
	if err == nil && a.Err == nil && a.Source.Format == corpus.FormatText {
		k.mu.Lock()
		k.texts[eval.RecordKey(a.ID)] = a.Content
		k.mu.Unlock()
	}
	return a, err
}

func runPipeline(ctx context.Context, p *pipeline.Pipeline, dir string, workers int) ([]corpus.Record, map[string]string, error) {
	r, err := corpus.Open([]string{dir}, corpus.ReadOptions{})
	if err != nil {
		return nil, nil, err
	}
	defer r.Close()
	k := &textKeeper{ArticleReader: r, texts: map[string]string{}}
	var records []corpus.Record
	err = p.Run(ctx, k, workers, func(rec corpus.Record) error {
		records = append(records, rec)
		return nil
	})
	return records, k.texts, err
}

// readIDs reads one id per line; blank lines and '#' comments are skipped.
func readIDs(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ids := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			ids[line] = true
		}
	}
	return ids, sc.Err()
}

func evalBench(ctx context.Context, p *pipeline.Pipeline, opts *evalOptions, mode string) (benchResult, error) {
	res := benchResult{Mode: mode, Split: opts.Split}
	pages, err := eval.LoadBench(opts.Bench, mode)
	if err != nil {
		return res, err
	}
	if pages, err = eval.FilterBench(pages, opts.Split); err != nil {
		return res, err
	}
	if opts.IDs != "" {
		ids, err := readIDs(opts.IDs)
		if err != nil {
			return res, err
		}
		pages = slices.DeleteFunc(pages, func(p eval.BenchPage) bool { return !ids[p.ID] })
	}
	if len(pages) == 0 {
		return res, fmt.Errorf("no benchmark pages left to score in %s (mode %s, split %s)", opts.Bench, mode, opts.Split)
	}

	// Each page writes only its own slot, so results are in page order
	// whatever the scheduling.
	pairs := make([]eval.BenchPair, len(pages))
	durations := make([]time.Duration, len(pages))
	errs := make([]string, len(pages))
	start := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(opts.Workers)
	for i, page := range pages {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			t := time.Now()
			c, err := cleanSafely(p, page.Article())
			durations[i] = time.Since(t)
			pairs[i] = eval.BenchPair{ID: page.ID, Gold: page.Gold, Predicted: c.Body}
			if err != nil {
				errs[i] = err.Error()
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return res, err
	}
	res.Seconds = time.Since(start).Seconds()
	res.Score, res.pages = eval.ScoreBenchDetail(pairs)
	var total time.Duration
	for i, d := range durations {
		total += d
		if errs[i] != "" {
			res.Errors++
		}
	}
	res.MsPerPage = float64(total.Microseconds()) / 1000 / float64(len(pages))
	res.errs = errs
	if opts.Bootstrap > 1 {
		// A fixed seed keeps the printed ± the same from run to run.
		spread := eval.BootstrapBench(res.pages, opts.Bootstrap, 1)
		res.Spread = &spread
	}
	if opts.Verbose {
		res.Pages = make([]benchPageResult, len(pages))
		for i := range pages {
			res.Pages[i] = benchPageResult{BenchPageScore: res.pages[i],
				Ms: float64(durations[i].Microseconds()) / 1000, Error: errs[i]}
		}
	}
	return res, nil
}

// cleanSafely runs the cleaning stage, turning a panic into an error so that
// one bad page cannot end the evaluation.
func cleanSafely(p *pipeline.Pipeline, a corpus.Article) (c pipeline.Cleaned, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return p.Clean(a)
}

func printEvalJSON(opts *evalOptions, out evalJSON) error {
	if out.Gold != nil && !opts.Verbose {
		out.Gold.Report.Articles = nil
	}
	enc := json.NewEncoder(opts.streams.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func printEvalTable(opts *evalOptions, out evalJSON) error {
	w := opts.streams.Out
	if g := out.Gold; g != nil {
		r := g.Report
		fmt.Fprintf(w, "gold %s: %d pages scored from %s in %.2fs", g.Gold, r.Pages, g.Source, g.Seconds)
		if g.Workers > 0 && r.Pages > 0 {
			fmt.Fprintf(w, " (%.0f ms/page wall, %d workers)", 1000*g.Seconds/float64(r.Pages), g.Workers)
		}
		fmt.Fprintln(w)
		for _, n := range g.Notes {
			fmt.Fprintf(w, "note: %s\n", n)
		}
		if len(r.Missing) > 0 {
			fmt.Fprintf(w, "no record for: %s\n", strings.Join(r.Missing, ", "))
		}
		if len(r.Extra) > 0 {
			fmt.Fprintf(w, "not in gold (not scored): %s\n", strings.Join(r.Extra, ", "))
		}
		if opts.Verbose {
			printArticles(w, r.Articles)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "metric\tvalue\tcount")
		counts := goldCounts(r)
		for _, m := range g.metrics {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", m.Name, formatMetric(m), counts[m.Name])
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(out.Bench) > 0 {
		if out.Gold != nil {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "benchmark %s\n", opts.Bench)
		if opts.Verbose {
			for _, b := range out.Bench {
				printBenchPages(w, b)
			}
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "mode\tsplit\tpages\tprecision\trecall\tf1\taccuracy\tms/page\terrors")
		for _, b := range out.Bench {
			s, sp := b.Score, b.Spread
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%.1f\t%d\n", b.Mode, b.Split, s.Pages,
				withSpread(s.P, sp, func(x *eval.BenchSpread) float64 { return x.P }),
				withSpread(s.R, sp, func(x *eval.BenchSpread) float64 { return x.R }),
				withSpread(s.F1, sp, func(x *eval.BenchSpread) float64 { return x.F1 }),
				withSpread(s.Accuracy, sp, func(x *eval.BenchSpread) float64 { return x.Accuracy }),
				b.MsPerPage, b.Errors)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, f := range out.Failed {
		fmt.Fprintf(w, "BELOW FLOOR %s\n", f)
	}
	return nil
}

// withSpread formats v, with its ± when a bootstrap was run.
func withSpread(v float64, sp *eval.BenchSpread, get func(*eval.BenchSpread) float64) string {
	if sp == nil {
		return fmt.Sprintf("%.3f", v)
	}
	return fmt.Sprintf("%.3f±%.3f", v, get(sp))
}

func formatMetric(m eval.Metric) string {
	if !m.Defined {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", m.Value)
}

// goldCounts gives the counts behind each metric, for the table.
func goldCounts(r eval.Report) map[string]string {
	ratio := func(x eval.Ratio) string { return fmt.Sprintf("%d/%d", x.Hits, x.Total) }
	prf := func(prefix string, s eval.PRF, m map[string]string) {
		m[prefix+"_precision"] = fmt.Sprintf("%d/%d", s.TP, s.TP+s.FP)
		m[prefix+"_recall"] = fmt.Sprintf("%d/%d", s.TP, s.TP+s.FN)
		m[prefix+"_f1"] = fmt.Sprintf("tp %d fp %d fn %d", s.TP, s.FP, s.FN)
	}
	m := map[string]string{
		"language_accuracy":  ratio(r.Language),
		"translated_recall":  ratio(r.Translated),
		"translated_fp_rate": ratio(r.TranslatedFP),
		"relevance_accuracy": ratio(r.Relevance),
		"leak_rate":          ratio(r.Leak),
		"primary_recall":     ratio(r.Primary),
		"action_accuracy":    ratio(r.Action),
		"status_accuracy":    ratio(r.Status),
		"sector_accuracy":    ratio(r.Sector),
		"reason_accuracy":    ratio(r.Reason),
		"category_accuracy":  ratio(r.Category),
	}
	prf("body", r.Body, m)
	prf("claims", r.Claims, m)
	return m
}

// printArticles writes what each gold page got wrong, for --verbose.
func printArticles(w io.Writer, articles []eval.ArticleReport) {
	for _, a := range articles {
		fmt.Fprintf(w, "%s: language %s (want %s), relevant %v (want %v)", a.ID, orDash(a.Language), a.WantLanguage, a.Relevant, a.WantRelevant)
		if a.TranslatedFrom != "" || a.WantTranslatedFrom != "" {
			fmt.Fprintf(w, ", translated from %s (want %s)", orDash(a.TranslatedFrom), orDash(a.WantTranslatedFrom))
		}
		fmt.Fprintln(w)
		if !a.HasRecord {
			fmt.Fprintln(w, "  no record")
		}
		if a.Error != nil {
			fmt.Fprintf(w, "  error: %s: %s\n", a.Error.Stage, a.Error.Message)
		}
		if b := a.Body; b != nil {
			p, _ := b.Precision()
			r, _ := b.Recall()
			fmt.Fprintf(w, "  body: precision %.3f recall %.3f (tp %d fp %d fn %d), leaked %d/%d boilerplate lines\n",
				p, r, b.TP, b.FP, b.FN, len(a.Leaked), a.BoilerplateLines)
			for _, l := range a.Leaked {
				fmt.Fprintf(w, "    leaked: %q\n", l)
			}
		}
		fmt.Fprintf(w, "  claims: tp %d fp %d fn %d, primary %d/%d\n", a.Claims.TP, a.Claims.FP, a.Claims.FN, a.Primary.Hits, a.Primary.Total)
		for _, m := range a.Matched {
			if len(m.Wrong) == 0 {
				fmt.Fprintf(w, "    matched  %s\n", m.Pair)
				continue
			}
			fmt.Fprintf(w, "    matched  %s; %s\n", m.Pair, strings.Join(m.Wrong, "; "))
		}
		for _, p := range a.Missed {
			fmt.Fprintf(w, "    missed   %s\n", p)
		}
		for _, p := range a.Spurious {
			fmt.Fprintf(w, "    spurious %s\n", p)
		}
		for _, p := range a.Optional {
			fmt.Fprintf(w, "    optional %s (ignored)\n", p)
		}
		for _, p := range a.PrimaryMissed {
			fmt.Fprintf(w, "    primary not marked: %s\n", p)
		}
	}
	fmt.Fprintln(w)
}

// printBenchPages writes one line per page, for --verbose.
func printBenchPages(w io.Writer, b benchResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "pages of mode %s, split %s:\n", b.Mode, b.Split)
	fmt.Fprintln(tw, "page\tprecision\trecall\texact\tms\terror")
	for i, p := range b.pages {
		ms := ""
		if i < len(b.Pages) {
			ms = fmt.Sprintf("%.1f", b.Pages[i].Ms)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%v\t%s\t%s\n", p.ID, p.P, p.R, p.Exact, ms, b.errs[i])
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
