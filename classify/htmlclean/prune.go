package htmlclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// domRule says whether an element of the page is boilerplate, and of which
// kind, before the extractor sees it.
type domRule struct {
	name  string
	match func(p *pruner, n *html.Node) (corpus.RemovedKind, bool)
}

// domRules run in order on every element; the first match drops the
// element and everything in it.
var domRules = []domRule{
	// Captions and photo credits sit inside the article container, so the
	// extractor keeps them; the gold body of an article never has them.
	{"caption", func(_ *pruner, n *html.Node) (corpus.RemovedKind, bool) {
		return corpus.RemovedCaption, n.Data == "figcaption"
	}},
	// A caption without figcaption: a short paragraph set all in italics
	// or small print right under a paragraph that holds only an image.
	{"imagecaption", func(_ *pruner, n *html.Node) (corpus.RemovedKind, bool) {
		return corpus.RemovedCaption, isImageCaption(n)
	}},
	// Elements a reader never sees: hover cards, screen-reader duplicates.
	{"hidden", func(_ *pruner, n *html.Node) (corpus.RemovedKind, bool) {
		return corpus.RemovedOther, isHidden(n)
	}},
	// Widgets named for what they are: comments, newsletter boxes, share
	// bars, related links (the class cues of the cue files). Not inline
	// markup inside running text: a name wrapped in a "tooltip" span is
	// still part of its sentence.
	{"class", func(p *pruner, n *html.Node) (corpus.RemovedKind, bool) {
		if isInline(n) && inRunningText(n) {
			return "", false
		}
		return p.matchClass(n)
	}},
}

// captionWords bounds the length of a caption found by position.
const captionWords = 25

// isImageCaption reports whether n is a short paragraph in italics or small
// print whose previous sibling element is an image without text.
func isImageCaption(n *html.Node) bool {
	if n.Data != "p" && n.Data != "div" && n.Data != "center" {
		return false
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		if prev.Type == html.TextNode && hasText(prev) {
			return false
		}
		prev = prev.PrevSibling
	}
	if prev == nil || hasText(prev) || !hasImage(prev) {
		return false
	}
	var styled, plain int
	var walk func(c *html.Node, in bool)
	walk = func(c *html.Node, in bool) {
		switch c.Type {
		case html.TextNode:
			if hasText(c) {
				if in {
					styled += len(strings.Fields(c.Data))
				} else {
					plain += len(strings.Fields(c.Data))
				}
			}
			return
		case html.ElementNode:
			switch c.Data {
			case "em", "i", "small", "cite":
				in = true
			}
		}
		for d := c.FirstChild; d != nil; d = d.NextSibling {
			walk(d, in)
		}
	}
	walk(n, false)
	return styled > 0 && plain == 0 && styled <= captionWords
}

// hasImage reports whether n is or holds an img or picture element.
func hasImage(n *html.Node) bool {
	if n.Type == html.ElementNode && (n.Data == "img" || n.Data == "picture") {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasImage(c) {
			return true
		}
	}
	return false
}

// inRunningText reports whether inline element n shares its paragraph with
// text outside it.
func inRunningText(n *html.Node) bool {
	p := n.Parent
	for p != nil && isInline(p) {
		p = p.Parent
	}
	if p == nil {
		return false
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != n && !containsNode(c, n) && hasText(c) {
			return true
		}
	}
	return false
}

// containsNode reports whether d is a or inside it.
func containsNode(a, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == a {
			return true
		}
	}
	return false
}

// hasText reports whether n holds visible non-space text.
func hasText(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return strings.TrimFunc(n.Data, func(r rune) bool { return unicode.IsSpace(r) || r == gap }) != ""
	case html.ElementNode:
		if skipTags[n.Data] {
			return false
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

// isHidden reports whether n is marked as not displayed.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			st := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// matchClass returns the kind of the first class cue among the class names
// and their words in n's class and id attributes.
func (p *pruner) matchClass(n *html.Node) (corpus.RemovedKind, bool) {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if k, ok := p.classValue(a.Val); ok {
			return k, true
		}
	}
	return "", false
}

// classHit is what the class cues say of one class or id value.
type classHit struct {
	kind corpus.RemovedKind
	ok   bool
}

// classValue matches one class or id value against the class cues. A page
// repeats its class values ("menu-item" on every entry), so each distinct
// value is split and looked up once per page.
func (p *pruner) classValue(v string) (corpus.RemovedKind, bool) {
	if h, seen := p.classes[v]; seen {
		return h.kind, h.ok
	}
	var h classHit
	h.ok = classNames(v, func(w string) bool {
		h.kind, h.ok = p.cues.class[w]
		return h.ok
	})
	if !h.ok {
		h.kind = ""
	}
	if p.classes == nil {
		p.classes = map[string]classHit{}
	}
	p.classes[v] = h
	return h.kind, h.ok
}

// maxPruneShare is the largest share of the page's text one dropped element
// may hold: a cue word on the article's own container ("article
// has-comments") must not take the article with it.
const maxPruneShare = 0.4

// dropAttr marks an element for the extractor's prune selector. Elements are
// marked, not removed, so that the page's metadata (title, date) is read from
// the whole page first.
const dropAttr = "data-bansift-drop"

// dropSelector selects the elements marked by prune.
const dropSelector = "[" + dropAttr + "]"

// pruner marks boilerplate elements of a parsed page and remembers the kind
// of each marked subtree.
type pruner struct {
	cues    *cueSet
	skip    map[string]bool
	size    map[*html.Node]int // text length of each element
	prose   map[*html.Node]int // paragraphs of prose in each element
	total   int
	dropped map[*html.Node]corpus.RemovedKind
	// classes caches classValue for the page.
	classes map[string]classHit
}

// prune marks in doc every element a domRule matches, unless it holds too
// much of the page's text, and returns the roots it marked with their kinds.
func prune(cues *cueSet, skip map[string]bool, doc *html.Node) map[*html.Node]corpus.RemovedKind {
	p := &pruner{cues: cues, skip: skip, size: map[*html.Node]int{}, prose: map[*html.Node]int{}, dropped: map[*html.Node]corpus.RemovedKind{}}
	p.total, _ = p.measure(doc)
	if body := findBody(doc); body != nil {
		p.walk(body)
	}
	return p.dropped
}

// maxProse is the most paragraphs of prose (proseWords words or more) an
// element may hold and still be dropped by a rule: widgets have a line or
// two, an article body under a misleading class name has more.
const (
	maxProse   = 3
	proseWords = 20
)

// measure records the visible text length of n and its descendants, and
// the number of paragraphs of prose in it.
func (p *pruner) measure(n *html.Node) (size, prose int) {
	if n.Type == html.TextNode {
		return utf8.RuneCountInString(strings.TrimSpace(n.Data)), 0
	}
	if n.Type == html.ElementNode && skipTags[n.Data] {
		return 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s, pr := p.measure(c)
		size += s
		prose += pr
	}
	if n.Type == html.ElementNode {
		if n.Data == "p" && countWords(dom.TextContent(n)) >= proseWords {
			prose++
		}
		p.size[n], p.prose[n] = size, prose
	}
	return size, prose
}

func (p *pruner) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if kind, ok := p.match(c); ok {
				c.Attr = append(c.Attr, html.Attribute{Key: dropAttr})
				p.dropped[c] = kind
			} else {
				p.walk(c)
			}
		}
	}
}

func (p *pruner) match(n *html.Node) (corpus.RemovedKind, bool) {
	if float64(p.size[n]) > maxPruneShare*float64(p.total) || p.prose[n] >= maxProse {
		return "", false
	}
	for _, r := range domRules {
		if p.skip[r.name] {
			continue
		}
		if k, ok := r.match(p, n); ok {
			return k, true
		}
	}
	return "", false
}

// findBody returns the body element of doc, or nil.
func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.Data == "body" {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}
