package extract

import (
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// notExcluded reports whether trigger t is the idiom of possibility "it
// cannot be excluded that" ("es sei nicht auszuschließen, dass",
// "nicht ausgeschlossen, dass"): a negated exclusion before a that-clause
// restricts nothing.
func (s *sent) notExcluded(t hit) bool {
	if t.From == 0 || t.To >= len(s.Toks) {
		return false
	}
	k := t.From - 1
	if k > 0 && s.Toks[k].Lower == "be" { // "could not be excluded"
		k--
	}
	switch s.Toks[k].Lower {
	case "nicht", "not", "kaum":
	default:
		return false
	}
	switch s.Toks[t.To].Lower {
	case "dass", "that", "ob", "whether":
		return true
	}
	return false
}

// lifted reports whether trigger t names a restriction being undone: a
// lift word just before it ("lifted the ban", "ends its restrictions") or,
// in German, around or after it in its clause ("hebt das Verbot auf",
// "das Verbot wurde aufgehoben").
func (s *sent) lifted(t hit) bool {
	for _, h := range s.roles[roleLift] {
		if s.clause[h.From] != s.clause[t.From] {
			continue
		}
		if h.To <= t.From && t.From-h.To <= 3 {
			return true
		}
		if s.lang == "de" && (overlaps(h, t) || (h.From >= t.To && h.From-t.To <= 6) || (h.From < t.From && h.To > t.To)) {
			return true
		}
	}
	return false
}

// prohibitsUse reports whether a stop-using trigger forbids people to use
// something rather than retiring what is installed: "stop its police from
// using" (an object, then "from" and the verb), or people ordered to stop
// ("soldiers to stop using", "Beschäftigte ... nicht mehr nutzen").
//
// A successor named after the stop ("... and move to a French-made
// messenger") makes it a phase-out again.
//
// Only a trigger of using counts: people told to replace or get rid of
// what they have retire it.
func (a *article) prohibitsUse(s *sent, t hit) bool {
	if !s.ofUse(t) {
		return false
	}
	if slices.ContainsFunc(s.roles[roleReplacement], func(h hit) bool { return h.From >= t.To }) {
		return false
	}
	for i := t.From + 1; i+1 < t.To; i++ {
		next := s.Toks[i+1].Lower
		if w := s.Toks[i].Lower; (w == "from" && strings.HasSuffix(next, "ing")) ||
			(w == "von" && (next == "der" || strings.HasPrefix(next, "nutzung"))) {
			return true
		}
	}
	for _, h := range s.roles[roleStaff] {
		if h.To <= t.From && t.From-h.To <= 2 && s.clause[h.From] == s.clause[t.From] {
			return true
		}
	}
	return false
}

// personTarget reports whether the words right after trigger t name a
// person or an account: a platform banning a user restricts no technology.
func (a *article) personTarget(s *sent, t hit) bool {
	for _, h := range s.roles[rolePerson] {
		if h.From >= t.To && h.From-t.To <= 3 {
			return true
		}
	}
	return false
}

// hypothetical reports whether trigger t is a mere possibility: "a possible
// ban", "could lead to a ban".
func (s *sent) hypothetical(t hit) bool {
	for _, h := range s.roles[roleHypothetical] {
		if h.To <= t.From && t.From-h.To <= 3 {
			return true
		}
		// The modal scopes over coordinated verbs of its clause: "may order
		// changes or restrict it", "könnte prüfen und dann sperren".
		if h.To <= t.From && t.From-h.To <= 8 && s.clause[h.From] == s.clause[t.From] &&
			!slices.ContainsFunc(s.trig, func(o hit) bool { return o.From >= h.To && o.To <= t.From }) {
			return true
		}
	}
	return false
}

// actionRule refines the action a trigger's lexicon row names from the
// trigger's sentence: when the action is one of from and when holds, it
// becomes to.
type actionRule struct {
	from []corpus.Action
	when func(a *article, s *sent, t hit) bool
	to   corpus.Action
}

// actionRules run in order, each on the action the ones before left.
var actionRules = []actionRule{
	// A ban on selling abroad is an export control.
	{[]corpus.Action{corpus.ActionBan}, func(_ *article, s *sent, t hit) bool {
		return s.roleIn(roleExport, s.clause[t.From])
	}, corpus.ActionRestrict},
	// "stop its police from using", "soldiers to stop using": people
	// forbidden to use something, not kit retired.
	{[]corpus.Action{corpus.ActionPhaseOut}, (*article).prohibitsUse, corpus.ActionBan},
	// "prohibits remote access to inverters", "untersagt den
	// Fernzugriff": barring one function of a product restricts it.
	{[]corpus.Action{corpus.ActionBan}, func(_ *article, s *sent, t hit) bool {
		return s.roleIn(roleFunction, s.clause[t.From])
	}, corpus.ActionRestrict},
	// "bei Neuanschaffungen auf X verzichten", "avoid X in new
	// purchases": a stop scoped to buying is a purchase ban.
	{[]corpus.Action{corpus.ActionPhaseOut}, func(_ *article, s *sent, t hit) bool {
		return s.roleIn(rolePurchase, s.clause[t.From])
	}, corpus.ActionPurchaseBan},
	// So is a bar on buying: "bar agencies from using state money to buy".
	{[]corpus.Action{corpus.ActionBan}, func(_ *article, s *sent, t hit) bool {
		return slices.ContainsFunc(s.roles[roleBuy], func(h hit) bool {
			return h.From >= t.To && h.From-t.To <= 12 && s.clause[h.From] == s.clause[t.From]
		})
	}, corpus.ActionPurchaseBan},
	// "may no longer buy routers ... unless certified", "ohne vorherige
	// Genehmigung": a condition makes a ban a restriction.
	{[]corpus.Action{corpus.ActionBan, corpus.ActionPurchaseBan}, func(_ *article, s *sent, t hit) bool {
		return slices.ContainsFunc(s.roles[roleCondition], func(h hit) bool { return h.From >= t.To })
	}, corpus.ActionRestrict},
}

// refineAction applies actionRules to the action of trigger t.
func (a *article) refineAction(s *sent, t hit, action corpus.Action) corpus.Action {
	for _, r := range actionRules {
		if slices.Contains(r.from, action) && r.when(a, s, t) {
			action = r.to
		}
	}
	return action
}

// usePrefixes begin the words of using: "use", "using", "nutzen",
// "verwenden", "einsetzen".
var usePrefixes = []string{"us", "nutz", "verwend", "einsetz", "einzusetz", "eingesetz", "genutz"}

// ofUse reports whether trigger t speaks of using: "stop using", "nicht
// mehr nutzen", not "replace" or "get rid of".
func (s *sent) ofUse(t hit) bool {
	for _, tk := range s.Toks[t.From:t.To] {
		for _, p := range usePrefixes {
			if strings.HasPrefix(tk.Lower, p) {
				return true
			}
		}
	}
	return false
}
