package extract

import (
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/phrase"
)

// The open target slot: the gazetteers list the vendors bansift knows, but
// real pages restrict apps, start-ups and services no list has. A
// capitalised name in the object slot of a restriction trigger is a vendor
// candidate whether or not it is listed: "banned Quorbit", "blocks the
// Clubby app", "suspended the social media platform Lumo". The gazetteer,
// when it has the name, has already made it a known vendor with its
// canonical name and category; a candidate is named as written and takes
// its category from a technology word beside it.

// slotSkip is how many words may stand between the trigger and the name:
// a determiner and a few modifiers or a technology word ("the popular
// messaging app").
const slotSkip = 4

// maxNameWords bounds a candidate name.
const maxNameWords = 3

// openTargets adds the candidates of every restriction trigger of s (a
// ban, purchase ban or restriction; not a review, whose object may be any
// firm) that has no target in its clause. A candidate must stand right
// beside a technology word that says what it is ("the Clubby app", "the
// messaging platform Lumo", "die App Lumo"): a bare capitalised word after
// a trigger is as often a person, a place or a date.
func (e *Extractor) openTargets(s *sent, named []hit) {
	for _, t := range s.trig {
		if !slices.Contains(restrictionActions, corpus.Action(e.trigRows[t.ID].Cols[0])) {
			continue
		}
		c := s.clause[t.From]
		if slices.ContainsFunc(s.targets, func(tr targetRef) bool { return s.clause[tr.From] == c }) {
			continue
		}
		if tr, ok := s.slotName(t, named); ok {
			s.targets = append(s.targets, tr)
		} else if tr, ok := s.germanSlot(t, named); ok {
			s.targets = append(s.targets, tr)
		}
	}
	sortTargets(s.targets)
}

// slotName reads the name in trigger t's object slot.
func (s *sent) slotName(t hit, named []hit) (targetRef, bool) {
	c := s.clause[t.From]
	j := t.To
	if j < len(s.Toks) && (s.Toks[j].Lower == "of" || s.Toks[j].Lower == "on" || s.Toks[j].Lower == "von" || s.Toks[j].Lower == "gegen") {
		j++ // a noun's object: "ban on the Lumo app", "Verbot von Lumo"
	}
	var cat corpus.TargetCategory
	for k := 0; k < slotSkip && j < len(s.Toks) && s.clause[j] == c; k++ {
		w := s.Toks[j]
		if tc, ok := s.techAt(j); ok {
			cat, j = tc.Category, tc.To
			continue
		}
		if determiners[w.Lower] || (!phrase.Capitalised(w.Text) && isWord(w.Text) && !s.inName(j, named) && !s.inRole(roleObject, j)) {
			j++
			continue
		}
		break
	}
	from := j
	for j < len(s.Toks) && j-from < maxNameWords && s.clause[j] == c && phrase.Capitalised(s.Toks[j].Text) &&
		!s.taken(j, named, j > from) && s.Toks[j].Lower != "s" && !calendar[s.Toks[j].Lower] {
		if j > from && strings.ContainsAny(s.src[s.Toks[j-1].End:s.Toks[j].Start], ",;:") {
			break
		}
		j++
	}
	if j == from {
		return targetRef{}, false
	}
	// A technology word right after names what the name is: "the Clubby
	// app", "Lumo-App".
	after := false
	if tc, ok := s.techAt(j); ok {
		cat, after = tc.Category, true
	}
	if !after && !slices.ContainsFunc(s.tech, func(tc techRef) bool { return tc.To == from }) {
		return targetRef{}, false
	}
	name := s.text(from, j)
	return targetRef{Target: corpus.Target{Text: name, Vendor: name, Category: cat}, From: from, To: j, open: true}, true
}

// germanSlot reads a German object before its clause-final trigger: a
// technology word and the name right after it ("hat die App Quorbit
// gesperrt").
func (s *sent) germanSlot(t hit, named []hit) (targetRef, bool) {
	if s.lang != "de" {
		return targetRef{}, false
	}
	c := s.clause[t.From]
	for _, tc := range s.tech {
		if tc.To > t.From || s.clause[tc.From] != c {
			continue
		}
		j := tc.To
		for j < t.From && j-tc.To < maxNameWords && phrase.Capitalised(s.Toks[j].Text) && !s.taken(j, named, j > tc.To) {
			j++
		}
		if j > tc.To {
			name := s.text(tc.To, j)
			return targetRef{Target: corpus.Target{Text: name, Vendor: name, Category: tc.Category}, From: tc.To, To: j, open: true}, true
		}
	}
	return targetRef{}, false
}

// techAt returns the technology phrase starting at token i.
func (s *sent) techAt(i int) (techRef, bool) {
	for _, tc := range s.tech {
		if tc.From == i {
			return tc, true
		}
	}
	return techRef{}, false
}

// inName reports whether token i belongs to a trigger, an actor or a
// known name: the slot's modifiers stop there.
func (s *sent) inName(i int, named []hit) bool {
	in := func(h hit) bool { return h.From <= i && i < h.To }
	return slices.ContainsFunc(named, in) || slices.ContainsFunc(s.trig, in) ||
		slices.ContainsFunc(s.actors, func(ac actorRef) bool { return ac.From <= i && i < ac.To })
}

// calendar words are capitalised without naming anything restricted.
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
}

// confirmOpenNames keeps a slot name as a vendor only when the article
// names it again, in its headline or another sentence: a brand a report is
// about recurs, a word misread as a name does not. A name said once stays
// the product restricted, counted by its category.
func (a *article) confirmOpenNames() {
	all := a.sents
	if a.title != nil {
		all = append([]*sent{a.title}, all...)
	}
	for _, s := range all {
		for k := range s.targets {
			tr := &s.targets[k]
			if !tr.open {
				continue
			}
			seen := 0
			for _, o := range all {
				if strings.Contains(o.src[o.Start:o.End], tr.Vendor) {
					seen++
				}
			}
			if seen < 2 {
				tr.Product, tr.Vendor = tr.Text, ""
			}
		}
	}
}
