package translation

import (
	"fmt"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/extract/names"
	"github.com/bansift/bansift/internal/lexfile"
)

// Input is what the detector looks at.
type Input struct {
	Title    string
	Text     string   // cleaned body
	URL      string   // "" when unknown
	Lines    []string // lines removed from the page (source and credit lines live here)
	Language string   // detected ISO 639-1 code of Text; "" or "und" when unknown
}

// Options configure a Detector; the zero value works.
type Options struct {
	// OutletFiles are extra outlet lists in the format of data/outlets.tsv,
	// or folders of them (their .tsv files), read after the embedded one; a
	// later host entry wins over an earlier one.
	OutletFiles []string
	// PhraseFiles are extra phrase lists in the format of data/phrases.tsv,
	// or folders of them.
	PhraseFiles []string
	// NameFiles are extra gazetteers in the format of extract/names' data
	// files, or folders of them, each file's kind by its name (people*.tsv,
	// companies*.tsv, places*.tsv; see names.Load). Ignored when Names is set.
	NameFiles []string
	// Names finds near-miss names; nil means names.Default(), or a Matcher
	// over the embedded gazetteers and NameFiles.
	Names *names.Matcher
}

// Detector tells whether English text reads as a translation from Arabic.
// It is read-only after New, so one Detector serves any number of goroutines.
type Detector struct {
	outlets []Outlet
	byName  map[string]int // normalized name or alias → outlets index
	byHost  map[string]int // host or host/path → outlets index
	phrases []Phrase
	names   *names.Matcher
	english map[string]bool
}

// New builds a Detector over the embedded data.
func New() (*Detector, error) { return NewWithOptions(Options{}) }

// NewWithOptions builds a Detector over the embedded data and opts' files.
func NewWithOptions(opts Options) (*Detector, error) {
	outlets, err := loadAll("data/outlets.tsv", opts.OutletFiles, ParseOutlets)
	if err != nil {
		return nil, err
	}
	phrases, err := loadAll("data/phrases.tsv", opts.PhraseFiles, ParsePhrases)
	if err != nil {
		return nil, err
	}
	english, err := lexfile.WordSet(data, "data/english.txt")
	if err != nil {
		return nil, err
	}
	d := &Detector{outlets: outlets, byName: map[string]int{}, byHost: map[string]int{},
		phrases: phrases, names: opts.Names, english: english}
	if d.names == nil && len(opts.NameFiles) > 0 {
		extra, err := names.Load(opts.NameFiles...)
		if err != nil {
			return nil, err
		}
		if d.names, err = names.NewMatcher(extra...); err != nil {
			return nil, err
		}
	}
	if d.names == nil {
		d.names = names.Default()
	}
	for i, o := range outlets {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			d.byName[normalize(n)] = i
		}
		for _, h := range o.Hosts {
			d.byHost[h] = i
		}
	}
	return d, nil
}

// Signal kinds, in the order their evidence is reported.
const (
	kindProvenance = iota
	kindNames
	kindRepeats
	kindPhrasing
	kindStyle
	nKinds
)

// finding is one piece of evidence.
type finding struct {
	kind     int
	weight   float64
	evidence string
	strong   bool // enough on its own: the page says where it comes from
	outlet   bool // provenance from an outlet's name in the title or a credit line
}

// caps bound what each kind of signal can add, so that one kind cannot
// drown the others: several garbled names, doubled words or odd phrases each
// happen in native English too. A single kind never flags a page (see
// combine), however much of it there is.
var caps = [nKinds]float64{
	kindProvenance: 1,
	kindNames:      0.5,
	kindRepeats:    0.25,
	kindPhrasing:   0.4,
	kindStyle:      0.15,
}

// Weights of the findings; phrases carry their own (data/phrases.tsv).
const (
	weightOutlet      = 0.6  // an Arabic-only outlet: decides alone
	weightMixedOutlet = 0.2  // an outlet with Arabic and other editions
	weightArabicForm  = 0.2  // an unlisted outlet whose name has Arabic form
	weightSaysSo      = 0.8  // the page says it was translated from Arabic
	weightNearMiss    = 0.35 // a garbled name
	weightDoubling    = 0.15 // a garbled name that only lost a doubled letter
	weightRepeat      = 0.15 // a word written twice
	// threshold is the evidence a translation needs, from at least two kinds
	// of signal unless one finding is strong: a garbled name and anything
	// else, or a doubled word and phrasing worth 0.25.
	threshold = 0.4
)

// signal finds one kind of evidence. The order is the order of the report.
type signal func(d *Detector, in *Input) []finding

var signals = []signal{
	// Where the page says it comes from: title, credit lines, URL.
	(*Detector).provenance,
	// Names garbled as back-transliteration through Arabic script garbles them.
	(*Detector).nearMisses,
	// Words written twice: two Arabic words translated to one English word.
	(*Detector).repeats,
	// Arabic idiom translated word for word.
	(*Detector).phrasing,
	// Arabic's definite article carried over onto every noun.
	(*Detector).style,
}

// Detect returns nil when in does not read as a translation from Arabic.
func (d *Detector) Detect(in Input) *corpus.Translation {
	if !d.isEnglish(&in) {
		return nil
	}
	return combine(d.findings(&in))
}

// findings runs every signal on in.
func (d *Detector) findings(in *Input) []finding {
	var found []finding
	for _, s := range signals {
		found = append(found, s(d, in)...)
	}
	return found
}

// combine applies the combination rule to the findings of one page: capped
// sums per kind, a threshold, and two kinds unless one finding is strong.
func combine(found []finding) *corpus.Translation {
	var sums [nKinds]float64
	strong := false
	for _, f := range found {
		sums[f.kind] += f.weight
		strong = strong || f.strong
	}
	score, kinds := 0.0, 0
	for k, s := range sums {
		if s > 0 {
			score += min(s, caps[k])
			kinds++
		}
	}
	// The epsilon keeps sums like 0.35+0.05 from falling short by rounding.
	if score < threshold-1e-9 || (!strong && kinds < 2) {
		return nil
	}
	t := &corpus.Translation{Code: "ar", Confidence: confidence(score)}
	for _, f := range found {
		t.Evidence = append(t.Evidence, f.evidence)
	}
	return t
}

// confidence maps evidence to (0, 1): the threshold gives 0.55, 1 gives 0.86.
func confidence(score float64) float64 {
	return math.Round((1-math.Exp(-2*score))*100) / 100
}

// minEnglishShare is the share of function words from which text of unknown
// language is taken as English.
const minEnglishShare = 0.08

// isEnglish reports whether in is English: as the caller says, or, when the
// caller does not know, by the share of frequent English function words.
func (d *Detector) isEnglish(in *Input) bool {
	switch in.Language {
	case "en":
		return true
	case "", corpus.Undetermined:
	default:
		return false
	}
	words, hits := 0, 0
	for _, w := range strings.FieldsFunc(in.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if d.english[strings.ToLower(w)] {
			hits++
		}
		if words == 2000 {
			break
		}
	}
	// Function words are a third of running English and a tenth of a page
	// dump heavy with menus; a few percent of other languages share some.
	return words > 0 && float64(hits)/float64(words) >= minEnglishShare
}

// titleSeparators split a page title from the outlet name around it.
var titleSeparators = regexp.MustCompile(`\s+[-–—|:·•]\s+|\s*[|·•]\s*`)

// creditLine is a line that names where the article comes from: a label
// and a separator ("Source: X", "Credit - X"), or a phrase that can only
// introduce a source ("via X", "© X", "originally published in X"). A
// sentence like "Sources told X ..." is a citation, not a credit.
var creditLine = regexp.MustCompile(`(?i)^\W*(?:(?:sources?|credits?)\s*[:|\-–—]|via\b|copyright\b|©|\(c\)|` +
	`(?:originally|first) published (?:in|by|on)\b|translated (?:from|by)\b|translation (?:from|by)\b)\s*(.+)$`)

// creditLabel starts a credit line that may credit a picture ("Credit: Al
// Arabiya" under a still from its broadcast) rather than the article.
var creditLabel = regexp.MustCompile(`(?i)^\W*credits?\b`)

// saysTranslated is a page's own statement that it is a translation from Arabic.
var saysTranslated = regexp.MustCompile(`(?i)\b(?:translated|translation) from (?:the )?arabic\b`)

// maxCreditWords bounds a body line taken for a credit line: a sentence of
// the article that mentions an outlet is a citation, not provenance.
const maxCreditWords = 14

func (d *Detector) provenance(in *Input) []finding {
	var out []finding
	seen := map[string]bool{}
	// add records outlet o named where; weak when the naming may be of a
	// picture rather than of the article.
	addWeak := func(o Outlet, where string, weak bool) {
		if seen[o.Name] || !o.arabic() {
			return
		}
		seen[o.Name] = true
		f := finding{kind: kindProvenance, weight: weightMixedOutlet, outlet: true,
			evidence: fmt.Sprintf("%s names %q, an outlet publishing in %s", where, o.Name, strings.Join(o.Languages, ", "))}
		if weak {
			f.evidence = fmt.Sprintf("%s names %q (perhaps a picture's credit)", where, o.Name)
		} else if o.arabicOnly() {
			f.weight, f.strong = weightOutlet, true
			f.evidence = fmt.Sprintf("%s names the Arabic-language outlet %q", where, o.Name)
		}
		out = append(out, f)
	}
	add := func(o Outlet, where string) { addWeak(o, where, false) }
	// Title: the outlet stands before or after the headline, in the
	// title or in the page's title line the cleaner took it from.
	arabicForms := 0
	named := func(c, where string) {
		if i, ok := d.byName[normalize(c)]; ok {
			add(d.outlets[i], where)
		} else if d.arabicForm(c) && !seen[normalize(c)] {
			seen[normalize(c)] = true
			// The same unlisted outlet in the title and the dateline
			// is one piece of evidence, however it is spelled.
			w := weightArabicForm
			if arabicForms++; arabicForms > 1 {
				w = 0
			}
			out = append(out, finding{kind: kindProvenance, weight: w, outlet: true,
				evidence: fmt.Sprintf("%s names %q, an unlisted outlet whose name has Arabic form", where, strings.TrimSpace(c))})
		}
	}
	for _, c := range d.titleOutlets(in) {
		named(c, "title")
	}
	// Dateline: "Riyadh – Al Watan", at the top of the page.
	for _, l := range topLines(in, maxTopLines) {
		if m := dateline.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			named(m[1], fmt.Sprintf("dateline %q", strings.TrimSpace(l)))
		}
	}
	// Credit lines, among the removed lines and the short lines of the body.
	lines := slices.Clone(in.Lines)
	for _, l := range strings.Split(in.Text, "\n") {
		if len(strings.Fields(l)) <= maxCreditWords {
			lines = append(lines, l)
		}
	}
	said := false
	for _, l := range lines {
		if !said && saysTranslated.MatchString(l) && len(strings.Fields(l)) <= maxCreditWords {
			said = true
			out = append(out, finding{kind: kindProvenance, weight: weightSaysSo, strong: true,
				evidence: fmt.Sprintf("the page says it is translated from Arabic: %q", strings.TrimSpace(l))})
		}
		m := creditLine.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		if i, ok := d.outletIn(m[1]); ok {
			addWeak(d.outlets[i], fmt.Sprintf("credit line %q", strings.TrimSpace(l)), creditLabel.MatchString(l))
		}
	}
	// URL: the host, or the host a translation proxy serves.
	if i, host, ok := d.outletOfURL(in.URL); ok {
		if !d.outlets[i].arabic() {
			// The page is on an edition that writes in another
			// language: its title and credits name the house, which
			// also publishes in Arabic, and say nothing of translation.
			out = slices.DeleteFunc(out, func(f finding) bool { return f.outlet })
		}
		add(d.outlets[i], fmt.Sprintf("URL host %q", host))
	}
	if u, err := url.Parse(in.URL); err == nil && u.Query().Get("_x_tr_sl") == "ar" {
		out = append(out, finding{kind: kindProvenance, weight: weightSaysSo, strong: true,
			evidence: "URL is a machine-translation proxy with source language Arabic (_x_tr_sl=ar)"})
	}
	return out
}

// maxTopLines bounds how far into the removed lines and the body a dateline
// is looked for: it heads the story. maxTitleLines bounds the search for the
// title line, whose shape (this page's headline and a name) is telling
// enough that a long menu of one item a line may come before it.
const (
	maxTopLines   = 12
	maxTitleLines = 40
)

// maxOutletWords bounds the part of a title taken for an outlet name.
const maxOutletWords = 6

// titleOutlets returns the parts of the title that may name the outlet: the
// first and last parts of the title, and the part beside the headline on a
// title line near the top of the page ("Headline – Outlet"), as pages give
// it before the cleaner strips the outlet from the title it keeps.
func (d *Detector) titleOutlets(in *Input) []string {
	var out []string
	head := normalize(in.Title)
	// side adds the part at either end of line whose other end is the
	// headline, or, when the headline is not known, the shorter end.
	side := func(line string, known bool) {
		parts := titleSeparators.Split(strings.TrimSpace(line), -1)
		if len(parts) < 2 {
			return
		}
		first, last := parts[0], parts[len(parts)-1]
		for _, c := range []struct{ outlet, rest string }{{last, first}, {first, last}} {
			if len(strings.Fields(c.outlet)) > maxOutletWords {
				continue
			}
			if known && !sameHeadline(normalize(c.rest), head) {
				continue
			}
			if !known && len(c.outlet) >= len(c.rest) {
				continue
			}
			out = append(out, c.outlet)
		}
	}
	side(in.Title, false)
	if head == "" {
		return out
	}
	for _, l := range topLines(in, maxTitleLines) {
		if normalize(l) != head {
			side(l, true)
		}
	}
	return out
}

// minFuzzyHeadline is the length in words from which two headlines that
// differ a little are taken for the same one.
const minFuzzyHeadline = 5

// sameHeadline reports whether normalized a and b are one headline: equal,
// one cut short of the other (titles are truncated with an ellipsis), or,
// when long enough, sharing nearly all their words (the cleaner may drop a
// kicker or quotes).
func sameHeadline(a, b string) bool {
	if a == b {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if min(len(wa), len(wb)) < minFuzzyHeadline {
		return false
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	shared := 0
	for _, w := range wb {
		if set[w] {
			shared++
		}
	}
	return float64(shared) >= 0.8*float64(max(len(wa), len(wb)))
}

// topLines returns the lines that head the page: the first n removed lines
// and the first n lines of the body.
func topLines(in *Input, n int) []string {
	lines := slices.Clone(in.Lines[:min(len(in.Lines), n)])
	body := strings.SplitN(in.Text, "\n", n+1)
	return append(lines, body[:min(len(body), n)]...)
}

// dateline is a line, or the start of the first paragraph, that gives the
// place and the source before the story: "Riyadh – Al Watan" or
// "Cairo – (Al-Ahram) – The ministry said ...". The place is one to three
// capitalised words; the source stands between dashes or ends the line.
var dateline = regexp.MustCompile(`^\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,2}\s+[–—-]\s+\(?([^–—()]{3,40}?)\)?\s*(?:[–—]|\s-\s|$)`)

// arabicArticle is the Arabic article in an outlet's name: al- at the start
// or inside ("Al Sharq", "Akhbar Al-Yawm"), el- with its hyphen or inside
// ("El-Watan", "Sada El Balad"); a name that starts with "El " is Spanish.
var arabicArticle = regexp.MustCompile(`^(?:[Aa]l|[Ee]l)-\p{Lu}|^[Aa]l \p{Lu}|\S\s+(?:[Aa]l|[Ee]l)[- ]\p{Lu}`)

// editionWords mark an outlet's English or international edition, whose
// name may still have Arabic form ("Al Jazeera English", "Al-Monitor").
// "Online" is no such word: Arabic sites call themselves "X Online" too.
var editionWords = map[string]bool{"english": true, "international": true, "monitor": true, "weekly": true,
	"times": true, "today": true, "observer": true, "tribune": true, "post": true,
	"gazette": true, "herald": true, "journal": true, "review": true, "insider": true}

// arabicForm reports whether s looks like the name of an Arabic-language
// outlet: two to six words with the Arabic article, no English edition word
// and no English function word ("Al Gore on the climate" is no outlet).
func (d *Detector) arabicForm(s string) bool {
	s = strings.TrimSpace(s)
	w := strings.Fields(normalize(s))
	if len(w) < 2 || len(w) > maxOutletWords || !arabicArticle.MatchString(s) {
		return false
	}
	for _, x := range w {
		if editionWords[x] || d.english[x] {
			return false
		}
	}
	return true
}

// outletIn finds the longest outlet name that s contains as whole words.
func (d *Detector) outletIn(s string) (int, bool) {
	w := strings.Fields(normalize(s))
	for n := min(len(w), 6); n >= 1; n-- {
		for i := 0; i+n <= len(w); i++ {
			if k, ok := d.byName[strings.Join(w[i:i+n], " ")]; ok {
				return k, true
			}
		}
	}
	return 0, false
}

// proxySuffix is the host suffix of Google's translation proxy, which serves
// "www.example.com" as "www-example-com.translate.goog".
const proxySuffix = ".translate.goog"

// outletOfURL finds the outlet of the most specific host entry u falls under.
func (d *Detector) outletOfURL(raw string) (int, string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return 0, "", false
	}
	host := strings.ToLower(u.Hostname())
	if strings.HasSuffix(host, proxySuffix) {
		label := strings.TrimSuffix(host, proxySuffix)
		host = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(label, "--", "\x00"), "-", "."), "\x00", "-")
	}
	host = strings.TrimPrefix(host, "www.")
	path := strings.Trim(u.Path, "/")
	// Try host/first-path-segment, then the host, then each parent domain.
	for h := host; h != ""; {
		if path != "" {
			seg, _, _ := strings.Cut(path, "/")
			if i, ok := d.byHost[h+"/"+seg]; ok {
				return i, h + "/" + seg, true
			}
		}
		if i, ok := d.byHost[h]; ok {
			return i, h, true
		}
		_, rest, ok := strings.Cut(h, ".")
		if !ok || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	return 0, "", false
}

func (d *Detector) nearMisses(in *Input) []finding {
	var out []finding
	seen := map[string]bool{}
	for _, text := range []string{in.Title, in.Text} {
		for _, f := range d.names.Find(text) {
			// English spells Arabic names many ways: no evidence there. A
			// one-word near miss is too often another English word
			// ("Columbia" for "Colombia", "Grace" for "Greece").
			if !f.Near || f.Arabic || seen[f.Known] || !strings.Contains(strings.TrimSpace(f.Text), " ") {
				continue
			}
			seen[f.Known] = true
			w := weightNearMiss
			if onlyDoubling(f.Confusions) {
				w = weightDoubling
			}
			out = append(out, finding{kind: kindNames, weight: w,
				evidence: fmt.Sprintf("%q is a near miss of %q (%s: confusions typical of transliteration through Arabic script)",
					f.Text, f.Known, strings.Join(f.Confusions, ", "))})
		}
	}
	return out
}

// onlyDoubling reports whether every confusion is a doubled letter written
// once ("tt/t"), a slip native writers make too.
func onlyDoubling(confusions []string) bool {
	for _, c := range confusions {
		a, b, ok := strings.Cut(c, "/")
		if !ok || len(a) < 2 || strings.Trim(a, b) != "" {
			return false
		}
	}
	return true
}

func (d *Detector) repeats(in *Input) []finding {
	var out []finding
	seen := map[string]bool{}
	// Sentences of the body, and headlines among the title and the removed
	// lines: a teaser of the same site went through the same translation.
	for _, src := range []struct {
		text string
		ok   func(string, int) bool
	}{{in.Title + "\n" + in.Text, inProse}, {in.Title + "\n" + strings.Join(in.Lines, "\n"), inHeadline}} {
		for _, r := range names.Repeats(src.text) {
			k := strings.ToLower(r.Word)
			if seen[k] || !src.ok(src.text, r.Start) {
				continue
			}
			seen[k] = true
			out = append(out, finding{kind: kindRepeats, weight: weightRepeat,
				evidence: fmt.Sprintf("word repeated back to back: %q", r.Word+" "+r.Word)})
		}
	}
	return out
}

// minHeadlineWords is the length from which a line in sentence case is a
// headline rather than a menu or a tag list.
const minHeadlineWords = 6

// inHeadline reports whether the line of text holding offset at is a
// headline: long enough, and in sentence case (most words lower case), as
// menus and tag lists in title case are not.
func inHeadline(text string, at int) bool {
	w := strings.Fields(lineAt(text, at))
	lower := 0
	for _, x := range w {
		if unicode.IsLower([]rune(x)[0]) {
			lower++
		}
	}
	return len(w) >= minHeadlineWords && 2*lower > len(w)
}

// lineAt returns the trimmed line of text holding offset at.
func lineAt(text string, at int) string {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := strings.IndexByte(text[at:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	return strings.TrimSpace(text[start:end])
}

// minProseWords is the length from which a line is prose: menus, tag lists
// and buttons repeat words ("Search Search") without any translation.
const minProseWords = 8

// inProse reports whether the line of text holding offset at is a sentence
// of prose: long enough and ending as sentences do.
func inProse(text string, at int) bool {
	line := lineAt(text, at)
	last, _ := utf8.DecodeLastRuneInString(line)
	return len(strings.Fields(line)) >= minProseWords && strings.ContainsRune(".!?\"”’)", last)
}

func (d *Detector) phrasing(in *Input) []finding {
	var quoted []string
	total := 0.0
	// The removed lines count too: a page's date line, menus and teasers
	// come out of the same translation as its body ("Since 5 hours").
	text := in.Title + "\n" + in.Text + "\n" + strings.Join(in.Lines, "\n")
	lower := strings.ToLower(text)
	for _, p := range d.phrases {
		if !p.mayMatch(lower) {
			continue
		}
		loc := p.Pattern.FindStringIndex(text)
		if loc == nil {
			continue
		}
		total += p.Weight
		// A pattern anchored on the end of the sentence before quotes
		// from the phrase on.
		quoted = append(quoted, fmt.Sprintf("%q (%s)", strings.TrimLeft(text[loc[0]:loc[1]], ".!? \n"), p.Gloss))
	}
	if len(quoted) == 0 {
		return nil
	}
	// One finding for all phrases, so the report reads as one line.
	return []finding{{kind: kindPhrasing, weight: total, evidence: "translation phrasing: " + strings.Join(quoted, ", ")}}
}

// Style: Arabic puts its article al- on abstract and generic nouns and on
// both nouns of a construct ("the devices of the company"), and a literal
// translation keeps every one, so "the" makes up 13-25% of the words where
// native news prose has 5-9% (12% at most on the 181 benchmark pages). But
// native officialese (statutes, judgments, regulations) reaches 22-29% too,
// and fluent machine translation (seed 004) stays at 7%: the share is the
// weakest signal there is, measured on pages, not paragraphs, and weighing
// less than one calque.
const (
	minStyleWords = 80   // of prose, for the share to mean anything
	theShare      = 0.14 // share of "the" from which prose reads as translated
	weightStyle   = 0.15
)

func (d *Detector) style(in *Input) []finding {
	words, the := 0, 0
	for _, l := range strings.Split(in.Text, "\n") {
		if !inProse(l, 0) {
			continue
		}
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			words++
			if strings.EqualFold(w, "the") {
				the++
			}
		}
	}
	if words < minStyleWords {
		return nil
	}
	share := float64(the) / float64(words)
	if share < theShare {
		return nil
	}
	return []finding{{kind: kindStyle, weight: weightStyle, evidence: fmt.Sprintf(
		"style: \"the\" is %.0f%% of the %d words of prose (native news: 5-9%%; Arabic's article al- carried over)", 100*share, words)}}
}

// normalize lowercases s, turns hyphens and other punctuation into spaces and
// drops apostrophes, so "Al-Quds al-Arabi" and "Al Quds Al Arabi" meet.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
