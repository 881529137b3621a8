package htmlclean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// containerTags may hold bare text beside block elements.
var containerTags = map[string]bool{
	"div": true, "td": true, "section": true, "article": true, "main": true, "body": true,
}

// paragraphize wraps the bare text of containers in <p> elements: text that
// sits directly in a <div> beside blocks or between pairs of <br> is how
// many templates write paragraphs, and the extractor weighs text in <p>
// elements. Runs of text and inline elements become one paragraph each,
// split at block elements and at two <br> in a row.
func paragraphize(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !skipTags[c.Data] {
			paragraphize(c)
		}
	}
	if n.Type != html.ElementNode || !containerTags[n.Data] || !hasBareText(n) {
		return
	}
	var run []*html.Node // inline children waiting for their <p>
	flush := func(before *html.Node) {
		// Trailing and leading breaks belong to no paragraph.
		for len(run) > 0 && isBreak(run[len(run)-1]) {
			run = run[:len(run)-1]
		}
		for len(run) > 0 && isBreak(run[0]) {
			run = run[1:]
		}
		if len(run) == 0 || !anyText(run) {
			run = run[:0]
			return
		}
		p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
		n.InsertBefore(p, run[0])
		for _, c := range run {
			n.RemoveChild(c)
			p.AppendChild(c)
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.TextNode || isInline(c) || isBreak(c):
			if isBreak(c) && len(run) > 0 && isBreak(lastNonSpace(run)) {
				flush(c)
			} else {
				run = append(run, c)
			}
		case c.Type == html.ElementNode:
			flush(c)
		}
		c = next
	}
	flush(nil)
}

// hasBareText reports whether n has a direct text child with visible text.
func hasBareText(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && hasText(c) {
			return true
		}
	}
	return false
}

// isBreak reports whether n is a <br>.
func isBreak(n *html.Node) bool { return n.Type == html.ElementNode && n.Data == "br" }

// lastNonSpace returns the last node of run that is not blank text.
func lastNonSpace(run []*html.Node) *html.Node {
	for i := len(run) - 1; i >= 0; i-- {
		if run[i].Type != html.TextNode || hasText(run[i]) {
			return run[i]
		}
	}
	return run[0]
}

// anyText reports whether any node of run holds visible text.
func anyText(run []*html.Node) bool {
	for _, c := range run {
		if hasText(c) {
			return true
		}
	}
	return false
}
