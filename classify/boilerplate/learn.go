package boilerplate

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"math"
	"os"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/internal/lr"
)

// The learned line scorer has the last word on each line (Options.RulesOnly
// turns it off): a logistic regression over the features the rules already
// compute, the rules' verdict and region among them, trained on the tune
// half of the article-extraction benchmark by internal/train. The rules
// stay the readable part; the scorer weighs their evidence against a
// line's size and neighbours, which fixed thresholds weigh one at a time.
// It may drop any line, and keep lines the rules dropped for their size or
// for lying outside the region, but never a line named evidence condemned
// nor one beyond it (see modelKeep).

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
	return append(names, "nolang", "position", "regiondist", "keepshare",
		"before", "after", "barriers", "runsize", "runshare", "window")
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
	p, from, to := c.analyse(context.Background(), text, lang, "", false)
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
	// run[i] is the size of the run of good lines (neutral lines aside)
	// that holds line i; regionSize is the size of the lines kept.
	run := make([]int, n)
	regionSize := 0
	for i := 0; i < n; {
		if p.lines[i].cls != classGood {
			i++
			continue
		}
		j, size := i, 0
		for j < n && (p.lines[j].cls == classGood || p.lines[j].neutral()) {
			if p.lines[j].cls == classGood {
				size += p.lines[j].size
			}
			j++
		}
		for k := i; k < j; k++ {
			run[k] = size
		}
		i = j
	}
	// barriers[i] counts the section headings between line i and the region.
	barriers := make([]int, n)
	for i := from - 1; i >= 0; i-- {
		barriers[i] = barriers[min(i+1, n-1)]
		if i+1 < from && p.lines[i+1].barrier {
			barriers[i]++
		}
	}
	for i := max(to, 0); i < n; i++ {
		if i > to {
			barriers[i] = barriers[i-1]
			if p.lines[i-1].barrier {
				barriers[i]++
			}
		}
	}
	for i, l := range p.lines {
		if keep[i] {
			regionSize += l.size
		}
	}
	out := make([][]float64, n)
	// One backing array for all rows: a page has hundreds of lines.
	d := len(featureNames)
	flat := make([]float64, 0, n*d)
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
		if chars := float64(utf8.RuneCountInString(l.text)); chars > 0 {
			digits /= chars
		}
		if letters > 0 {
			upper /= float64(letters)
		}
		x := append(flat[i*d:i*d:(i+1)*d],
			b2f(keep[i]), b2f(i >= from && i < to),
			b2f(l.cls == classBad), b2f(l.cls == classShort), b2f(l.cls == classNearGood), b2f(l.cls == classGood),
			b2f(l.hard), b2f(l.meta), b2f(l.barrier), b2f(l.thread), b2f(l.repeated), b2f(l.inRun),
			b2f(l.item), b2f(l.bullet), b2f(l.form), b2f(l.bracketed), b2f(l.sentence),
			b2f(l.cue != nil), b2f(l.metaKind != ""), b2f(l.neutral()),
			math.Log1p(float64(l.size)), math.Log1p(float64(len(l.words))), l.stop, l.letters, digits, upper,
		)
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
		good := 0
		for j := max(0, i-window); j <= min(n-1, i+window); j++ {
			if p.lines[j].cls == classGood {
				good++
			}
		}
		x = append(x, b2f(i < from), b2f(i >= to), math.Log1p(float64(barriers[i])),
			math.Log1p(float64(run[i])), float64(run[i])/float64(max(regionSize, 1)),
			float64(good)/float64(2*window+1))
		out[i] = x
	}
	return out
}

// window is how many lines on each side the "window" feature looks at.
const window = 3

// loadLineModel reads the model at path, or the embedded one when path is "".
func loadLineModel(path string) (lr.Scorer, error) {
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
// It may drop any line, but keeps none that named evidence condemned
// (vetoed), and none outside the rules' region beyond such a line: a
// comment's timestamp or a "Related" heading fences the article in, and
// the model weighs size and neighbours, not what a line says.
func (c *Cleaner) modelKeep(p *page, from, to int) []bool {
	fs := lineFeatures(p, from, to)
	out := openLines(p, from, to)
	for i := range out {
		out[i] = out[i] && c.model.Score(fs[i]) >= 0.5
	}
	return out
}

// openLines reports the lines the model may keep: those no named evidence
// condemned, inside the region [from, to) or reached from it without
// crossing a condemned line.
func openLines(p *page, from, to int) []bool {
	open := make([]bool, len(p.lines))
	for i := from; i < to; i++ {
		open[i] = true
	}
	for i := from - 1; i >= 0 && !vetoed(p.lines[i]); i-- {
		open[i] = true
	}
	for i := max(to, 0); i < len(p.lines) && !vetoed(p.lines[i]); i++ {
		open[i] = true
	}
	for i, l := range p.lines {
		open[i] = open[i] && !vetoed(l)
	}
	return open
}

// vetoed reports a line the model may not keep: the title, a byline or a
// date (Result.Title and Result.Published take them), a boilerplate cue
// ("Let us know in the comments"), a section heading, a post's timestamp,
// a repeated widget, a line of the site's template.
func vetoed(l *line) bool {
	return l.meta || l.cue != nil || l.barrier || l.thread || l.repeated || l.metaKind != "" || l.template
}
