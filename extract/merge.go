package extract

import (
	"math"
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// group is the mentions of one restriction.
type group []mention

// same reports whether two mentions are the same restriction: the same
// actor country and a shared vendor, or a shared category where one or both
// name no vendor.
func same(x, y mention) bool {
	if x.actor.Country != y.actor.Country {
		return false
	}
	if x.vendors != y.vendors {
		// "Chinese surveillance cameras" and "Hikvision and Dahua cameras"
		// are one restriction when the action and the category agree.
		if x.action != y.action {
			return false
		}
		for _, a := range x.targets {
			for _, b := range y.targets {
				if a.Category == b.Category {
					return true
				}
			}
		}
		return false
	}
	for _, a := range x.targets {
		for _, b := range y.targets {
			if x.vendors && a.Vendor == b.Vendor {
				return true
			}
			if !x.vendors && a.Category == b.Category {
				return true
			}
		}
	}
	return false
}

// otherBody reports whether two mentions are steps of different bodies of
// one country: each names its own actor in its sentence ("the privacy
// watchdog will investigate" and "ministries have blocked the chatbot") and
// they take different actions. Such steps are separate restrictions, so
// neither action overrides the other.
func otherBody(x, y mention) bool {
	if x.level != inSentence || y.level != inSentence || x.action == y.action || x.vendors != y.vendors {
		return false
	}
	if x.s == y.s && x.trig == y.trig {
		return false
	}
	return !strings.EqualFold(x.actor.Text, y.actor.Text)
}

// merge groups mentions of the same restriction, in order of first mention.
func merge(ms []mention) []group {
	var gs []group
next:
	for _, m := range ms {
		for gi := range gs {
			if slices.ContainsFunc(gs[gi], func(o mention) bool { return otherBody(m, o) }) {
				continue
			}
			for _, o := range gs[gi] {
				if same(m, o) {
					gs[gi] = append(gs[gi], m)
					continue next
				}
			}
		}
		gs = append(gs, group{m})
	}
	return gs
}

// fold joins a claim that names no vendor to a claim of the same actor
// country whose vendors make that kind of technology, whatever its action:
// "cameras already in use will be replaced" after "police will stop using
// Hikvision cameras" speaks of the same restriction. The vendors' mentions
// keep deciding the action and status.
func fold(gs []group) []group {
	vendorCats := func(g group) (string, []corpus.TargetCategory, bool) {
		var cats []corpus.TargetCategory
		named := false
		for _, m := range g {
			if m.vendors {
				named = true
			}
			for _, t := range m.targets {
				cats = append(cats, t.Category)
			}
		}
		return g[0].actor.Country, cats, named
	}
	var out []group
	var drop []bool
	for range gs {
		drop = append(drop, false)
	}
	for i, g := range gs {
		country, cats, named := vendorCats(g)
		if named {
			continue
		}
		for j, o := range gs {
			oc, ocats, onamed := vendorCats(o)
			if j == i || !onamed || oc != country || drop[j] {
				continue
			}
			if slices.ContainsFunc(cats, func(c corpus.TargetCategory) bool {
				return slices.ContainsFunc(ocats, func(o corpus.TargetCategory) bool { return family(c) == family(o) })
			}) {
				for _, m := range g {
					m.folded = true
					gs[j] = append(gs[j], m)
				}
				drop[i] = true
				break
			}
		}
	}
	for i, g := range gs {
		if !drop[i] {
			out = append(out, g)
		}
	}
	return out
}

// families are target categories a vendor-less phrase may use for a
// vendor's products: "the software" for an antivirus maker, "network
// equipment" for a router maker.
var families = map[corpus.TargetCategory]string{
	corpus.CategorySoftware: "software", corpus.CategorySecuritySoftware: "software", corpus.CategoryApps: "software",
	corpus.CategoryOperatingSystem: "software", corpus.CategoryCloudServices: "software",
	corpus.CategoryTelecomEquipment: "network", corpus.CategoryNetworkingEquipment: "network",
	corpus.CategorySemiconductors: "chips", corpus.CategoryMemoryChips: "chips",
	corpus.CategorySmartphones: "devices", corpus.CategoryConsumerDevices: "devices",
}

// family is the family of a category, or the category itself.
func family(c corpus.TargetCategory) string {
	if f, ok := families[c]; ok {
		return f
	}
	return string(c)
}

// actionRank decides the action of merged mentions: the most specific
// wins, so a purchase ban also called a ban stays a purchase ban, and a
// review that became a phase-out is a phase-out.
var actionRank = []corpus.Action{corpus.ActionPurchaseBan, corpus.ActionPhaseOut, corpus.ActionBan,
	corpus.ActionRestrict, corpus.ActionReview}

// Weights of a claim's confidence over its best mention's.
const (
	confInHeadline = 0.05 // the headline reports it too
	confPerMention = 0.05 // each further mention
	confMax        = 0.95 // never sure
)

// claim builds the record claim of a group.
func (a *article) claim(g group, titleMs []mention) corpus.Claim {
	first := g[0]
	c := corpus.Claim{Actor: corpus.Actor{Text: first.actor.Text, Name: first.actor.Name, Country: first.actor.Country}}
	// The actor quote from the nearest mention: named in the sentence beats
	// inherited from elsewhere.
	for _, m := range g {
		if m.level < first.level {
			first = m
			c.Actor = corpus.Actor{Text: m.actor.Text, Name: m.actor.Name, Country: m.actor.Country}
		}
	}
	var inTitle []mention
	for _, tm := range titleMs {
		for _, m := range g {
			if same(tm, m) {
				inTitle = append(inTitle, tm)
				break
			}
		}
	}
	all := append(append([]mention{}, inTitle...), g...)
	// Vendor-less mentions folded into a vendors' claim do not decide it,
	// nor do follow-ups that point back at vendors named before ("the
	// software must be removed" after a ban) when a mention names them.
	all = slices.DeleteFunc(all, func(m mention) bool { return m.folded })
	if slices.ContainsFunc(all, func(m mention) bool { return m.vendors && !m.back }) {
		all = slices.DeleteFunc(all, func(m mention) bool { return m.back })
	}
	c.Action = claimAction(all)
	c.Status = a.claimStatus(g, inTitle, all, c.Action)
	conf := a.gather(&c, g)
	if len(inTitle) > 0 {
		conf += confInHeadline
	}
	c.Confidence = math.Min(confMax, conf+confPerMention*float64(len(g)-1))
	c.Confidence = math.Round(c.Confidence*100) / 100
	// Vendor-less mentions merged into a vendor's claim described the
	// vendors' products: the vendors are the targets.
	if slices.ContainsFunc(c.Targets, func(t corpus.Target) bool { return t.Vendor != "" }) {
		c.Targets = slices.DeleteFunc(c.Targets, func(t corpus.Target) bool { return t.Vendor == "" })
	}
	if len(c.Affected) == 0 {
		abroad := slices.ContainsFunc(g, func(m mention) bool { return m.abroad })
		c.Affected = []corpus.Affected{{Text: "", Sector: defaultSector(c.Action, first.actor, abroad)}}
	}
	if len(c.Reasons) == 0 {
		c.Reasons = []corpus.Reason{{Text: "", Category: corpus.ReasonUnspecified}}
	}
	return c
}

// claimAction is the most specific action of the mentions that decide a
// claim; a mere possibility ("a possible ban") counts only when nothing
// firmer does.
func claimAction(all []mention) corpus.Action {
	firm := slices.ContainsFunc(all, func(m mention) bool { return !m.hypo })
	action := actionRank[len(actionRank)-1]
	for _, m := range all {
		if m.hypo && firm {
			continue
		}
		if slices.Index(actionRank, m.action) < slices.Index(actionRank, action) {
			action = m.action
		}
	}
	return action
}

// claimStatus is how far a claim's restriction has got: the status the
// headline gives, else that of the first sentence reporting the
// restriction as the action it ends up with (a review that became a ban
// is a ban, enacted or not; a body line repeating the headline counts as
// the headline). Headlines drop attribution, so a first body sentence
// telling it on the word of the press or unnamed sources makes it
// reported; a denial anywhere stands.
func (a *article) claimStatus(g group, inTitle, all []mention, action corpus.Action) corpus.Status {
	status := corpus.Status("")
	for _, tm := range inTitle {
		if tm.explicit {
			status = tm.status
			break
		}
	}
	for _, m := range g {
		if status == "" && m.action == action && !m.folded && !a.isHeadline(m.s) {
			status = m.status
		}
	}
	if status == "" {
		status = g[0].status
	}
	for _, m := range g {
		if !m.folded && !a.isHeadline(m.s) {
			if m.status == corpus.StatusReported && m.attributed {
				status = corpus.StatusReported
			}
			break
		}
	}
	for _, m := range all {
		if m.status == corpus.StatusDenied {
			status = corpus.StatusDenied
		}
	}
	return status
}

// gather adds the targets, affected sectors, reasons and evidence of g's
// mentions to c and returns the best mention's confidence.
func (a *article) gather(c *corpus.Claim, g group) float64 {
	conf := 0.0
	seenEv := map[int]bool{}
	for _, m := range g {
		for _, t := range m.targets {
			c.Targets = appendTarget(c.Targets, t)
		}
		for _, af := range m.affected {
			c.Affected = appendAffected(c.Affected, af)
		}
		var vendors []string
		for _, t := range m.targets {
			if t.Vendor != "" {
				vendors = append(vendors, t.Vendor)
			}
		}
		for _, r := range a.reasons(m.s, m.actor.Country, vendors) {
			c.Reasons = appendReason(c.Reasons, r)
		}
		if !seenEv[m.s.Start] {
			seenEv[m.s.Start] = true
			c.Evidence = append(c.Evidence, corpus.Evidence{Text: a.doc.Text[m.s.Start:m.s.End], Start: m.s.Start, End: m.s.End})
		}
		conf = math.Max(conf, m.conf)
	}
	return conf
}
