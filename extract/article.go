package extract

import (
	"strings"

	"github.com/bansift/bansift/internal/phrase"
)

// actorLevel says how far from its trigger an actor was found; the further,
// the less sure the claim.
type actorLevel int

const (
	inSentence actorLevel = iota
	inPrevious
	inTitle
	inArticle
)

// article is a document being analysed.
type article struct {
	e     *Extractor
	doc   Document
	lang  string
	title *sent
	sents []*sent
	// dominant is the actor the article is about when a sentence names none.
	dominant *actorRef
	// place is the country the article is set in, for bodies named
	// without one.
	place *actorRef
	// unplaced is the confidence of the best restriction found whose
	// imposer's country the article does not give.
	unplaced float64
}

func (e *Extractor) analyse(doc Document) *article {
	a := &article{e: e, doc: doc, lang: lang(doc.Language)}
	sp := e.split[a.lang]
	for _, st := range sentences(doc.Text, sp) {
		if doc.Context != nil && doc.Context.Err() != nil {
			break
		}
		s := e.analyseSentence(st, doc.Text, a.lang, false)
		if doc.Translated {
			e.addNearMisses(s)
		}
		a.sents = append(a.sents, s)
	}
	if t := strings.TrimSpace(doc.Title); t != "" {
		st := sentence{span: span{0, len(doc.Title)}, Index: -1, Para: -1, Toks: phrase.Tokenize(doc.Title, 0)}
		a.title = e.analyseSentence(st, doc.Title, a.lang, true)
	}
	a.confirmOpenNames()
	a.dominant = a.dominantActor()
	a.place = a.placeOf()
	return a
}

// placeOf is the country the article is set in: the one most often named,
// as an actor or as a place ("in Egypt", "the Egyptian market"), leaving
// out the countries of the vendors it names, which are the other side.
func (a *article) placeOf() *actorRef {
	vendorCountry := map[string]bool{}
	all := a.sents
	if a.title != nil {
		all = append([]*sent{a.title}, all...)
	}
	for _, s := range all {
		for _, tr := range s.targets {
			vendorCountry[tr.Country] = true
		}
	}
	ac := mostNamed(all, func(s *sent, ac actorRef) bool {
		return !ac.Speaker && ac.Kind != kindCompany && !vendorCountry[ac.Country] && !s.makersNationality(ac)
	})
	if ac != nil {
		ac.Valid = true
	}
	return ac
}

// mostNamed is the first mention of the country most often named by the
// actors of sents that keep accepts, a dateline counting extra; nil when
// none is accepted.
func mostNamed(sents []*sent, keep func(*sent, actorRef) bool) *actorRef {
	count := map[string]int{}
	first := map[string]actorRef{}
	best := ""
	for _, s := range sents {
		for _, ac := range s.actors {
			if !keep(s, ac) {
				continue
			}
			count[ac.Country] += s.datelineWeight(ac)
			if _, ok := first[ac.Country]; !ok {
				first[ac.Country] = ac
			}
			if best == "" || count[ac.Country] > count[best] {
				best = ac.Country
			}
		}
	}
	if best == "" {
		return nil
	}
	ac := first[best]
	return &ac
}

// dominantActor is the title's actor, else the country most often named as
// an actor in the body.
func (a *article) dominantActor() *actorRef {
	if a.title != nil {
		for _, ac := range a.title.actors {
			if ac.Valid && !ac.Speaker && ac.Kind != kindCompany {
				return &ac
			}
		}
	}
	return mostNamed(a.sents, func(_ *sent, ac actorRef) bool {
		return ac.Valid && !ac.Speaker && ac.Kind != kindCompany
	})
}

// datelineWeight is how much one naming of a country counts toward where
// the article is set: a dateline ("WARSAW (Wire) -", "Wien.", "München –")
// says it outright and outweighs a few passing mentions of other countries.
func (s *sent) datelineWeight(ac actorRef) int {
	if s.title || ac.From != 0 {
		return 1
	}
	// Tokens carry no punctuation: read what follows the name.
	rest := strings.TrimLeft(s.src[ac.End:s.End], " \t")
	if rest == "" || strings.ContainsAny(rest[:1], "(-,.:") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
		return 3
	}
	return 1
}

// isHeadline reports whether s is the title, or a body line repeating it.
func (a *article) isHeadline(s *sent) bool {
	return s.title || (a.title != nil && strings.EqualFold(strings.TrimSpace(a.doc.Title), s.src[s.Start:s.End]))
}
