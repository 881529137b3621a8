package relevance

import (
	"strings"
	"sync"
	"unicode"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/phrase"
)

// Threshold is the score from which an article counts as reporting a
// technology restriction. A claim's score is its confidence discounted for
// weak evidence (see Judge.Decide), so a lone, loosely backed candidate does
// not make a page relevant on its own.
const Threshold = 0.5

// Discounts applied to a claim's confidence. Each is a reason the
// extractor's match may not be a policy at all; they multiply.
const (
	// noCue: the evidence has no word of restriction or change at all; the
	// trigger was matched elsewhere or the sentence was joined to another's.
	noCue = 0.5
	// changeOnly: the evidence only says something was replaced, dropped
	// or reviewed, and names no authority or policy ("the car replaces the
	// mirrors with cameras", "early reviews are mixed").
	changeOnly = 0.5
	// acronymOnly: every target is a bare short acronym the article spells
	// out as something else ("hypersensitivity pneumonitis, or HP").
	acronymOnly = 0.6
	// uncorroborated: nothing outside the claim's own sentence backs it: the
	// headline and lead say nothing of a restriction and no second claim
	// does either.
	uncorroborated = 0.7
)

// solidConfidence is the confidence from which a claim whose evidence names
// both a restriction and an authority stands without the headline's help.
const solidConfidence = 0.75

// leadBytes bounds the lead: the title and the first paragraphs, where a
// news report states what happened.
const (
	leadBytes      = 1200
	leadParagraphs = 2
)

// Options configure a Judge; the zero value works.
type Options struct {
	// Cues are extra cue files or directories of .tsv files, in the form
	// of the embedded data/cues.tsv; their phrases add to the built-in ones.
	Cues []string
	// Restrictions are more restriction phrases by language, in the
	// cues' pattern syntax: the pipeline gives the extractor's ban,
	// purchase-ban and restriction triggers
	// (extract.Extractor.RestrictionPhrases), so that a claim whose
	// trigger the extractor knows is never discounted for naming no
	// restriction. A phrase that does not parse is skipped.
	Restrictions map[string][]string
	// Gazetteer, when set, names actors and technologies for the article's
	// own signals (the pipeline gives the extractor's); without one only
	// the cues' technology words are read.
	Gazetteer Gazetteer
}

// Judge decides article relevance. It is read-only after New and safe for
// concurrent use.
type Judge struct {
	lex *lexicon
	gaz Gazetteer
}

// New loads the embedded cues and the user's.
func New(opts Options) (*Judge, error) {
	lex, err := loadLexicon(opts.Cues)
	if err != nil {
		return nil, err
	}
	for lang, phrases := range opts.Restrictions {
		for _, ph := range phrases {
			if p, err := phrase.Compile(ph); err == nil {
				lex.add(lang, kindRestriction, p)
			}
		}
	}
	return &Judge{lex: lex, gaz: opts.Gazetteer}, nil
}

var (
	defaultOnce  sync.Once
	defaultJudge *Judge
	defaultErr   error
)

// Default returns the Judge with the built-in cues, built once.
func Default() *Judge {
	defaultOnce.Do(func() { defaultJudge, defaultErr = New(Options{}) })
	if defaultErr != nil {
		// The embedded table is checked by the package's tests.
		panic("relevance: embedded cues: " + defaultErr.Error())
	}
	return defaultJudge
}

// Input is what an article offers the decision.
type Input struct {
	Title, Text string
	// Language is the text's ISO 639-1 code; the cues of that language are
	// read, or those of every language when it has none ("und", "").
	Language string
	// Claims are the extractor's claims, with their evidence sentences.
	Claims []corpus.Claim
	// Unplaced is the confidence of a restriction the extractor found but
	// could not make a claim of, for want of the imposer's country
	// (extract.Result.Unplaced).
	Unplaced float64
}

// Decision is the verdict on an article.
type Decision struct {
	corpus.Relevance
	// Support is each claim's score, in Input.Claims order: its confidence
	// after the discounts for weak evidence.
	Support []float64
}

// Decide judges one article. The extractor finds candidate restrictions
// sentence by sentence; on general news most of them are a product
// replacing a part, a review, or a name that happens to be a vendor's. An
// article is relevant when one claim, after discounts for such weak
// evidence, reaches Threshold, and something beyond its own sentence backs
// it: a restriction in the headline or lead, a second claim, or evidence
// naming both a restriction and an authority at high confidence.
func (j *Judge) Decide(in Input) Decision {
	lead := j.read(in.Language, lead(in.Title, in.Text))
	leadSays := lead.restriction || lead.change && lead.authority
	d := Decision{Support: make([]float64, len(in.Claims))}
	reads := make([]reading, len(in.Claims))
	for i, c := range in.Claims {
		reads[i] = j.read(in.Language, claimText(c))
		d.Support[i] = c.Confidence * discount(reads[i], c, in.Text)
	}
	// Several claims, from different sentences, each backed by a
	// restriction and an authority, back one another.
	backed := 0
	seen := map[string]bool{}
	for i, c := range in.Claims {
		if d.Support[i] >= Threshold && reads[i].solid() && len(c.Evidence) > 0 && !seen[c.Evidence[0].Text] {
			seen[c.Evidence[0].Text] = true
			backed++
		}
	}
	best := 0.0
	for i, c := range in.Claims {
		s := d.Support[i]
		corroborated := leadSays || backed >= 2 || reads[i].solid() && c.Confidence >= solidConfidence
		if !corroborated {
			s *= uncorroborated
		}
		best = max(best, s)
	}
	// An unplaced restriction has no evidence of its own: the headline or
	// lead must name a restriction and an authority, or two sentences of
	// the text must.
	// A headline or first sentence that reports a ban lifted backs no
	// unplaced restriction either: the ban it names is the one that ended.
	if u := in.Unplaced; u > best {
		leadSolid := (lead.restriction || lead.change) && lead.authority
		if !leadSolid && j.solidSentences(in.Language, in.Text) < 2 || j.liftedLead(in.Language, in.Title, in.Text) {
			u *= uncorroborated
		}
		best = max(best, u)
	}
	// The article's own signals stand when the extractor could make no
	// claim strong enough: a headline or sentence framing a restriction.
	if best < Threshold {
		best = max(best, j.ownSignal(in.Language, in.Title, in.Text))
	}
	d.Relevance = corpus.Relevance{Label: best >= Threshold, Score: round(best)}
	return d
}

// reading is what the cues find in a stretch of text.
type reading struct {
	restriction, change, authority bool
}

// solid: a restriction and an authority in the same stretch.
func (r reading) solid() bool { return r.restriction && r.authority }

func (j *Judge) read(lang, s string) reading {
	toks := phrase.Tokenize(s, 0)
	return reading{
		// An official examination backs a claim as a restriction does.
		restriction: j.lex.has(lang, kindRestriction, toks) || j.lex.has(lang, kindReview, toks),
		change:      j.lex.has(lang, kindChange, toks) || j.lex.has(lang, kindHalt, toks),
		authority:   j.lex.has(lang, kindAuthority, toks),
	}
}

// discountRule is one reason a claim's evidence may not report a policy;
// every rule that applies multiplies the claim's confidence by its factor.
type discountRule struct {
	factor  float64
	applies func(r reading, c corpus.Claim, text string) bool
}

var discounts = []discountRule{
	// The evidence names neither a restriction nor a change.
	{noCue, func(r reading, _ corpus.Claim, _ string) bool { return !r.restriction && !r.change }},
	// Only a change, with no authority or policy to make it one.
	{changeOnly, func(r reading, _ corpus.Claim, _ string) bool {
		return !r.restriction && r.change && !r.authority
	}},
	// The only targets are acronyms the text spells out as something else.
	{acronymOnly, func(_ reading, c corpus.Claim, text string) bool { return acronymTargets(c, text) }},
}

// discount is the factor for a claim's evidence.
func discount(r reading, c corpus.Claim, text string) float64 {
	f := 1.0
	for _, d := range discounts {
		if d.applies(r, c, text) {
			f *= d.factor
		}
	}
	return f
}

// claimText is what a claim's evidence says: its sentences and the actor as
// quoted.
func claimText(c corpus.Claim) string {
	var b strings.Builder
	b.WriteString(c.Actor.Text)
	for _, e := range c.Evidence {
		b.WriteString(" \n ")
		b.WriteString(e.Text)
	}
	return b.String()
}

// acronymTargets reports whether every target is a vendor named only by a
// short all-capitals word that the text spells out as something else
// ("hypersensitivity pneumonitis, or HP"): there the word is the
// abbreviation, not the company.
func acronymTargets(c corpus.Claim, text string) bool {
	if len(c.Targets) == 0 {
		return false
	}
	for _, t := range c.Targets {
		w := strings.TrimSpace(t.Text)
		if t.Vendor == "" || len(w) > 5 || !isUpper(w) || !spelledOut(text, w) {
			return false
		}
	}
	return true
}

// spelledOut reports whether text introduces acr as the abbreviation of the
// words just before it: "Hypersensitivity Pneumonitis (HP)", "... pneumonitis,
// or HP".
func spelledOut(text, acr string) bool {
	n := len(acr)
	for i := 0; ; {
		k := strings.Index(text[i:], acr)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(acr)
		before := phrase.Tokenize(text[max(0, at-200):at], 0)
		// Skip the joining "or", "aka", "also".
		for len(before) > 0 && (before[len(before)-1].Lower == "or" || before[len(before)-1].Lower == "aka") {
			before = before[:len(before)-1]
		}
		if len(before) < n {
			continue
		}
		initials := make([]byte, 0, n)
		for _, w := range before[len(before)-n:] {
			initials = append(initials, w.Lower[0])
		}
		if strings.EqualFold(string(initials), acr) {
			return true
		}
	}
}

func isUpper(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '&' {
			return false
		}
	}
	return true
}

// lead is the title and the first paragraphs of text, at most about
// leadBytes.
func lead(title, text string) string {
	var b strings.Builder
	b.WriteString(title)
	n := 0
	for p := range strings.SplitSeq(text, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		b.WriteString(" \n ")
		if len(p) > leadBytes {
			p = p[:leadBytes]
		}
		b.WriteString(p)
		if n++; n >= leadParagraphs || b.Len() >= leadBytes {
			break
		}
	}
	return b.String()
}

// solidSentences counts the sentences of text naming both a restriction and
// an authority, stopping at two.
func (j *Judge) solidSentences(lang, text string) int {
	n := 0
	for _, s := range sentences(text) {
		if j.read(lang, s).solid() {
			if n++; n >= 2 {
				break
			}
		}
	}
	return n
}

// sentences splits text at sentence ends and line breaks: rough, but the
// cues only need words that belong together.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := c == '\n' || (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n')
		if end {
			if s := strings.TrimSpace(text[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
