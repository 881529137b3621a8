package boilerplate

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Template guards: what keeps an article's own text from being taken for
// its site's template (TemplateIndex).

// Prose is told from template lines by its shape, not its words: a
// sentence of some length whose words run mostly in lower case, as words
// do around a verb. Menus, mastheads, bylines and link lists are short,
// do not end like a sentence, or are runs of capitalised names. The shape
// holds for German too, whose capitalised nouns stay under half the words.
const (
	proseWords      = 12  // fewest words of a prose line
	proseLowerShare = 0.4 // least share of its words that start in lower case
)

// proseShaped reports a line shaped like a sentence of running prose.
func proseShaped(t string) bool {
	if !endsSentence(t) {
		return false
	}
	words := strings.Fields(t)
	if len(words) < proseWords {
		return false
	}
	lower := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘„«(["))
		if unicode.IsLower(r) {
			lower++
		}
	}
	return float64(lower) >= proseLowerShare*float64(len(words))
}

// fingerprint identifies a page by its prose, or, when it has none, by all
// its lines: two scrapes of one story share it even when a counter, a date
// or a teaser differs.
func fingerprint(prose []string, lines map[string]bool) uint64 {
	keys := prose
	if len(keys) == 0 {
		for k := range lines {
			keys = append(keys, k)
		}
	}
	keys = slices.Clone(keys)
	slices.Sort(keys)
	keys = slices.Compact(keys)
	h := fnv.New64a()
	for _, k := range keys {
		h.Write([]byte(k))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// templateMinWords is the fewest words a page must keep outside its
// template lines: below it the template would take the article itself
// (a page the index has seen under another name), so none of its lines is
// dropped as template.
const templateMinWords = 10

// templateTakesAll reports whether the lines of p the index marks as its
// site's template leave fewer than templateMinWords words of the page.
func (c *Cleaner) templateTakesAll(p *page) bool {
	if c.templates == nil || p.site == "" {
		return false
	}
	rest := 0
	for _, l := range p.lines {
		if !c.templates.IsTemplate(p.site, l.text) {
			rest += len(strings.Fields(l.text))
		}
	}
	return rest < templateMinWords
}
