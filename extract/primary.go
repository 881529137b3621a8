package extract

import (
	"math"
	"slices"

	"github.com/bansift/bansift/corpus"
)

// Weights of the score that picks the primary claim, over its confidence.
const (
	primaryHeadline       = 1   // each headline mention of the same restriction
	primaryHeadlineActor  = 0.3 // a headline naming its actor country
	primaryHeadlineVendor = 0.3 // a headline naming one of its vendors
	primaryEarlier        = 0.2 // at most, taken off for evidence late in the text
)

// markPrimary marks the claim the article is mainly about: the one its
// headline reports, else the best backed claim of the lead. When that
// decision names several actor countries together, each one's claim is
// primary, as the gold annotations count them.
func (a *article) markPrimary(cs []corpus.Claim, gs []group, titleMs []mention) {
	if len(cs) == 0 {
		return
	}
	best, bestScore := 0, math.Inf(-1)
	for i, g := range gs {
		score := cs[i].Confidence
		for _, tm := range titleMs {
			for _, m := range g {
				if same(tm, m) {
					score += primaryHeadline
				}
			}
		}
		// A headline naming the claim's actor country or vendor without a
		// restriction word ("Huawei: Brussels steps up pressure") still
		// tells what the article is about.
		if a.title != nil {
			if slices.ContainsFunc(a.title.actors, func(ac actorRef) bool { return ac.Valid && ac.Country == cs[i].Actor.Country }) {
				score += primaryHeadlineActor
			}
			if slices.ContainsFunc(a.title.targets, func(tr targetRef) bool {
				return slices.ContainsFunc(cs[i].Targets, func(t corpus.Target) bool { return t.Vendor != "" && t.Vendor == tr.Vendor })
			}) {
				score += primaryHeadlineVendor
			}
		}
		// Earlier is likelier the subject: a small tie-breaker.
		score -= float64(cs[i].Evidence[0].Start) / float64(len(a.doc.Text)+1) * primaryEarlier
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	cs[best].Primary = true
	// "Netherlands and Japan tighten export rules": a headline naming
	// several actors of one step makes each one's claim primary.
	for _, tm := range titleMs {
		if !slices.ContainsFunc(gs[best], func(m mention) bool { return same(tm, m) }) {
			continue
		}
		for _, om := range titleMs {
			if om.trig != tm.trig || om.actor.Country == tm.actor.Country {
				continue
			}
			for i, g := range gs {
				if slices.ContainsFunc(g, func(m mention) bool { return same(om, m) }) {
					cs[i].Primary = true
				}
			}
		}
	}
	// "Denmark and Sweden bar TikTok": one decision with several actor
	// countries named together is primary for each of them.
	for i, g := range gs {
		for _, m := range g {
			if m.level == inSentence && slices.ContainsFunc(gs[best], func(o mention) bool {
				return o.level == inSentence && o.s == m.s && o.trig == m.trig && o.actor.Country != m.actor.Country
			}) {
				cs[i].Primary = true
			}
		}
	}
	// "The US has banned equipment from Huawei and ZTE. The FCC's rules
	// also bar the sale of Dahua and Hikvision cameras": one decision told
	// over the next sentence of the lead, for other vendors, is primary
	// too: the same actor country and action, in a sentence right after
	// one of the primary claim's.
	for i, g := range gs {
		if cs[i].Primary || cs[i].Actor.Country != cs[best].Actor.Country || cs[i].Action != cs[best].Action {
			continue
		}
		if slices.ContainsFunc(g, func(m mention) bool {
			return !m.s.title && m.s.Index < leadSentences && slices.ContainsFunc(gs[best], func(o mention) bool {
				return !o.s.title && m.s.Index-o.s.Index == 1
			})
		}) {
			cs[i].Primary = true
		}
	}
}
