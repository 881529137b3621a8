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
//     paragraphs) after the page's inter-word spaces are protected.
//   - precision: element cues (class and id words such as "newsletter",
//     "share", "related", figcaption, hidden elements) drop widgets before
//     extraction; paragraph rules drop the headline and standfirst, short
//     all-link paragraphs (links to other stories) and template phrases
//     ("Read more:", "Sign up for", "Lesen Sie auch"). Cues are embedded
//     text files in cues/, in English and German; Options.CueFiles adds more.
//   - removed blocks: every paragraph of the page body that is not in Body,
//     with the 1-based source line of the element holding it and a kind (the
//     cue that dropped it, else nav/header/footer → navigation, aside →
//     related, else other).
//
// A page with no article text gives ErrNoArticle. An Extractor is built once
// and is safe for concurrent use.
package htmlclean
