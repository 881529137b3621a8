package boilerplate

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

// judge is jusText's context-free labelling by size and stop-word share.
func judge(p *page, l *line) class {
	stop := l.stop
	if p.lang == "" {
		// No stop list for the page: a sentence ending stands in for the
		// function words that mark running text.
		stop = 0
		if l.sentence && len(l.words) >= 6 {
			stop = stopHigh
		} else if l.sentence || hasCJK(l.text) {
			stop = stopLow
		}
	}
	switch {
	case l.size < lengthLow || isTableRow(l.text):
		return classShort
	case l.letters < 0.6:
		return classBad
	case stop >= stopHigh && l.size > lengthHigh:
		return classGood
	case stop >= stopHigh && l.sentence:
		return classGood
	case stop >= stopLow:
		return classNearGood
	}
	return classBad
}

// labelLines runs the rules, then judge, on every line.
func (c *Cleaner) labelLines(p *page) {
	for _, l := range p.lines {
		fired := false
		for _, r := range rules {
			if cls, kind, ok := r.apply(c, p, l); ok {
				l.cls, l.kind, fired = cls, kind, true
				break
			}
		}
		if fired {
			l.hard = l.cls == classBad
			l.barrier = l.barrier || l.cue != nil && l.cue.mode == cueSection
			continue
		}
		l.cls = judge(p, l)
		if l.cls == classBad {
			l.kind = shapeKind(l)
		}
	}
}

// markShortRuns labels as menus the runs of consecutive lines (no blank
// line between) of at most runWords words each: menus, tag clouds,
// pickers and footers are made of them, an article is not.
func markShortRuns(lines []*line) {
	isShort := func(l *line) bool {
		return len(l.words) <= runWords && !l.sentence && !hasCJK(l.text)
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && isShort(lines[j]) && (j == i || lines[j].block == lines[j-1].block) {
			j++
		}
		if j-i >= runLines {
			for _, l := range lines[i:j] {
				if l.cls != classBad {
					l.cls, l.hard, l.kind, l.inRun = classBad, true, shapeKind(l), true
				}
			}
		}
		i = max(j, i+1)
	}
}

// A run of runLines lines of at most runWords words is a menu.
const (
	runLines = 4
	runWords = 3
)

// shapeKind guesses the kind of a dropped line that no cue named.
func shapeKind(l *line) corpus.RemovedKind {
	if l.cue != nil {
		return l.cue.kind
	}
	if l.bullet || len(l.words) <= 4 {
		return corpus.RemovedNavigation
	}
	return corpus.RemovedOther
}

// findCue returns the cue l matches, or nil.
func (lx *lexicon) findCue(l *line) *cue {
	if c, ok := lx.whole[l.fold]; ok {
		return c
	}
	short := len(l.words) <= shortWords && (!l.sentence || len(l.words) <= shortWords/2+2)
	// Look up the cues that start with each word of the line; the longest
	// match wins, as the most specific phrase says most about the kind.
	var best *cue
	off := 0
	for k, w := range l.words {
		rest := l.fold[off:]
		off += len(w) + 1
		for _, i := range lx.byFirst[w] {
			c := &lx.partial[i]
			if best != nil && len(c.phrase) <= len(best.phrase) {
				continue
			}
			switch c.mode {
			case cueShort:
				if !short || c.oneWord && (l.sentence || len(l.words) > oneWordCueWords) {
					// "comment", "photo": words an article uses too; only
					// a label, a button or a heading is condemned by them.
					continue
				}
			case cuePrefix:
				if k > 0 || len(l.words) > prefixWords {
					continue
				}
			}
			if strings.HasPrefix(rest, c.phrase) {
				best = c
			}
		}
	}
	return best
}

// relabel resolves short and near-good lines from their neighbours, as
// jusText does: a short line between body lines is body (a subheading, a
// one-line paragraph), between boilerplate it is boilerplate; a near-good
// line is body unless boilerplate surrounds it.
func relabel(lines []*line) {
	n := len(lines)
	// prevOf/nextOf find the nearest good or bad label, optionally treating
	// near-good as a stop too.
	prevOf := func(i int, stopNear bool) class {
		for j := i - 1; j >= 0; j-- {
			if lines[j].neutral() {
				continue
			}
			switch c := lines[j].cls; {
			case c == classGood || c == classBad:
				return c
			case c == classNearGood && stopNear:
				return c
			}
		}
		return classBad
	}
	nextOf := func(i int, stopNear bool) class {
		for j := i + 1; j < n; j++ {
			if lines[j].neutral() {
				continue
			}
			switch c := lines[j].cls; {
			case c == classGood || c == classBad:
				return c
			case c == classNearGood && stopNear:
				return c
			}
		}
		return classBad
	}
	next := make([]class, n)
	for i, l := range lines {
		next[i] = l.cls
		if l.cls != classShort {
			continue
		}
		pv, nx := prevOf(i, false), nextOf(i, false)
		switch {
		case l.sentence && sameBlockGood(lines, i):
			// A short sentence in the same paragraph block as body
			// lines: the article's last or first words.
			next[i] = classGood
		case pv == classGood && nx == classGood:
			next[i] = classGood
		case nx == classGood && l.sentence && len(l.words) >= leadWords && i+1 < n && lines[i+1].cls == classGood:
			// A one-sentence lead paragraph right above the body.
			next[i] = classGood
		case pv == classBad && nx == classBad:
			next[i] = classBad
		case pv == classBad && prevOf(i, true) == classNearGood, nx == classBad && nextOf(i, true) == classNearGood:
			next[i] = classGood
		default:
			next[i] = classBad
		}
	}
	for i, l := range lines {
		if l.cls == classShort {
			l.cls = next[i]
			if l.cls == classBad && l.kind == "" {
				l.kind = shapeKind(l)
			}
		}
	}
	for i, l := range lines {
		next[i] = l.cls
		if l.cls != classNearGood {
			continue
		}
		if prevOf(i, false) == classBad && nextOf(i, false) == classBad {
			next[i] = classBad
		} else {
			next[i] = classGood
		}
	}
	for i, l := range lines {
		if l.cls == classNearGood {
			l.cls = next[i]
			if l.cls == classBad {
				l.kind = shapeKind(l)
			}
		}
	}
	// The signature under a quoted post ("— Jane Doe (@jane) May 2,
	// 2019") goes with the post above it.
	for i, l := range lines {
		if i > 0 && !l.hard && isPostSignature(l.text) {
			l.cls = lines[i-1].cls
			if l.cls == classGood {
				l.kind = ""
			}
		}
	}
	// Running text that only its words condemned (few stop words: names,
	// figures, dates) is body when body lines stand right on both sides.
	for i, l := range lines {
		if l.cls == classBad && !l.hard && l.sentence && l.size >= lengthLow &&
			prevOf(i, true) == classGood && nextOf(i, true) == classGood {
			l.cls, l.kind = classGood, ""
		}
	}
}

// keepIntroducedLists labels as body the list a body line announces with a
// colon ("The tour dates:"): tour dates, specifications and ingredients
// are short lines that jusText's neighbour rules would drop.
func keepIntroducedLists(lines []*line) {
	for i := 0; i < len(lines); i++ {
		intro := lines[i]
		if intro.hard || len(intro.words) < 2 || i == 0 {
			continue
		}
		prevGood := lines[i-1].cls == classGood
		colon := strings.HasSuffix(intro.text, ":") && len(intro.words) >= 3
		// A heading right under body that heads a run of lines: "Tour
		// dates", then one date a line; it may ask a question ("What is
		// new?"), not state one.
		statement := intro.sentence && !strings.HasSuffix(intro.text, "?")
		heading := !colon && prevGood && !statement && len(intro.words) <= listHeadingWords &&
			i+listMinItems < len(lines) && lines[i+1].block != intro.block
		if !colon && !heading {
			continue
		}
		if intro.cls != classGood && !prevGood {
			continue
		}
		j := i + 1
		for j < len(lines) && j-i <= listLines && (!lines[j].hard || lines[j].inRun) && len(lines[j].words) <= listWords &&
			(j == i+1 || lines[j].block == lines[j-1].block) {
			j++
		}
		if heading && j-i-1 < listMinItems {
			continue
		}
		if intro.cls != classGood {
			// A short announcing line right under body is body too.
			intro.cls, intro.kind = classGood, ""
		}
		for _, l := range lines[i+1 : j] {
			if l.cls != classGood {
				l.cls, l.kind = classGood, ""
			}
			l.item = true
		}
		i = j - 1
	}
}

// A list headed by a line of at most listHeadingWords words (not a colon)
// needs listMinItems items.
const (
	listHeadingWords = 8
	listMinItems     = 3
)

// An announced list has at most listLines items of at most listWords words.
const (
	listLines = 60
	listWords = 30
)

// markRepeats labels the short lines a page repeats (a "Reply" under every
// comment, a "Read more" under every teaser) as widgets, in any language.
func markRepeats(lines []*line) {
	count := map[string]int{}
	for _, l := range lines {
		if len(l.words) > 0 && len(l.words) <= repeatWords && !l.sentence {
			count[l.fold]++
		}
	}
	for _, l := range lines {
		if len(l.words) > 0 && count[l.fold] >= repeatTimes && len(l.words) <= repeatWords && !l.sentence {
			l.repeated = true
			if l.cls != classBad {
				l.cls, l.hard, l.kind = classBad, true, shapeKind(l)
			}
		}
	}
}

// markDuplicates drops the long lines a page prints twice: an image's alt
// text and its caption, a teaser and its card (often once as a list item
// and once as a heading, so bullets and case do not count). An article does
// not repeat its paragraphs, save in lists (a meal plan), which repeat more
// than twice.
func markDuplicates(lines []*line) {
	count := map[string]int{}
	for _, l := range lines {
		if len(l.words) >= duplicateWords {
			count[l.fold]++
		}
	}
	for _, l := range lines {
		if len(l.words) >= duplicateWords && count[l.fold] == 2 {
			l.cls, l.hard, l.kind = classBad, true, corpus.RemovedCaption
		}
	}
}

// duplicateWords is the fewest words of a line that markDuplicates judges.
const duplicateWords = 8

// A line of at most repeatWords words seen repeatTimes times is a widget.
const (
	repeatWords = 3
	repeatTimes = 3
)

// isPostSignature reports the signature line of an embedded social-media
// post: a dash, a name, a handle in brackets.
func isPostSignature(t string) bool {
	return (strings.HasPrefix(t, "—") || strings.HasPrefix(t, "– ") || strings.HasPrefix(t, "- ")) && strings.Contains(t, "(@")
}

// neutral reports a line that says nothing about its neighbours: an image
// drawn as its alt text in brackets, a lone bullet or rule.
func (l *line) neutral() bool {
	return l.bracketed && !l.form || len(l.words) == 0 && !hasCJK(l.text)
}

// sameBlockGood reports whether a line next to lines[i], with no blank
// line between, is body.
func sameBlockGood(lines []*line, i int) bool {
	l := lines[i]
	return i > 0 && lines[i-1].block == l.block && lines[i-1].cls == classGood ||
		i+1 < len(lines) && lines[i+1].block == l.block && lines[i+1].cls == classGood
}

// markThreads finds the timestamps that head posts: a comment thread (or a
// feed of teasers) dates every post, an article dates itself once. When at
// least threadStamps timestamps below the first body line each have body
// right under them, each of them is a post's head and weighs against a
// region that would cross it, the way a section heading does.
func markThreads(lines []*line) {
	var heads []*line
	seenGood := false
	for i, l := range lines {
		// A head's stamp may be what neighbour relabelling took for a
		// short line of body.
		stamp := isStamp(l)
		if l.cls == classGood && !stamp {
			seenGood = true
			continue
		}
		if !seenGood || !stamp {
			continue
		}
		if next := nextSpoken(lines, i); next >= 0 && next-i <= stampGap && lines[next].cls == classGood {
			heads = append(heads, l)
		}
	}
	if len(heads) < threadStamps {
		return
	}
	for _, l := range heads {
		l.thread = true
		if l.cls == classGood {
			l.cls, l.kind = classBad, corpus.RemovedComments
		}
	}
}

// A thread has at least threadStamps dated posts; a post's text starts at
// most stampGap lines under its timestamp.
const (
	threadStamps = 2
	stampGap     = 3
)

// isStamp reports a line that is a bare date and time, or a short line
// that dates something: "jane - May 2, 2019 at 8:12 am".
func isStamp(l *line) bool {
	if len(l.words) > stampWords {
		return false
	}
	if isTimestamp(l.text) {
		return true
	}
	return l.metaKind == corpus.RemovedMetadata && isDateLine(l.text) || agoTailRe.MatchString(l.text)
}

// agoTailRe matches a short line that ends with a relative time, as a
// comment's head does: "jane_d • 3 years ago", "Max vor 2 Tagen".
var agoTailRe = regexp.MustCompile(`(?i:(?:\b\d+|\ban?|\bone)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|\bvor\s+(?:\d+|einem|einer|zwei|drei)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?))\s*$`)

// stampWords is the most words of a line that dates a post.
const stampWords = 10

// nextSpoken returns the index of the first line after i that is not
// neutral, or -1.
func nextSpoken(lines []*line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].neutral() {
			return j
		}
	}
	return -1
}

// mainRegion returns the bounds [from, to) of the densest run of body: the
// maximum-sum run of lines where a body line weighs its size and a dropped
// line weighs against it. Section headings (comments, related) weigh
// heavily against it. Everything outside is the page's head and tail.
func mainRegion(lines []*line) (from, to int) {
	// Each maximal run found by Kadane's scan is a candidate.
	type segment struct{ from, to, sum int }
	var segs []segment
	cur := segment{}
	sum, start := 0, 0
	lastMeta := -100
	for i, l := range lines {
		if k, ok := metaKind(l); ok && k == corpus.RemovedMetadata && !l.thread {
			// A post's date does not announce the article.
			lastMeta = i
		}
		w := 0
		switch {
		case l.barrier, l.thread:
			w = -barrierWeight
		case l.neutral(), l.cls != classGood && !l.hard && isTableRow(l.text):
			// Tables drawn in columns sit between an article's
			// paragraphs as images do.
			w = -neutralWeight
		case l.repeated:
			w = -repeatWeight
		case l.cls == classGood && l.item && !l.sentence:
			// An announced list is kept where the article holds it, but
			// its items do not carry the region on to what follows.
			w = 1
		case l.cls == classGood:
			w = l.size
			if !l.sentence {
				// Running text ends its paragraphs; a long unpunctuated
				// line is as often a list of links or a footer blurb.
				w /= 2
			}
			if i-lastMeta <= 4 {
				// The article starts under its byline or date line.
				w += bylineBonus
				lastMeta = -100
			}
		default:
			w = -badWeight(l)
		}
		if sum+w <= 0 {
			if cur.sum > 0 {
				segs = append(segs, cur)
			}
			sum, start, cur = 0, i+1, segment{}
			continue
		}
		sum += w
		if sum > cur.sum {
			cur = segment{start, i + 1, sum}
		}
	}
	if cur.sum > 0 {
		segs = append(segs, cur)
	}
	// A run under a headline that shares its words is an article; a run of
	// comments or teasers has no headline of its own.
	for k := range segs {
		if titled(lines, segs[k].from, segs[k].to) {
			segs[k].sum += titleBonus
		}
	}
	best := 0
	for _, s := range segs {
		best = max(best, s.sum)
	}
	// Pages put the article before its comments and related stories: the
	// first run nearly as heavy as the heaviest is the article.
	for _, s := range segs {
		if s.sum*firstRegionShare.den >= best*firstRegionShare.num {
			return s.from, s.to
		}
	}
	return 0, 0
}

// titled reports whether a headline stands right above the run of body
// [from, to): a title-like line among the titleLook lines above it whose
// long words are mostly words of the run.
func titled(lines []*line, from, to int) bool {
	words := map[string]bool{}
	for _, l := range lines[from:to] {
		if l.cls == classGood {
			for _, w := range l.words {
				words[w] = true
			}
		}
	}
	for i, seen := from-1, 0; i >= 0 && seen < titleLook; i-- {
		l := lines[i]
		if l.neutral() {
			continue
		}
		seen++
		if isTitle(l) && overlap(l.words, words) >= titleOverlap {
			return true
		}
	}
	return false
}

// titleLook is how many lines above a run titled searches; titleOverlap is
// the share of a headline's long words its article uses; titleBonus is
// what a headline adds to its run's weight when the article is chosen.
const (
	titleLook    = 6
	titleOverlap = 0.5
	titleBonus   = 300
)

// firstRegionShare is how heavy, against the heaviest, the first run of
// body must be to be taken as the article.
var firstRegionShare = struct{ num, den int }{1, 2}

// extendRegion lets the body resume after a small box inside it ("Content
// from our partners" and three links): when at most gapLines dropped lines
// follow the region and then come body lines that all end like sentences,
// the region grows over them. Repeats while it can.
func extendRegion(lines []*line, from, to int) (int, int) {
	for {
		j, gap := to, 0
		for j < len(lines) && gap < gapLines && !resumes(lines[j]) {
			l := lines[j]
			if !l.neutral() {
				gap++
			}
			if l.cls == classBad && !l.hard && l.size > lengthLow {
				// Running text judged bad: not a box of links.
				return from, to
			}
			if l.repeated || l.thread || l.barrier && l.kind != corpus.RemovedRelated && l.kind != corpus.RemovedAds || l.metaKind == corpus.RemovedMetadata {
				// Comments (headings, "Reply", timestamps) and closing
				// blurbs end the article; only boxes of links or ads sit
				// inside it.
				return from, to
			}
			j++
		}
		if j == to || j >= len(lines) || !resumes(lines[j]) {
			return from, to
		}
		// The box's own lines stay out, even those that read like body
		// (the headline of a linked story).
		for _, l := range lines[to:j] {
			if l.cls == classGood {
				l.cls, l.kind = classBad, corpus.RemovedRelated
			}
		}
		k := j
		for k < len(lines) && resumes(lines[k]) {
			lines[k].cls, lines[k].kind = classGood, ""
			k++
		}
		if k == j || k < len(lines) && lines[k].cls == classGood {
			return from, to
		}
		to = k
	}
}

// cutTeasers ends the region at a section heading inside it ("Top
// stories") under which come teasers: headlines each with its summary
// right under it, in the same block. An article's own paragraphs are
// blocks of their own.
func cutTeasers(lines []*line, from, to int) int {
	for i := from; i < to; i++ {
		if !lines[i].barrier {
			continue
		}
		pairs := 0
		for j := i + 1; j+1 < to && j <= i+teaserLook; j++ {
			h, s := lines[j], lines[j+1]
			if !h.sentence && !h.neutral() && len(h.words) <= teaserHeadWords && s.sentence && s.block == h.block {
				pairs++
				j++
			}
		}
		if pairs >= teaserPairs {
			return i
		}
	}
	return to
}

// cutTeasers looks teaserLook lines under a heading for teaserPairs
// headlines of at most teaserHeadWords words, each with its summary.
const (
	teaserLook      = 10
	teaserPairs     = 2
	teaserHeadWords = 16
)

// resumes reports a line with which the article may go on after a box:
// running text, whether body already or condemned by its words only (a
// paragraph of names and figures between an ad and the tags).
func resumes(l *line) bool {
	return l.sentence && (l.cls == classGood ||
		!l.hard && l.size > lengthLow && l.cue == nil && l.metaKind == "" && !l.barrier && !l.bullet)
}

// fillRegion labels as body the table rows, the list items made of
// statements and the sentences inside the region that only their words
// condemned, when body lies above and below them in the region. A list of
// headlines (no full stop) inside an article is a box of links to other
// stories. Lines a rule condemned (cues, bylines, captions, menus,
// repeats) stay out.
func fillRegion(lines []*line, from, to int) {
	first, last := -1, -1
	for i := from; i < to; i++ {
		if lines[i].cls == classGood {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := first + 1; i < last; i++ {
		l := lines[i]
		if l.cls == classGood || l.barrier || l.thread || l.repeated || l.cue != nil || l.neutral() {
			continue
		}
		// A row of a table may hold a date or sit in a run of short
		// rows; a list item must have escaped every rule.
		row := isTableRow(l.text) && (!l.hard || l.inRun || l.metaKind != "")
		item := l.bullet && strings.HasSuffix(l.text, ".") && !l.hard && l.metaKind == ""
		// Running text among the article's paragraphs that only its
		// words condemned (a sign-off, a line of names and figures).
		text := l.sentence && !l.bullet && !l.hard && l.metaKind == ""
		if row || item || text {
			l.cls, l.kind = classGood, ""
		}
	}
}

// closeRegion takes into the region the short last paragraphs of the
// article that only their words condemned: sentences right under the
// region's last line ("The company did not respond."), up to tailLines of
// them, when a line some rule condemned (tags, a comment form, a footer)
// or the page's end follows them.
func closeRegion(lines []*line, from, to int) int {
	if from >= to || lines[to-1].cls != classGood {
		return to
	}
	j := to
	for j < len(lines) && j-to < tailLines && tailSentence(lines[j]) {
		j++
	}
	if j == to || j < len(lines) && !lines[j].hard {
		return to
	}
	for _, l := range lines[to:j] {
		l.cls, l.kind = classGood, ""
	}
	return j
}

// openRegion takes into the region the article's first paragraph when only
// its words condemned it: a lead full of names and figures ("CITY (AP) —
// Officials in …") has few stop words. Up to tailLines running-text
// sentences right above the region count, when a line some rule condemned
// (a date line, a byline, a menu) lies above them.
func openRegion(lines []*line, from, to int) int {
	if from >= to || lines[from].cls != classGood {
		return from
	}
	i := from - 1
	for i >= 0 && from-1-i < tailLines && tailSentence(lines[i]) && lines[i].size >= lengthLow {
		i--
	}
	if i == from-1 || i >= 0 && !lines[i].hard {
		return from
	}
	for _, l := range lines[i+1 : from] {
		l.cls, l.kind = classGood, ""
	}
	return i + 1
}

// tailSentence reports a sentence of at least leadWords/2 words that no
// rule condemned.
func tailSentence(l *line) bool {
	return l.sentence && !l.hard && l.cue == nil && l.metaKind == "" && !l.barrier && !l.bullet &&
		len(l.words) >= leadWords/2 && !l.neutral()
}

// tailLines is the most short paragraphs closeRegion adds.
const tailLines = 2

// gapLines is the largest box inside an article that extendRegion crosses.
const gapLines = 5

// neutralWeight is what an image line or a lone bullet counts against the
// region: little, as images sit between an article's paragraphs.
const neutralWeight = 5

// repeatWeight is what a repeated widget line counts against the region:
// a run of comments, each under its "Reply", stays out of the article.
const repeatWeight = 150

// bylineBonus is added to the first body line under a byline or a date
// line, so that a short article under its byline outweighs a longer blurb
// elsewhere on the page.
const bylineBonus = 300

// barrierWeight is what a section heading counts against a region that
// crosses it: the body may go on after an inline "Related" box, but only
// if much of it does.
const barrierWeight = 400

// badWeight is how much a dropped line counts against the region that holds
// it: a menu is many short lines, so each weighs at least a little.
func badWeight(l *line) int {
	// Letters, not characters: a rule drawn with 1,000 dashes is a
	// separator, not a wall.
	if !l.hard {
		// Judged by its words only: running text that may be the article's.
		return max(l.nLetters/3, 25)
	}
	return max(l.nLetters, 25)
}

func hasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}
