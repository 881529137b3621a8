package htmlclean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// gap stands for whitespace at the edge of a text node. go-trafilatura trims
// the text and tail of every element it keeps, which glues words across
// inline markup ("for <a>Larry</a> is" becomes "forLarryis"). A word joiner
// is not whitespace, so it survives the trimming; render turns it back into
// a space.
const gap = '\u2060'

// protectSpaces marks the whitespace around inline markup in the tree of n
// with gap, so that it survives extraction.
func protectSpaces(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !inRawText(n) {
				c.Data = markEdges(c)
			}
		case html.ElementNode:
			if !skipTags[c.Data] {
				protectSpaces(c)
			}
		}
	}
}

// inRawText reports whether a text child of n is not rendered text.
func inRawText(n *html.Node) bool {
	return n.Type == html.ElementNode && (skipTags[n.Data] || n.Data == "pre")
}

// markEdges returns the text of t with its leading and trailing whitespace
// replaced by gap where that whitespace separates it from inline content.
// A text node of whitespace alone becomes a gap only between two inline
// elements: between blocks it is layout, and marking it would give empty
// elements text.
func markEdges(t *html.Node) string {
	s := t.Data
	trimmed := strings.TrimFunc(s, unicode.IsSpace)
	if trimmed == "" {
		if s != "" && isInline(t.PrevSibling) && isInline(t.NextSibling) {
			return string(gap)
		}
		return s
	}
	var b strings.Builder
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(r) {
		b.WriteRune(gap)
	}
	b.WriteString(trimmed)
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		b.WriteRune(gap)
	}
	return b.String()
}

// isInline reports whether n is an element that flows inside a paragraph.
func isInline(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && !blockTags[n.Data] && !skipTags[n.Data] && n.Data != "br"
}

// unprotect turns gaps back into spaces.
func unprotect(s string) string {
	if !strings.ContainsRune(s, gap) {
		return s
	}
	return strings.ReplaceAll(s, string(gap), " ")
}
