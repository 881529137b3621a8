package boilerplate

// Choosing the article's region among the labelled lines: the main run of
// body lines, extended, filled and closed.

import (
	"strings"

	"github.com/bansift/bansift/corpus"
)

// mainRegion returns the bounds [from, to) of the densest run of body: the
// maximum-sum run of lines where a body line weighs its size and a dropped
// line weighs against it. Section headings (comments, related) weigh
// heavily against it. Everything outside is the page's head and tail.
func mainRegion(lines []*line) (from, to int) {
	// Each maximal run found by Kadane's scan is a candidate.
	type segment struct{ from, to, sum int }
	var segs []segment
	cur := segment{}
	sum, start := 0, 0
	lastMeta := -100
	for i, l := range lines {
		if k, ok := metaKind(l); ok && k == corpus.RemovedMetadata && !l.thread {
			// A post's date does not announce the article.
			lastMeta = i
		}
		w := 0
		switch {
		case l.barrier, l.thread:
			w = -barrierWeight
		case l.neutral(), l.cls != classGood && !l.hard && isTableRow(l.text):
			// Tables drawn in columns sit between an article's
			// paragraphs as images do.
			w = -neutralWeight
		case l.repeated:
			w = -repeatWeight
		case l.cls == classGood && l.item && !l.sentence:
			// An announced list is kept where the article holds it, but
			// its items do not carry the region on to what follows.
			w = 1
		case l.cls == classGood:
			w = l.size
			if !l.sentence {
				// Running text ends its paragraphs; a long unpunctuated
				// line is as often a list of links or a footer blurb.
				w /= 2
			}
			if i-lastMeta <= 4 {
				// The article starts under its byline or date line.
				w += bylineBonus
				lastMeta = -100
			}
		default:
			w = -badWeight(l)
		}
		if sum+w <= 0 {
			if cur.sum > 0 {
				segs = append(segs, cur)
			}
			sum, start, cur = 0, i+1, segment{}
			continue
		}
		sum += w
		if sum > cur.sum {
			cur = segment{start, i + 1, sum}
		}
	}
	if cur.sum > 0 {
		segs = append(segs, cur)
	}
	// A run under a headline that shares its words is an article; a run of
	// comments or teasers has no headline of its own.
	for k := range segs {
		if titled(lines, segs[k].from, segs[k].to) {
			segs[k].sum += titleBonus
		}
	}
	best := 0
	for _, s := range segs {
		best = max(best, s.sum)
	}
	// Pages put the article before its comments and related stories: the
	// first run nearly as heavy as the heaviest is the article.
	for _, s := range segs {
		if s.sum*firstRegionShare.den >= best*firstRegionShare.num {
			return s.from, s.to
		}
	}
	return 0, 0
}

// titled reports whether a headline stands right above the run of body
// [from, to): a title-like line among the titleLook lines above it whose
// long words are mostly words of the run.
func titled(lines []*line, from, to int) bool {
	words := map[string]bool{}
	for _, l := range lines[from:to] {
		if l.cls == classGood {
			for _, w := range l.words {
				words[w] = true
			}
		}
	}
	for i, seen := from-1, 0; i >= 0 && seen < titleLook; i-- {
		l := lines[i]
		if l.neutral() {
			continue
		}
		seen++
		if isTitle(l) && overlap(l.words, words) >= titleOverlap {
			return true
		}
	}
	return false
}

// titleLook is how many lines above a run titled searches; titleOverlap is
// the share of a headline's long words its article uses; titleBonus is
// what a headline adds to its run's weight when the article is chosen.
const (
	titleLook    = 6
	titleOverlap = 0.5
	titleBonus   = 300
)

// firstRegionShare is how heavy, against the heaviest, the first run of
// body must be to be taken as the article.
var firstRegionShare = struct{ num, den int }{1, 2}

// extendRegion lets the body resume after a small box inside it ("Content
// from our partners" and three links): when at most gapLines dropped lines
// follow the region and then come body lines that all end like sentences,
// the region grows over them. Repeats while it can.
func extendRegion(lines []*line, from, to int) (int, int) {
	for {
		j, gap := to, 0
		for j < len(lines) && gap < gapLines && !resumes(lines[j]) {
			l := lines[j]
			if !l.neutral() {
				gap++
			}
			if l.cls == classBad && !l.hard && l.size > lengthLow {
				// Running text judged bad: not a box of links.
				return from, to
			}
			if l.repeated || l.thread || l.barrier && l.kind != corpus.RemovedRelated && l.kind != corpus.RemovedAds || l.metaKind == corpus.RemovedMetadata {
				// Comments (headings, "Reply", timestamps) and closing
				// blurbs end the article; only boxes of links or ads sit
				// inside it.
				return from, to
			}
			j++
		}
		if j == to || j >= len(lines) || !resumes(lines[j]) {
			return from, to
		}
		// The box's own lines stay out, even those that read like body
		// (the headline of a linked story).
		for _, l := range lines[to:j] {
			if l.cls == classGood {
				l.cls, l.kind = classBad, corpus.RemovedRelated
			}
		}
		k := j
		for k < len(lines) && resumes(lines[k]) {
			lines[k].cls, lines[k].kind = classGood, ""
			k++
		}
		if k == j || k < len(lines) && lines[k].cls == classGood {
			return from, to
		}
		to = k
	}
}

// cutTeasers ends the region at a section heading inside it ("Top
// stories") under which come teasers: headlines each with its summary
// right under it, in the same block. An article's own paragraphs are
// blocks of their own.
func cutTeasers(lines []*line, from, to int) int {
	for i := from; i < to; i++ {
		if !lines[i].barrier {
			continue
		}
		pairs := 0
		for j := i + 1; j+1 < to && j <= i+teaserLook; j++ {
			h, s := lines[j], lines[j+1]
			if !h.sentence && !h.neutral() && len(h.words) <= teaserHeadWords && s.sentence && s.block == h.block {
				pairs++
				j++
			}
		}
		if pairs >= teaserPairs {
			return i
		}
	}
	return to
}

// cutTeasers looks teaserLook lines under a heading for teaserPairs
// headlines of at most teaserHeadWords words, each with its summary.
const (
	teaserLook      = 10
	teaserPairs     = 2
	teaserHeadWords = 16
)

// resumes reports a line with which the article may go on after a box:
// running text, whether body already or condemned by its words only (a
// paragraph of names and figures between an ad and the tags).
func resumes(l *line) bool {
	return l.sentence && (l.cls == classGood ||
		!l.hard && l.size > lengthLow && l.cue == nil && l.metaKind == "" && !l.barrier && !l.bullet)
}

// fillRegion labels as body the table rows, the list items made of
// statements and the sentences inside the region that only their words
// condemned, when body lies above and below them in the region. A list of
// headlines (no full stop) inside an article is a box of links to other
// stories. Lines a rule condemned (cues, bylines, captions, menus,
// repeats) stay out.
func fillRegion(lines []*line, from, to int) {
	first, last := -1, -1
	for i := from; i < to; i++ {
		if lines[i].cls == classGood {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first + 1; i < last; i++ {
		l := lines[i]
		if l.cls == classGood || l.barrier || l.thread || l.repeated || l.cue != nil || l.neutral() {
			continue
		}
		// A row of a table may hold a date or sit in a run of short
		// rows; a list item must have escaped every rule.
		row := isTableRow(l.text) && (!l.hard || l.inRun || l.metaKind != "")
		item := l.bullet && strings.HasSuffix(l.text, ".") && !l.hard && l.metaKind == ""
		// Running text among the article's paragraphs that only its
		// words condemned (a sign-off, a line of names and figures).
		text := l.sentence && !l.bullet && !l.hard && l.metaKind == ""
		if row || item || text {
			l.cls, l.kind = classGood, ""
		}
	}
}

// closeRegion takes into the region the short last paragraphs of the
// article that only their words condemned: sentences right under the
// region's last line ("The company did not respond."), up to tailLines of
// them, when a line some rule condemned (tags, a comment form, a footer)
// or the page's end follows them.
func closeRegion(lines []*line, from, to int) int {
	if from >= to || lines[to-1].cls != classGood {
		return to
	}
	j := to
	for j < len(lines) && j-to < tailLines && tailSentence(lines[j]) {
		j++
	}
	if j == to || j < len(lines) && !lines[j].hard {
		return to
	}
	for _, l := range lines[to:j] {
		l.cls, l.kind = classGood, ""
	}
	return j
}

// openRegion takes into the region the article's first paragraph when only
// its words condemned it: a lead full of names and figures ("CITY (AP) —
// Officials in …") has few stop words. Up to tailLines running-text
// sentences right above the region count, when a line some rule condemned
// (a date line, a byline, a menu) lies above them.
func openRegion(lines []*line, from, to int) int {
	if from >= to || lines[from].cls != classGood {
		return from
	}
	i := from - 1
	for i >= 0 && from-1-i < tailLines && tailSentence(lines[i]) && lines[i].size >= lengthLow {
		i--
	}
	if i == from-1 || i >= 0 && !lines[i].hard {
		return from
	}
	for _, l := range lines[i+1 : from] {
		l.cls, l.kind = classGood, ""
	}
	return i + 1
}

// tailSentence reports a sentence of at least leadWords/2 words that no
// rule condemned.
func tailSentence(l *line) bool {
	return l.sentence && !l.hard && l.cue == nil && l.metaKind == "" && !l.barrier && !l.bullet &&
		len(l.words) >= leadWords/2 && !l.neutral()
}

// tailLines is the most short paragraphs closeRegion adds.
const tailLines = 2

// gapLines is the largest box inside an article that extendRegion crosses.
const gapLines = 5

// neutralWeight is what an image line or a lone bullet counts against the
// region: little, as images sit between an article's paragraphs.
const neutralWeight = 5

// repeatWeight is what a repeated widget line counts against the region:
// a run of comments, each under its "Reply", stays out of the article.
const repeatWeight = 150

// bylineBonus is added to the first body line under a byline or a date
// line, so that a short article under its byline outweighs a longer blurb
// elsewhere on the page.
const bylineBonus = 300

// barrierWeight is what a section heading counts against a region that
// crosses it: the body may go on after an inline "Related" box, but only
// if much of it does.
const barrierWeight = 400

// badWeight is how much a dropped line counts against the region that holds
// it: a menu is many short lines, so each weighs at least a little.
func badWeight(l *line) int {
	// Letters, not characters: a rule drawn with 1,000 dashes is a
	// separator, not a wall.
	if !l.hard {
		// Judged by its words only: running text that may be the article's.
		return max(l.nLetters/3, 25)
	}
	return max(l.nLetters, 25)
}

func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}
