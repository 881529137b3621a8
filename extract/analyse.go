package extract

import (
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/phrase"
)

// actorRef is a possible actor found in a sentence.
type actorRef struct {
	Text, Name, Country string
	Kind                actorKind
	From, To            int  // token range in its sentence
	Start, End          int  // byte range in its source text
	Speaker             bool // names a speaker reacting, not an actor
	Speech              bool // followed by a verb of saying
	Valid               bool // can act: not a vendor's nationality, a demonym with a head noun
}

// targetRef is a vendor or product named in a sentence.
type targetRef struct {
	corpus.Target
	From, To int
	Country  string // the vendor's country
	// open: a name of the open target slot, not of the gazetteers.
	open bool
}

// techRef is a technology phrase: a product word or a vendor-less target.
type techRef struct {
	hit
	Category corpus.TargetCategory
	Product  string
	Specific bool
}

// sent is one analysed sentence: the phrases of every table it contains.
type sent struct {
	sentence
	src     string // the text its offsets index: the body, or the title
	lang    string // lexicon language
	title   bool
	trig    []hit // ID indexes triggers.tsv
	status  []hit
	roles   [numRoles][]hit
	actors  []actorRef
	targets []targetRef
	tech    []techRef
	sectors []hit
	reasons []hit
	clause  []int // clause number of each token
}

func (s *sent) text(from, to int) string {
	return s.src[s.Toks[from].Start:s.Toks[to-1].End]
}

// determiners open a noun phrase; after ", and" they start a new clause.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"die": true, "der": true, "das": true, "ein": true, "eine": true}

func overlaps(a, b hit) bool { return a.From < b.To && b.From < a.To }

// analyse finds every lexicon phrase in one sentence.
func (e *Extractor) analyseSentence(st sentence, src, lg string, title bool) *sent {
	s := &sent{sentence: st, src: src, lang: lg, title: title}
	toks := st.Toks
	s.trig = e.trig[lg].Find(toks)
	s.status = e.status[lg].Find(toks)
	s.sectors = e.sectors[lg].Find(toks)
	s.reasons = e.reasons[lg].Find(toks)
	for r, m := range e.roles[lg] {
		s.roles[r] = m.Find(toks)
	}

	// Products first: "Microsoft Office" is a product, not the vendor twice.
	var named []hit
	for _, h := range e.products.Find(toks) {
		r := e.productRows[h.ID]
		s.targets = append(s.targets, targetRef{
			Target: corpus.Target{Text: s.text(h.From, h.To), Vendor: r.Cols[1], Product: r.Cols[0],
				Category: corpus.TargetCategory(r.Cols[2])},
			From: h.From, To: h.To, Country: e.vendorCountry[r.Cols[1]],
		})
		named = append(named, h)
	}
	for _, h := range e.vendors.Find(toks) {
		if overlapsAny(h, named) {
			continue
		}
		r := e.vendorRows[h.ID]
		s.targets = append(s.targets, targetRef{
			Target: targetOf(s.text(h.From, h.To), r),
			From:   h.From, To: h.To, Country: r.Cols[1],
		})
		named = append(named, h)
	}
	sortTargets(s.targets)
	for _, h := range e.tech.Find(toks) {
		if overlapsAny(h, named) {
			continue
		}
		r := e.techRows[h.ID]
		s.tech = append(s.tech, techRef{hit: h, Category: corpus.TargetCategory(r.Cols[0]),
			Product: r.Cols[1], Specific: r.Cols[2] == "specific"})
	}

	// Clauses: a clause word or a semicolon, colon or dash starts a new one.
	s.clause = make([]int, len(toks))
	c := 0
	for i := range toks {
		if i > 0 {
			gap := src[toks[i-1].End:toks[i].Start]
			if strings.ContainsAny(gap, ";:–—") || strings.Contains(gap, " - ") {
				c++
			}
		}
		if _, ok := s.roleAt(roleClause, i); ok && i > 0 {
			c++
		}
		// ", and the Indian authorities had ...": a comma, a conjunction and
		// a determiner start a new main clause; ", and Japan" is a list.
		if i > 0 && i+1 < len(toks) && strings.Contains(src[toks[i-1].End:toks[i].Start], ",") && s.inRole(roleCoord, i) &&
			determiners[toks[i+1].Lower] {
			c++
		}
		s.clause[i] = c
	}

	for _, h := range e.actors.Find(toks) {
		r := e.actorRows[h.ID]
		a := actorRef{Name: r.Cols[0], Country: r.Cols[1], Kind: actorKind(r.Cols[2]), From: h.From, To: h.To}
		// A company's name is its vendor mention too; a country inside a
		// vendor's name ("China Mobile") is no actor.
		if a.Kind != kindCompany && overlapsAny(h, named) {
			continue
		}
		e.qualifyActor(s, &a)
		// "the Egyptian House of Representatives": a demonym right before
		// a body named in many countries gives it its country.
		if n := len(s.actors); n > 0 && a.Kind == kindOrg {
			if d := &s.actors[n-1]; d.Kind == kindDemonym && !d.Valid && d.To == a.From && d.Country != a.Country {
				a.Country, a.Name = d.Country, d.Name+" "+a.Name
				a.From = d.From
				s.actors = s.actors[:n-1]
			}
		}
		a.Text = s.text(a.From, a.To)
		a.Start, a.End = s.Toks[a.From].Start, s.Toks[a.To-1].End
		s.actors = append(s.actors, a)
	}
	s.unknownMakers(named)
	e.openTargets(s, named)
	s.targets = slices.DeleteFunc(s.targets, s.notTarget)
	return s
}

// unknownMakers adds the vendors a sentence introduces by nationality and
// a maker noun though the gazetteer lacks them: "the Chinese manufacturer
// Contec Medical Systems", "des chinesischen Herstellers Foo", the
// translations' "the Chinese company "Foo"". The name is up to three
// capitalised words right after the noun that are nothing else already
// (no vendor, actor, technology or role word); its country is the
// nationality's. A specific technology word must stand in the clause.
func (s *sent) unknownMakers(named []hit) {
	for _, h := range s.roles[roleMaker] {
		country := ""
		for _, ac := range s.actors {
			if ac.Kind == kindDemonym && !ac.Valid && (ac.To == h.From || ac.To+1 == h.From) {
				country = ac.Country
			}
		}
		// Only a maker of technology: some specific technology word in the
		// clause ("monitors of the Chinese manufacturer X"), not any firm
		// ("an investigation into Ukrainian energy company X").
		if country == "" || !slices.ContainsFunc(s.tech, func(tc techRef) bool { return tc.Specific && s.clause[tc.From] == s.clause[h.From] }) {
			continue
		}
		j := h.To
		for j < len(s.Toks) && j < h.To+3 && phrase.Capitalised(s.Toks[j].Text) && !s.taken(j, named, j > h.To) {
			// A sentence's next clause or a list starts after a comma.
			if j > h.To && strings.ContainsAny(s.src[s.Toks[j-1].End:s.Toks[j].Start], ",;:") {
				break
			}
			j++
		}
		if j == h.To {
			continue
		}
		name := s.text(h.To, j)
		s.targets = append(s.targets, targetRef{
			Target: corpus.Target{Text: name, Vendor: name, Category: corpus.CategoryOther},
			From:   h.To, To: j, Country: country,
		})
	}
	sortTargets(s.targets)
}

// taken reports whether token i already belongs to a name, a technology
// word or a role word: "the Chinese maker Hikvision" is known, "chinesische
// Hersteller Drohnen" names no maker.
//
// Inside a name already begun only names, actors, technology and trigger
// words end it: "Lumora Health" keeps its sector word.
func (s *sent) taken(i int, named []hit, inName bool) bool {
	in := func(h hit) bool { return h.From <= i && i < h.To }
	if slices.ContainsFunc(named, in) || slices.ContainsFunc(s.tech, func(tc techRef) bool { return in(tc.hit) }) ||
		slices.ContainsFunc(s.actors, func(ac actorRef) bool { return ac.From <= i && i < ac.To }) || slices.ContainsFunc(s.trig, in) {
		return true
	}
	if inName {
		return false
	}
	if slices.ContainsFunc(s.sectors, in) {
		return true
	}
	for _, hs := range s.roles {
		if slices.ContainsFunc(hs, in) {
			return true
		}
	}
	return false
}

// targetOf is the target a vendor row names, quoted as text.
func targetOf(text string, r row) corpus.Target {
	return corpus.Target{Text: text, Vendor: r.Cols[0], Category: corpus.TargetCategory(r.Cols[2])}
}

func overlapsAny(h hit, hs []hit) bool {
	for _, o := range hs {
		if overlaps(h, o) {
			return true
		}
	}
	return false
}

func sortTargets(t []targetRef) {
	for i := 1; i < len(t); i++ {
		for j := i; j > 0 && t[j].From < t[j-1].From; j-- {
			t[j], t[j-1] = t[j-1], t[j]
		}
	}
}

// qualifyActor decides whether an actor mention can act and widens it over
// its head noun. The words after it tell: a government noun makes an actor
// ("Japanese government"), a company noun or a vendor name makes it a
// vendor's nationality ("Chinese companies", "China's ZTE"), a speaker noun
// makes it the other side reacting ("Chinese foreign ministry spokesman").
func (e *Extractor) qualifyActor(s *sent, a *actorRef) {
	const window = 4
	a.Valid = a.Kind == kindCountry || a.Kind == kindOrg || a.Kind == kindCompany
	// "US-Clouds", "US-Konzerne", "China-Chips": a country joined by a
	// hyphen to a technology or a company word is its makers' nationality
	// ("EU-Verbot" and "EU-Staaten" keep their actor).
	if (a.Kind == kindCountry || a.Kind == kindDemonym) && a.To < len(s.Toks) && s.Toks[a.To].Start == s.Toks[a.To-1].End+1 &&
		s.src[s.Toks[a.To-1].End] == '-' {
		_, company := s.roleAt(roleCompany, a.To)
		if company || slices.ContainsFunc(s.tech, func(tc techRef) bool { return tc.From == a.To }) {
			a.Valid = false
			return
		}
	}
	if s.placeOfOrigin(a) {
		a.Valid = false
		return
	}
	for i := a.To; i < len(s.Toks) && i < a.To+window; i++ {
		if h, ok := s.roleAt(roleSpeaker, i); ok {
			a.Speaker = true
			a.To = max(a.To, h.To)
			break
		}
		if _, ok := s.roleAt(roleSpeech, i); ok {
			a.Speech = true
			break
		}
		if h, ok := s.roleAt(roleGovernment, i); ok {
			a.Valid = true
			if a.Kind == kindDemonym || a.Kind == kindCountry {
				a.To = h.To
				if a.Name != "European Union" {
					a.Name = "Government of " + a.Name
				}
			}
			// "Japanese government spokesman" is still a speaker.
			if i2 := h.To; i2 < len(s.Toks) {
				if sp, ok := s.roleAt(roleSpeaker, i2); ok {
					a.Speaker = true
					a.To = sp.To
				}
			}
			break
		}
		if a.Kind == kindCompany || a.Kind == kindOrg {
			if phrase.Capitalised(s.Toks[i].Text) {
				break
			}
			continue // a named body has no nationality to give away
		}
		// A country's name is a vendor's nationality only right before it
		// ("China's ZTE", "Chinas Huawei"); a demonym a little further off
		// ("Chinese electronics makers Huawei").
		adjacent := i == a.To || (i == a.To+1 && s.Toks[a.To].Lower == "s")
		if a.Kind == kindCountry && !adjacent {
			if trigAt(s, i) && i-a.To <= 2 {
				break
			}
			if phrase.Capitalised(s.Toks[i].Text) && s.Toks[i].Lower != "s" {
				break
			}
			continue
		}
		if _, ok := s.roleAt(roleCompany, i); ok {
			a.Valid = false
			break
		}
		// A vendor's nationality names its own country: "China's ZTE",
		// "chinesische Huawei". Before another country's vendor the name
		// is the subject of an inverted clause ("Gestern hat Indien WeChat
		// verboten").
		if tr, ok := targetRefAt(s, i); ok {
			if tr.Country == "" || tr.Country == a.Country {
				a.Valid = false
			}
			break
		}
		if trigAt(s, i) && i-a.To <= 2 {
			a.Valid = true // "the Japanese ban", "Japan's planned ban"
			break
		}
		if phrase.Capitalised(s.Toks[i].Text) && s.Toks[i].Lower != "s" {
			break // another name begins
		}
	}
}

func targetRefAt(s *sent, i int) (targetRef, bool) {
	for _, t := range s.targets {
		if t.From == i {
			return t, true
		}
	}
	return targetRef{}, false
}

func trigAt(s *sent, i int) bool {
	for _, t := range s.trig {
		if t.From == i {
			return true
		}
	}
	return false
}

// originWords say where something comes from or sits, after a place joined
// by a hyphen ("California-based", "Saudi-owned") or before it ("based in
// Dubai"): the mention then describes a vendor or a person and does not act.
var originWords = map[string]bool{"based": true, "headquartered": true, "registered": true, "owned": true, "backed": true, "listed": true}

// placeOfOrigin reports whether an actor mention is one of origin: a
// place, or a body ("Kremlin-backed"), that something is said to come from.
func (s *sent) placeOfOrigin(a *actorRef) bool {
	if a.To < len(s.Toks) && s.Toks[a.To].Start == s.Toks[a.To-1].End+1 && s.src[s.Toks[a.To-1].End] == '-' && originWords[s.Toks[a.To].Lower] {
		return true
	}
	return a.From >= 2 && s.Toks[a.From-1].Lower == "in" && originWords[s.Toks[a.From-2].Lower]
}
