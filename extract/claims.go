package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
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
		st := sentence{span: span{0, len(doc.Title)}, Index: -1, Para: -1, Toks: tokenize(doc.Title, 0)}
		a.title = e.analyseSentence(st, doc.Title, a.lang, true)
	}
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
		return !ac.Speaker && ac.Kind != "company" && !vendorCountry[ac.Country] && !s.makersNationality(ac)
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
			if ac.Valid && !ac.Speaker && ac.Kind != "company" {
				return &ac
			}
		}
	}
	return mostNamed(a.sents, func(_ *sent, ac actorRef) bool {
		return ac.Valid && !ac.Speaker && ac.Kind != "company"
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
	offTopic := a.title != nil && len(a.title.roles["negative"]) > 0
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
			c.Confidence = math.Round(c.Confidence*50) / 100
		}
		if c.Confidence < a.e.minConf {
			continue
		}
		out = append(out, c)
		keep = append(keep, g)
	}
	if offTopic {
		a.unplaced = math.Round(a.unplaced*50) / 100
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
	negative := len(s.roles["negative"]) > 0
	for _, t := range s.trig {
		if s.notExcluded(t) {
			continue
		}
		action := corpus.Action(a.e.trigRows[t.ID].Cols[0])
		if action == corpus.ActionBan && s.roleIn("export", s.clause[t.From]) {
			action = corpus.ActionRestrict // a ban on selling abroad is an export control
		}
		if action == corpus.ActionPhaseOut && a.prohibitsUse(s, t) {
			action = corpus.ActionBan
		}
		// "prohibits remote access to inverters", "untersagt den
		// Fernzugriff": barring one function of a product restricts it.
		if action == corpus.ActionBan && s.roleIn("function", s.clause[t.From]) {
			action = corpus.ActionRestrict
		}
		// "bei Neuanschaffungen auf X verzichten", "avoid X in new
		// purchases": a stop scoped to buying is a purchase ban; so is a
		// bar on buying ("bar agencies from using state money to buy").
		if action == corpus.ActionPhaseOut && s.roleIn("purchase", s.clause[t.From]) {
			action = corpus.ActionPurchaseBan
		}
		if action == corpus.ActionBan && slices.ContainsFunc(s.roles["buy"], func(h hit) bool {
			return h.From >= t.To && h.From-t.To <= 12 && s.clause[h.From] == s.clause[t.From]
		}) {
			action = corpus.ActionPurchaseBan
		}
		// "may no longer buy routers ... unless certified", "ohne vorherige
		// Genehmigung": a condition makes a ban a restriction.
		if (action == corpus.ActionBan || action == corpus.ActionPurchaseBan) &&
			slices.ContainsFunc(s.roles["condition"], func(h hit) bool { return h.From >= t.To }) {
			action = corpus.ActionRestrict
		}
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
					ac.Kind = "org"
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
			m.abroad = s.roleIn("export", s.clause[t.From]) || slices.ContainsFunc(s.actors, func(o actorRef) bool {
				return o.From >= t.To && s.clause[o.From] == s.clause[t.From] && o.Country != ac.Country
			})
			m.conf = confidence(m, i)
			out = append(out, m)
		}
	}
	return out
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

// confidence scores one mention from what backs it: a named vendor, an
// actor in the same sentence, a place in the lead.
func confidence(m mention, index int) float64 {
	c := 0.3
	if m.vendors {
		c += 0.3
	} else {
		c += 0.15
	}
	switch m.level {
	case inSentence:
		c += 0.2
	case inPrevious, inTitle:
		c += 0.1
	}
	if index < 4 {
		c += 0.1 // headline and lead report what the article is about
	}
	return c
}

// subject finds who acts when a name stands left of an active trigger in the
// trigger's clause: "TikTok banned the account" or "Telekom replaces Huawei".
// A company in actors.tsv becomes the actor; any named vendor there is the
// subject and so not a target. Passive forms ("Huawei was banned", "Huawei
// banned from") and compounds ("Huawei ban") keep the vendor a target.
func (a *article) subject(s *sent, t hit) (*actorRef, map[int]bool) {
	subject := map[int]bool{}
	passive := false
	progressive := strings.HasSuffix(s.Toks[t.From].Lower, "ing") // "was reviewing" is active
	for _, h := range s.roles["passive"] {
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
		for _, h := range s.roles["government"] {
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
		if a.lang == "de" && (t.From-tr.To > 2 || capitalised(s.Toks[t.From].Text)) {
			continue
		}
		if first(tr.From) || subject[tr.From-1] || subject[tr.From-2] {
			subject[tr.From] = true // "Huawei and ZTE deny ..." keeps both
		}
	}
	for k := len(s.actors) - 1; k >= 0; k-- {
		ac := s.actors[k]
		if ac.Kind != "company" || ac.To > t.From || s.clause[ac.From] != c || compound(ac.To) || !first(ac.From) {
			continue
		}
		// A government actor nearer the trigger acts instead.
		nearer := false
		for _, o := range s.actors {
			if o.Kind != "company" && o.Valid && o.From > ac.To && o.To <= t.From {
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

// targets lists what trigger t restricts: vendors and products in its
// clause, else in its sentence, else those of the previous sentence when the
// sentence points back at them ("them", "the companies"), else technology
// phrases that stand on their own ("chipmaking technology").
func (a *article) targets(s *sent, i int, t hit, subject map[int]bool) ([]corpus.Target, bool) {
	c := s.clause[t.From]
	pick := func(sameClause bool) []targetRef {
		var out []targetRef
		for _, tr := range s.targets {
			if subject[tr.From] || (sameClause && s.clause[tr.From] != c) {
				continue
			}
			out = append(out, tr)
		}
		return out
	}
	refs := pick(true)
	from := s
	if len(refs) == 0 {
		refs = pick(false)
	}
	if len(refs) == 0 && i > 0 {
		// "ban them", "stop buying their products", "der Verkauf der Geräte
		// beider Hersteller ist untersagt": words near the trigger point back
		// at the vendors of a recent sentence.
		// An anaphor follows its verb closely ("replace them"); before the
		// trigger it may stand further off ("der Verkauf der Geräte beider
		// Hersteller ist untersagt"). A plural one ("both companies") gathers
		// vendors until it has two.
		// A single pronoun ("it", "sie") only follows its verb. A specific
		// technology phrase before the anaphor is what it points at instead
		// ("grounded its drone fleet and uses it only ...").
		const after, before = 3, 8
		for _, h := range s.roles["anaphor"] {
			// "... buying equipment containing modules from the two
			// companies": a plural one may stand further after.
			reach := after
			if h.From >= t.To && a.e.plural(s.text(h.From, h.To)) {
				reach = 12
			}
			if s.clause[h.From] != c || h.From-t.To > reach || t.From-h.To > before {
				continue
			}
			if h.To <= t.From && h.To-h.From < 2 {
				continue
			}
			if h.To-h.From < 2 && slices.ContainsFunc(s.tech, func(tc techRef) bool { return tc.Specific && tc.To <= h.From && s.clause[tc.From] == c }) {
				continue
			}
			plural := a.e.plural(s.text(h.From, h.To))
			back := 3
			if plural {
				back = 5
			}
			for j := i - 1; j >= 0 && j >= i-back; j-- {
				for _, tr := range a.sents[j].targets {
					if !slices.ContainsFunc(refs, func(o targetRef) bool { return o.Vendor == tr.Vendor }) {
						refs = append(refs, tr)
					}
				}
				if len(refs) > 0 && (!plural || len(refs) >= 2) {
					from = a.sents[j]
					break
				}
			}
			// "Both manufacturers" named further back: from the top.
			for j := 0; plural && len(refs) < 2 && j < i-back; j++ {
				for _, tr := range a.sents[j].targets {
					if !slices.ContainsFunc(refs, func(o targetRef) bool { return o.Vendor == tr.Vendor }) {
						refs = append(refs, tr)
					}
				}
			}
			if len(refs) > 0 && from == s {
				from = a.sents[max(0, i-1)]
			}
			break
		}
	}
	if len(refs) > 0 {
		var out []corpus.Target
		for _, tr := range refs {
			if from != s && !slices.Contains(from.targets, tr) {
				out = appendTarget(out, tr.Target) // gathered from an earlier sentence still
				continue
			}
			out = appendTarget(out, a.describe(from, tr))
		}
		return out, true
	}
	if refs := a.describedVendors(s, i, c); len(refs) > 0 {
		var out []corpus.Target
		for _, tr := range refs {
			out = appendTarget(out, tr.Target)
		}
		return out, true
	}
	// With no vendor, the technology restricted is the object: the first
	// phrase after the trigger in its clause, else the nearest before it.
	best := -1
	for k, tc := range s.tech {
		if !tc.Specific || s.clause[tc.From] != c {
			continue
		}
		if tc.From >= t.To {
			if best < 0 || s.tech[best].From < t.From || tc.From < s.tech[best].From {
				best = k
			}
			continue
		}
		if best < 0 || (s.tech[best].From < t.From && tc.From > s.tech[best].From) {
			best = k
		}
	}
	if best < 0 {
		return nil, false
	}
	// "vernetzte Autos mit Software aus China ... ausschließt", "cars with
	// Chinese software": a phrase after "with" describes the one before it,
	// which is what is restricted.
	for best > 0 && s.tech[best].From < t.From {
		head := s.tech[best-1]
		w := s.Toks[head.To].Lower
		if !head.Specific || s.clause[head.From] != c || head.To >= s.tech[best].From || s.tech[best].From-head.To > 3 || (w != "mit" && w != "with") {
			break
		}
		best--
	}
	tc := s.tech[best]
	return []corpus.Target{{Text: s.text(tc.From, tc.To), Product: tc.Product, Category: tc.Category}}, false
}

// describedVendors resolves a target described by its makers' nationality
// ("Chinese-made cameras", "Wechselrichter chinesischer Hersteller") to the
// vendors of that country named just before, or in the next sentence of
// the paragraph ("Im Fokus stehen Geräte von Huawei und Sungrow"). A vendor
// counts when its default category is that of the clause's technology.
func (a *article) describedVendors(s *sent, i, c int) []targetRef {
	var cats []corpus.TargetCategory
	for _, tc := range s.tech {
		if tc.Specific && s.clause[tc.From] == c {
			cats = append(cats, tc.Category)
		}
	}
	if len(cats) == 0 {
		return nil
	}
	// The demonym must qualify technology or its makers, right after it:
	// "chinesische Hacker" are no vendors.
	country := ""
	for _, ac := range s.actors {
		if ac.Valid || ac.Kind != "demonym" || s.clause[ac.From] != c {
			continue
		}
		for i := ac.To; i < len(s.Toks) && i <= ac.To+2; i++ {
			_, maker := s.roleAt("company", i)
			if maker || slices.ContainsFunc(s.tech, func(tc techRef) bool { return tc.Specific && tc.From == i }) {
				country = ac.Country
				break
			}
		}
	}
	if country == "" {
		// "drones made by Chinese companies" names no vendor; "The new
		// purchasing rule covers aircraft from DJI" just after does.
		// Vendors named with a condition ("only if they ...") are exempted.
		// So does one saying whom it hits ("Betroffen sind in der Praxis
		// vor allem Huawei und Sungrow"), up to three sentences on.
		next := -1
		for j := i + 1; j < len(a.sents) && j <= i+3; j++ {
			x := a.sents[j]
			if len(x.trig) > 0 || len(x.roles["condition"]) > 0 {
				break
			}
			if len(x.targets) > 0 && ((j == i+1 && x.refersToMeasure()) || x.opensWithEffect()) {
				next = j
				break
			}
		}
		if next >= 0 {
			var out []targetRef
			x := a.sents[next]
			fits := func(tr targetRef) bool {
				def := corpus.TargetCategory(a.e.vendorDefault[tr.Vendor])
				return slices.ContainsFunc(cats, func(c corpus.TargetCategory) bool {
					return family(c) == family(def) || family(c) == family(tr.Category)
				})
			}
			for k, tr := range x.targets {
				// A vendor joined to a fitting one ("Huawei und Sungrow")
				// is named for the same devices.
				ok := fits(tr) || k > 0 && fits(x.targets[k-1]) && x.joined(x.targets[k-1].To, tr.From) ||
					k+1 < len(x.targets) && fits(x.targets[k+1]) && x.joined(tr.To, x.targets[k+1].From)
				if ok && !slices.ContainsFunc(out, func(o targetRef) bool { return o.Vendor == tr.Vendor }) {
					out = append(out, tr)
				}
			}
			return out
		}
		return nil
	}
	fits := func(tr targetRef) bool {
		if tr.Country != country {
			return false
		}
		def := corpus.TargetCategory(a.e.vendorDefault[tr.Vendor])
		return slices.Contains(cats, def) || slices.Contains(cats, tr.Category)
	}
	var out []targetRef
	look := func(x *sent) {
		for k, tr := range x.targets {
			// A vendor that speaks ("BYD said its cars ...") is reacting,
			// not being described.
			if slices.ContainsFunc(x.roles["speech"], func(h hit) bool { return h.From >= tr.To && h.From-tr.To <= 1 }) {
				continue
			}
			// A vendor joined to a fitting one ("Geräte von Huawei und
			// Sungrow") is named for the same devices.
			ok := fits(tr) || (tr.Country == country &&
				(k > 0 && fits(x.targets[k-1]) && x.joined(x.targets[k-1].To, tr.From) ||
					k+1 < len(x.targets) && fits(x.targets[k+1]) && x.joined(tr.To, x.targets[k+1].From)))
			if ok && !slices.ContainsFunc(out, func(o targetRef) bool { return o.Vendor == tr.Vendor }) {
				out = append(out, tr)
			}
		}
	}
	if i+1 < len(a.sents) && len(a.sents[i+1].trig) == 0 &&
		(a.sents[i+1].Para == s.Para || a.sents[i+1].refersToMeasure()) {
		look(a.sents[i+1])
	}
	for j := i - 1; j >= 0 && j >= i-3 && len(out) == 0; j-- {
		look(a.sents[j])
	}
	return out
}

// opensWithEffect reports whether the sentence opens by saying whom
// something hits: "Affected are mainly ...", "Betroffen wären vor allem
// ...", "In practice this hits ...".
func (s *sent) opensWithEffect() bool {
	return slices.ContainsFunc(s.roles["affects"], func(h hit) bool { return h.From <= 3 })
}

// refersToMeasure reports whether the sentence opens with a definite
// noun of decision as its subject: "The new purchasing rule covers ...",
// "Die Anordnung betrifft ...".
func (s *sent) refersToMeasure() bool {
	for _, h := range s.roles["measure"] {
		if h.From > 5 || s.clause[h.From] != s.clause[0] {
			continue
		}
		for j := max(0, h.From-4); j < h.From; j++ {
			if w := s.Toks[j].Lower; w == "the" || w == "this" || w == "that" || w == "der" || w == "die" || w == "das" || w == "diese" || w == "dieser" || w == "dieses" {
				return true
			}
		}
	}
	return false
}

// joined reports whether only coordination stands between tokens from and
// to: "Huawei and ZTE", "Huawei, ZTE".
func (s *sent) joined(from, to int) bool {
	if to <= from || to-from > 3 {
		return from == to && to > 0 && strings.Contains(s.src[s.Toks[to-1].End:s.Toks[to].Start], ",")
	}
	for i := from; i < to; i++ {
		if !s.inRole("coord", i) {
			return false
		}
	}
	return true
}

// appendTarget adds t unless its vendor (or, without one, its category) is
// already there: claims are counted per vendor. A target without a product
// word gets its category's name.
func appendTarget(ts []corpus.Target, t corpus.Target) []corpus.Target {
	if t.Product == "" {
		t.Product = strings.ReplaceAll(string(t.Category), "_", " ")
	}
	for _, o := range ts {
		if o.Vendor == t.Vendor && (t.Vendor != "" || o.Category == t.Category) {
			return ts
		}
	}
	return append(ts, t)
}

// describe completes a vendor mention with the technology phrase nearest to
// it in its clause: "IBM servers" is IBM, servers. A specific phrase right
// next to a vendor sets the category ("Huawei smartphones"); a generic one
// ("devices"), or one further off, only names the product. A product's own
// category stands.
func (a *article) describe(s *sent, tr targetRef) corpus.Target {
	t := tr.Target
	const near = 8
	best, dist := -1, near+1
	for k, tc := range s.tech {
		if s.clause[tc.From] != s.clause[tr.From] {
			continue
		}
		d := tc.From - tr.To
		if tc.To <= tr.From {
			d = tr.From - tc.To
		} else if s.placeOfUse(tr.To, tc.From) {
			continue
		}
		if d >= 0 && d < dist {
			best, dist = k, d
		}
	}
	if best >= 0 {
		tc := s.tech[best]
		if t.Product == "" {
			t.Product = tc.Product
		}
		if tc.Specific && tr.Product == "" && dist <= 3 {
			t.Category = tc.Category
		}
		if dist <= 3 {
			from, to := min(tc.From, tr.From), max(tc.To, tr.To)
			t.Text = s.text(from, to)
		}
	}
	if t.Product == "" {
		t.Product = strings.ReplaceAll(string(t.Category), "_", " ")
	}
	t.Text = a.e.nounPhrase(s, t.Text)
	return t
}

// placeOfUse reports whether a preposition of place stands between a
// vendor (ending at token from) and a technology phrase after it (at to):
// "DeepSeek on work phones", "DeepSeek auf Dienstrechnern" name the devices
// it is used on, not what the vendor makes.
func (s *sent) placeOfUse(from, to int) bool {
	for i := from; i < to; i++ {
		switch s.Toks[i].Lower {
		case "on", "onto", "auf", "an":
			return true
		}
	}
	return false
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

// lifted reports whether trigger t names a restriction being undone: a
// lift word just before it ("lifted the ban", "ends its restrictions") or,
// in German, around or after it in its clause ("hebt das Verbot auf",
// "das Verbot wurde aufgehoben").
func (s *sent) lifted(t hit) bool {
	for _, h := range s.roles["lift"] {
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
func (a *article) prohibitsUse(s *sent, t hit) bool {
	if slices.ContainsFunc(s.roles["replacement"], func(h hit) bool { return h.From >= t.To }) {
		return false
	}
	for i := t.From + 1; i+1 < t.To; i++ {
		next := s.Toks[i+1].Lower
		if w := s.Toks[i].Lower; (w == "from" && strings.HasSuffix(next, "ing")) ||
			(w == "von" && (next == "der" || strings.HasPrefix(next, "nutzung"))) {
			return true
		}
	}
	for _, h := range s.roles["staff"] {
		if h.To <= t.From && t.From-h.To <= 2 && s.clause[h.From] == s.clause[t.From] {
			return true
		}
	}
	return false
}

// personTarget reports whether the words right after trigger t name a
// person or an account: a platform banning a user restricts no technology.
func (a *article) personTarget(s *sent, t hit) bool {
	for _, h := range s.roles["person"] {
		if h.From >= t.To && h.From-t.To <= 3 {
			return true
		}
	}
	return false
}

// actorsFor finds who imposes trigger t, nearest first: a name right before
// it ("Japan's ban"), then left in its clause, right in its clause ("banned
// by Washington"), left in the sentence, the two sentences before, the
// title, the article's main actor. An actor from the country of every
// targeted vendor is the other side reacting and is passed over, and so is a
// speaker. Names joined by "and" or commas come together.
func (a *article) actorsFor(s *sent, i int, t hit, action corpus.Action, targets []corpus.Target) ([]actorRef, actorLevel) {
	// A country restricting its own vendors' exports is the normal case;
	// banning or reviewing them is, in this news, the other side talking.
	vendorCountries := map[string]bool{}
	for _, tg := range targets {
		if tg.Vendor != "" && action != corpus.ActionRestrict {
			vendorCountries[a.e.vendorCountry[tg.Vendor]] = true
		}
	}
	ok := func(ac actorRef) bool {
		if !ac.Valid || ac.Speaker || ac.Kind == "company" {
			return false
		}
		return len(vendorCountries) == 0 || !(len(vendorCountries) == 1 && vendorCountries[ac.Country])
	}
	c := s.clause[t.From]
	var left, right, before []int
	ref := -1 // "the department": the actor is in an earlier sentence
	for _, h := range s.roles["actorref"] {
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
		if (ac.To == t.From && ac.Kind == "demonym") || possessive {
			if a.lang != "de" || capitalised(s.Toks[t.From].Text) {
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
		if slices.ContainsFunc(s.roles["follow"], func(h hit) bool { return h.From >= far.To && h.To <= near.From }) {
			return append(a.coordinated(s, q[1], ok), a.coordinated(s, q[0], ok)...), inSentence
		}
	}
	for _, ks := range [][]int{quiet(left), right, quiet(before)} {
		if len(ks) > 0 {
			return a.coordinated(s, ks[0], ok), inSentence
		}
	}
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
	if ac.Kind != "demonym" || ac.Valid {
		return false
	}
	for _, h := range s.roles["company"] {
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
	for k := len(s.roles["government"]) - 1; k >= 0; k-- {
		h := s.roles["government"][k]
		reach := 4
		if a.lang == "de" {
			reach = 12 // the verb closes the clause: "Das Ministerium hat ... verboten"
		}
		if h.From <= 2 {
			reach = len(s.Toks) // the sentence's subject governs its clause
		}
		_, named := s.bodyName(h.To)
		if h.To > t.From || s.clause[h.From] != c || t.From-h.To > reach || s.afterPreposition(h.From) ||
			(s.inRole("actorref", h.From) && !named) {
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
			!s.inRole("object", p) && !s.inRole("coord", p) && isWord(s.Toks[p].Text) {
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
	for end < len(s.Toks) && capitalised(s.Toks[end].Text) && isWord(s.Toks[end].Text) && s.clause[end] == s.clause[i] {
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
	for _, h := range s.roles["object"] {
		if h.To <= i && i-h.To <= 1 {
			return true
		}
	}
	return false
}

// hypothetical reports whether trigger t is a mere possibility: "a possible
// ban", "could lead to a ban".
func (s *sent) hypothetical(t hit) bool {
	for _, h := range s.roles["hypothetical"] {
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

// relative pronouns open a clause whose subject is the name before them.
var relative = map[string]bool{"which": true, "who": true, "that": true, "der": true, "die": true, "das": true}

// agentBefore reports whether an agent word ("by", "in", "von") stands at
// most two words before token i.
func (s *sent) agentBefore(i int) bool {
	for _, h := range s.roles["agent"] {
		if h.To <= i && i-h.To <= 1 {
			return true
		}
	}
	return false
}

// roleIn reports whether clause c has a phrase of role.
func (s *sent) roleIn(role string, c int) bool {
	for _, h := range s.roles[role] {
		if s.clause[h.From] == c {
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
			if !s.inRole("coord", i) && s.Toks[i].Lower != "the" {
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
	found := map[corpus.Status]bool{}
	c := s.clause[t.From]
	govern, after := -1, -1
	// attributed: the step is told on the word of the press or unnamed
	// sources.
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
		if st == corpus.StatusReported || st == corpus.StatusEnacted {
			found[st] = true
			if st == corpus.StatusReported && slices.ContainsFunc(s.roles["press"], func(p hit) bool { return overlaps(p, h) }) {
				attributed = true
			}
			continue
		}
		if st == corpus.StatusDenied && (s.clause[h.From] == c || s.reportsClause(h, c)) {
			found[st] = true
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
	// An embedded question ("whether to bar", "ob ... verboten werden
	// soll") leaves the step open whatever verb asks it.
	if slices.ContainsFunc(s.roles["question"], func(h hit) bool { return h.To <= t.From && s.clause[h.From] == c }) {
		governSt = corpus.StatusUnderReview
	}
	// A trigger in the perfect ("has banned", "had already barred") is
	// done, whatever verb reports it: "announced it has banned".
	if governSt != "" && governSt != corpus.StatusUnderReview && s.perfect(t) {
		governSt = ""
	}
	// Headline grammar: "Japan to stop buying Huawei gear", "German
	// ministries to drop TikTok" are plans: a bare "to" right after the
	// actor. "Directs users to stop buying" is an order, "in move to ban"
	// no plan of its own.
	if governSt == "" && a.isHeadline(s) && t.From > 1 && s.Toks[t.From-1].Lower == "to" && !s.inRole("measure", t.From-2) &&
		slices.ContainsFunc(s.actors, func(ac actorRef) bool {
			return ac.To == t.From-1 || (ac.To == t.From-2 && s.inRole("government", t.From-2))
		}) {
		governSt = corpus.StatusPlanned
	}
	if governSt != "" {
		found[governSt] = true
	}
	if s.hearsay() {
		found[corpus.StatusReported] = true
		attributed = true
	}
	if found[corpus.StatusDenied] {
		return corpus.StatusDenied, true, attributed
	}
	if action == corpus.ActionReview {
		return corpus.StatusUnderReview, true, attributed
	}
	// A step told on the word of the press or unnamed sources stays
	// unconfirmed whatever step it is: "will, according to insiders,
	// require" is reported. A hedge alone ("will reportedly stop buying")
	// yields to the governing cue.
	if attributed {
		return corpus.StatusReported, true, attributed
	}
	if governSt != "" {
		// An instrument issued, signed or voted makes a future step
		// enacted: "will no longer buy ... after commissioners voted".
		if governSt == corpus.StatusPlanned && found[corpus.StatusEnacted] {
			return corpus.StatusEnacted, true, attributed
		}
		return governSt, true, attributed
	}
	if found[corpus.StatusReported] {
		return corpus.StatusReported, true, attributed
	}
	return corpus.StatusEnacted, found[corpus.StatusEnacted], attributed
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
	return !(strings.HasSuffix(w, "ed") && t.From > 0 && !s.inRole("passive", t.From-1))
}

// background reports whether status cue h sits in a phrase that tells what
// came before or beside the step, not how far it has got: a few words after
// a preposition of sequence or concession ("after a review", "following an
// investigation", "despite a draft", "nach einer Prüfung").
func (s *sent) background(h hit) bool {
	const reach = 4
	for _, b := range s.roles["background"] {
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
	for _, r := range s.roles["report"] {
		for _, p := range s.roles["press"] {
			if slices.ContainsFunc(s.roles["speaker"], func(h hit) bool { return h.To >= p.From && p.To+2 >= h.From }) {
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
			best, vendor = ac.From, ac.Kind == "company" && !ac.Valid
		}
	}
	if !vendor {
		// A pronoun after a vendor-only previous clause: "..., but it denied"
		// is not read; only a named vendor counts.
		return false
	}
	return true
}

// affected finds who the restriction applies to in trigger t's clause: sector
// phrases outside the actor's own name, or inside it when nothing else is
// there ("the Central Government Procurement Center" buys for government).
func (a *article) affected(s *sent, t hit, ac actorRef) []corpus.Affected {
	var in, out []corpus.Affected
	for _, h := range s.sectors {
		if s.clause[h.From] != s.clause[t.From] {
			continue
		}
		start, end := s.Toks[h.From].Start, s.Toks[h.To-1].End
		af := corpus.Affected{Text: s.src[start:end], Sector: corpus.Sector(a.e.sectorRows[h.ID].Cols[0])}
		inActor := ac.Start < end && start < ac.End && s.Start <= ac.Start && ac.End <= s.End
		if inActor {
			in = appendAffected(in, af)
			continue
		}
		if a.describesVendor(s, h) || (af.Sector == corpus.SectorPrivateSector && s.nationalityBefore(h.From)) {
			continue
		}
		out = appendAffected(out, af)
	}
	// "its staff", "ihre Beschäftigten": the actor's own people.
	for _, h := range s.roles["staff"] {
		if s.clause[h.From] != s.clause[t.From] {
			continue
		}
		sector := corpus.SectorGovernment
		if ac.Kind == "company" {
			sector = corpus.SectorPrivateSector
		}
		out = appendAffected(out, corpus.Affected{Text: s.text(h.From, h.To), Sector: sector})
	}
	if len(out) > 0 {
		return out
	}
	return in
}

// describesVendor reports whether sector phrase h names a vendor
// ("Chinese companies such as Huawei", "telecom operators Huawei"), not who
// the restriction applies to.
func (a *article) describesVendor(s *sent, h hit) bool {
	for _, tr := range s.targets {
		if tr.From < h.To || tr.From-h.To > 3 {
			continue
		}
		gap := true
		for i := h.To; i < tr.From; i++ {
			if w := s.Toks[i].Lower; w != "such" && w != "as" && w != "like" && w != "including" && w != "wie" {
				gap = false
			}
		}
		if gap {
			return true
		}
	}
	return false
}

// nationalityBefore reports whether a vendor's nationality stands right
// before token i: "Chinese companies" are the makers, not who a
// restriction applies to ("Italian public sector devices" are).
func (s *sent) nationalityBefore(i int) bool {
	for _, ac := range s.actors {
		if !ac.Valid && ac.Kind == "demonym" && ac.To == i {
			return true
		}
	}
	return false
}

func appendAffected(as []corpus.Affected, af corpus.Affected) []corpus.Affected {
	for _, o := range as {
		if o.Sector == af.Sector {
			return as
		}
	}
	return append(as, af)
}

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
		if d <= 3 && len(vendors) > 0 && (len(a.sents[j].roles["anaphor"]) > 0 ||
			slices.ContainsFunc(a.sents[j].targets, func(tr targetRef) bool { return slices.Contains(vendors, tr.Vendor) })) &&
			len(a.sents[j].trig) == 0 {
			add(a.sents[j])
			continue
		}
		if len(a.sents[j].roles["because"]) == 0 {
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

// group is the mentions of one restriction.
type group []mention

// same reports whether two mentions are the same restriction: the same
// actor country and a shared vendor, or a shared category where one or both
// name no vendor.
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
		if len(x.roles["because"]) == 0 && len(x.roles["grounds"]) == 0 {
			continue
		}
		// A country after a preposition is a place ("could reach China"),
		// not another one acting.
		if slices.ContainsFunc(x.actors, func(ac actorRef) bool {
			return ac.Valid && ac.Country != country && !x.afterPreposition(ac.From) && !x.roleIn("export", x.clause[ac.From]) &&
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
	firm := slices.ContainsFunc(all, func(m mention) bool { return !m.hypo })
	c.Action = actionRank[len(actionRank)-1]
	for _, m := range all {
		if m.hypo && firm {
			continue
		}
		if slices.Index(actionRank, m.action) < slices.Index(actionRank, c.Action) {
			c.Action = m.action
		}
	}
	// The status the headline gives, else that of the first sentence
	// reporting the restriction as the action it ends up with: a review
	// that became a ban is a ban, enacted or not. A body line repeating the
	// headline counts as the headline.
	c.Status = ""
	for _, tm := range inTitle {
		if tm.explicit {
			c.Status = tm.status
			break
		}
	}
	for _, m := range g {
		if c.Status == "" && m.action == c.Action && !m.folded && !a.isHeadline(m.s) {
			c.Status = m.status
		}
	}
	if c.Status == "" {
		c.Status = g[0].status
	}
	// Headlines drop attribution: when the first body sentence telling of
	// the step has it on the word of the press or unnamed sources, it is
	// reported whatever the headline says.
	for _, m := range g {
		if !m.folded && !a.isHeadline(m.s) {
			if m.status == corpus.StatusReported && m.attributed {
				c.Status = corpus.StatusReported
			}
			break
		}
	}
	// A denial anywhere stands.
	for _, m := range all {
		if m.status == corpus.StatusDenied {
			c.Status = corpus.StatusDenied
		}
	}
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
	if len(inTitle) > 0 {
		conf += 0.05
	}
	c.Confidence = math.Min(0.95, conf+0.05*float64(len(g)-1))
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

// isHeadline reports whether s is the title, or a body line repeating it.
func (a *article) isHeadline(s *sent) bool {
	return s.title || (a.title != nil && strings.EqualFold(strings.TrimSpace(a.doc.Title), s.src[s.Start:s.End]))
}

// defaultSector is who a restriction applies to when the article does not
// say: a government that stops buying stops buying for itself; an export
// control is aimed at another country; otherwise everyone.
func defaultSector(act corpus.Action, ac actorRef, abroad bool) corpus.Sector {
	switch {
	case act == corpus.ActionPurchaseBan && ac.Kind != "company":
		return corpus.SectorGovernment
	case act == corpus.ActionRestrict && abroad:
		return corpus.SectorForeignCountry
	case ac.Kind == "company":
		return corpus.SectorPrivateSector
	}
	return corpus.SectorGeneralPublic
}

func appendReason(rs []corpus.Reason, r corpus.Reason) []corpus.Reason {
	for _, o := range rs {
		if o.Category == r.Category {
			return rs
		}
	}
	return append(rs, r)
}

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
					score += 1
				}
			}
		}
		// A headline naming the claim's actor country or vendor without a
		// restriction word ("Huawei: Brussels steps up pressure") still
		// tells what the article is about.
		if a.title != nil {
			if slices.ContainsFunc(a.title.actors, func(ac actorRef) bool { return ac.Valid && ac.Country == cs[i].Actor.Country }) {
				score += 0.3
			}
			if slices.ContainsFunc(a.title.targets, func(tr targetRef) bool {
				return slices.ContainsFunc(cs[i].Targets, func(t corpus.Target) bool { return t.Vendor != "" && t.Vendor == tr.Vendor })
			}) {
				score += 0.3
			}
		}
		// Earlier is likelier the subject: a small tie-breaker.
		score -= float64(cs[i].Evidence[0].Start) / float64(len(a.doc.Text)+1) * 0.2
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
}
