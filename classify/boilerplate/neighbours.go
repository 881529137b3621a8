package boilerplate

// The passes that relabel a line by its neighbours: short runs, lists that a
// line introduces, repeats, duplicates and comment threads.

import (
	"regexp"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// relabel resolves short and near-good lines from their neighbours, as
// jusText does: a short line between body lines is body (a subheading, a
// one-line paragraph), between boilerplate it is boilerplate; a near-good
// line is body unless boilerplate surrounds it.
func relabel(lines []*line) {
	n := len(lines)
	// prevOf/nextOf find the nearest good or bad label, optionally treating
	// near-good as a stop too.
	prevOf := func(i int, stopNear bool) class {
		for j := i - 1; j >= 0; j-- {
			if lines[j].neutral() {
				continue
			}
			switch c := lines[j].cls; {
			case c == classGood || c == classBad:
				return c
			case c == classNearGood && stopNear:
				return c
			}
		}
		return classBad
	}
	nextOf := func(i int, stopNear bool) class {
		for j := i + 1; j < n; j++ {
			if lines[j].neutral() {
				continue
			}
			switch c := lines[j].cls; {
			case c == classGood || c == classBad:
				return c
			case c == classNearGood && stopNear:
				return c
			}
		}
		return classBad
	}
	next := make([]class, n)
	for i, l := range lines {
		next[i] = l.cls
		if l.cls != classShort {
			continue
		}
		pv, nx := prevOf(i, false), nextOf(i, false)
		switch {
		case l.sentence && sameBlockGood(lines, i):
			// A short sentence in the same paragraph block as body
			// lines: the article's last or first words.
			next[i] = classGood
		case pv == classGood && nx == classGood:
			next[i] = classGood
		case nx == classGood && l.sentence && len(l.words) >= leadWords && i+1 < n && lines[i+1].cls == classGood:
			// A one-sentence lead paragraph right above the body.
			next[i] = classGood
		case pv == classBad && nx == classBad:
			next[i] = classBad
		case pv == classBad && prevOf(i, true) == classNearGood, nx == classBad && nextOf(i, true) == classNearGood:
			next[i] = classGood
		default:
			next[i] = classBad
		}
	}
	for i, l := range lines {
		if l.cls == classShort {
			l.cls = next[i]
			if l.cls == classBad && l.kind == "" {
				l.kind = shapeKind(l)
			}
		}
	}
	for i, l := range lines {
		next[i] = l.cls
		if l.cls != classNearGood {
			continue
		}
		if prevOf(i, false) == classBad && nextOf(i, false) == classBad {
			next[i] = classBad
		} else {
			next[i] = classGood
		}
	}
	for i, l := range lines {
		if l.cls == classNearGood {
			l.cls = next[i]
			if l.cls == classBad {
				l.kind = shapeKind(l)
			}
		}
	}
	// The signature under a quoted post ("— Jane Doe (@jane) May 2,
	// 2019") goes with the post above it.
	for i, l := range lines {
		if i > 0 && !l.hard && isPostSignature(l.text) {
			l.cls = lines[i-1].cls
			if l.cls == classGood {
				l.kind = ""
			}
		}
	}
	// Running text that only its words condemned (few stop words: names,
	// figures, dates) is body when body lines stand right on both sides.
	for i, l := range lines {
		if l.cls == classBad && !l.hard && l.sentence && l.size >= lengthLow &&
			prevOf(i, true) == classGood && nextOf(i, true) == classGood {
			l.cls, l.kind = classGood, ""
		}
	}
}

// keepIntroducedLists labels as body the list a body line announces with a
// colon ("The tour dates:"): tour dates, specifications and ingredients
// are short lines that jusText's neighbour rules would drop.
func keepIntroducedLists(lines []*line) {
	for i := 0; i < len(lines); i++ {
		intro := lines[i]
		if intro.hard || len(intro.words) < 2 || i == 0 {
			continue
		}
		prevGood := lines[i-1].cls == classGood
		colon := strings.HasSuffix(intro.text, ":") && len(intro.words) >= 3
		// A heading right under body that heads a run of lines: "Tour
		// dates", then one date a line; it may ask a question ("What is
		// new?"), not state one.
		statement := intro.sentence && !strings.HasSuffix(intro.text, "?")
		heading := !colon && prevGood && !statement && len(intro.words) <= listHeadingWords &&
			i+listMinItems < len(lines) && lines[i+1].block != intro.block
		if !colon && !heading {
			continue
		}
		if intro.cls != classGood && !prevGood {
			continue
		}
		j := i + 1
		for j < len(lines) && j-i <= listLines && (!lines[j].hard || lines[j].inRun) && len(lines[j].words) <= listWords &&
			(j == i+1 || lines[j].block == lines[j-1].block) {
			j++
		}
		if heading && j-i-1 < listMinItems {
			continue
		}
		if intro.cls != classGood {
			// A short announcing line right under body is body too.
			intro.cls, intro.kind = classGood, ""
		}
		for _, l := range lines[i+1 : j] {
			if l.cls != classGood {
				l.cls, l.kind = classGood, ""
			}
			l.item = true
		}
		i = j - 1
	}
}

// A list headed by a line of at most listHeadingWords words (not a colon)
// needs listMinItems items.
const (
	listHeadingWords = 8
	listMinItems     = 3
)

// An announced list has at most listLines items of at most listWords words.
const (
	listLines = 60
	listWords = 30
)

// markRepeats labels the short lines a page repeats (a "Reply" under every
// comment, a "Read more" under every teaser) as widgets, in any language.
func markRepeats(lines []*line) {
	count := map[string]int{}
	for _, l := range lines {
		if len(l.words) > 0 && len(l.words) <= repeatWords && !l.sentence {
			count[l.fold]++
		}
	}
	for _, l := range lines {
		if len(l.words) > 0 && count[l.fold] >= repeatTimes && len(l.words) <= repeatWords && !l.sentence {
			l.repeated = true
			if l.cls != classBad {
				l.cls, l.hard, l.kind = classBad, true, shapeKind(l)
			}
		}
	}
}

// markDuplicates drops the long lines a page prints twice: an image's alt
// text and its caption, a teaser and its card (often once as a list item
// and once as a heading, so bullets and case do not count). An article does
// not repeat its paragraphs, save in lists (a meal plan), which repeat more
// than twice.
func markDuplicates(lines []*line) {
	count := map[string]int{}
	for _, l := range lines {
		if len(l.words) >= duplicateWords {
			count[l.fold]++
		}
	}
	for _, l := range lines {
		if len(l.words) >= duplicateWords && count[l.fold] == 2 {
			l.cls, l.hard, l.kind = classBad, true, corpus.RemovedCaption
		}
	}
}

// duplicateWords is the fewest words of a line that markDuplicates judges.
const duplicateWords = 8

// A line of at most repeatWords words seen repeatTimes times is a widget.
const (
	repeatWords = 3
	repeatTimes = 3
)

// isPostSignature reports the signature line of an embedded social-media
// post: a dash, a name, a handle in brackets.
func isPostSignature(t string) bool {
	return (strings.HasPrefix(t, "—") || strings.HasPrefix(t, "– ") || strings.HasPrefix(t, "- ")) && strings.Contains(t, "(@")
}

// neutral reports a line that says nothing about its neighbours: an image
// drawn as its alt text in brackets, a lone bullet or rule.
func (l *line) neutral() bool {
	return l.bracketed && !l.form || len(l.words) == 0 && !hasCJK(l.text)
}

// sameBlockGood reports whether a line next to lines[i], with no blank
// line between, is body.
func sameBlockGood(lines []*line, i int) bool {
	l := lines[i]
	return i > 0 && lines[i-1].block == l.block && lines[i-1].cls == classGood ||
		i+1 < len(lines) && lines[i+1].block == l.block && lines[i+1].cls == classGood
}

// markThreads finds the timestamps that head posts: a comment thread (or a
// feed of teasers) dates every post, an article dates itself once. When at
// least threadStamps timestamps below the first body line each have body
// right under them, each of them is a post's head and weighs against a
// region that would cross it, the way a section heading does.
func markThreads(lines []*line) {
	var heads []*line
	seenGood := false
	for i, l := range lines {
		// A head's stamp may be what neighbour relabelling took for a
		// short line of body.
		stamp := isStamp(l)
		if l.cls == classGood && !stamp {
			seenGood = true
			continue
		}
		if !seenGood || !stamp {
			continue
		}
		if next := nextSpoken(lines, i); next >= 0 && next-i <= stampGap && lines[next].cls == classGood {
			heads = append(heads, l)
		}
	}
	if len(heads) < threadStamps {
		return
	}
	for _, l := range heads {
		l.thread = true
		if l.cls == classGood {
			l.cls, l.kind = classBad, corpus.RemovedComments
		}
	}
}

// A thread has at least threadStamps dated posts; a post's text starts at
// most stampGap lines under its timestamp.
const (
	threadStamps = 2
	stampGap     = 3
)

// isStamp reports a line that is a bare date and time, or a short line
// that dates something: "jane - May 2, 2019 at 8:12 am".
func isStamp(l *line) bool {
	if len(l.words) > stampWords {
		return false
	}
	if isTimestamp(l.text) {
		return true
	}
	return l.metaKind == corpus.RemovedMetadata && isDateLine(l.text) || agoTailRe.MatchString(l.text)
}

// agoTailRe matches a short line that ends with a relative time, as a
// comment's head does: "jane_d • 3 years ago", "Max vor 2 Tagen".
var agoTailRe = regexp.MustCompile(`(?i:(?:\b\d+|\ban?|\bone)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|\bvor\s+(?:\d+|einem|einer|zwei|drei)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?))\s*$`)

// stampWords is the most words of a line that dates a post.
const stampWords = 10

// nextSpoken returns the index of the first line after i that is not
// neutral, or -1.
func nextSpoken(lines []*line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].neutral() {
			return j
		}
	}
	return -1
}
