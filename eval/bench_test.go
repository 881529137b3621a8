package eval

import (
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/bansift/bansift/corpus"

	"github.com/bansift/bansift/internal/sharedtest"
)

func TestBenchTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"punctuation only", " -- ... !", nil},
		{"ascii with underscore and apostrophe", "can't stop_here, 42x", []string{"can", "t", "stop_here", "42x"}},
		{"latin accents", "Grüße aus Köln", []string{"Grüße", "aus", "Köln"}},
		{"numbers of other kinds", "3½ and Ⅻ", []string{"3½", "and", "Ⅻ"}},
		{"cjk and katakana length mark", "東京タワー。", []string{"東京タワー"}},
		// Python's re does not count combining marks as \w: a virama splits.
		{"combining mark splits", "नमस्ते", []string{"नमस", "त"}},
		{"decomposed accent splits", "cafe\u0301s", []string{"cafe", "s"}},
		{"arabic", "قال الوزير", []string{"قال", "الوزير"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := BenchTokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("BenchTokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreBenchPage(t *testing.T) {
	tests := []struct {
		name             string
		gold, pred       string
		tp, fp, fn, p, r float64
		exact            bool
	}{
		// five tokens make two shingles each, all shared
		{"identical", "a b c d e", "a, b. c d e", 1, 0, 0, 1, 1, true},
		{"nothing predicted", "a b c d e", "", 0, 0, 1, 0, 0, false},
		// gold {abcd}, predicted {abcd, bcde}
		{"one extra shingle", "one two three four", "one two three four five", 0.5, 0.5, 0, 0.5, 1, false},
		// gold has abcd twice among five shingles, predicted once
		{"counts are a multiset", "a b c d a b c d", "a b c d", 0.2, 0, 0.8, 1, 0.2, false},
		// fewer than four tokens make one short shingle
		{"short texts equal", "hi there", "hi there!", 1, 0, 0, 1, 1, true},
		{"short texts differ", "hi there", "hi", 0, 0.5, 0.5, 0, 0, false},
		{"both empty", "", "", 0, 0, 0, 1, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreBenchPage(tt.gold, tt.pred)
			if !near(s.TP, tt.tp) || !near(s.FP, tt.fp) || !near(s.FN, tt.fn) {
				t.Errorf("TP,FP,FN = %v,%v,%v, want %v,%v,%v", s.TP, s.FP, s.FN, tt.tp, tt.fp, tt.fn)
			}
			if !near(s.P, tt.p) || !near(s.R, tt.r) {
				t.Errorf("P,R = %v,%v, want %v,%v", s.P, s.R, tt.p, tt.r)
			}
			if s.Exact != tt.exact {
				t.Errorf("Exact = %v, want %v", s.Exact, tt.exact)
			}
		})
	}
}

func TestScoreBench(t *testing.T) {
	tests := []struct {
		name  string
		pairs []BenchPair
		want  BenchScore
	}{
		{"no pages", nil, BenchScore{}},
		{
			// P averages pages 1 and 3 (page 2 predicted nothing): (1+0.5)/2.
			// R averages all three: (1+0+1)/3. F1 of the averages.
			name: "mixed",
			pairs: []BenchPair{
				{ID: "1", Gold: "a b c d e", Predicted: "a b c d e"},
				{ID: "2", Gold: "a b c d e", Predicted: ""},
				{ID: "3", Gold: "one two three four", Predicted: "one two three four five"},
			},
			want: BenchScore{P: 0.75, R: 2.0 / 3, F1: 2 * 0.75 * (2.0 / 3) / (0.75 + 2.0/3), Accuracy: 1.0 / 3, Pages: 3},
		},
		{
			// A page with empty gold and empty prediction counts only for accuracy.
			name: "empty page ignored by P and R",
			pairs: []BenchPair{
				{ID: "1", Gold: "x y z w", Predicted: "x y z w"},
				{ID: "2", Gold: "", Predicted: ""},
			},
			want: BenchScore{P: 1, R: 1, F1: 1, Accuracy: 1, Pages: 2},
		},
		{
			// Empty gold with text predicted: P 0 on that page, no recall term.
			name: "spurious page",
			pairs: []BenchPair{
				{ID: "1", Gold: "x y z w", Predicted: "x y z w"},
				{ID: "2", Gold: "", Predicted: "cookie banner text here"},
			},
			want: BenchScore{P: 0.5, R: 1, F1: 2 * 0.5 / 1.5, Accuracy: 0.5, Pages: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreBench(tt.pairs)
			if !near(got.P, tt.want.P) || !near(got.R, tt.want.R) || !near(got.F1, tt.want.F1) ||
				!near(got.Accuracy, tt.want.Accuracy) || got.Pages != tt.want.Pages {
				t.Errorf("ScoreBench = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestLoadBench(t *testing.T) {
	dir := filepath.Join("testdata", "bench")
	for _, mode := range BenchModes {
		t.Run(mode, func(t *testing.T) {
			pages, err := LoadBench(dir, mode)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != 2 || pages[0].ID != "p1" || pages[1].ID != "p2" {
				t.Fatalf("pages = %+v, want p1, p2 in order", pages)
			}
			p := pages[0]
			if p.URL != "https://example.org/news/p1" || p.Gold == "" || p.Content == "" {
				t.Errorf("page p1 not filled: %+v", p)
			}
			wantFormat := corpus.FormatText
			if mode == BenchModeHTML {
				wantFormat = corpus.FormatHTML
			}
			a := p.Article()
			if a.Source.Format != wantFormat || a.Source.URL == nil || *a.Source.URL != p.URL || a.Content != p.Content {
				t.Errorf("Article() = %+v", a)
			}
		})
	}
	t.Run("unknown mode", func(t *testing.T) {
		if _, err := LoadBench(dir, "pdf"); err == nil {
			t.Error("want an error for an unknown mode")
		}
	})
	t.Run("missing dir", func(t *testing.T) {
		if _, err := LoadBench(filepath.Join(dir, "nope"), BenchModeText); err == nil {
			t.Error("want an error for a dir without gold")
		}
	})
}

func TestFilterBench(t *testing.T) {
	var pages []BenchPage
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		pages = append(pages, BenchPage{ID: id})
	}
	tune, err := FilterBench(pages, SplitTune)
	if err != nil {
		t.Fatal(err)
	}
	hold, err := FilterBench(pages, SplitHoldout)
	if err != nil {
		t.Fatal(err)
	}
	if len(tune)+len(hold) != len(pages) || len(tune) == 0 || len(hold) == 0 {
		t.Errorf("tune %d + holdout %d should split %d pages", len(tune), len(hold), len(pages))
	}
	for _, p := range tune {
		if BenchSplit(p.ID) != SplitTune {
			t.Errorf("%s in tune but BenchSplit says %s", p.ID, BenchSplit(p.ID))
		}
	}
	all, _ := FilterBench(pages, "")
	if len(all) != len(pages) {
		t.Errorf("empty split kept %d of %d", len(all), len(pages))
	}
	if _, err := FilterBench(pages, "train"); err == nil {
		t.Error("want an error for an unknown split")
	}
}

// The benchmark's README gives the score of the unfiltered dumps; the scorer
// must reproduce them to the printed precision.
func TestScoreBenchWholeDumps(t *testing.T) {
	dir := sharedtest.Dir(t, "bench", "article-extraction")
	tests := []struct {
		mode    string
		p, r, f float64
	}{
		{BenchModeText, 0.478, 0.988, 0.644},
		{BenchModeTextBrowser, 0.534, 0.993, 0.694},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			pages, err := LoadBench(dir, tt.mode)
			if err != nil {
				t.Fatal(err)
			}
			pairs := make([]BenchPair, len(pages))
			for i, p := range pages {
				pairs[i] = BenchPair{ID: p.ID, Gold: p.Gold, Predicted: p.Content}
			}
			s := ScoreBench(pairs)
			if s.Pages != 181 || math.Abs(s.P-tt.p) > 0.0005 || math.Abs(s.R-tt.r) > 0.0005 || math.Abs(s.F1-tt.f) > 0.0005 {
				t.Errorf("whole %s dumps: %+v, want P %.3f R %.3f F1 %.3f over 181 pages", tt.mode, s, tt.p, tt.r, tt.f)
			}
		})
	}
}

func BenchmarkScoreBenchPage(b *testing.B) {
	dir := sharedtest.Dir(b, "bench", "article-extraction")
	pages, err := LoadBench(dir, BenchModeText)
	if err != nil {
		b.Fatal(err)
	}
	p := pages[0]
	b.SetBytes(int64(len(p.Gold) + len(p.Content)))
	for b.Loop() {
		ScoreBenchPage(p.Gold, p.Content)
	}
}

func TestBootstrapBench(t *testing.T) {
	same := make([]BenchPageScore, 20)
	for i := range same {
		same[i] = ScoreBenchPage("a b c d e", "a b c d e")
	}
	if s := BootstrapBench(same, 200, 1); s != (BenchSpread{}) {
		t.Errorf("identical pages: spread %+v, want zero", s)
	}
	var mixed []BenchPageScore
	for i := range 20 {
		pred := "a b c d e"
		if i%2 == 0 {
			pred = "a b c d e f g"
		}
		mixed = append(mixed, ScoreBenchPage("a b c d e", pred))
	}
	s1, s2 := BootstrapBench(mixed, 200, 7), BootstrapBench(mixed, 200, 7)
	if s1 != s2 {
		t.Errorf("same seed, different spreads: %+v %+v", s1, s2)
	}
	// Recall is 1 on every page; precision is 1 or 0.5, so it varies.
	if s1.R != 0 || s1.P <= 0 || s1.F1 <= 0 || s1.Accuracy <= 0 {
		t.Errorf("mixed pages: spread %+v, want R 0 and P, F1, accuracy > 0", s1)
	}
	if s := BootstrapBench(mixed, 1, 7); s != (BenchSpread{}) {
		t.Errorf("one resample: %+v, want zero", s)
	}
}
