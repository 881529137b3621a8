package translation

import (
	"regexp"
	"slices"
	"strings"
)

// The title and the top of the page: where the outlet stands beside the
// headline, and what an outlet's name of Arabic form looks like.

// titleSeparators split a page title from the outlet name around it.
var titleSeparators = regexp.MustCompile(`\s+[-–—|:·•]\s+|\s*[|·•]\s*`)

// maxTopLines bounds how far into the removed lines and the body a dateline
// is looked for: it heads the story. maxTitleLines bounds the search for the
// title line, whose shape (this page's headline and a name) is telling
// enough that a long menu of one item a line may come before it.
const (
	maxTopLines   = 12
	maxTitleLines = 40
)

// maxOutletWords bounds the part of a title taken for an outlet name.
const maxOutletWords = 6

// titleOutlets returns the parts of the title that may name the outlet: the
// first and last parts of the title, and the part beside the headline on a
// title line near the top of the page ("Headline – Outlet"), as pages give
// it before the cleaner strips the outlet from the title it keeps.
func (d *Detector) titleOutlets(in *Input) []string {
	var out []string
	head := normalize(in.Title)
	// side adds the part at either end of line whose other end is the
	// headline, or, when the headline is not known, the shorter end.
	side := func(line string, known bool) {
		parts := titleSeparators.Split(strings.TrimSpace(line), -1)
		if len(parts) < 2 {
			return
		}
		first, last := parts[0], parts[len(parts)-1]
		for _, c := range []struct{ outlet, rest string }{{last, first}, {first, last}} {
			if len(strings.Fields(c.outlet)) > maxOutletWords {
				continue
			}
			if known && !sameHeadline(normalize(c.rest), head) {
				continue
			}
			if !known && len(c.outlet) >= len(c.rest) {
				continue
			}
			out = append(out, c.outlet)
		}
	}
	side(in.Title, false)
	if head == "" {
		return out
	}
	for _, l := range topLines(in, maxTitleLines) {
		if normalize(l) != head {
			side(l, true)
		}
	}
	return out
}

// minFuzzyHeadline is the length in words from which two headlines that
// differ a little are taken for the same one.
const minFuzzyHeadline = 5

// sameHeadline reports whether normalized a and b are one headline: equal,
// one cut short of the other (titles are truncated with an ellipsis), or,
// when long enough, sharing nearly all their words (the cleaner may drop a
// kicker or quotes).
func sameHeadline(a, b string) bool {
	if a == b {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if min(len(wa), len(wb)) < minFuzzyHeadline {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	shared := 0
	for _, w := range wb {
		if set[w] {
			shared++
		}
	}
	return float64(shared) >= 0.8*float64(max(len(wa), len(wb)))
}

// topLines returns the lines that head the page: the first n removed lines
// and the first n lines of the body.
func topLines(in *Input, n int) []string {
	lines := slices.Clone(in.Lines[:min(len(in.Lines), n)])
	body := strings.SplitN(in.Text, "\n", n+1)
	return append(lines, body[:min(len(body), n)]...)
}

// arabicArticle is the Arabic article in an outlet's name: al- at the start
// or inside ("Al Sharq", "Akhbar Al-Yawm"), el- with its hyphen or inside
// ("El-Watan", "Sada El Balad"); a name that starts with "El " is Spanish.
var arabicArticle = regexp.MustCompile(`^(?:[Aa]l|[Ee]l)-\p{Lu}|^[Aa]l \p{Lu}|\S\s+(?:[Aa]l|[Ee]l)[- ]\p{Lu}`)

// editionWords mark an outlet's English or international edition, whose
// name may still have Arabic form ("Al Jazeera English", "Al-Monitor").
// "Online" is no such word: Arabic sites call themselves "X Online" too.
var editionWords = map[string]bool{"english": true, "international": true, "monitor": true, "weekly": true,
	"times": true, "today": true, "observer": true, "tribune": true, "post": true,
	"gazette": true, "herald": true, "journal": true, "review": true, "insider": true}

// arabicForm reports whether s looks like the name of an Arabic-language
// outlet: two to six words with the Arabic article, no English edition word
// and no English function word ("Al Gore on the climate" is no outlet).
func (d *Detector) arabicForm(s string) bool {
	s = strings.TrimSpace(s)
	w := strings.Fields(normalize(s))
	if len(w) < 2 || len(w) > maxOutletWords || !arabicArticle.MatchString(s) {
		return false
	}
	for _, x := range w {
		if editionWords[x] || d.english[x] {
			return false
		}
	}
	return true
}
