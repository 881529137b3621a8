package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped pages. Some scrapers and mail gateways break every sentence
// across short lines, often with a blank line after each one, so no line
// looks like a paragraph and every one is judged a menu item or a teaser:
// the page yields no body at all. When a page's first reading keeps
// nothing, the cleaner reads it again with its wrapped lines rejoined into
// the sentences they cut (rejoinWrapped), if the page is wrapped.

// Wrapped-page thresholds.
const (
	// wrapMinEdges is how many wrap points a page must show.
	wrapMinEdges = 3
	// wrapShare is the share of line pairs that must be wrap points.
	wrapShare = 0.4
	// wrapMaxGap is how far apart (in input lines) two wrapped lines may
	// be: one blank line between them.
	wrapMaxGap = 2
)

// wrapPoint reports whether line b goes on with a's sentence: a does not
// end one, ends in a letter, digit or comma, and b follows after at most
// one blank line. Both carry words.
func wrapPoint(a, b *line) bool {
	if b.n-a.n > wrapMaxGap || endsSentence(a.text) || len(strings.Fields(a.text)) < 2 || len(strings.Fields(b.text)) < 1 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(a.text)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(b.text)
	if unicode.IsLower(first) || unicode.IsDigit(first) {
		return true
	}
	// A capital goes on with a name a ends in ("The Pakistan
	// Telecommunication" / "Authority on Monday"), not a new sentence
	// after a headline ("... extremist content" / "The authority").
	if !unicode.IsUpper(first) || sentenceStarters[strings.ToLower(leadingWord(b.text))] {
		return false
	}
	last, _ := utf8.DecodeRuneInString(trailingWord(a.text))
	return unicode.IsUpper(last)
}

// sentenceStarters are words that open a sentence far more often than they
// go on with a name.
var sentenceStarters = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "it": true, "this": true,
	"he": true, "she": true, "they": true, "we": true, "but": true, "and": true,
	"der": true, "die": true, "das": true, "ein": true, "eine": true, "es": true, "er": true, "sie": true, "im": true}

// rejoinWrapped joins the lines of a wrapped page into the sentences they
// cut; it returns nil when the page does not read as wrapped. A joined line
// keeps the number and block of its first line.
func rejoinWrapped(lines []*line) []*line {
	edges := 0
	for i := 1; i < len(lines); i++ {
		if wrapPoint(lines[i-1], lines[i]) {
			edges++
		}
	}
	if edges < wrapMinEdges || float64(edges) < wrapShare*float64(len(lines)-1) {
		return nil
	}
	var out []*line
	for i, l := range lines {
		if i > 0 && wrapPoint(lines[i-1], l) {
			last := out[len(out)-1]
			if last.pieces == nil {
				last.pieces = []piece{{last.n, last.text}}
			}
			last.pieces = append(last.pieces, piece{l.n, l.text})
			last.text += " " + l.text
			continue
		}
		out = append(out, &line{n: l.n, text: l.text, block: l.block})
	}
	return out
}

// A page whose pieces are set apart by blank lines is read rejoined even
// when its first reading keeps something (a long paragraph among the
// pieces would otherwise be all the body there is). That takes clearer
// evidence than the second reading of an empty page: breaks across a blank
// line that go on in lower case, on at least a quarter of the lines (the
// benchmark's 181 pages have at most a tenth).
const (
	blankWrapMinEdges = 3
	blankWrapShare    = 0.25
)

// isWrapped reports whether text is a page of pieces set apart by blank
// lines: enough breaks across one blank line whose next piece goes on in
// lower case.
func isWrapped(text string) bool {
	lines := splitLines(strings.ReplaceAll(text, "\r\n", "\n"))
	edges := 0
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if b.n == a.n+2 && startsLower(b.text) && wrapPoint(a, b) {
			edges++
		}
	}
	return edges >= blankWrapMinEdges && float64(edges) >= blankWrapShare*float64(len(lines))
}
