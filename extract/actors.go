package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/phrase"
)

// subject finds who acts when a name stands left of an active trigger in the
// trigger's clause: "TikTok banned the account" or "Telekom replaces Huawei".
// A company in actors.tsv becomes the actor; any named vendor there is the
// subject and so not a target. Passive forms ("Huawei was banned", "Huawei
// banned from") and compounds ("Huawei ban") keep the vendor a target.
func (a *article) subject(s *sent, t hit) (*actorRef, map[int]bool) {
	subject := map[int]bool{}
	passive := false
	progressive := strings.HasSuffix(s.Toks[t.From].Lower, "ing") // "was reviewing" is active
	for _, h := range s.roles[rolePassive] {
		if progressive && h.To <= t.From {
			continue
		}
		// An auxiliary just before the trigger, or "from"/"by" right after it.
		if (h.To <= t.From && t.From-h.To <= 2) || h.From == t.To {
			passive = true
		}
	}
	if passive {
		return nil, subject
	}
	var company *actorRef
	c := s.clause[t.From]
	// first reports whether token i starts the first name of its clause
	// before the trigger: the subject, not an object of an earlier verb
	// ("stop using IBM servers and replace them") nor one after an actor
	// ("Chinas Behörden nehmen IBM-Server ins Visier").
	first := func(i int) bool {
		for _, o := range s.trig {
			if o.To <= i && s.clause[o.From] == c {
				return false
			}
		}
		for _, o := range s.actors {
			if o.To <= i && o.Valid && s.clause[o.From] == c {
				return false
			}
		}
		for _, o := range s.targets {
			if o.To <= i && s.clause[o.From] == c {
				return false
			}
		}
		// A government body before it is the subject: "Das Ministerium
		// für Digitales hat TikTok ... verboten".
		for _, h := range s.roles[roleGovernment] {
			if h.To <= i && s.clause[h.From] == c && !s.afterPreposition(h.From) {
				return false
			}
		}
		return true
	}
	// compound reports whether a name stands right before the trigger noun:
	// "Huawei ban", "Huawei-Verbot", "TikTok's ban".
	compound := func(to int) bool {
		return to == t.From || (to+1 == t.From && s.Toks[to].Lower == "s")
	}
	for _, tr := range s.targets {
		if tr.To > t.From || s.clause[tr.From] != c || compound(tr.To) {
			continue
		}
		// German puts objects before a clause-final verb ("Netzbetreiber
		// sollen Huawei-Teile ausbauen"): there a name is the subject only
		// right before a verb ("TikTok sperrt"), and verbs are lower-case.
		if a.lang == "de" && (t.From-tr.To > 2 || phrase.Capitalised(s.Toks[t.From].Text)) {
			continue
		}
		if first(tr.From) || subject[tr.From-1] || subject[tr.From-2] {
			subject[tr.From] = true // "Huawei and ZTE deny ..." keeps both
		}
	}
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if ac.Kind != kindCompany || ac.To > t.From || s.clause[ac.From] != c || compound(ac.To) || !first(ac.From) {
			continue
		}
		// A government actor nearer the trigger acts instead.
		nearer := false
		for _, o := range s.actors {
			if o.Kind != kindCompany && o.Valid && o.From > ac.To && o.To <= t.From {
				nearer = true
			}
		}
		if !nearer {
			c := ac
			company = &c
			subject[ac.From] = true
		}
		break
	}
	return company, subject
}

// actorsFor finds who imposes trigger t, nearest first: a name right before
// it ("Japan's ban"), then left in its clause, right in its clause ("banned
// by Washington"), left in the sentence, the two sentences before, the
// title, the article's main actor. An actor from the country of every
// targeted vendor is the other side reacting and is passed over, and so is a
// speaker. Names joined by "and" or commas come together.
func (a *article) actorsFor(s *sent, i int, t hit, action corpus.Action, targets []corpus.Target) ([]actorRef, actorLevel) {
	ok := a.canImpose(action, targets)
	c := s.clause[t.From]
	var left, right, before []int
	ref := -1 // "the department": the actor is in an earlier sentence
	for _, h := range s.roles[roleActorRef] {
		if h.To <= t.From && s.clause[h.From] == c {
			ref = h.From
		}
	}
	for k, ac := range s.actors {
		if !ok(ac) {
			continue
		}
		// The owner of a restriction noun acts, after a preposition too:
		// "hit back at the Dutch export controls", "gegen Japans Verbot".
		possessive := ac.To+1 == t.From && s.Toks[ac.To].Lower == "s"
		if (ac.To == t.From && ac.Kind == kindDemonym) || possessive {
			if a.lang != "de" || phrase.Capitalised(s.Toks[t.From].Text) {
				return a.coordinated(s, k, ok), inSentence
			}
		}
		switch {
		case ac.To <= t.From && s.afterPreposition(ac.From):
			// "die Ausfuhr nach China beschränkt": an object, not the actor
		case ac.To <= t.From && s.clause[ac.From] == c:
			if ac.From > ref {
				left = append(left, k)
			}
		case ac.From >= t.To && s.clause[ac.From] == c:
			if s.agentBefore(ac.From) {
				right = append(right, k)
			}
		case ac.To <= t.From:
			before = append(before, k)
		}
	}
	if ref >= 0 && len(left) == 0 {
		// "the government" points back, but a dateline ("WARSAW (Wire) -")
		// says whose government.
		right = nil
		before = slices.DeleteFunc(before, func(k int) bool { return s.datelineWeight(s.actors[k]) == 1 })
	}
	// "pressure from Washington, which imposed controls": a relative
	// clause's actor is the name right before its pronoun, preposition or
	// not.
	if len(left) == 0 {
		start := t.From
		for start > 0 && s.clause[start-1] == c {
			start--
		}
		if start > 0 && relative[s.Toks[start].Lower] {
			for k, ac := range s.actors {
				if ac.To == start && ac.Valid && !ac.Speaker && ok(ac) {
					return a.coordinated(s, k, ok), inSentence
				}
			}
		}
	}
	slices.Reverse(left)
	slices.Reverse(before)
	// Someone just saying something acts only when no one else is there.
	quiet := func(ks []int) []int {
		var q []int
		for _, k := range ks {
			if !s.actors[k].Speech {
				q = append(q, k)
			}
		}
		if len(q) > 0 {
			return q
		}
		return ks
	}
	// "Japan joined the United States in restricting ...": the one who
	// joins acts too.
	if q := quiet(left); len(q) >= 2 {
		near, far := s.actors[q[0]], s.actors[q[1]]
		if slices.ContainsFunc(s.roles[roleFollow], func(h hit) bool { return h.From >= far.To && h.To <= near.From }) {
			return append(a.coordinated(s, q[1], ok), a.coordinated(s, q[0], ok)...), inSentence
		}
	}
	for _, ks := range [][]int{quiet(left), right, quiet(before)} {
		if len(ks) > 0 {
			return a.coordinated(s, ks[0], ok), inSentence
		}
	}
	return a.inherited(s, i, ok)
}

// canImpose is which actors can impose a restriction of action on
// targets: a valid actor, no speaker, no company, and not from the country
// of every targeted vendor. A country restricting its own vendors' exports
// is the normal case; banning or reviewing them is, in this news, the
// other side talking.
func (a *article) canImpose(action corpus.Action, targets []corpus.Target) func(actorRef) bool {
	vendorCountries := map[string]bool{}
	for _, tg := range targets {
		if tg.Vendor != "" && action != corpus.ActionRestrict {
			vendorCountries[a.e.vendorCountry[tg.Vendor]] = true
		}
	}
	return func(ac actorRef) bool {
		if !ac.Valid || ac.Speaker || ac.Kind == kindCompany {
			return false
		}
		return len(vendorCountries) == 0 || !(len(vendorCountries) == 1 && vendorCountries[ac.Country])
	}
}

// inherited is the actor of a trigger in sentence s (index i) that names
// none ok accepts: an earlier sentence's subject, the title's actor, the
// article's main actor.
func (a *article) inherited(s *sent, i int, ok func(actorRef) bool) ([]actorRef, actorLevel) {
	// An earlier sentence's subject: its first actor not after a
	// preposition ("to ship chips to China" names no actor).
	for back := 1; back <= 3 && i-back >= 0; back++ {
		p := a.sents[i-back]
		for _, ac := range p.actors {
			if ok(ac) && !p.afterPreposition(ac.From) {
				return []actorRef{ac}, inPrevious
			}
		}
	}
	if !s.title && a.title != nil {
		for _, ac := range a.title.actors {
			if ok(ac) {
				return []actorRef{ac}, inTitle
			}
		}
	}
	if a.dominant != nil && ok(*a.dominant) {
		return []actorRef{*a.dominant}, inArticle
	}
	return nil, inArticle
}

// makersNationality reports whether a demonym describes a company: a
// company word right after it ("Chinese makers") or shortly before it, as
// machine translations from Arabic put it ("the company "Shaomi" the
// Chinese").
func (s *sent) makersNationality(ac actorRef) bool {
	if ac.Kind != kindDemonym || ac.Valid {
		return false
	}
	for _, h := range s.roles[roleCompany] {
		if (h.From >= ac.To && h.From-ac.To <= 1) || (h.To <= ac.From && ac.From-h.To <= 4) {
			return true
		}
	}
	return false
}

// ownBody finds a government body named without its country as the
// subject of trigger t: a government noun left of it in its clause that
// says which body ("the defence ministry", "das Verteidigungsministerium",
// "federal agencies"), not a plain one pointing back ("the ministry",
// "die Behörde"). It returns the body's token range.
func (a *article) ownBody(s *sent, t hit) (int, int, bool) {
	c := s.clause[t.From]
	for k := len(s.roles[roleGovernment]) - 1; k >= 0; k-- {
		h := s.roles[roleGovernment][k]
		reach := 4
		if a.lang == "de" {
			reach = 12 // the verb closes the clause: "Das Ministerium hat ... verboten"
		}
		if h.From <= 2 {
			reach = len(s.Toks) // the sentence's subject governs its clause
		}
		_, named := s.bodyName(h.To)
		if h.To > t.From || s.clause[h.From] != c || t.From-h.To > reach || s.afterPreposition(h.From) ||
			(s.inRole(roleActorRef, h.From) && !named) {
			continue
		}
		if slices.ContainsFunc(s.trig, func(o hit) bool { return o.From >= h.To && o.To <= t.From }) ||
			slices.ContainsFunc(s.actors, func(o actorRef) bool { return o.From < h.To && h.From < o.To }) {
			continue
		}
		from := h.From
		if !a.e.bareGov[s.Toks[h.From].Lower] {
			return from, h.To, true // a compound: "Verteidigungsministerium"
		}
		// A modifier before a plain noun: "defence ministry", "federal agencies".
		if p := h.From - 1; p >= 0 && s.clause[p] == c && !determiners[s.Toks[p].Lower] &&
			!s.inRole(roleObject, p) && !s.inRole(roleCoord, p) && isWord(s.Toks[p].Text) {
			return p, h.To, true
		}
		// A name after it: "Ministry of Communications", "the Department of
		// Financial Services", "Ministerium für Digitales".
		if to, ok := s.bodyName(h.To); ok {
			return from, to, true
		}
	}
	return 0, 0, false
}

// bodyName reads the name a government noun ending at token i takes:
// "of" or "for" (or "für"), an optional article, then capitalised words.
// It returns the end of the name.
func (s *sent) bodyName(i int) (int, bool) {
	if i >= len(s.Toks) {
		return 0, false
	}
	if w := s.Toks[i].Lower; w != "of" && w != "for" && w != "für" && w != "des" && w != "der" {
		return 0, false
	}
	j := i + 1
	if j < len(s.Toks) && (s.Toks[j].Lower == "the" || s.Toks[j].Lower == "die" || s.Toks[j].Lower == "das") {
		j++
	}
	end := j
	for end < len(s.Toks) && phrase.Capitalised(s.Toks[end].Text) && isWord(s.Toks[end].Text) && s.clause[end] == s.clause[i] {
		end++
	}
	return end, end > j
}

// isWord reports whether a token is made of letters (and hyphens).
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// afterPreposition reports whether token i follows a preposition that
// makes a name an object or a place: "to China", "gegen die USA".
func (s *sent) afterPreposition(i int) bool {
	for _, h := range s.roles[roleObject] {
		if h.To <= i && i-h.To <= 1 {
			return true
		}
	}
	return false
}

// relative pronouns open a clause whose subject is the name before them.
var relative = map[string]bool{"which": true, "who": true, "that": true, "der": true, "die": true, "das": true}

// agentBefore reports whether an agent word ("by", "in", "von") stands at
// most two words before token i.
func (s *sent) agentBefore(i int) bool {
	for _, h := range s.roles[roleAgent] {
		if h.To <= i && i-h.To <= 1 {
			return true
		}
	}
	return false
}

// coordinated returns actor k with the actors joined to it by "and", "or"
// or a comma: "Australia and New Zealand", "the US, Europe and Japan".
func (a *article) coordinated(s *sent, k int, ok func(actorRef) bool) []actorRef {
	out := []actorRef{s.actors[k]}
	joined := func(x, y actorRef) bool { // x before y
		for i := x.To; i < y.From; i++ {
			if !s.inRole(roleCoord, i) && s.Toks[i].Lower != "the" {
				return false
			}
		}
		return true
	}
	for j := k - 1; j >= 0 && ok(s.actors[j]) && joined(s.actors[j], s.actors[j+1]); j-- {
		out = append(out, s.actors[j])
	}
	for j := k + 1; j < len(s.actors) && ok(s.actors[j]) && joined(s.actors[j-1], s.actors[j]); j++ {
		out = append(out, s.actors[j])
	}
	return out
}
