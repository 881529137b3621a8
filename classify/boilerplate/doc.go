// Package boilerplate strips boilerplate from plain-text page dumps (what a
// text browser or a browser's "select all, copy" gives) and keeps the article.
//
// In goes a page dump and a language hint; out come the article body with
// one paragraph per kept line, the title and publication date found among
// the dropped lines, and every dropped line with its line number and kind:
//
//	c, _ := boilerplate.New(boilerplate.Options{})
//	r := c.Clean("Home\nNews\n\nChina bans IBM servers\n\nMay 27, 2014\n\nChinese banks were told ...", "en")
//	// r.Title == "China bans IBM servers", r.Published == "2014-05-27"
//	// r.Body == "Chinese banks were told ..."
//	// r.Removed: {1 "Home" navigation}, {2 "News" navigation}, {4 … metadata}, …
//
// Each line is labelled from its own features (size, stop-word share,
// sentence ending, bullets, form fields, boilerplate cues from embedded
// lexicons), then short and uncertain lines take the label of their
// neighbours as in jusText, and the body is the densest run of body lines.
// In a batch, a TemplateIndex built in a pre-pass marks the lines a site
// repeats on many pages.
package boilerplate
