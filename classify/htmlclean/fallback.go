package htmlclean

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrTooComplex is returned by Extract for a page the DOM extractor cannot
// take: nested deeper than the HTML parser allows (512 open elements), or
// with more elements than MaxElements. Its text can still be had with
// StripTags and cleaned as a plain-text page.
var ErrTooComplex = errors.New("HTML too deep or too large for the DOM extractor")

// MaxElements bounds the elements of a page given to the DOM extractor: the
// largest news pages have a few thousand, and go-trafilatura's time and
// memory grow faster than the page (measured on generated pages: 40,000
// elements take 5-8 s and 250 MB, 98,000 take 15-20 s and 470 MB).
const MaxElements = 40_000

// countElements counts the start tags of page, an upper bound of its
// elements that costs one pass over the bytes and no parsing.
func countElements(page string) int {
	n := 0
	for i := strings.IndexByte(page, '<'); i >= 0 && i+1 < len(page); {
		if c := page[i+1]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			n++
		}
		j := strings.IndexByte(page[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// checkSize refuses a page with more than MaxElements elements.
func checkSize(page string) error {
	if n := countElements(page); n > MaxElements {
		return fmt.Errorf("%w (%d elements, over %d)", ErrTooComplex, n, MaxElements)
	}
	return nil
}

// skipped are the elements whose content is never text of the page.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Svg: true, atom.Math: true,
}

// blocks are the elements that start a new paragraph of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Form: true, atom.Hr: true, atom.Main: true,
	atom.Body: true, atom.Html: true, atom.Title: true,
}

// StripTags returns the text of page without its markup, for pages Extract
// refuses with ErrTooComplex: one paragraph per block element, separated by
// a blank line like a text browser's dump, entities decoded, scripts and
// styles left out. It reads the page as a stream of tokens, so no depth of
// nesting and no size of page makes it build a tree.
func StripTags(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var out, para strings.Builder
	skip := 0
	flush := func() {
		if t := strings.Join(strings.Fields(para.String()), " "); t != "" {
			if out.Len() > 0 {
				out.WriteString("\n\n")
			}
			out.WriteString(t)
		}
		para.Reset()
	}
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			flush()
			return out.String()
		case html.TextToken:
			if skip == 0 {
				para.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] {
				if tt == html.StartTagToken {
					skip++
				}
				continue
			}
			if blocks[a] {
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] {
				skip = max(skip-1, 0)
				continue
			}
			if blocks[a] {
				flush()
			}
		}
	}
}
