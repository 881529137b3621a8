package htmlclean

import (
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
	"golang.org/x/net/html"
)

// blockRule says whether paragraph i of an extracted body is boilerplate.
type blockRule struct {
	name  string
	match func(f *filterState, i int) (corpus.RemovedKind, bool)
}

// filterState is what block rules see: the paragraphs and page metadata.
type filterState struct {
	cues   *cueSet
	blocks []block
	title  string // page title as a wordKey
	lead   int    // index of the first paragraph of prose (leadWords words)
	// origin maps the normalised text of each paragraph of the page as
	// parsed to its element there: the extractor strips links, the page
	// still has them.
	origin map[string]*html.Node
}

// blockRules run in order on each paragraph; the first match drops it.
var blockRules = []blockRule{
	// The headline: the gold body, like a reader, starts after it. Only
	// at the top of the body, before the first paragraph of prose.
	{"headline", func(f *filterState, i int) (corpus.RemovedKind, bool) {
		return corpus.RemovedMetadata, i == 0 && f.blocks[i].Tag == "h1" || i < f.lead && isHeadline(f.blocks[i], f.title)
	}},
	// The standfirst: headings right under the headline, before the first
	// paragraph of text.
	{"dek", func(f *filterState, i int) (corpus.RemovedKind, bool) {
		for j := 0; j <= i; j++ {
			if !isHeading(f.blocks[j].Tag) {
				return "", false
			}
		}
		return corpus.RemovedMetadata, i > 0
	}},
	// Links to other stories: a short paragraph that is all link text in
	// the page.
	{"links", func(f *filterState, i int) (corpus.RemovedKind, bool) {
		b := f.blocks[i]
		if words(b.Text) > 25 || isCitation(b.Text) {
			return "", false
		}
		n := f.origin[normalize(b.Text)]
		return corpus.RemovedRelated, n != nil && linkDensity(n) >= 0.8
	}},
	// Template phrases around the article (cue files).
	{"cue", func(f *filterState, i int) (corpus.RemovedKind, bool) {
		return f.cues.matchText(f.blocks[i].Text)
	}},
}

// leadWords is the length of the first paragraph of prose, which ends the
// zone where a headline may stand.
const leadWords = 15

// isHeadline reports whether b repeats the page title. Titles often carry
// the site's name or a section before or after a separator, so one need
// only hold the other, if it is not much longer.
func isHeadline(b block, title string) bool {
	t := wordKey(b.Text)
	if t == "" || title == "" {
		return false
	}
	switch {
	case len(t) <= len(title):
		return 3*len(t) >= len(title) && strings.Contains(title, t)
	default:
		// The heading carries the section ("... | Health") the title lacks.
		return 2*len(t) <= 3*len(title) && strings.Contains(t, title)
	}
}

// isHeading reports whether tag is h1 to h6.
func isHeading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// wordKey is s in lower case with every run of non-letters, non-digits made
// one space: dashes and quotes of any kind compare equal.
func wordKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(unprotect(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// isCitation reports whether s reads as a source the article cites rather
// than a story it points to: a bare address, or a name in brackets.
func isCitation(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") {
		return true
	}
	return len(s) > 2 && (s[0] == '[' && s[len(s)-1] == ']' || s[0] == '(' && s[len(s)-1] == ')') && !strings.ContainsAny(s[1:len(s)-1], "[]():")
}

// words counts the words of s.
func words(s string) int { return len(strings.Fields(s)) }

// linkDensity is the share of n's text that is inside links.
func linkDensity(n *html.Node) float64 {
	var all, linked int
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			l := len(strings.TrimSpace(unprotect(n.Data)))
			all += l
			if inLink {
				linked += l
			}
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
			inLink = inLink || n.Data == "a"
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	if all == 0 {
		return 0
	}
	return float64(linked) / float64(all)
}

// filter drops the boilerplate paragraphs of blocks and says why each
// dropped text went, keyed by its normalised text.
func (e *Extractor) filter(blocks []block, title string, page0 []block) ([]block, map[string]corpus.RemovedKind) {
	f := &filterState{cues: e.cues, blocks: blocks, title: wordKey(title), origin: make(map[string]*html.Node, len(page0))}
	for _, b := range page0 {
		if k := normalize(b.Text); f.origin[k] == nil {
			f.origin[k] = b.Node
		}
	}
	f.lead = len(blocks)
	for i, b := range blocks {
		if words(b.Text) >= leadWords {
			f.lead = i
			break
		}
	}
	why := map[string]corpus.RemovedKind{}
	kept := blocks[:0:0]
	for i, b := range blocks {
		dropped := false
		for _, r := range blockRules {
			if e.skip[r.name] {
				continue
			}
			if k, ok := r.match(f, i); ok {
				why[normalize(b.Text)] = k
				dropped = true
				break
			}
		}
		if !dropped {
			kept = append(kept, b)
		}
	}
	return kept, why
}
