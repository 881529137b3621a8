package htmlclean

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// block is one paragraph of rendered text and the element it came from.
type block struct {
	Text string
	// Tag is the element that closed the paragraph ("p", "h2", "li", ...).
	Tag string
	// Node is that element, for cues that look at attributes or ancestors.
	Node *html.Node
}

// blockTags start and end a paragraph. Everything else is inline and flows
// into the paragraph around it.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"caption": true, "center": true, "dd": true, "details": true, "dialog": true,
	"div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
	"li": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true, "tfoot": true,
	"thead": true, "tr": true, "ul": true,
}

// skipTags never hold article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"iframe": true, "svg": true, "math": true, "head": true, "title": true,
	"button": true, "select": true, "textarea": true, "input": true,
}

// renderer turns a content tree into paragraphs. Inline text is collected
// raw with '\n' standing for a hard line break (br, or a newline inside pre);
// whitespace is collapsed only when a paragraph is closed.
type renderer struct {
	blocks []block
	cur    []byte // the open paragraph's raw text, reused from one to the next
	pre    int    // depth of <pre> ancestors: their newlines are kept
	cells  int    // cells written in the current table row
	// open are the block elements enclosing the walk: text is attributed
	// to the innermost one when its paragraph is closed.
	open []*html.Node
}

// render returns the paragraphs of root in document order.
func render(root *html.Node) []block {
	r := &renderer{}
	r.walk(root)
	r.flush()
	return r.blocks
}

func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.writeText(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		r.children(n)
		return
	default:
		return
	}
	tag := n.Data
	switch {
	case skipTags[tag]:
		return
	case tag == "br":
		r.cur = append(r.cur, '\n')
		return
	case tag == "td" || tag == "th":
		// Cells of a row share one line, kept apart by a separator that
		// is not a word character.
		if r.cells > 0 {
			r.cur = append(r.cur, " | "...)
		} else {
			r.cur = append(r.cur, ' ')
		}
		r.cells++
		r.children(n)
		r.cur = append(r.cur, ' ')
		return
	case !blockTags[tag]:
		r.children(n)
		return
	}
	r.flush()
	r.open = append(r.open, n)
	if tag == "pre" {
		r.pre++
	}
	if tag == "tr" {
		r.cells = 0
	}
	r.children(n)
	if tag == "pre" {
		r.pre--
	}
	r.flush()
	r.open = r.open[:len(r.open)-1]
}

func (r *renderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
}

// writeText adds the text of a text node to the open paragraph: gaps
// become spaces again, and outside <pre> so do newlines.
func (r *renderer) writeText(s string) {
	for len(s) > 0 {
		i := strings.IndexFunc(s, func(c rune) bool { return c == gap || c == '\n' && r.pre == 0 })
		if i < 0 {
			r.cur = append(r.cur, s...)
			return
		}
		r.cur = append(r.cur, s[:i]...)
		r.cur = append(r.cur, ' ')
		_, size := utf8.DecodeRuneInString(s[i:])
		s = s[i+size:]
	}
}

// flush closes the current paragraph, if it has any text, attributing it to
// the innermost open block. Each line has its whitespace collapsed to single
// spaces; blank lines are dropped.
func (r *renderer) flush() {
	if len(r.cur) == 0 {
		return
	}
	text := collapseLines(r.cur)
	r.cur = r.cur[:0]
	if text == "" {
		return
	}
	b := block{Text: text}
	if len(r.open) > 0 {
		b.Node = r.open[len(r.open)-1]
		b.Tag = b.Node.Data
	}
	r.blocks = append(r.blocks, b)
}

// collapseLines returns the lines of raw that have text, each with its
// words separated by one space, joined by newlines.
func collapseLines(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw))
	for line := range bytes.SplitSeq(raw, []byte{'\n'}) {
		first := true
		for w := range bytes.FieldsSeq(line) {
			switch {
			case first && b.Len() > 0:
				b.WriteByte('\n')
			case !first:
				b.WriteByte(' ')
			}
			b.Write(w)
			first = false
		}
	}
	return b.String()
}
