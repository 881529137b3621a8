package extract

import (
	"slices"

	"github.com/bansift/bansift/corpus"
)

// reasons reads reason phrases in sentence s and its neighbours, in the
// next sentences about the targeted vendors, and in a sentence a little
// further on that gives the grounds of country's decision.
func (a *article) reasons(s *sent, country string, vendors []string) []corpus.Reason {
	var out []corpus.Reason
	add := func(x *sent) {
		for _, h := range x.reasons {
			// "surveillance" in "surveillance cameras" names the target.
			if slices.ContainsFunc(x.tech, func(tc techRef) bool { return overlaps(tc.hit, h) }) {
				continue
			}
			r := corpus.Reason{Text: x.text(h.From, h.To), Category: corpus.ReasonCategory(a.e.reasonRows[h.ID].Cols[0])}
			dup := false
			for _, o := range out {
				if o.Category == r.Category {
					dup = true
				}
			}
			if !dup {
				out = append(out, r)
			}
		}
	}
	add(s)
	if s.title {
		return out
	}
	for _, d := range []int{-1, 1} {
		if j := s.Index + d; j >= 0 && j < len(a.sents) {
			add(a.sents[j])
		}
	}
	// A sentence a little further on that gives the grounds ("The ministry
	// justified the step with ...") speaks of the same decision.
	for d := 2; d <= 5; d++ {
		j := s.Index + d
		if j >= len(a.sents) {
			break
		}
		// What is said just after about the targeted vendors ("Both firms
		// are said to ...") is why they are targeted.
		if d <= 3 && len(vendors) > 0 && (len(a.sents[j].roles[roleAnaphor]) > 0 ||
			slices.ContainsFunc(a.sents[j].targets, func(tr targetRef) bool { return slices.Contains(vendors, tr.Vendor) })) &&
			len(a.sents[j].trig) == 0 {
			add(a.sents[j])
			continue
		}
		if len(a.sents[j].roles[roleBecause]) == 0 {
			continue
		}
		// Further off, the grounds must be the same actor's.
		x := a.sents[j]
		if d <= 3 || slices.ContainsFunc(x.actors, func(ac actorRef) bool { return ac.Valid && ac.Country == country }) {
			add(x)
		}
	}
	return out
}

// articleGrounds are the reasons an article gives for its primary
// restriction when the sentences reporting it give none: news states the grounds once,
// often in a paragraph of its own ("Hintergrund ist die Sorge, dass ...",
// "The move comes amid concerns over ..."). They are the headline's reason
// phrases, else those of the first sentence that gives grounds (a because
// or grounds word: "citing", "amid", "Sorge") and names no other country
// acting.
func (a *article) articleGrounds(country string) []corpus.Reason {
	if a.title != nil {
		if rs := a.reasonPhrases(a.title); len(rs) > 0 {
			return rs
		}
	}
	for _, x := range a.sents {
		if len(x.roles[roleBecause]) == 0 && len(x.roles[roleGrounds]) == 0 {
			continue
		}
		// A country after a preposition is a place ("could reach China"),
		// not another one acting.
		if slices.ContainsFunc(x.actors, func(ac actorRef) bool {
			return ac.Valid && ac.Country != country && !x.afterPreposition(ac.From) && !x.roleIn(roleExport, x.clause[ac.From]) &&
				(ac.From == 0 || !places[x.Toks[ac.From-1].Lower])
		}) {
			continue
		}
		if rs := a.reasonPhrases(x); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// places are prepositions that make a country a place, not an actor.
var places = map[string]bool{"in": true, "into": true, "to": true, "nach": true, "ins": true, "im": true}

// reasonPhrases are the reason phrases of one sentence that do not name its
// targets ("surveillance" in "surveillance cameras"), one per category.
func (a *article) reasonPhrases(x *sent) []corpus.Reason {
	var out []corpus.Reason
	for _, h := range x.reasons {
		if slices.ContainsFunc(x.tech, func(tc techRef) bool { return overlaps(tc.hit, h) }) {
			continue
		}
		out = appendReason(out, corpus.Reason{Text: x.text(h.From, h.To), Category: corpus.ReasonCategory(a.e.reasonRows[h.ID].Cols[0])})
	}
	return out
}

func appendReason(rs []corpus.Reason, r corpus.Reason) []corpus.Reason {
	for _, o := range rs {
		if o.Category == r.Category {
			return rs
		}
	}
	return append(rs, r)
}
