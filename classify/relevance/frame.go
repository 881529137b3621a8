package relevance

// The article's own signals: when the extractor finds no claim (an actor it
// cannot place, a target its gazetteer lacks, a restriction carried by two
// verbs), the headline and the sentences of the text can still say that a
// technology restriction happened. A sentence frames one when it states a
// restriction, names a technology and is not about lifting one; the
// headline's frame needs an actor in the headline or the lead, a sentence
// of the lead its own.

import "github.com/bansift/bansift/internal/phrase"

// Gazetteer names actors and technologies the way the extractor's
// gazetteers do (extract.Extractor.Mentions): a country or government body, a
// vendor, product or specific kind of technology. The cues' own technology
// words are read with it.
type Gazetteer interface {
	Mentions(s string) (actor, technology bool)
}

// Scores of the article's own signals. They stand in for a claim's
// confidence, so they are read against Threshold like one.
const (
	// headlineFrame: the headline states a restriction of a technology and
	// the headline or the lead names who imposed it.
	headlineFrame = 0.6
	// leadFrame: a sentence of the lead states a restriction of a
	// technology and names an authority or an actor.
	leadFrame = 0.55
	// bodyFrames: two sentences anywhere frame a restriction, one of them
	// with an authority or an actor.
	bodyFrames = 0.5
)

// leadSentences is how many sentences of the text count as its lead for a
// frame.
const leadSentences = 3

// frame is what one sentence (or the headline) says.
type frame struct {
	reading
	// strict: a restriction proper, not an examination; halt: a verb that
	// stops or removes something, not a review, a denial or a rule.
	strict, halt                                bool
	control, technology, lifted, dispute, actor bool
}

// states: a restriction proper, or a halting verb composed with a control
// verb or an authority ("ordered operators to shut down", "the ministry
// will replace"). An examination or a denial is no frame: "the inquiry
// heard of a phone call" and "the minister denies selling the telecom
// stake" restrict nothing.
func (f frame) states() bool {
	return f.strict || f.halt && (f.control || f.authority)
}

// frames: it states a restriction of a technology, not as the end of one
// nor as the outcome of a private dispute (a sale stopped over a patent).
func (f frame) frames() bool { return f.states() && f.technology && !f.lifted && !f.dispute }

// placed: it names who acts, by an authority cue or a gazetteer actor.
func (f frame) placed() bool { return f.authority || f.actor }

func (j *Judge) frame(lang, s string) frame {
	toks := phrase.Tokenize(s, 0)
	f := frame{
		reading:    j.read(lang, s),
		strict:     j.lex.has(lang, kindRestriction, toks),
		halt:       j.lex.has(lang, kindHalt, toks),
		dispute:    j.lex.has(lang, kindDispute, toks),
		control:    j.lex.has(lang, kindControl, toks),
		technology: j.lex.has(lang, kindTechnology, toks),
		lifted:     j.lex.has(lang, kindLifted, toks),
	}
	if j.gaz != nil {
		actor, tech := j.gaz.Mentions(s)
		f.actor = actor
		f.technology = f.technology || tech
	}
	return f
}

// framing is the frames of an article's headline and sentences.
type framing struct {
	title frame
	lead  []frame // the first leadSentences sentences
	body  []frame // every sentence, the lead's included
}

// signalRule is one of the article's own signals: its score when it holds.
type signalRule struct {
	score   float64
	applies func(a framing) bool
}

// signals are the article's own signals, strongest first.
var signals = []signalRule{
	// The headline states the restriction; who imposed it is in the
	// headline or the lead.
	{headlineFrame, func(a framing) bool {
		if !a.title.frames() {
			return false
		}
		placed := a.title.placed()
		for _, f := range a.lead {
			placed = placed || f.placed()
		}
		return placed
	}},
	// A lead sentence states it and names who, or the sentence before it
	// does ("The regulator said ... . Operators are prohibited from ...").
	{leadFrame, func(a framing) bool {
		for i, f := range a.lead {
			if f.frames() && (f.placed() || i > 0 && a.lead[i-1].placed()) {
				return true
			}
		}
		return false
	}},
	// Two sentences state it, one names who.
	{bodyFrames, func(a framing) bool {
		n, placed := 0, false
		for _, f := range a.body {
			if f.frames() {
				n++
				placed = placed || f.placed()
			}
		}
		return n >= 2 && placed
	}},
}

// liftedLead reports whether the headline or the text's first sentence
// reports a restriction lifted.
func (j *Judge) liftedLead(lang, title, text string) bool {
	if j.lex.has(lang, kindLifted, phrase.Tokenize(title, 0)) {
		return true
	}
	ss := sentences(text)
	return len(ss) > 0 && j.lex.has(lang, kindLifted, phrase.Tokenize(ss[0], 0))
}

// ownSignal is the score of the article's strongest own signal, or 0. An
// article whose headline or first sentence reports a restriction lifted is
// about its end, and has none.
func (j *Judge) ownSignal(lang, title, text string) float64 {
	a := framing{title: j.frame(lang, title)}
	for i, s := range sentences(text) {
		f := j.frame(lang, s)
		if i < leadSentences {
			a.lead = append(a.lead, f)
		}
		a.body = append(a.body, f)
	}
	if a.title.lifted || len(a.lead) > 0 && a.lead[0].lifted {
		return 0
	}
	for _, r := range signals {
		if r.applies(a) {
			return r.score
		}
	}
	return 0
}
