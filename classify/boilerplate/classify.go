package boilerplate

// Labelling the lines of a page: each line judged by the rules, then by its
// cue words and shape.

import (
	"strings"

	"github.com/bansift/bansift/corpus"
)

// judge is jusText's context-free labelling by size and stop-word share.
func judge(p *page, l *line) class {
	stop := l.stop
	if p.lang == "" {
		// No stop list for the page: a sentence ending stands in for the
		// function words that mark running text.
		stop = 0
		if l.sentence && len(l.words) >= 6 {
			stop = stopHigh
		} else if l.sentence || hasCJK(l.text) {
			stop = stopLow
		}
	}
	switch {
	case l.size < lengthLow || isTableRow(l.text):
		return classShort
	case l.letters < 0.6:
		return classBad
	case stop >= stopHigh && l.size > lengthHigh:
		return classGood
	case stop >= stopHigh && l.sentence:
		return classGood
	case stop >= stopLow:
		return classNearGood
	}
	return classBad
}

// labelLines runs the rules, then judge, on every line.
func (c *Cleaner) labelLines(p *page) {
	for _, l := range p.lines {
		fired := false
		for _, r := range rules {
			if cls, kind, ok := r.apply(c, p, l); ok {
				l.cls, l.kind, fired = cls, kind, true
				break
			}
		}
		if fired {
			l.hard = l.cls == classBad
			l.barrier = l.barrier || l.cue != nil && l.cue.mode == cueSection
			continue
		}
		l.cls = judge(p, l)
		if l.cls == classBad {
			l.kind = shapeKind(l)
		}
	}
}

// markShortRuns labels as menus the runs of consecutive lines (no blank
// line between) of at most runWords words each: menus, tag clouds,
// pickers and footers are made of them, an article is not.
func markShortRuns(lines []*line) {
	isShort := func(l *line) bool {
		return len(l.words) <= runWords && !l.sentence && !hasCJK(l.text)
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && isShort(lines[j]) && (j == i || lines[j].block == lines[j-1].block) {
			j++
		}
		if j-i >= runLines {
			for _, l := range lines[i:j] {
				if l.cls != classBad {
					l.cls, l.hard, l.kind, l.inRun = classBad, true, shapeKind(l), true
				}
			}
		}
		i = max(j, i+1)
	}
}

// A run of runLines lines of at most runWords words is a menu.
const (
	runLines = 4
	runWords = 3
)

// shapeKind guesses the kind of a dropped line that no cue named.
func shapeKind(l *line) corpus.RemovedKind {
	if l.cue != nil {
		return l.cue.kind
	}
	if l.bullet || len(l.words) <= 4 {
		return corpus.RemovedNavigation
	}
	return corpus.RemovedOther
}

// findCue returns the cue l matches, or nil.
func (lx *lexicon) findCue(l *line) *cue {
	if c, ok := lx.whole[l.fold]; ok {
		return c
	}
	short := len(l.words) <= shortWords && (!l.sentence || len(l.words) <= shortWords/2+2)
	// Look up the cues that start with each word of the line; the longest
	// match wins, as the most specific phrase says most about the kind.
	var best *cue
	off := 0
	for k, w := range l.words {
		rest := l.fold[off:]
		off += len(w) + 1
		for _, i := range lx.byFirst[w] {
			c := &lx.partial[i]
			if best != nil && len(c.phrase) <= len(best.phrase) {
				continue
			}
			switch c.mode {
			case cueShort:
				if !short || c.oneWord && (l.sentence || len(l.words) > oneWordCueWords) {
					// "comment", "photo": words an article uses too; only
					// a label, a button or a heading is condemned by them.
					continue
				}
			case cuePrefix:
				if k > 0 || len(l.words) > prefixWords {
					continue
				}
			}
			if strings.HasPrefix(rest, c.phrase) {
				best = c
			}
		}
	}
	return best
}
