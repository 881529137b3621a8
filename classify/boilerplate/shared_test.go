package boilerplate_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/internal/sharedtest"
)

// foldSpace trims s and folds runs of white space, as the gold lines are.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// goldCheck is what checkGold found in a directory of gold articles.
type goldCheck struct {
	bodyLines, kept int
	leaks           []string // gold boilerplate lines left in a body
}

func (g goldCheck) recall() float64 { return float64(g.kept) / float64(max(g.bodyLines, 1)) }

// checkGold cleans every article of dir (articles/<id>.txt beside
// gold/<id>.json) and counts the gold body lines kept and the gold
// boilerplate lines left in the body. With meta, title and date must be the
// gold's. The headline is not counted as body: the cleaner moves it to
// Result.Title.
func checkGold(t *testing.T, c *boilerplate.Cleaner, dir string, meta bool) goldCheck {
	t.Helper()
	golds, _ := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if len(golds) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	var res goldCheck
	for _, g := range golds {
		id := strings.TrimSuffix(filepath.Base(g), ".json")
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			Language  string  `json:"language"`
			Title     string  `json:"title"`
			Published *string `json:"published"`
			Lines     struct {
				Boilerplate []string `json:"boilerplate"`
				Meta        []string `json:"meta"`
			} `json:"lines"`
		}
		if err := json.Unmarshal(data, &gold); err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(filepath.Join(dir, "articles", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		r := c.Clean(string(text), gold.Language)
		if meta {
			if foldSpace(r.Title) != foldSpace(gold.Title) {
				t.Errorf("%s: title %q, want %q", id, r.Title, gold.Title)
			}
			want := ""
			if gold.Published != nil {
				want = *gold.Published
			}
			if r.Published != want {
				t.Errorf("%s: published %q, want %q", id, r.Published, want)
			}
		}
		body := map[string]bool{}
		for _, p := range strings.Split(r.Body, "\n\n") {
			body[foldSpace(p)] = true
		}
		inBody := func(line string) bool {
			if body[line] {
				return true
			}
			// A mended or joined paragraph holds the line inside it.
			for p := range body {
				if strings.Contains(p, line) {
					return true
				}
			}
			return false
		}
		bad := map[string]bool{}
		for _, l := range gold.Lines.Boilerplate {
			bad[foldSpace(l)] = true
			if inBody(foldSpace(l)) {
				res.leaks = append(res.leaks, id+": "+l)
			}
		}
		for _, l := range gold.Lines.Meta {
			bad[foldSpace(l)] = true
		}
		for _, raw := range strings.Split(string(text), "\n") {
			l := foldSpace(raw)
			if l == "" || bad[l] || l == foldSpace(gold.Title) || strings.HasPrefix(l, foldSpace(gold.Title)) {
				continue
			}
			res.bodyLines++
			// A line cut by the scrape is mended into its neighbour.
			if inBody(l) || inBody(strings.TrimSpace(strings.Fields(l)[0])) && len(strings.Fields(l)) < 3 {
				res.kept++
			} else {
				t.Logf("%s: body line dropped: %.80q", id, l)
			}
		}
	}
	return res
}

// configs are the cleaners the gold checks run: the rules alone and the
// experimental learned line scorer.
var configs = []struct {
	name string
	opts boilerplate.Options
}{
	{"rules", boilerplate.Options{RulesOnly: true}},
	{"model", boilerplate.Options{}},
}

// TestSeeds checks the seed articles: title and date as in the gold, no
// gold boilerplate line left in the body, and at least 98 % of the gold
// body lines kept.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedtest.Dir(t), "corpus")
	for _, cfg := range configs {
		t.Run(cfg.name, func(t *testing.T) {
			c, err := boilerplate.New(cfg.opts)
			if err != nil {
				t.Fatal(err)
			}
			g := checkGold(t, c, dir, true)
			for _, l := range g.leaks {
				t.Errorf("boilerplate line left in body: %q", l)
			}
			t.Logf("seeds: body recall %.3f (%d/%d lines)", g.recall(), g.kept, g.bodyLines)
			if g.recall() < 0.98 {
				t.Errorf("body recall %.3f < 0.98", g.recall())
			}
		})
	}
}

// TestDev checks the dev articles (testdata/claims/dev at the repository's
// root): no gold boilerplate line left in the body.
func TestDev(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "claims", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("dev articles not found: %v", err)
	}
	for _, cfg := range configs {
		t.Run(cfg.name, func(t *testing.T) {
			c, err := boilerplate.New(cfg.opts)
			if err != nil {
				t.Fatal(err)
			}
			g := checkGold(t, c, dir, false)
			for _, l := range g.leaks {
				t.Errorf("boilerplate line left in body: %q", l)
			}
			t.Logf("dev: body recall %.3f (%d/%d lines), %d leaks", g.recall(), g.kept, g.bodyLines, len(g.leaks))
		})
	}
}

// benchFloor is the F1 on all pages below which TestBench fails: a little
// under what the cleaner scores, to catch regressions.
const benchFloor = 0.925

// TestBench scores the article-extraction benchmark's text dumps. It takes a
// few seconds, so it runs only with BANSIFT_BENCH=1:
//
//	BANSIFT_BENCH=1 go test -run TestBench -v ./classify/boilerplate
func TestBench(t *testing.T) {
	if os.Getenv("BANSIFT_BENCH") == "" {
		t.Skip("set BANSIFT_BENCH=1 to score the article-extraction benchmark")
	}
	dir := filepath.Join(sharedtest.Dir(t), "bench", "article-extraction")
	c, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{eval.BenchModeText, eval.BenchModeTextBrowser} {
		pages, err := eval.LoadBench(dir, mode)
		if err != nil {
			t.Fatal(err)
		}
		pairs := map[string][]eval.BenchPair{}
		start := time.Now()
		for _, p := range pages {
			r := c.Clean(p.Content, "")
			pair := eval.BenchPair{ID: p.ID, Gold: p.Gold, Predicted: r.Body}
			split := eval.BenchSplit(p.ID)
			pairs[split] = append(pairs[split], pair)
			pairs[eval.SplitAll] = append(pairs[eval.SplitAll], pair)
		}
		perPage := time.Since(start) / time.Duration(len(pages))
		for _, split := range []string{eval.SplitTune, eval.SplitHoldout, eval.SplitAll} {
			s := eval.ScoreBench(pairs[split])
			t.Logf("%-12s %-7s pages=%3d P=%.3f R=%.3f F1=%.3f", mode, split, s.Pages, s.P, s.R, s.F1)
			if split == eval.SplitAll && s.F1 < benchFloor {
				t.Errorf("%s: F1 %.3f below the floor %.2f", mode, s.F1, benchFloor)
			}
		}
		t.Logf("%-12s %v per page", mode, perPage)
	}
}
