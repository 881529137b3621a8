package htmlclean

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/internal/sharedtest"
	"github.com/go-shiori/dom"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// tuneHalf says whether a benchmark page was used to tune the rules: the
// ids are SHA-256 hex, so their first digit splits the pages at random.
func tuneHalf(id string) bool { return id[0] < '8' }

// trafilaturaText is go-trafilatura alone with its default options, the
// baseline bansift must beat.
func trafilaturaText(page string) string {
	doc, err := dom.FastParse(strings.NewReader(page))
	if err != nil {
		return ""
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{})
	if err != nil {
		return ""
	}
	return res.ContentText
}

// TestBenchmarkHTML scores Extract on the whole benchmark with its own
// metric, next to go-trafilatura alone, on the tuning half, the held-out
// half and all pages. It takes a few seconds, so it runs only with
// BANSIFT_BENCH=1:
//
//	BANSIFT_BENCH=1 go test -run TestBenchmarkHTML -v ./classify/htmlclean
func TestBenchmarkHTML(t *testing.T) {
	if os.Getenv("BANSIFT_BENCH") == "" {
		t.Skip("set BANSIFT_BENCH=1 to score the article-extraction benchmark")
	}
	pages, err := eval.LoadBench(sharedtest.Dir(t, "bench", "article-extraction"), eval.BenchModeHTML)
	if err != nil {
		t.Fatal(err)
	}
	x := newExtractor(t, Options{SkipRules: strings.Fields(os.Getenv("BANSIFT_SKIP_RULES"))})
	type run struct {
		name    string
		extract func(page, url string) string
		pairs   map[string][]eval.BenchPair
		took    time.Duration
	}
	runs := []*run{
		{name: "bansift htmlclean", extract: func(page, url string) string {
			r, _ := x.Extract(page, url)
			return r.Body
		}},
		{name: "go-trafilatura alone", extract: func(page, _ string) string { return trafilaturaText(page) }},
	}
	for _, r := range runs {
		r.pairs = map[string][]eval.BenchPair{}
		for _, p := range pages {
			start := time.Now()
			out := r.extract(p.Content, p.URL)
			r.took += time.Since(start)
			half := "holdout"
			if tuneHalf(p.ID) {
				half = "tune"
			}
			pair := eval.BenchPair{ID: p.ID, Gold: p.Gold, Predicted: out}
			r.pairs[half] = append(r.pairs[half], pair)
			r.pairs["all"] = append(r.pairs["all"], pair)
		}
	}
	var report strings.Builder
	fmt.Fprintf(&report, "%-22s %-8s %5s %6s %6s %6s %6s\n", "extractor", "half", "pages", "P", "R", "F1", "ms/pg")
	scores := map[string]float64{}
	for _, r := range runs {
		for _, half := range []string{"tune", "holdout", "all"} {
			s := eval.ScoreBench(r.pairs[half])
			scores[r.name+"/"+half] = s.F1
			ms := ""
			if half == "all" {
				ms = fmt.Sprintf("%.1f", float64(r.took.Microseconds())/1000/float64(len(pages)))
			}
			fmt.Fprintf(&report, "%-22s %-8s %5d %6.4f %6.4f %6.4f %6s\n", r.name, half, s.Pages, s.P, s.R, s.F1, ms)
		}
	}
	t.Log("\n" + report.String())
	// Floors: the target, and go-trafilatura alone on every half.
	if f := scores["bansift htmlclean/all"]; f < 0.965 {
		t.Errorf("F1 on all pages %.4f, want >= 0.965", f)
	}
	for _, half := range []string{"tune", "holdout", "all"} {
		if scores["bansift htmlclean/"+half] <= scores["go-trafilatura alone/"+half] {
			t.Errorf("%s: F1 %.4f not above go-trafilatura alone (%.4f)", half, scores["bansift htmlclean/"+half], scores["go-trafilatura alone/"+half])
		}
	}
}

// readArticle returns testdata/article.html, a news page written for these
// tests with the usual furniture around the story.
func readArticle(b testing.TB) string {
	src, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}

func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b, Options{})
	page := readArticle(b)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := x.Extract(page, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTrafilatura is go-trafilatura alone on the same page, for
// comparison.
func BenchmarkTrafilatura(b *testing.B) {
	page := readArticle(b)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if trafilaturaText(page) == "" {
			b.Fatal("no text")
		}
	}
}
