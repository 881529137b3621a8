package boilerplate

// The first, context-free labelling: thresholds and the ordered rule table
// every line is judged by, with the predicates the rules use.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
)

// Thresholds of the first, context-free labelling. They are jusText's
// defaults (length in characters, stop-word share), with the stop-word
// shares lowered because our stop lists are shorter than jusText's.
const (
	lengthLow  = 70
	lengthHigh = 200
	stopLow    = 0.20
	stopHigh   = 0.30
	// shortWords is the most words a line may have for a plain cue to
	// condemn it: beyond that the cue is more likely a word of the article.
	shortWords = 10
	// bulletWords is the most words of a list item that is a menu entry
	// whatever its neighbours.
	bulletWords = 2
	// leadWords is the fewest words of a short lead sentence kept above
	// the body.
	leadWords = 8
	// oneWordCueWords is the most words of a line a one-word cue condemns.
	oneWordCueWords = 6
)

// page is the state of one Clean call.
type page struct {
	lines []*line
	lang  string // stop list used, "" when none fits
	site  string
	// noTemplate: the site's template would take the whole page, so the
	// template rule is off for it (templateTakesAll).
	noTemplate bool
}

// rule labels a line from its own features, or passes (ok false).
type rule struct {
	name  string
	apply func(c *Cleaner, p *page, l *line) (cls class, kind corpus.RemovedKind, ok bool)
}

// rules are tried in order; the first that fires labels the line. Lines no
// rule labels are judged by length and stop-word share (judge).
var rules = []rule{
	// Lines that recur on many pages of the same site are its template.
	{"template", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if c.templates == nil || p.site == "" || p.noTemplate || !c.templates.IsTemplate(p.site, l.text) {
			return 0, "", false
		}
		l.template = true
		if l.cue != nil {
			return classBad, l.cue.kind, true
		}
		return classBad, corpus.RemovedNavigation, true
	}},
	// Nothing to read: rules, counters, lone symbols.
	{"no-words", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if len(l.words) == 0 && !hasCJK(l.text) {
			return classBad, corpus.RemovedOther, true
		}
		return 0, "", false
	}},
	// A lone token strung with hyphens or underscores ("hero-img_2019-v2",
	// "ez-wrap-banner"): a file name or a style id the dump let through.
	{"token", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if isTokenArtefact(l.text) {
			return classBad, corpus.RemovedOther, true
		}
		return 0, "", false
	}},
	// A comment's heading: "12. jane says:", "Max schreibt:". Each one
	// heads a comment, so none of what follows is the article.
	{"comment-head", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if len(l.words) <= 6 && strings.HasSuffix(l.text, ":") && commentHeadRe.MatchString(l.text) {
			l.barrier = true
			return classBad, corpus.RemovedComments, true
		}
		return 0, "", false
	}},
	// Bare timestamps ("November 19, 2019 at 8:32 am", "5H ago") date a
	// comment, a teaser or the article; never a sentence of it.
	{"timestamp", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if isTimestamp(l.text) {
			return classBad, corpus.RemovedMetadata, true
		}
		return 0, "", false
	}},
	// Bylines, date lines, source lines and labelled captions:
	// "By Jane Doe", "Source: Reuters", "Image: …", "(Bild: dpa)".
	{"meta", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if kind, ok := metaKind(l); ok {
			return classBad, kind, true
		}
		return 0, "", false
	}},
	// A reporter's contact: a bare e-mail address, web address or social
	// handle, with or without the name ("Jane Doe @jdoe").
	{"contact", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if len(l.words) <= contactWords && contactRe.MatchString(l.text) {
			return classBad, corpus.RemovedMetadata, true
		}
		return 0, "", false
	}},
	// A teaser card flattened into one line: a Title-Case headline glued
	// to the first words of its summary ("Cheese ShopsWondering where …").
	{"teaser", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if isTeaser(l.text) {
			return classBad, corpus.RemovedRelated, true
		}
		return 0, "", false
	}},
	// "About Acme", "Über die Beispiel AG": the boilerplate that closes a
	// press release or an author page.
	{"about-heading", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if len(l.words) <= 4 && !l.sentence && aboutRe.MatchString(l.text) {
			l.barrier = true
			return classBad, corpus.RemovedOther, true
		}
		return 0, "", false
	}},
	// Boilerplate cues: section headings, whole-line cues, and phrases that
	// only boilerplate uses.
	{"cue", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if l.cue == nil {
			return 0, "", false
		}
		return classBad, l.cue.kind, true
	}},
	// Markup and script the dump let through: "&lt;span style=…",
	// "function(){…}".
	{"markup", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if isMarkup(l.text) {
			return classBad, corpus.RemovedOther, true
		}
		return 0, "", false
	}},
	// A copyright sign marks a footer or an image credit.
	{"copyright", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if strings.ContainsAny(l.text, "©℗") {
			return classBad, corpus.RemovedLegal, true
		}
		return 0, "", false
	}},
	// w3m draws form fields and buttons in brackets; whole-line brackets are
	// image alt texts.
	{"form", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if l.bracketed {
			if l.form {
				return classBad, corpus.RemovedOther, true
			}
			return classBad, corpus.RemovedCaption, true
		}
		if l.form && len(l.words) < 3*shortWords {
			return classBad, corpus.RemovedOther, true
		}
		if len(l.words) <= 3 && strings.HasSuffix(l.text, "*") {
			// A required-field label: "Name *", "E-mail *".
			return classBad, corpus.RemovedComments, true
		}
		return 0, "", false
	}},
	// Short list items are menus, tag lists and link lists; an article's own
	// lists are made of sentences.
	{"bullet", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		if l.bullet && !l.sentence && len(l.words) <= bulletWords {
			return classBad, corpus.RemovedNavigation, true
		}
		return 0, "", false
	}},
	// Links separated by bars or slashes: "About | Contact | Jobs".
	{"separators", func(c *Cleaner, p *page, l *line) (class, corpus.RemovedKind, bool) {
		seps := strings.Count(l.text, " | ") + strings.Count(l.text, " / ") + strings.Count(l.text, " · ") + strings.Count(l.text, " • ")
		if seps >= 2 && seps*3 >= len(l.words)/2 && !l.sentence {
			return classBad, corpus.RemovedNavigation, true
		}
		return 0, "", false
	}},
}

// isTokenArtefact reports a line that is one lower-case token of at least
// tokenChars characters joined by two or more hyphens or underscores.
func isTokenArtefact(t string) bool {
	if len(t) < tokenChars || strings.ContainsAny(t, " \t") || strings.ContainsFunc(t, unicode.IsUpper) {
		return false
	}
	return strings.Count(t, "-")+strings.Count(t, "_") >= 2
}

// tokenChars is the shortest token isTokenArtefact judges.
const tokenChars = 10

// contactRe matches a line that is only an e-mail address, a web address
// or a name and a social handle.
var contactRe = regexp.MustCompile(`^(?:(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?|(?:\p{Lu}[\p{L}.'-]*\s+){1,3}@\w+)$`)

// contactWords is the most words of a contact line.
const contactWords = 6

// isMarkup reports a line of HTML or script text.
func isMarkup(t string) bool {
	for _, m := range []string{"&lt;", "&gt;", "</", "/>", `="`, "();", "{", "}"} {
		if strings.Contains(t, m) {
			n := 0
			for _, m := range []string{"&lt;", "&gt;", "</", "/>", `="`, "();", "{", "}", "=>", "var ", "function"} {
				n += strings.Count(t, m)
			}
			// One brace may be a quote's editorial insert; markup has many.
			return n >= 3
		}
	}
	return false
}

// isTableRow reports a row of a table drawn with spaces (w3m lays out
// table cells in columns): its size says nothing, its neighbours decide.
func isTableRow(t string) bool {
	return strings.Contains(t, "    ") && len(strings.Fields(t)) <= 12
}

// aboutRe matches the heading of a company or author blurb.
var aboutRe = regexp.MustCompile(`^(?:About|Über|Ueber|Sobre|Acerca de|À propos de|A propos de|Chi è)\s+(?:(?:the|die|der|den|das|o|a|el|la|le|l')\s+)?\p{Lu}`)

// isGluedTeaser reports a line whose opening words are a Title-Case
// headline that runs into the next sentence with no space: a lower-case
// letter or a closing bracket, then an upper-case letter and a lower-case one.
func isGluedTeaser(t string) bool {
	if len(strings.Fields(t)) < teaserWords {
		return false
	}
	lowerRun := 0 // lower-case letters just before r
	prev := ' '
	for i, r := range t {
		if i > teaserHeadBytes {
			return false
		}
		if unicode.IsUpper(r) && (lowerRun >= 3 || prev == ')') {
			next, _ := utf8.DecodeRuneInString(t[i+utf8.RuneLen(r):])
			if (unicode.IsLower(next) || next == ' ') && isTitleCase(t[:i]) {
				return true
			}
		}
		if unicode.IsLower(r) {
			lowerRun++
		} else {
			lowerRun = 0
		}
		prev = r
	}
	return false
}

// teaserWords is the fewest words of a teaser: a headline and a summary.
const teaserWords = 12

// isTeaser reports a link card flattened into one line.
func isTeaser(t string) bool {
	// gluedImageRe needs a "[": most lines have none.
	return isGluedTeaser(t) || strings.IndexByte(t, '[') >= 0 && gluedImageRe.MatchString(t)
}

// gluedImageRe matches an image's alt text glued between two links, as w3m
// draws a card: "…Ilhan Omar[omarilhan_111]Ilhan Omar…".
var gluedImageRe = regexp.MustCompile(`\p{L}\[[\p{L}\d_-]+\]\p{Lu}`)

// teaserHeadBytes bounds where a teaser's headline may end.
const teaserHeadBytes = 160

// isTitleCase reports a run of at least five words, four in five of them
// capitalised: a headline in English title case.
func isTitleCase(s string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(s) {
		r := firstRune(w)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 5 && caps*5 >= words*4
}
