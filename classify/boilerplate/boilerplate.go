package boilerplate

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/lr"
)

// Options configure a Cleaner; the zero value works.
type Options struct {
	// LexiconPaths are extra data files or directories of *.txt files read
	// after the built-in ones: cues_<name>.txt add boilerplate cues (format
	// in data/cues_en.txt), stop_<lang>.txt add stop words for a language.
	LexiconPaths []string
	// Templates, when set, is a batch's TemplateIndex: CleanSite drops the
	// lines that recur on many pages of the page's site.
	Templates *TemplateIndex
	// KeepOutsideRegion keeps body-like lines outside the densest region of
	// body (for pages that are lists of short articles). Off by default.
	KeepOutsideRegion bool
	// RulesOnly keeps the lines the rules keep, skipping the learned line
	// scorer (learn.go) that by default has the last word on each line.
	RulesOnly bool
	// LineModelPath reads the learned scorer from this file (the format of
	// data/linemodel.tsv, written by internal/train) instead of the
	// embedded one.
	LineModelPath string
}

// Cleaner strips boilerplate from plain-text page dumps. It is built once and
// safe for concurrent use.
type Cleaner struct {
	lex       *lexicon
	templates *TemplateIndex
	keepAll   bool
	model     lr.Scorer // nil with Options.RulesOnly
}

// New builds a Cleaner, reading its lexicons once.
func New(opts Options) (*Cleaner, error) {
	lx, err := loadLexicon(opts)
	if err != nil {
		return nil, err
	}
	c := &Cleaner{lex: lx, templates: opts.Templates, keepAll: opts.KeepOutsideRegion}
	if !opts.RulesOnly {
		if c.model, err = loadLineModel(opts.LineModelPath); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Result is a cleaned page.
type Result struct {
	Title     string
	Published string // ISO date YYYY-MM-DD, or ""
	Body      string // paragraphs separated by a blank line
	Removed   []corpus.Removed
	// Template counts the removed lines dropped as the site's template
	// (lines recurring on other pages of the site).
	Template int
}

// Clean classifies the lines of text and keeps the article body. lang is an
// ISO 639-1 hint ("" or "und" when unknown).
func (c *Cleaner) Clean(text, lang string) Result {
	return c.CleanSite(text, lang, "")
}

// CleanSite is Clean for a page of site (see SiteKey): lines the Cleaner's
// TemplateIndex knows as that site's template are dropped.
func (c *Cleaner) CleanSite(text, lang, site string) Result {
	r, _ := c.CleanSiteContext(context.Background(), text, lang, site)
	return r
}

// CleanSiteContext is CleanSite under ctx: once ctx is done (a page's time
// budget spent) the analysis stops at its next pass over the lines and
// ctx's error is returned with an empty Result. A page of pieces set apart
// by blank lines (isWrapped) is read with its sentences rejoined from the
// start; any other page whose first reading keeps nothing is read again
// with its hard-wrapped sentences rejoined (wrapped.go).
func (c *Cleaner) CleanSiteContext(ctx context.Context, text, lang, site string) (Result, error) {
	if isWrapped(text) {
		// Most of the page's line breaks cut sentences: read it with its
		// sentences rejoined, even where a long paragraph among the
		// pieces would have given the first reading something to keep.
		if again, err := c.cleanLines(ctx, text, lang, site, true); err != nil || again.Body != "" {
			return again, err
		}
	}
	res, err := c.cleanLines(ctx, text, lang, site, false)
	if err == nil && res.Body == "" {
		if again, err := c.cleanLines(ctx, text, lang, site, true); err == nil && again.Body != "" {
			return again, nil
		}
	}
	return res, err
}

// cleanLines is CleanSiteContext's one reading of text, with wrapped lines
// rejoined first when rejoin is set.
func (c *Cleaner) cleanLines(ctx context.Context, text, lang, site string, rejoin bool) (Result, error) {
	p, from, to := c.analyse(ctx, text, lang, site, rejoin)
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	title, published := markMeta(p.lines, from, to)

	var res Result
	res.Title, res.Published = title, published
	var keep []bool
	if c.model != nil && !c.keepAll {
		// The scorer learnt from pages cut to their region; with the
		// whole page kept it has no region to judge by.
		keep = c.modelKeep(p, from, to)
	}
	// Lines after a section heading take its kind when dropped.
	section := corpus.RemovedKind("")
	var kept []*line
	for i, l := range p.lines {
		if l.barrier {
			section = l.kind
		}
		if keep == nil && ruleKeep(l, i, from, to) || keep != nil && keep[i] {
			kept = append(kept, l)
			continue
		}
		kind := l.kind
		if l.cls == classGood || kind == "" {
			kind = corpus.RemovedOther
			if i >= to && section != "" {
				kind = section
			}
		}
		if l.pieces != nil {
			// A rejoined line is listed as the input lines it was, so
			// that every entry is an input line at its number.
			for _, pc := range l.pieces {
				res.Removed = append(res.Removed, corpus.Removed{Line: pc.n, Text: pc.text, Kind: kind})
			}
		} else {
			res.Removed = append(res.Removed, corpus.Removed{Line: l.n, Text: l.text, Kind: kind})
		}
		if l.template {
			res.Template++
		}
	}
	res.Body = c.join(p, kept)
	return res, nil
}

// analyse labels every line of text and finds the article's region
// [from, to) in p.lines. The steps run in this order:
//   - measure each line and pick the stop list;
//   - label each line by the rules, then by size and stop words (judge);
//   - label runs of short lines, repeated widgets and duplicated captions;
//   - relabel short and near-good lines from their neighbours (jusText);
//   - keep lists a body line announces;
//   - mark the timestamps that head the posts of a thread;
//   - find the densest region of body (a run under its own headline
//     weighs more), let it resume after small boxes, end it at a heading
//     over teasers, take in its lead, its short last paragraphs and the
//     tables inside it.
//
// CleanSite then lets the learned scorer (learn.go) have the last word on
// each line.
//
// ctx is checked between the passes: once it is done, analyse returns
// what it has and the caller discards it. With rejoin set, the lines of a
// hard-wrapped page are rejoined first.
func (c *Cleaner) analyse(ctx context.Context, text, lang, site string, rejoin bool) (p *page, from, to int) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	p = &page{lines: splitLines(text), site: site}
	if rejoin {
		if joined := rejoinWrapped(p.lines); joined != nil {
			p.lines = joined
		}
	}
	var folds strings.Builder
	folds.Grow(len(text) + 2*len(p.lines))
	words := make([]string, 0, len(text)/6)
	for _, l := range p.lines {
		words = measureInto(l, &folds, words)
	}
	if ctx.Err() != nil {
		return p, 0, 0
	}
	p.noTemplate = c.templateTakesAll(p)
	p.lang = c.pickLanguage(p.lines, lang)
	for _, l := range p.lines {
		l.stop = c.lex.stopShare(l.words, p.lang)
		l.cue = c.lex.findCue(l)
	}
	if ctx.Err() != nil {
		return p, 0, 0
	}
	c.labelLines(p)
	markShortRuns(p.lines)
	markRepeats(p.lines)
	markDuplicates(p.lines)
	if ctx.Err() != nil {
		return p, 0, 0
	}
	relabel(p.lines)
	keepIntroducedLists(p.lines)
	markThreads(p.lines)
	if ctx.Err() != nil {
		return p, 0, 0
	}
	from, to = mainRegion(p.lines)
	from, to = extendRegion(p.lines, from, to)
	to = cutTeasers(p.lines, from, to)
	from = openRegion(p.lines, from, to)
	to = closeRegion(p.lines, from, to)
	fillRegion(p.lines, from, to)
	if c.keepAll {
		from, to = 0, len(p.lines)
	}
	return p, from, to
}

// pickLanguage returns the stop list to use: the one that covers most of
// the page's words, unless the hint's list covers nearly as many. The hint
// comes from a detector that may know fewer languages than the stop lists,
// so the page's own words have the last say.
func (c *Cleaner) pickLanguage(lines []*line, hint string) string {
	n := 0
	for _, l := range lines {
		n += len(l.words)
	}
	words := make([]string, 0, n)
	for _, l := range lines {
		words = append(words, l.words...)
	}
	best, bestShare := "", minStopShare
	for lang := range c.lex.stop {
		if s := c.lex.stopShare(words, lang); s > bestShare || s == bestShare && lang < best {
			best, bestShare = lang, s
		}
	}
	if _, ok := c.lex.stop[hint]; ok && c.lex.stopShare(words, hint) >= bestShare*hintShare {
		return hint
	}
	return best
}

// A page whose words are less than minStopShare stop words of every list
// has none of our languages; the hint's list wins if it covers hintShare
// of the best list's share.
const (
	minStopShare = 0.12
	hintShare    = 0.8
)

// join builds the body: one paragraph per kept line, except that a line cut
// mid-sentence continues on the next kept line, and a word cut by a blank
// line is mended.
func (c *Cleaner) join(p *page, kept []*line) string {
	if len(kept) == 0 {
		return ""
	}
	vocab := map[string]int{}
	for _, l := range p.lines {
		for _, w := range l.words {
			vocab[w]++
		}
	}
	var b strings.Builder
	b.WriteString(stripAltPrefix(kept[0].text))
	for i := 1; i < len(kept); i++ {
		prev, cur := kept[i-1], kept[i]
		switch sep := c.continuation(p, vocab, prev, cur); sep {
		case "", " ":
			b.WriteString(sep)
		case "\x00":
			// Mend a hyphenated word: drop the hyphen already written.
			s := strings.TrimSuffix(b.String(), "-")
			b.Reset()
			b.WriteString(s)
		default:
			b.WriteString("\n\n")
		}
		b.WriteString(stripAltPrefix(cur.text))
	}
	return b.String()
}

// continuation says how cur follows prev: "" when it finishes a word prev
// cut off ("produc" / "ts"), " " when it continues prev's sentence, and
// "\n\n" when it starts a paragraph. Only a lower-case start after an
// unfinished line, with nothing dropped in between, joins.
func (c *Cleaner) continuation(p *page, vocab map[string]int, prev, cur *line) string {
	const para = "\n\n"
	hyphen := strings.HasSuffix(prev.text, "-") && startsLower(cur.text)
	if cur.n == prev.n+1 && !prev.sentence && (prev.size >= wrapWidth || hyphen) && !prev.bullet && !cur.bullet {
		// A paragraph hard-wrapped by the scraper: the next line goes on
		// with it whatever its first letter.
		if head := trailingWord(strings.TrimSuffix(prev.text, "-")); hyphen && head != "" {
			// A word hyphenated at the wrap: "produc-" / "ts" loses its
			// hyphen when the page spells "products" elsewhere,
			// "state-" / "owned" keeps it.
			if vocab[strings.ToLower(head+leadingWord(cur.text))] > 0 {
				return "\x00"
			}
			return ""
		}
		return " "
	}
	if cur.n-prev.n > 3 || prev.sentence || !startsLower(cur.text) {
		return para
	}
	// Only blank lines may lie between them.
	if cur.block-prev.block > 1 || len(prev.words) < 4 {
		return para
	}
	last, _ := utf8.DecodeLastRuneInString(prev.text)
	if !unicode.IsLetter(last) {
		return para
	}
	head := trailingWord(prev.text)
	tail := leadingWord(cur.text)
	if head == "" || tail == "" {
		return " "
	}
	lh, lt := strings.ToLower(head), strings.ToLower(tail)
	whole := lh + lt
	switch {
	case vocab[whole] > 0:
		// The mended word occurs elsewhere on the page.
		return ""
	case cur.block != prev.block && vocab[lh] == 1 && vocab[lt] == 1 && len([]rune(lt)) <= 3 && !c.isStop(p.lang, lt) && !c.isStop(p.lang, lh):
		// Two fragments seen nowhere else, the second too short to be a
		// word of its own: a word cut in two by the scrape.
		return ""
	}
	return " "
}

// stripAltPrefix drops the image alt texts w3m glues to the start of a
// paragraph ("[router-photo]The ministry said …"): bracketed tokens with no
// space in them, right against the first word.
func stripAltPrefix(t string) string {
	rest := t
	for strings.HasPrefix(rest, "[") {
		k := strings.IndexByte(rest, ']')
		if k < 3 || k > altChars || strings.ContainsAny(rest[1:k], " \t[") {
			return t
		}
		rest = rest[k+1:]
	}
	if r, _ := utf8.DecodeRuneInString(rest); rest == t || !unicode.IsLetter(r) {
		return t
	}
	return rest
}

// altChars bounds the length of a glued alt text.
const altChars = 60

// wrapWidth is the shortest line taken as hard-wrapped when it does not end
// a sentence: dumps wrapped at 72 or 80 columns fill lines to about that.
const wrapWidth = 60

func (c *Cleaner) isStop(lang, w string) bool { return c.lex.stop[lang][w] }

// trailingWord returns the letters at the end of s.
func trailingWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// leadingWord returns the letters at the start of s.
func leadingWord(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return s[:i]
}
