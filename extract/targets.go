package extract

import (
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// targets lists what trigger t restricts: vendors and products in its
// clause, else in its sentence, else those of the previous sentence when the
// sentence points back at them ("them", "the companies"), else technology
// phrases that stand on their own ("chipmaking technology").
func (a *article) targets(s *sent, i int, t hit, subject map[int]bool) ([]corpus.Target, bool) {
	c := s.clause[t.From]
	pick := func(sameClause bool) []targetRef {
		var out []targetRef
		for _, tr := range s.targets {
			if subject[tr.From] || (sameClause && s.clause[tr.From] != c) || s.addressee(tr, t) {
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
		refs, from = a.pointedBack(s, i, t)
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
	out, named := s.techObject(t)
	if len(out) == 1 {
		if tr := a.topicOfCategory(out[0].Category); tr != nil {
			return []corpus.Target{tr.Target}, true
		}
	}
	return out, named
}

// topicOfCategory is the article's topic vendor when it makes technology of
// category c and no restriction sentence names it: "warned departments not
// to use antivirus products" in an article about Kaspersky means
// Kaspersky's. An article that names the vendor where it reports a
// restriction means something else by a vendor-less phrase elsewhere
// ("drones of Chinese make" grounded abroad years before).
func (a *article) topicOfCategory(c corpus.TargetCategory) *targetRef {
	tr, _ := a.topicVendor()
	if tr == nil || c == "" {
		return nil
	}
	for _, s := range a.sents {
		if len(s.trig) > 0 && slices.ContainsFunc(s.targets, func(o targetRef) bool { return o.Vendor == tr.Vendor }) {
			return nil
		}
	}
	def := corpus.TargetCategory(a.e.vendorDefault[tr.Vendor])
	if family(def) != family(c) && family(tr.Category) != family(c) {
		return nil
	}
	return tr
}

// pointedBack resolves words near trigger t that point back at the vendors
// of a recent sentence ("ban them", "stop buying their products", "der
// Verkauf der Geräte beider Hersteller ist untersagt"). It returns the
// vendors and the sentence that named them (s when none).
func (a *article) pointedBack(s *sent, i int, t hit) (refs []targetRef, from *sent) {
	from = s
	c := s.clause[t.From]
	// An anaphor follows its verb closely ("replace them"); before the
	// trigger it may stand further off ("der Verkauf der Geräte beider
	// Hersteller ist untersagt"). A plural one ("both companies") gathers
	// vendors until it has two.
	// A single pronoun ("it", "sie") only follows its verb. A specific
	// technology phrase before the anaphor is what it points at instead
	// ("grounded its drone fleet and uses it only ...").
	const after, before = 3, 8
	for _, h := range s.roles[roleAnaphor] {
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
		// A noun anaphor ("the app", "die App") with nothing named near
		// points at the vendor the whole article is about.
		if len(refs) == 0 && h.To-h.From >= 2 {
			if tr, in := a.topicVendor(); tr != nil {
				refs, from = []targetRef{*tr}, in
			}
		}
		break
	}
	return refs, from
}

// techObject is the technology trigger t restricts when no vendor is
// named: the first phrase after the trigger in its clause, else the
// nearest before it.
func (s *sent) techObject(t hit) ([]corpus.Target, bool) {
	c := s.clause[t.From]
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
		if ac.Valid || ac.Kind != kindDemonym || s.clause[ac.From] != c {
			continue
		}
		for i := ac.To; i < len(s.Toks) && i <= ac.To+2; i++ {
			_, maker := s.roleAt(roleCompany, i)
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
			if len(x.trig) > 0 || len(x.roles[roleCondition]) > 0 {
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
			if slices.ContainsFunc(x.roles[roleSpeech], func(h hit) bool { return h.From >= tr.To && h.From-tr.To <= 1 }) {
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
	return slices.ContainsFunc(s.roles[roleAffects], func(h hit) bool { return h.From <= 3 })
}

// refersToMeasure reports whether the sentence opens with a definite
// noun of decision as its subject: "The new purchasing rule covers ...",
// "Die Anordnung betrifft ...".
func (s *sent) refersToMeasure() bool {
	for _, h := range s.roles[roleMeasure] {
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
		if !s.inRole(roleCoord, i) {
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

// notTargetRules name vendors that a sentence mentions beside a
// restriction without restricting them.
var notTargetRules = []func(s *sent, tr targetRef) bool{
	// A host: "removed from Apple's App Store and Google Play": where an
	// app is offered, not what is banned.
	func(s *sent, tr targetRef) bool { _, ok := s.roleAt(roleChannel, s.after(tr)); return ok },
	// The same named after the store: "aus den Stores von Apple", "the
	// app stores of Google".
	func(s *sent, tr targetRef) bool {
		p := tr.From - 1
		if p < 1 || (s.Toks[p].Lower != "von" && s.Toks[p].Lower != "of") {
			return false
		}
		return slices.ContainsFunc(s.roles[roleChannel], func(h hit) bool { return h.To == p })
	},
	// A company's people: "urged Apple CEO Tim Cook" addresses the
	// company, it restricts nothing of it.
	func(s *sent, tr targetRef) bool { _, ok := s.roleAt(roleExecutive, s.after(tr)); return ok },
}

// after is the token after vendor tr, a possessive "s" skipped.
func (s *sent) after(tr targetRef) int {
	if tr.To < len(s.Toks) && s.Toks[tr.To].Lower == "s" {
		return tr.To + 1
	}
	return tr.To
}

// notTarget reports whether a notTargetRule holds for vendor tr.
func (s *sent) notTarget(tr targetRef) bool {
	for _, r := range notTargetRules {
		if r(s, tr) {
			return true
		}
	}
	return false
}

// addressee reports whether vendor tr is the one a control verb orders to
// carry out trigger t, not its target: "directed Google and Apple to
// remove the apps", "urged the operators Huawei and ZTE to stop". A
// control verb stands before the vendor, "to" (or "zu") right before the
// trigger, and the trigger has an object of its own after it: another
// vendor or a kind of technology. "Ordered DeepSeek to stop processing
// data" orders the vendor to stop its own service, which is its ban.
func (s *sent) addressee(tr targetRef, t hit) bool {
	if tr.To > t.From || t.From-tr.To > 12 {
		return false
	}
	c := s.clause[t.From]
	end := len(s.Toks) // the object stands before the next trigger
	for _, o := range s.trig {
		if o.From >= t.To {
			end = min(end, o.From)
		}
	}
	object := slices.ContainsFunc(s.targets, func(o targetRef) bool {
		return o.From >= t.To && o.From < end && s.clause[o.From] == c && o.Vendor != tr.Vendor
	}) || slices.ContainsFunc(s.tech, func(tc techRef) bool {
		return tc.Specific && tc.From >= t.To && tc.From < end && s.clause[tc.From] == c
	})
	if !object {
		return false
	}
	if w := s.Toks[t.From-1].Lower; w != "to" && w != "zu" && !(t.From >= 2 && s.Toks[t.From-2].Lower == "to") {
		return false
	}
	for _, h := range s.roles[roleControl] {
		if h.To <= tr.From && tr.From-h.To <= 6 && s.clause[h.From] == s.clause[t.From] {
			return true
		}
	}
	return false
}
