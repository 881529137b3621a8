package extract

import (
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// statusOf decides how far trigger t's restriction has got, by this
// precedence:
//
//  1. A denial cue in the trigger's clause: denied, unless a targeted
//     vendor or another country than the actor's is the one denying.
//  2. A review as the action itself: under_review.
//  3. A step told on the word of the press or unnamed sources (hearsay, or
//     a report cue such as "sources said"): reported ("will, according to
//     insiders, require"); a hedge alone ("will reportedly") does not
//     outrank the governing cue.
//  4. The governing cue: of the modality cues (advised, proposed, planned,
//     under_review) in the trigger's clause, the leftmost one before the
//     trigger, which heads its verb chain ("is reviewing whether X should be
//     removed" is under review, "should consider plans to ban" advised); else
//     the nearest one after it that can govern it (German verb-final "verboten
//     werden soll"; in English only right after a noun or participle, "TikTok
//     ban planned", never after a past-tense trigger). Cues in a background
//     phrase ("after a review", "despite a draft", "nach einer Prüfung") tell
//     what came before, not how far this step is, and are skipped. An embedded
//     question before the trigger ("whether to bar", "ob ... verboten werden
//     soll") makes it under_review; a headline's bare "to" before the trigger
//     ("Japan to stop buying") planned; an English trigger in the perfect
//     ("said it has already barred") is done whatever verb reports it. A
//     planned step with an instrument issued, signed or voted in the sentence
//     is enacted.
//  5. A hedge ("reportedly", "offenbar"): reported.
//  6. Otherwise enacted.
func (a *article) statusOf(s *sent, t hit, action corpus.Action, actors []actorRef) (status corpus.Status, explicit, attributed bool) {
	ev := a.readCues(s, t, actors)
	ev.action = action
	if ev.govern != "" {
		ev.found[ev.govern] = true
	}
	if s.hearsay() {
		ev.found[corpus.StatusReported] = true
		ev.attributed = true
	}
	for _, r := range statusRules {
		if st, ok := r(ev); ok {
			return st, true, ev.attributed
		}
	}
	return corpus.StatusEnacted, ev.found[corpus.StatusEnacted], ev.attributed
}

// statusEvidence is what the status cues of a trigger's sentence say.
type statusEvidence struct {
	found      map[corpus.Status]bool // statuses cued anywhere that counts
	govern     corpus.Status          // the governing cue's status, "" without one
	attributed bool                   // told on the word of the press or unnamed sources
	action     corpus.Action
}

// statusRule gives a status when the evidence decides it.
type statusRule func(ev statusEvidence) (corpus.Status, bool)

// statusRules decide in order; the first that applies gives the status,
// and with none it is enacted.
var statusRules = []statusRule{
	// A denial in the trigger's clause, or of reports about it, stands.
	func(ev statusEvidence) (corpus.Status, bool) {
		return corpus.StatusDenied, ev.found[corpus.StatusDenied]
	},
	// A review as the action is under review.
	func(ev statusEvidence) (corpus.Status, bool) {
		return corpus.StatusUnderReview, ev.action == corpus.ActionReview
	},
	// A step told on the word of the press or unnamed sources stays
	// unconfirmed whatever step it is: "will, according to insiders,
	// require" is reported. A hedge alone ("will reportedly stop buying")
	// yields to the governing cue.
	func(ev statusEvidence) (corpus.Status, bool) {
		return corpus.StatusReported, ev.attributed
	},
	// An instrument issued, signed or voted makes a future step enacted:
	// "will no longer buy ... after commissioners voted".
	func(ev statusEvidence) (corpus.Status, bool) {
		return corpus.StatusEnacted, ev.govern == corpus.StatusPlanned && ev.found[corpus.StatusEnacted]
	},
	// The governing cue.
	func(ev statusEvidence) (corpus.Status, bool) {
		return ev.govern, ev.govern != ""
	},
	// A hedge: "reportedly", "offenbar".
	func(ev statusEvidence) (corpus.Status, bool) {
		return corpus.StatusReported, ev.found[corpus.StatusReported]
	},
}

// readCues reads the status cues of trigger t's sentence: the statuses
// cued, whether the press tells it, and the governing cue (see statusOf).
func (a *article) readCues(s *sent, t hit, actors []actorRef) statusEvidence {
	ev := statusEvidence{found: map[corpus.Status]bool{}}
	c := s.clause[t.From]
	govern, after := -1, -1
	var governSt, afterSt corpus.Status
	for _, h := range s.status {
		st := corpus.Status(a.e.statusRows[h.ID].Cols[0])
		// "review" is the trigger itself; a cue around it stands ("kündigte
		// ein Verbot an").
		inside := h.From >= t.From && h.To <= t.To
		if overlaps(h, t) && inside && st != corpus.StatusUnderReview {
			continue
		}
		if st == corpus.StatusDenied && (a.vendorDenies(s, h) || otherSideDenies(s, h, actors)) {
			continue
		}
		if st == corpus.StatusReported && s.inGrounds(t, h) {
			continue
		}
		if st == corpus.StatusUnderReview && s.namesABody(h) {
			continue
		}
		if st == corpus.StatusReported || st == corpus.StatusEnacted {
			ev.found[st] = true
			if st == corpus.StatusReported && slices.ContainsFunc(s.roles[rolePress], func(p hit) bool { return overlaps(p, h) }) {
				ev.attributed = true
			}
			continue
		}
		if st == corpus.StatusDenied && (s.clause[h.From] == c || s.reportsClause(h, c)) {
			ev.found[st] = true
			continue
		}
		if s.clause[h.From] != c {
			continue
		}
		if s.background(h) {
			continue
		}
		switch {
		case h.From < t.From || (overlaps(h, t) && !inside):
			if govern < 0 || h.From < govern {
				govern, governSt = h.From, st
			}
		case !s.afterGoverns(t, h):
		case after < 0 || h.From < after:
			after, afterSt = h.From, st
		}
	}
	if govern < 0 && after >= 0 {
		governSt = afterSt
	}
	// A bill signed is a law: "signed into law a bill banning", "hat den
	// Gesetzentwurf unterzeichnet".
	if governSt == corpus.StatusProposed && slices.ContainsFunc(s.roles[roleSign], func(h hit) bool { return s.clause[h.From] == c }) {
		governSt = corpus.StatusEnacted
	}
	ev.govern = a.governing(s, t, governSt)
	return ev
}

// governing adjusts the governing cue's status st by the grammar around
// trigger t: an embedded question, the perfect, a headline's bare "to".
func (a *article) governing(s *sent, t hit, st corpus.Status) corpus.Status {
	c := s.clause[t.From]
	// An embedded question ("whether to bar", "ob ... verboten werden
	// soll") leaves the step open whatever verb asks it.
	if slices.ContainsFunc(s.roles[roleQuestion], func(h hit) bool { return h.To <= t.From && s.clause[h.From] == c }) {
		st = corpus.StatusUnderReview
	}
	// A trigger in the perfect ("has banned", "had already barred") is
	// done, whatever verb reports it: "announced it has banned".
	if st != "" && st != corpus.StatusUnderReview && s.perfect(t) {
		st = ""
	}
	// A legislator asking the government to act ("an MP called on the
	// minister to ban", "Abgeordnete fordern die Regierung auf, ... zu
	// verbieten") proposes the step, whatever verb asks.
	if s.legislatorAsks(t) && (st == "" || st == corpus.StatusAdvised || st == corpus.StatusPlanned) {
		st = corpus.StatusProposed
	}
	// Headline grammar: "Japan to stop buying Huawei gear", "German
	// ministries to drop TikTok" are plans: a bare "to" right after the
	// actor. "Directs users to stop buying" is an order, "in move to ban"
	// no plan of its own.
	if st == "" && a.isHeadline(s) && t.From > 1 && s.Toks[t.From-1].Lower == "to" && !s.inRole(roleMeasure, t.From-2) &&
		slices.ContainsFunc(s.actors, func(ac actorRef) bool {
			return ac.To == t.From-1 || (ac.To == t.From-2 && s.inRole(roleGovernment, t.From-2))
		}) {
		st = corpus.StatusPlanned
	}
	return st
}

// instrumentAfter is the status a following sentence gives sentence s (at
// index i) when it only names the instrument that holds its steps: "Das
// sieht ein Entwurf des Ministeriums vor" (proposed), "This was set out in
// a draft", "Das hat die Landesregierung beschlossen" (enacted). Such a
// sentence opens with a pronoun pointing back and names no restriction of
// its own.
func (a *article) instrumentAfter(s *sent, i int) (corpus.Status, bool) {
	if s.title || i+1 >= len(a.sents) {
		return "", false
	}
	n := a.sents[i+1]
	if n.Para != s.Para || len(n.trig) > 0 || len(n.Toks) == 0 {
		return "", false
	}
	switch n.Toks[0].Lower {
	case "das", "dies", "this", "that":
	default:
		return "", false
	}
	for _, h := range n.status {
		switch st := corpus.Status(a.e.statusRows[h.ID].Cols[0]); st {
		case corpus.StatusProposed, corpus.StatusEnacted:
			return st, true
		}
	}
	return "", false
}

// reportsClause reports whether cue h ends right where clause c begins, so
// that c is what it is about: "dismissed reports that the government
// would block", "wies Berichte zurück, wonach ... verboten werde".
func (s *sent) reportsClause(h hit, c int) bool {
	if c == 0 || s.clause[h.To-1] != c-1 {
		return false
	}
	for k := h.To; k < len(s.Toks) && k <= h.To+1; k++ {
		if s.clause[k] == c {
			return true
		}
	}
	return false
}

// perfect reports whether an English trigger stands in the perfect: has,
// have or had right before it, an adverb or two allowed between ("has
// already banned").
func (s *sent) perfect(t hit) bool {
	if s.lang != "en" {
		return false
	}
	for j := t.From - 1; j >= 0 && j >= t.From-3; j-- {
		switch w := s.Toks[j].Lower; {
		case w == "has" || w == "have" || w == "had":
			return true
		case !strings.HasSuffix(w, "ly") && w != "already" && w != "now" && w != "also" && w != "since":
			return false
		}
	}
	return false
}

// afterGoverns reports whether status cue h, after trigger t, can govern
// it. German puts modals and auxiliaries last ("verboten werden soll"), so
// any cue later in the clause can. English puts them first: only a cue
// right after a noun or participle ("TikTok ban planned", "a ban proposed
// by") does; a trigger in the past tense ("has banned ... and will
// extend") heads its own verb chain and no later cue governs it.
func (s *sent) afterGoverns(t, h hit) bool {
	if s.lang == "de" {
		return true
	}
	const near = 3
	if h.From-t.To >= near {
		return false
	}
	w := s.Toks[t.To-1].Lower
	return !(strings.HasSuffix(w, "ed") && t.From > 0 && !s.inRole(rolePassive, t.From-1))
}

// background reports whether status cue h sits in a phrase that tells what
// came before or beside the step, not how far it has got: a few words after
// a preposition of sequence or concession ("after a review", "following an
// investigation", "despite a draft", "nach einer Prüfung").
func (s *sent) background(h hit) bool {
	const reach = 4
	for _, b := range s.roles[roleBackground] {
		if b.To <= h.From && h.From-b.To < reach && s.clause[b.From] == s.clause[h.From] &&
			!strings.ContainsAny(s.src[s.Toks[b.From].Start:s.Toks[h.From].Start], ",;") {
			return true
		}
	}
	return false
}

// otherSideDenies reports whether denial cue h is said by another
// country than the restriction's actors: "China's foreign ministry
// dismissed the Dutch controls as baseless" denies nothing of the
// Netherlands'. The subject, the first actor of the cue's clause before it,
// decides.
func otherSideDenies(s *sent, h hit, actors []actorRef) bool {
	c := s.clause[h.From]
	for _, ac := range s.actors {
		if ac.To > h.From || s.clause[ac.From] != c {
			continue
		}
		return !slices.ContainsFunc(actors, func(o actorRef) bool { return o.Country == ac.Country })
	}
	return false
}

// hearsay reports whether the sentence attributes what it says to the
// press or to unnamed sources: a report word ("reported", "according to",
// "berichtet", "laut") within a few words of a press word ("the
// newspaper", "Bloomberg", "insiders", "Zeitung"). An authority saying
// something is not hearsay: its name is no press word, and state media
// ("news agency Xinhua") relay their government.
func (s *sent) hearsay() bool {
	const near = 4
	for _, r := range s.roles[roleReport] {
		for _, p := range s.roles[rolePress] {
			if slices.ContainsFunc(s.roles[roleSpeaker], func(h hit) bool { return h.To >= p.From && p.To+2 >= h.From }) {
				continue // state media relaying their government speak for it
			}
			if (p.From >= r.To && p.From-r.To <= near) || (p.To <= r.From && r.From-p.To <= near) || overlaps(p, r) {
				return true
			}
		}
	}
	return false
}

// vendorDenies reports whether denial cue h is a targeted vendor (or a
// company) rejecting accusations, not the actor denying the restriction:
// "Huawei denied the allegations", "Huawei wies die Vorwürfe zurück". The
// name left of the cue in its clause, nearest first, decides.
func (a *article) vendorDenies(s *sent, h hit) bool {
	c := s.clause[h.From]
	best, vendor := -1, false
	for _, tr := range s.targets {
		// A vendor after a restriction word is what it restricts: in
		// German the cue comes last ("hat Berichte über ein Verbot von
		// TikTok zurückgewiesen"), after the object.
		restricted := slices.ContainsFunc(s.trig, func(x hit) bool { return x.To <= tr.From && s.clause[x.From] == c })
		if tr.To <= h.From && s.clause[tr.From] == c && tr.From > best && !restricted {
			best, vendor = tr.From, true
		}
	}
	for _, ac := range s.actors {
		if ac.To <= h.From && s.clause[ac.From] == c && ac.From > best {
			best, vendor = ac.From, ac.Kind == kindCompany && !ac.Valid
		}
	}
	if !vendor {
		// A pronoun after a vendor-only previous clause: "..., but it denied"
		// is not read; only a named vendor counts.
		return false
	}
	return true
}

// groundsOpeners are words that, after a trigger, open the grounds given
// for it ("banned TikTok for allegedly sharing data", "as the app
// allegedly violated the law").
var groundsOpeners = map[string]bool{"for": true, "as": true, "since": true, "over": true, "weil": true, "da": true, "wegen": true}

// inGrounds reports whether hedge h stands in the grounds given after
// trigger t, where it doubts the accusation, not the step: a grounds
// opener or a because word between them, the hedge at most four words
// after it.
func (s *sent) inGrounds(t, h hit) bool {
	if h.From < t.To {
		return false
	}
	for k := t.To; k < h.From; k++ {
		if h.From-k > 4 {
			continue
		}
		if groundsOpeners[s.Toks[k].Lower] || s.inRole(roleBecause, k) {
			return true
		}
	}
	return false
}

// legislatorAsks reports whether a legislator stands before trigger t with
// a control verb between them and the trigger: the step is asked for by a
// member of a legislature.
func (s *sent) legislatorAsks(t hit) bool {
	for _, l := range s.roles[roleLegislator] {
		if l.To > t.From {
			continue
		}
		if slices.ContainsFunc(s.roles[roleControl], func(h hit) bool { return h.From >= l.To && h.To <= t.From }) {
			return true
		}
	}
	return false
}

// namesABody reports whether review cue h qualifies the body noun right
// after it ("the federal investigation agency", "an inquiry commission"):
// it then names who acts, not a step still under examination.
func (s *sent) namesABody(h hit) bool {
	return h.To < len(s.Toks) && !s.inRole(roleGovernment, h.To-1) && s.inRole(roleGovernment, h.To)
}
