package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
)

// The article-extraction benchmark (../shared/bench/article-extraction) scores
// a cleaner by 4-token shingles of its output against the gold article body.
// This file reproduces its evaluate.py exactly, so numbers printed here can be
// compared with its published table.

// benchShingle is the shingle length of the benchmark.
const benchShingle = 4

// BenchTokens returns the benchmark's tokens of s: every maximal run of
// characters matched by Python's Unicode `\w`, i.e. letters (L*), numbers
// (N*) and '_'. Combining marks (M*) are not `\w` in Python's re module, so
// they split tokens here too (Go's regexp `\w` is ASCII-only and would drop
// every non-Latin word).
func BenchTokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if isBenchWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

func isBenchWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// benchShingles counts the 4-token shingles of tokens. Fewer than four tokens
// make one shorter shingle; no tokens make none.
func benchShingles(tokens []string) map[string]int {
	m := make(map[string]int, len(tokens))
	if len(tokens) == 0 {
		return m
	}
	n := max(1, len(tokens)-benchShingle+1)
	for i := range n {
		end := min(i+benchShingle, len(tokens))
		// NUL cannot occur inside a token, so joined keys are unambiguous.
		m[strings.Join(tokens[i:end], "\x00")]++
	}
	return m
}

// BenchPair is one page to score: the gold article body and what a cleaner
// predicted for it.
type BenchPair struct {
	ID        string
	Gold      string
	Predicted string
}

// BenchPageScore is the score of one page. TP, FP and FN are shingle counts
// divided by their sum, so that every page weighs the same.
type BenchPageScore struct {
	ID string  `json:"id"`
	TP float64 `json:"tp"`
	FP float64 `json:"fp"`
	FN float64 `json:"fn"`
	// P and R are the page's precision and recall (1 when FP = FN = 0).
	P float64 `json:"precision"`
	R float64 `json:"recall"`
	// Exact is true when the predicted token sequence equals the gold one.
	Exact bool `json:"exact"`
}

// BenchScore is the benchmark's summary over pages.
type BenchScore struct {
	// P is precision averaged over pages with TP+FP > 0.
	P float64 `json:"precision"`
	// R is recall averaged over pages with TP+FN > 0.
	R float64 `json:"recall"`
	// F1 is 2PR/(P+R) of the two averages, not a mean of page F1s.
	F1 float64 `json:"f1"`
	// Accuracy is the share of pages whose tokens equal the gold's exactly.
	Accuracy float64 `json:"accuracy"`
	// Pages is the number of pages scored.
	Pages int `json:"pages"`
}

// ScoreBenchPage scores one predicted body against its gold body.
func ScoreBenchPage(gold, predicted string) BenchPageScore {
	gt, pt := BenchTokens(gold), BenchTokens(predicted)
	gs, ps := benchShingles(gt), benchShingles(pt)
	var tp, fp, fn float64
	for k, g := range gs {
		p := ps[k]
		tp += float64(min(g, p))
		fn += float64(max(0, g-p))
	}
	for k, p := range ps {
		fp += float64(max(0, p-gs[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return BenchPageScore{
		TP: tp, FP: fp, FN: fn,
		P:     benchRatio(tp, fp, fn, fp),
		R:     benchRatio(tp, fp, fn, fn),
		Exact: slices.Equal(gt, pt),
	}
}

// benchRatio is tp/(tp+miss) with evaluate.py's edge cases: 1 when nothing
// is wrong, 0 when nothing is right.
func benchRatio(tp, fp, fn, miss float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && miss == 0 {
		return 0
	}
	return tp / (tp + miss)
}

// ScoreBench scores every pair and summarises them as the benchmark does.
func ScoreBench(pairs []BenchPair) BenchScore {
	s, _ := ScoreBenchDetail(pairs)
	return s
}

// ScoreBenchDetail is ScoreBench that also returns each page's score, in the
// order of pairs.
func ScoreBenchDetail(pairs []BenchPair) (BenchScore, []BenchPageScore) {
	pages := make([]BenchPageScore, len(pairs))
	for i, p := range pairs {
		pages[i] = ScoreBenchPage(p.Gold, p.Predicted)
		pages[i].ID = p.ID
	}
	return SummariseBench(pages), pages
}

// SummariseBench averages page scores as the benchmark does.
func SummariseBench(pages []BenchPageScore) BenchScore {
	var sumP, sumR, sumExact float64
	var nP, nR int
	for _, p := range pages {
		if p.TP+p.FP > 0 {
			sumP += p.P
			nP++
		}
		if p.TP+p.FN > 0 {
			sumR += p.R
			nR++
		}
		if p.Exact {
			sumExact++
		}
	}
	s := BenchScore{Pages: len(pages)}
	if nP > 0 {
		s.P = sumP / float64(nP)
	}
	if nR > 0 {
		s.R = sumR / float64(nR)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	if len(pages) > 0 {
		s.Accuracy = sumExact / float64(len(pages))
	}
	return s
}

// Benchmark page modes: which rendering of each page is read.
const (
	BenchModeText        = "text"         // w3m dump, text/<id>.txt
	BenchModeTextBrowser = "text-browser" // Chromium innerText, text-browser/<id>.txt
	BenchModeHTML        = "html"         // the page itself, html/<id>.html
)

// BenchModes lists the known modes.
var BenchModes = []string{BenchModeText, BenchModeTextBrowser, BenchModeHTML}

// BenchPage is one benchmark page with its gold body.
type BenchPage struct {
	ID string
	// URL is the page's address from the gold file.
	URL string
	// Gold is the gold article body.
	Gold string
	// Path is the file Content was read from.
	Path string
	// Format is FormatHTML in html mode, else FormatText.
	Format corpus.Format
	// Content is the page as stored (HTML or a text dump).
	Content string
}

// Article returns the page as pipeline input.
func (p BenchPage) Article() corpus.Article {
	url := p.URL
	return corpus.Article{
		ID:      p.ID,
		Source:  corpus.Source{Path: p.Path, URL: &url, Format: p.Format},
		Content: p.Content,
	}
}

// ErrUnknownBenchMode is returned by LoadBench for a mode not in BenchModes.
var ErrUnknownBenchMode = errors.New("unknown benchmark mode")

// LoadBench reads every gold/<id>.json under dir and the page of each in the
// folder of mode, sorted by id. A missing page or a bad gold file is an error:
// the benchmark is fixed data and a partial score would mislead.
func LoadBench(dir, mode string) ([]BenchPage, error) {
	var sub, ext string
	var format corpus.Format
	switch mode {
	case BenchModeText:
		sub, ext, format = "text", ".txt", corpus.FormatText
	case BenchModeTextBrowser:
		sub, ext, format = "text-browser", ".txt", corpus.FormatText
	case BenchModeHTML:
		sub, ext, format = "html", ".html", corpus.FormatHTML
	default:
		return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownBenchMode, mode, strings.Join(BenchModes, ", "))
	}
	golds, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("no gold/*.json under %s", dir)
	}
	slices.Sort(golds)
	pages := make([]BenchPage, 0, len(golds))
	for _, g := range golds {
		data, err := os.ReadFile(g)
		if err != nil {
			return nil, err
		}
		var gold struct {
			URL         string `json:"url"`
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(data, &gold); err != nil {
			return nil, fmt.Errorf("%s: %w", g, err)
		}
		id := strings.TrimSuffix(filepath.Base(g), ".json")
		path := filepath.Join(dir, sub, id+ext)
		content, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		pages = append(pages, BenchPage{
			ID: id, URL: gold.URL, Gold: gold.ArticleBody,
			Path: path, Format: format, Content: string(content),
		})
	}
	return pages, nil
}

// Benchmark splits: tune on one half, report the other.
const (
	SplitTune    = "tune"
	SplitHoldout = "holdout"
	SplitAll     = "all"
)

// BenchSplit says which half id belongs to, by a hash of the id: stable
// across runs, machines and additions of pages.
func BenchSplit(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%2 == 0 {
		return SplitTune
	}
	return SplitHoldout
}

// FilterBench keeps the pages of split (SplitTune, SplitHoldout, or
// SplitAll / "" for every page).
func FilterBench(pages []BenchPage, split string) ([]BenchPage, error) {
	switch split {
	case "", SplitAll:
		return pages, nil
	case SplitTune, SplitHoldout:
	default:
		return nil, fmt.Errorf("unknown split %q (known: %s, %s, %s)", split, SplitTune, SplitHoldout, SplitAll)
	}
	var out []BenchPage
	for _, p := range pages {
		if BenchSplit(p.ID) == split {
			out = append(out, p)
		}
	}
	return out, nil
}

// BenchSpread is the standard deviation of each benchmark score over
// bootstrap resamples of the pages, as the benchmark's ± values.
type BenchSpread struct {
	P        float64 `json:"precision"`
	R        float64 `json:"recall"`
	F1       float64 `json:"f1"`
	Accuracy float64 `json:"accuracy"`
}

// BootstrapBench resamples pages with replacement n times and returns the
// standard deviation of each score. The resamples come from seed, so a run
// is repeatable.
func BootstrapBench(pages []BenchPageScore, n int, seed uint64) BenchSpread {
	if n < 2 || len(pages) == 0 {
		return BenchSpread{}
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	sample := make([]BenchPageScore, len(pages))
	var p, r, f, a []float64
	for range n {
		for i := range sample {
			sample[i] = pages[rng.IntN(len(pages))]
		}
		s := SummariseBench(sample)
		p, r, f, a = append(p, s.P), append(r, s.R), append(f, s.F1), append(a, s.Accuracy)
	}
	return BenchSpread{P: stdev(p), R: stdev(r), F1: stdev(f), Accuracy: stdev(a)}
}

// stdev is the sample standard deviation, as Python's statistics.stdev.
func stdev(xs []float64) float64 {
	var mean float64
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	var ss float64
	for _, x := range xs {
		ss += (x - mean) * (x - mean)
	}
	return math.Sqrt(ss / float64(len(xs)-1))
}
