// Package boilerplate strips boilerplate from plain-text page dumps (what a
// text browser or a browser's "select all, copy" gives) and keeps the article.
//
// In goes a page dump and a language hint; out come the article body with
// one paragraph per kept line (paragraphs separated by a blank line), the
// title and publication date found among the dropped lines, and every
// dropped line with its line number and kind:
//
//	c, _ := boilerplate.New(boilerplate.Options{})
//	r := c.Clean("Home\nNews\n\nFreedonia bans Acme routers\n\nBy Jane Holloway\nMay 27, 2014\n\nThe government has told ...\n\nLeave a Reply", "en")
//	// r.Title == "Freedonia bans Acme routers", r.Published == "2014-05-27"
//	// r.Body == "The government has told ..."
//	// r.Removed: {1 Home navigation} {2 News navigation} {4 Freedonia … metadata}
//	//            {6 By Jane Holloway metadata} {7 May 27, 2014 metadata} {11 Leave a Reply comments}
//
// How a page is read (see Cleaner.analyse for the order of the steps):
//   - each line is labelled from its own features: size, stop-word share of
//     the page's language (embedded stop lists), sentence ending, bullets,
//     w3m form fields, bylines, dates, captions, reporters' contacts
//     (e-mail, web address, handle), and boilerplate cues from
//     embedded lexicons (data/cues_*.txt, extended with Options.LexiconPaths);
//   - lines of the page's own furniture are labelled from the page: runs of
//     short lines (menus), short lines repeated three times (widgets), long
//     lines printed twice (an image's alt text and caption);
//   - short and uncertain lines take the label of their neighbours, as in
//     jusText;
//   - timestamps that head posts (a comment thread or a feed dates every
//     post, an article dates itself once) weigh against the region like a
//     section heading;
//   - the article is the first run of body nearly as heavy as the heaviest
//     (comments and related stories come after it), resumed across small
//     boxes of links (and running text after them), ended at a heading
//     over teasers, widened to its lead and short last paragraphs, and
//     filled with the table rows, statement lists and sentences between
//     its paragraphs;
//   - a learned line scorer (learn.go, data/linemodel.tsv: a logistic
//     regression over the features above, the rules' verdict and region
//     among them) has the last word on each line: it may drop any line and
//     keep lines the rules dropped for their size or place, but never one
//     that named evidence (a cue, a byline, a section heading, a post's
//     stamp, a widget) condemned nor one beyond such a line. It is trained
//     on the tune half of the article-extraction benchmark by
//     internal/train (go generate); Options.RulesOnly turns it off;
//   - a word cut by the scrape ("produc" / "ts") is mended when the page
//     itself spells the whole word;
//   - a page whose first reading keeps nothing is read again with its
//     hard-wrapped lines rejoined (wrapped.go): when most line pairs are
//     wrap points (no sentence end, at most one blank line, the next line
//     going on with the sentence), the lines become the sentences they
//     cut. A page of pieces set apart by blank lines (a quarter of its
//     lines go on in lower case after a blank one) is read rejoined from
//     the start, so one long paragraph among the pieces is not all the
//     body it keeps.
//
// In a batch, build a TemplateIndex in a pre-pass (Add every page with its
// SiteKey), set Options.Templates, and clean each page with CleanSite: lines
// a site repeats on many pages are dropped as its template.
package boilerplate
