package boilerplate

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"os"
	"unicode"

	"github.com/bansift/bansift/classify/boilerplate/internal/lr"
)

// The learned line scorer is an experiment (see doc.go): a logistic
// regression over the features the rules already compute, the rules'
// verdict among them, trained on the tune half of the article-extraction
// benchmark by internal/train. It is off unless Options.LineModel is set.

//go:generate go run ./internal/train -out data/linemodel.tsv

//go:embed data/linemodel.tsv
var lineModelData []byte

// featureNames name the columns lineFeatures fills, in order.
var featureNames = func() []string {
	own := []string{
		"keep", "region", "bad", "short", "neargood", "good", "hard", "meta",
		"barrier", "thread", "repeated", "run", "item", "bullet", "form",
		"bracketed", "sentence", "cue", "metakind", "neutral",
		"logsize", "logwords", "stop", "letters", "digits", "upper",
	}
	names := append([]string{}, own...)
	for _, side := range []string{"prev", "next"} {
		for _, f := range []string{"keep", "good", "hard", "sentence", "logsize", "stop", "sameblock"} {
			names = append(names, side+"_"+f)
		}
	}
	return append(names, "nolang", "position", "regiondist", "keepshare")
}()

// FeatureNames returns the names of the learned scorer's features, in the
// order of LineSample.Features.
func FeatureNames() []string { return append([]string(nil), featureNames...) }

// LineSample is one line of a page with the features the learned scorer
// reads, for training it.
type LineSample struct {
	Line     int    // 1-based line number in the input
	Text     string // the line, trimmed
	Keep     bool   // the rules keep it in the body
	Features []float64
}

// LineSamples runs the rules on text and returns every non-blank line with
// its features.
func (c *Cleaner) LineSamples(text, lang string) []LineSample {
	p, from, to := c.analyse(text, lang, "")
	markMeta(p.lines, from, to)
	fs := lineFeatures(p, from, to)
	out := make([]LineSample, len(p.lines))
	for i, l := range p.lines {
		out[i] = LineSample{Line: l.n, Text: l.text, Keep: ruleKeep(l, i, from, to), Features: fs[i]}
	}
	return out
}

// ruleKeep is the rules' verdict on line i of a region [from, to).
func ruleKeep(l *line, i, from, to int) bool {
	return l.cls == classGood && !l.meta && i >= from && i < to
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// lineFeatures computes the features of every line once the rules have run.
func lineFeatures(p *page, from, to int) [][]float64 {
	n := len(p.lines)
	keep := make([]bool, n)
	kept := 0
	for i, l := range p.lines {
		keep[i] = ruleKeep(l, i, from, to)
		if keep[i] {
			kept++
		}
	}
	out := make([][]float64, n)
	for i, l := range p.lines {
		var digits, upper float64
		letters := 0
		for _, r := range l.text {
			switch {
			case unicode.IsDigit(r):
				digits++
			case unicode.IsUpper(r):
				upper++
				letters++
			case unicode.IsLetter(r):
				letters++
			}
		}
		if chars := float64(len([]rune(l.text))); chars > 0 {
			digits /= chars
		}
		if letters > 0 {
			upper /= float64(letters)
		}
		x := []float64{
			b2f(keep[i]), b2f(i >= from && i < to),
			b2f(l.cls == classBad), b2f(l.cls == classShort), b2f(l.cls == classNearGood), b2f(l.cls == classGood),
			b2f(l.hard), b2f(l.meta), b2f(l.barrier), b2f(l.thread), b2f(l.repeated), b2f(l.inRun),
			b2f(l.item), b2f(l.bullet), b2f(l.form), b2f(l.bracketed), b2f(l.sentence),
			b2f(l.cue != nil), b2f(l.metaKind != ""), b2f(l.neutral()),
			math.Log1p(float64(l.size)), math.Log1p(float64(len(l.words))), l.stop, l.letters, digits, upper,
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= n {
				x = append(x, 0, 0, 1, 0, 0, 0, 0)
				continue
			}
			o := p.lines[j]
			x = append(x, b2f(keep[j]), b2f(o.cls == classGood), b2f(o.hard), b2f(o.sentence),
				math.Log1p(float64(o.size)), o.stop, b2f(o.block == l.block))
		}
		dist := 0
		switch {
		case i < from:
			dist = from - i
		case i >= to:
			dist = i - to + 1
		}
		x = append(x, b2f(p.lang == ""), float64(i)/float64(n), math.Log1p(float64(dist)), float64(kept)/float64(n))
		out[i] = x
	}
	return out
}

// loadLineModel reads the model at path, or the embedded one when path is "".
func loadLineModel(path string) (*lr.Model, error) {
	data := lineModelData
	if path != "" {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return nil, err
		}
	}
	m, err := lr.Read(bytes.NewReader(data), featureNames)
	if err != nil {
		if path == "" {
			path = "data/linemodel.tsv"
		}
		return nil, fmt.Errorf("line model %s: %w", path, err)
	}
	return m, nil
}

// modelKeep decides which lines the body keeps with the learned scorer.
// Title, byline and date lines stay out whatever it says: Result.Title
// and Result.Published take them.
func (c *Cleaner) modelKeep(p *page, from, to int) []bool {
	fs := lineFeatures(p, from, to)
	out := make([]bool, len(p.lines))
	for i, l := range p.lines {
		out[i] = !l.meta && c.model.Score(fs[i]) >= 0.5
	}
	return out
}
