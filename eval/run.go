package eval

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/bansift/bansift/corpus"
)

// Runner makes records from articles, as pipeline.Pipeline does; eval takes
// it as an interface so the stages' own tests can score themselves with
// this package without an import cycle.
type Runner interface {
	Run(ctx context.Context, r corpus.ArticleReader, workers int, emit func(corpus.Record) error) error
}

// Cleaner returns the article body the cleaning stage keeps of a page.
type Cleaner func(corpus.Article) (body string, err error)

// GoldOptions say what a gold evaluation scores.
type GoldOptions struct {
	// Articles is a folder of input pages, a JSONL file of them, or a
	// folder holding articles/ and gold/ (like ../shared/corpus).
	Articles string
	// Gold is the folder of gold/*.json; "" means <Articles>/gold or a gold
	// folder beside Articles.
	Gold string
	// Records is a records file to score instead of running the pipeline;
	// "-" is Stdin.
	Records string
	Stdin   io.Reader
	// Workers is how many pages are processed at once; below 1 means 1.
	Workers int
	// Warn receives warnings about the gold data (lines not in the text);
	// nil discards them.
	Warn io.Writer
}

// GoldResult is the outcome of a gold evaluation.
type GoldResult struct {
	Gold    string   `json:"gold"`
	Source  string   `json:"source"` // articles folder or records file
	Seconds float64  `json:"seconds"`
	Workers int      `json:"workers,omitempty"`
	Report  Report   `json:"report"`
	Metrics Metrics  `json:"metrics"`
	Notes   []string `json:"notes,omitempty"`
}

// ResolveGoldDirs finds the articles and gold folders the options name.
func (o GoldOptions) ResolveGoldDirs() (articles, gold string, err error) {
	articles, gold = o.Articles, o.Gold
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
	if articles == "" && o.Records == "" {
		return "", "", errors.New("give --articles DIR to run the pipeline, or --records FILE")
	}
	return articles, gold, nil
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// RunGold scores records against gold annotations: the records in
// o.Records, or those p makes from o.Articles (p may be nil with Records).
func RunGold(ctx context.Context, p Runner, o GoldOptions) (*GoldResult, error) {
	articlesDir, goldDir, err := o.ResolveGoldDirs()
	if err != nil {
		return nil, err
	}
	gold, err := LoadGold(goldDir)
	if err != nil {
		return nil, err
	}
	res := &GoldResult{Gold: goldDir}
	var records []corpus.Record
	var texts map[string]string
	start := time.Now()
	if o.Records != "" {
		res.Source = o.Records
		records, err = readRecordsArg(o.Records, o.Stdin)
		if errors.Is(err, corpus.ErrTornLine) {
			// A run killed mid-record: the records before its torn last
			// line are whole, and are scored.
			res.Notes = append(res.Notes, fmt.Sprintf("skipped %v", err))
			if o.Warn != nil {
				fmt.Fprintf(o.Warn, "bansift: warning: skipping %v\n", err)
			}
		} else if err != nil {
			return nil, err
		}
		if articlesDir != "" {
			if texts, err = LoadGoldArticles(articlesDir, gold); err != nil {
				return nil, err
			}
		} else {
			res.Notes = append(res.Notes, "no --articles: body and leak scores left out")
		}
	} else {
		res.Source, res.Workers = articlesDir, max(o.Workers, 1)
		if records, texts, err = runPipeline(ctx, p, articlesDir, res.Workers); err != nil {
			return nil, err
		}
	}
	res.Seconds = time.Since(start).Seconds()
	if o.Warn != nil {
		ids := make([]string, 0, len(gold))
		for id := range gold {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			if text, ok := texts[id]; ok {
				if err := CheckGoldLines(gold[id], text); err != nil {
					fmt.Fprintf(o.Warn, "bansift: warning: %v\n", err)
				}
			}
		}
	}
	res.Report = Evaluate(records, gold, texts)
	res.Metrics = res.Report.Metrics()
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
		k.texts[RecordKey(a.ID)] = a.Content
		k.mu.Unlock()
	}
	return a, err
}

// runPipeline processes the pages of path through the batch runner users
// run, keeping the plain texts for the body scores.
func runPipeline(ctx context.Context, p Runner, path string, workers int) ([]corpus.Record, map[string]string, error) {
	r, err := corpus.Open([]string{path}, corpus.ReadOptions{})
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

// BenchOptions say which benchmark pages are scored and how.
type BenchOptions struct {
	Dir   string // the benchmark folder
	Mode  string // text, text-browser or html
	Split string // tune, holdout or all ("" is all)
	// IDs is a file of page ids to score, one per line ('#' comments);
	// "" scores every page of the split.
	IDs string
	// Workers is how many pages are cleaned at once; below 1 means 1.
	Workers int
	// Bootstrap is how many resamples of the pages give the ± of each
	// score; below 2 gives none.
	Bootstrap int
}

// BenchResult is the outcome of one benchmark mode.
type BenchResult struct {
	Mode      string       `json:"mode"`
	Split     string       `json:"split"`
	Score     BenchScore   `json:"score"`
	Spread    *BenchSpread `json:"spread,omitempty"` // with Bootstrap
	MsPerPage float64      `json:"ms_per_page"`      // cleaning time per page, per worker
	Seconds   float64      `json:"seconds"`          // wall time
	Errors    int          `json:"errors"`
	// Pages has one entry per page, in page order.
	Pages []BenchPageResult `json:"pages,omitempty"`
}

// BenchPageResult is one page's score, cleaning time and error.
type BenchPageResult struct {
	BenchPageScore
	Ms    float64 `json:"ms"`
	Error string  `json:"error,omitempty"`
}

// RunBench cleans the benchmark's pages with clean and scores them with the
// benchmark's own metric.
func RunBench(ctx context.Context, clean Cleaner, o BenchOptions) (BenchResult, error) {
	if o.Split == "" {
		o.Split = SplitAll
	}
	res := BenchResult{Mode: o.Mode, Split: o.Split}
	pages, err := LoadBench(o.Dir, o.Mode)
	if err != nil {
		return res, err
	}
	if pages, err = FilterBench(pages, o.Split); err != nil {
		return res, err
	}
	if o.IDs != "" {
		ids, err := readIDs(o.IDs)
		if err != nil {
			return res, err
		}
		pages = slices.DeleteFunc(pages, func(p BenchPage) bool { return !ids[p.ID] })
	}
	if len(pages) == 0 {
		return res, fmt.Errorf("no benchmark pages left to score in %s (mode %s, split %s)", o.Dir, o.Mode, o.Split)
	}

	// Each page writes only its own slot, so results are in page order
	// whatever the scheduling.
	pairs := make([]BenchPair, len(pages))
	durations := make([]time.Duration, len(pages))
	errs := make([]string, len(pages))
	start := time.Now()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(o.Workers, 1))
	for i, page := range pages {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			t := time.Now()
			body, err := clean(page.Article())
			durations[i] = time.Since(t)
			pairs[i] = BenchPair{ID: page.ID, Gold: page.Gold, Predicted: body}
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
	var scores []BenchPageScore
	res.Score, scores = ScoreBenchDetail(pairs)
	var total time.Duration
	res.Pages = make([]BenchPageResult, len(pages))
	for i, d := range durations {
		total += d
		if errs[i] != "" {
			res.Errors++
		}
		res.Pages[i] = BenchPageResult{BenchPageScore: scores[i], Ms: float64(d.Microseconds()) / 1000, Error: errs[i]}
	}
	res.MsPerPage = float64(total.Microseconds()) / 1000 / float64(len(pages))
	if o.Bootstrap > 1 {
		// A fixed seed keeps the printed ± the same from run to run.
		spread := BootstrapBench(scores, o.Bootstrap, 1)
		res.Spread = &spread
	}
	return res, nil
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
