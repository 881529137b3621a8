package boilerplate_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/corpus"
)

// sharedDir finds ../shared beside the repository root, or skips.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skipf("shared data not found at %s: %v", shared, err)
	}
	return shared
}

// foldSpace trims s and folds runs of white space, as the gold lines are.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestSeeds checks the seed articles: title and date as in the gold, no
// gold boilerplate line left in the body, and at least 98 % of the gold
// body lines kept. The headline is not counted as body: the cleaner moves
// it to Result.Title.
func TestSeeds(t *testing.T) {
	shared := sharedDir(t)
	golds, _ := filepath.Glob(filepath.Join(shared, "corpus", "gold", "*.json"))
	if len(golds) == 0 {
		t.Skip("no seed gold files")
	}
	c, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var bodyLines, kept int
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
		text, err := os.ReadFile(filepath.Join(shared, "corpus", "articles", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		res := c.Clean(string(text), gold.Language)
		if foldSpace(res.Title) != foldSpace(gold.Title) {
			t.Errorf("%s: title %q, want %q", id, res.Title, gold.Title)
		}
		want := ""
		if gold.Published != nil {
			want = *gold.Published
		}
		if res.Published != want {
			t.Errorf("%s: published %q, want %q", id, res.Published, want)
		}
		body := map[string]bool{}
		for _, p := range strings.Split(res.Body, "\n\n") {
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
				t.Errorf("%s: boilerplate line left in body: %q", id, l)
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
			bodyLines++
			// A line cut by the scrape is mended into its neighbour.
			if inBody(l) || inBody(strings.TrimSpace(strings.Fields(l)[0])) && len(strings.Fields(l)) < 3 {
				kept++
			} else {
				t.Logf("%s: body line dropped: %.80q", id, l)
			}
		}
	}
	recall := float64(kept) / float64(bodyLines)
	t.Logf("seeds: body recall %.3f (%d/%d lines)", recall, kept, bodyLines)
	if recall < 0.98 {
		t.Errorf("body recall %.3f < 0.98", recall)
	}
}

// benchFloor is the F1 on all pages below which TestBench fails: a little
// under what the cleaner scores, to catch regressions.
const benchFloor = 0.92

// TestBench scores the article-extraction benchmark's text dumps. It takes a
// few seconds, so it runs only with BANSIFT_BENCH=1:
//
//	BANSIFT_BENCH=1 go test -run TestBench -v ./classify/boilerplate
func TestBench(t *testing.T) {
	if os.Getenv("BANSIFT_BENCH") == "" {
		t.Skip("set BANSIFT_BENCH=1 to score the article-extraction benchmark")
	}
	dir := filepath.Join(sharedDir(t), "bench", "article-extraction")
	c, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{corpus.BenchModeText, corpus.BenchModeTextBrowser} {
		pages, err := corpus.LoadBench(dir, mode)
		if err != nil {
			t.Fatal(err)
		}
		pairs := map[string][]corpus.BenchPair{}
		start := time.Now()
		for _, p := range pages {
			r := c.Clean(p.Content, "")
			pair := corpus.BenchPair{ID: p.ID, Gold: p.Gold, Predicted: r.Body}
			split := corpus.BenchSplit(p.ID)
			pairs[split] = append(pairs[split], pair)
			pairs[corpus.SplitAll] = append(pairs[corpus.SplitAll], pair)
		}
		perPage := time.Since(start) / time.Duration(len(pages))
		for _, split := range []string{corpus.SplitTune, corpus.SplitHoldout, corpus.SplitAll} {
			s := corpus.ScoreBench(pairs[split])
			t.Logf("%-12s %-7s pages=%3d P=%.3f R=%.3f F1=%.3f", mode, split, s.Pages, s.P, s.R, s.F1)
			if split == corpus.SplitAll && s.F1 < benchFloor {
				t.Errorf("%s: F1 %.3f below the floor %.2f", mode, s.F1, benchFloor)
			}
		}
		t.Logf("%-12s %v per page", mode, perPage)
	}
}
