package extract

import (
	"math"
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// mention is one trigger with its actor and targets: one report of a
// restriction. Mentions of the same restriction merge into a claim.
type mention struct {
	actor    actorRef
	level    actorLevel
	action   corpus.Action
	status   corpus.Status
	explicit bool // the status came from a cue, not the default
	// attributed: told on the word of the press or unnamed sources.
	attributed bool
	targets    []corpus.Target
	vendors    bool // some target names a vendor
	affected   []corpus.Affected
	s          *sent // the sentence; title mentions carry no evidence
	conf       float64
	hypo       bool // "a possible ban": names the action only when nothing firmer does
	abroad     bool // aimed at another country: exports, "Chinese access", "to China"
	trig       hit  // the trigger, to tell coordinated actors of one decision
	folded     bool // a vendor-less mention joined to a vendors' claim: it decides nothing
	back       bool // its vendors were named in other sentences: a follow-up detail
	lifted     bool // the restriction is undone: "lifted the ban"
}

// claims turns every trigger into mentions, merges them into claims and
// marks the primary one.
func (a *article) claims() []corpus.Claim {
	var ms []mention
	for i, s := range a.sents {
		ms = append(ms, a.mentions(s, i)...)
	}
	var titleMs []mention
	if a.title != nil {
		titleMs = a.mentions(a.title, -1)
	}
	// A headline about smoking, fireworks or malware makes any restriction
	// found below it a side remark.
	offTopic := a.title != nil && len(a.title.roles[roleNegative]) > 0
	groups := fold(merge(ms))
	var out []corpus.Claim
	var keep []group
	for _, g := range groups {
		// A restriction the article reports lifted is history, not news of
		// one: "Nepal lifts ban on TikTok nine months after blocking it".
		if slices.ContainsFunc(g, func(m mention) bool { return m.lifted }) ||
			slices.ContainsFunc(titleMs, func(tm mention) bool {
				return tm.lifted && slices.ContainsFunc(g, func(m mention) bool { return same(tm, m) })
			}) {
			continue
		}
		c := a.claim(g, titleMs)
		if offTopic {
			c.Confidence = math.Round(c.Confidence*offTopicFactor) / 100
		}
		if c.Confidence < a.e.minConf {
			continue
		}
		out = append(out, c)
		keep = append(keep, g)
	}
	if offTopic {
		a.unplaced = math.Round(a.unplaced*offTopicFactor) / 100
	}
	a.markPrimary(out, keep, titleMs)
	// The article's grounds are those of what it is mainly about.
	for i := range out {
		if out[i].Primary && len(out[i].Reasons) == 1 && out[i].Reasons[0].Category == corpus.ReasonUnspecified {
			if rs := a.articleGrounds(out[i].Actor.Country); len(rs) > 0 {
				out[i].Reasons = rs
			}
		}
	}
	return out
}

// mentions builds one mention per trigger and actor of sentence s (index i
// in the body, -1 for the title).
func (a *article) mentions(s *sent, i int) []mention {
	var out []mention
	negative := len(s.roles[roleNegative]) > 0
	for _, t := range s.trig {
		if s.notExcluded(t) {
			continue
		}
		action := a.refineAction(s, t, corpus.Action(a.e.trigRows[t.ID].Cols[0]))
		company, subject := a.subject(s, t)
		targets, vendors := a.targets(s, i, t, subject)
		if company != nil {
			// A company withdrawing its own products restricts nothing.
			targets = slices.DeleteFunc(targets, func(tg corpus.Target) bool { return tg.Vendor == company.Name })
			vendors = slices.ContainsFunc(targets, func(tg corpus.Target) bool { return tg.Vendor != "" })
		}
		if len(targets) == 0 || (!vendors && negative) {
			continue
		}
		if !vendors && a.personTarget(s, t) {
			continue
		}
		// Vendors found in other sentences: a follow-up on a restriction
		// named before ("offices must remove the software by June").
		back := vendors && !slices.ContainsFunc(s.targets, func(tr targetRef) bool {
			return slices.ContainsFunc(targets, func(tg corpus.Target) bool { return tg.Vendor == tr.Vendor })
		})
		var actors []actorRef
		level := inSentence
		if company != nil {
			actors = []actorRef{*company}
		} else {
			actors, level = a.actorsFor(s, i, t, action, targets)
		}
		if len(actors) == 0 && company == nil && a.place != nil {
			// A body named without its country ("the Ministry of
			// Communications"), or no body at all for a named vendor ("the
			// exclusion of Huawei from the Italian network was confirmed"),
			// is of the country the article is set in.
			if _, _, ok := a.ownBody(s, t); ok || vendors {
				actors, level = []actorRef{*a.place}, inArticle
			}
		}
		if len(actors) == 0 {
			a.noteUnplaced(s, i, t, vendors)
			continue
		}
		if level != inSentence && company == nil {
			if from, to, ok := a.ownBody(s, t); ok {
				// "the defence ministry has blocked ...": a body of the
				// inherited country named in the sentence acts itself.
				for k := range actors {
					ac := &actors[k]
					ac.From, ac.To = from, to
					ac.Text = s.text(from, to)
					ac.Start, ac.End = s.Toks[from].Start, s.Toks[to-1].End
					ac.Kind = kindOrg
				}
				level = inSentence
			}
		}
		status, explicit, attributed := a.statusOf(s, t, action, actors)
		if st, ok := a.instrumentAfter(s, i); ok && !attributed && status != corpus.StatusDenied && action != corpus.ActionReview {
			status, explicit = st, true
		}
		// "Will Germany ban Huawei?" asks; it names the action only when
		// nothing firmer does, and its "will" is no plan.
		question := strings.HasSuffix(strings.TrimSpace(s.src[s.Start:s.End]), "?")
		if question && status == corpus.StatusPlanned {
			status = corpus.StatusUnderReview
		}
		for _, ac := range actors {
			m := mention{actor: ac, level: level, action: action, status: status, explicit: explicit && !question, attributed: attributed,
				targets: targets, vendors: vendors, s: s, hypo: s.hypothetical(t) || question, trig: t, back: back,
				lifted: s.lifted(t)}
			m.affected = a.affected(s, t, ac)
			m.abroad = s.roleIn(roleExport, s.clause[t.From]) || slices.ContainsFunc(s.actors, func(o actorRef) bool {
				return o.From >= t.To && s.clause[o.From] == s.clause[t.From] && o.Country != ac.Country
			})
			m.conf = confidence(m, i)
			out = append(out, m)
		}
	}
	return out
}

// Weights of a mention's confidence: what backs it adds to the base.
const (
	confBase       = 0.3  // a trigger with a target
	confVendor     = 0.3  // a named vendor as target
	confTech       = 0.15 // a kind of technology as target
	confActorHere  = 0.2  // the actor named in the trigger's sentence
	confActorNear  = 0.1  // the actor from the sentences before or the headline
	confLead       = 0.1  // in the headline or lead, which report what the article is about
	leadSentences  = 4    // the sentences that count as the lead
	offTopicFactor = 50   // a headline off the topic halves confidences: x*50/100
)

// confidence scores one mention from what backs it: a named vendor, an
// actor in the same sentence, a place in the lead.
func confidence(m mention, index int) float64 {
	c := confBase
	if m.vendors {
		c += confVendor
	} else {
		c += confTech
	}
	switch m.level {
	case inSentence:
		c += confActorHere
	case inPrevious, inTitle:
		c += confActorNear
	}
	if index < leadSentences {
		c += confLead
	}
	return c
}

// noteUnplaced records a restriction whose imposer's country the article
// never gives ("Die Stadtverwaltung hat TikTok verboten", "TikTok ban for
// Parliament devices takes effect"): no claim, as a claim needs a country,
// but evidence that the article reports a restriction. A named vendor
// counts; a kind of technology only when a body is named.
func (a *article) noteUnplaced(s *sent, i int, t hit, vendors bool) {
	if s.lifted(t) {
		return
	}
	if _, _, body := a.ownBody(s, t); !vendors && !body {
		return
	}
	c := confidence(mention{vendors: vendors, level: inArticle}, max(i, 0))
	a.unplaced = max(a.unplaced, c)
}
