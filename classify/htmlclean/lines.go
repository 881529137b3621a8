package htmlclean

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// lineAttr carries, on every element, the 1-based line of the HTML source
// where its start tag is. The parser keeps no positions, so they are written
// into the page before parsing and taken off the tree after it (takeLines).
const lineAttr = "data-bansift-line"

// annotateLines returns page with lineAttr added to every start tag. The
// bytes of the page are copied unchanged otherwise, so that raw text
// (scripts, comments) parses exactly as before.
func annotateLines(page string) string {
	var b strings.Builder
	b.Grow(len(page) + len(page)/8)
	z := html.NewTokenizer(strings.NewReader(page))
	line, used := 1, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		used += len(raw)
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			// Insert before the closing ">" or "/>"; a tag cut short by
			// the end of the page is copied as is.
			end := len(raw)
			if end > 0 && raw[end-1] == '>' {
				end--
				if tt == html.SelfClosingTagToken && end > 0 && raw[end-1] == '/' {
					end--
				}
				b.Write(raw[:end])
				b.WriteString(" " + lineAttr + `="`)
				b.WriteString(strconv.Itoa(line))
				b.WriteByte('"')
				b.Write(raw[end:])
			} else {
				b.Write(raw)
			}
		} else {
			b.Write(raw)
		}
		line += bytes.Count(raw, []byte{'\n'})
	}
	// Whatever the tokenizer gave up on is kept for the parser to judge.
	if used < len(page) {
		b.WriteString(page[used:])
	}
	return b.String()
}

// sourceLines maps the elements of a parsed page to the line of their
// start tag in the source.
type sourceLines map[*html.Node]int

// takeLines moves lineAttr off every element of the tree of n into a table,
// so that the later stages (and the extractor's four copies of the tree)
// see the page's own attributes only.
func takeLines(n *html.Node) sourceLines {
	lines := sourceLines{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for i, a := range n.Attr {
			if a.Key != lineAttr {
				continue
			}
			l, _ := strconv.Atoi(a.Val)
			lines[n] = l
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			if len(n.Attr) == 0 {
				n.Attr = nil // as the parser leaves a tag without attributes
			}
			break
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return lines
}

// of returns the source line of n or of its nearest ancestor that has
// one. Elements the parser made up (a body around bare text) have none: the
// line of the tag before them stands in, else 1.
func (lines sourceLines) of(n *html.Node) int {
	for ; n != nil; n = n.Parent {
		if l := lines[n]; l > 0 {
			return l
		}
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if l := lines[s]; l > 0 {
				return l
			}
		}
	}
	return 1
}
