// Package htmlclean finds the article in an HTML page: its title, its
// publication date and its body as paragraphs, with the rest of the page
// listed as removed blocks.
//
// In goes one page, decoded to UTF-8; out comes a Result:
//
//	x, _ := htmlclean.New(htmlclean.Options{})
//	r, err := x.Extract(page, "https://example.org/news/1")
//	// r.Title     "Ministry bars vendor from 5G tender"
//	// r.Published "2019-11-21"
//	// r.Body      "First paragraph.\n\nSecond paragraph."
//	// r.Removed   [{Line: 12, Text: "Sign up for our newsletter", Kind: "newsletter"}, ...]
//
// The article is located by go-trafilatura; this package adds what it lacks
// for bansift:
//
//   - paragraphs: trafilatura's plain text runs the whole article into one
//     line, and glues words across inline markup. Its content tree is rendered
//     here instead (block elements and br make breaks, one blank line between
//     paragraphs) after the page's inter-word spaces are protected; bare text
//     in a div, split by pairs of br, is made into paragraphs first.
//   - precision: element rules drop widgets before extraction (class and id
//     words such as "newsletter", "share", "related", "comment"; figcaption
//     and italic captions under images; hidden elements); paragraph rules
//     drop the headline and standfirst, short all-link paragraphs (links to
//     other stories), bylines, date lines and template phrases ("Read
//     more:", "Sign up for", "Lesen Sie auch"). RuleNames lists the rules;
//     Options.SkipRules turns some off to measure them.
//   - cues: the words and phrases are embedded text files in cues/ (dom.txt,
//     en.txt, de.txt), one "kind op pattern" rule a line; Options.CueFiles
//     adds the user's own files in the same format.
//   - removed blocks: every paragraph of the page body that is not in Body,
//     with the 1-based source line of the element holding it (line numbers
//     are written into the tags before parsing) and a kind: the rule that
//     dropped it, else nav/header/footer → navigation, aside → related,
//     else other (what the extractor left out without saying why).
//
// A page with no article text gives ErrNoArticle. A page nested deeper than
// the HTML parser allows (512 open elements) or with more than MaxElements
// elements gives ErrTooComplex before any tree is built: StripTags then
// gives its text, one paragraph per block element, for the plain-text
// cleaner (fallback.go). An Extractor is built once
// and is safe for concurrent use.
package htmlclean
