package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/phrase"
	"github.com/bansift/bansift/names"
	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	prosetok "github.com/jdkato/prose/v3/tokenize"
)

// Options configure an Extractor; the zero value works.
type Options struct {
	// Lexicons are extra lexicon files or directories of them. A file's base
	// name says which table it extends (vendors.tsv, actors.tsv,
	// triggers.tsv, ...: see the files in data/); its rows are added to the
	// embedded ones. An unknown name is an error.
	Lexicons []string
	// NameFiles are extra gazetteers of people, companies and places in the
	// names package's format (people*.tsv, companies*.tsv, places*.tsv; see
	// names.Load), for reading garbled names back.
	NameFiles []string
	// MinConfidence drops claims below it; zero means DefaultMinConfidence.
	MinConfidence float64
	// NoTagging skips prose part-of-speech tagging, which only widens English
	// target quotes to their noun phrase; claims are the same without it.
	NoTagging bool
}

// DefaultMinConfidence is the confidence below which a candidate is not
// reported as a claim.
const DefaultMinConfidence = 0.45

// Document is what claims are extracted from.
type Document struct {
	Title      string
	Text       string // cleaned body; evidence offsets index into it
	Language   string // ISO 639-1
	Translated bool   // the text reads as a machine translation
	// Context, if set, stops the analysis at the next sentence once it is
	// done (a page's time budget spent): the result is then partial, and
	// the caller, who set it, knows to check it.
	Context context.Context
}

// languages the lexicons cover; other languages are read with the English
// rules, which is right for machine translations into English.
var languages = []string{"en", "de"}

// Extractor finds technology restrictions in articles. Built once, safe for
// concurrent use: every field is read-only after New.
type Extractor struct {
	minConf float64

	split map[string]splitter

	trig, status, sectors, reasons  map[string]*phrase.Matcher
	roles                           map[string]*[numRoles]*phrase.Matcher // language -> role -> phrases
	actors, vendors, products, tech *phrase.Matcher

	trigRows, statusRows, roleRows, sectorRows, reasonRows []row
	actorRows, vendorRows, productRows, techRows           []row

	vendorCountry map[string]string // canonical vendor -> country
	vendorDefault map[string]string // canonical vendor -> default category

	// bareGov are the plain government nouns ("ministry", "Behörde"): a
	// body named only by one is the actor referred back to, not another.
	bareGov map[string]bool

	names     *names.Matcher // near-miss names of machine translations
	tagger    *tag.Tagger    // nil when tagging is off
	tokenizer *prosetok.Tokenizer
}

// New builds an Extractor: it loads the lexicons and prose's models once.
func New(opts Options) (*Extractor, error) {
	tables, err := loadTables(opts.Lexicons)
	if err != nil {
		return nil, err
	}
	e := &Extractor{minConf: opts.MinConfidence}
	if e.minConf == 0 {
		e.minConf = DefaultMinConfidence
	}
	seg, err := segment.New()
	if err != nil {
		return nil, fmt.Errorf("sentence model: %w", err)
	}
	en := proseSplitter{seg: seg, titles: map[string]bool{}}
	de := germanSplitter{abbrev: map[string]bool{}, months: map[string]bool{}}
	for _, r := range tables["splitting.tsv"] {
		for _, w := range r.Phrases {
			switch {
			case r.Cols[0] == "title" && r.Cols[1] == "en":
				en.titles[strings.ToLower(w)] = true
			case r.Cols[0] == "abbrev" && r.Cols[1] == "de":
				de.abbrev[strings.ToLower(w)] = true
			case r.Cols[0] == "month" && r.Cols[1] == "de":
				de.months[strings.ToLower(w)] = true
			}
		}
	}
	e.split = map[string]splitter{"en": en, "de": de}

	if err := e.checkVocab(tables); err != nil {
		return nil, err
	}
	e.trigRows, e.statusRows, e.roleRows = tables["triggers.tsv"], tables["status.tsv"], tables["roles.tsv"]
	e.sectorRows, e.reasonRows = tables["sectors.tsv"], tables["reasons.tsv"]
	e.actorRows, e.vendorRows = tables["actors.tsv"], tables["vendors.tsv"]
	e.productRows, e.techRows = tables["products.tsv"], tables["technology.tsv"]

	e.trig = langMatchers(e.trigRows, 1, languages)
	e.status = langMatchers(e.statusRows, 1, languages)
	e.roles = map[string]*[numRoles]*phrase.Matcher{}
	for _, lg := range languages {
		e.roles[lg] = &[numRoles]*phrase.Matcher{}
		for rl, name := range roleNames {
			m := &phrase.Matcher{}
			for id, r := range e.roleRows {
				if r.Cols[0] != name || !langOK(r.Cols[1], lg) {
					continue
				}
				for _, p := range r.Phrases {
					variants := articleVariants(lg, p)
					if role(rl) == roleAnaphor {
						variants = anaphorVariants(lg, p, e.isMaker(lg))
					}
					for _, v := range variants {
						for _, f := range inflections(lg, v) {
							m.Add(phrase.MustCompile(f), id)
						}
					}
				}
			}
			e.roles[lg][rl] = m
		}
	}
	e.bareGov = map[string]bool{}
	for _, r := range e.roleRows {
		if r.Cols[0] == roleNames[roleGovernment] {
			for _, p := range r.Phrases {
				if !strings.ContainsAny(p, "* ") {
					e.bareGov[strings.ToLower(p)] = true
				}
			}
		}
	}
	e.sectors = langMatchers(e.sectorRows, 1, languages)
	e.reasons = langMatchers(e.reasonRows, 1, languages)
	e.actors = allMatcher(withGenitives(e.actorRows))
	e.vendors = allMatcher(e.vendorRows)
	e.products = allMatcher(e.productRows)
	e.tech = allMatcher(e.techRows)

	e.vendorCountry = map[string]string{}
	e.vendorDefault = map[string]string{}
	for _, r := range e.vendorRows {
		e.vendorCountry[r.Cols[0]] = r.Cols[1]
		e.vendorDefault[r.Cols[0]] = r.Cols[2]
	}
	if e.names, err = nearMissMatcher(e.vendorRows, e.actorRows, opts.NameFiles); err != nil {
		return nil, fmt.Errorf("names: %w", err)
	}
	if !opts.NoTagging {
		tg, err := tag.New()
		if err != nil {
			return nil, fmt.Errorf("tagger model: %w", err)
		}
		e.tagger = tg
		e.tokenizer = prosetok.New()
	}
	return e, nil
}

// checkVocab rejects lexicon rows whose vocabulary columns are not values of
// corpus/vocab.go, so a typo in a user file fails loudly at start-up.
func (e *Extractor) checkVocab(tables map[string][]row) error {
	check := func(table string, col int, ok func(string) bool) error {
		for _, r := range tables[table] {
			if !ok(r.Cols[col]) {
				return fmt.Errorf("%s: unknown value %q in column %d", table, r.Cols[col], col+1)
			}
		}
		return nil
	}
	in := func(vals ...string) func(string) bool {
		return func(s string) bool {
			for _, v := range vals {
				if v == s {
					return true
				}
			}
			return false
		}
	}
	var actions, statuses, cats, sectors, reasons []string
	for _, a := range corpus.Actions {
		actions = append(actions, string(a))
	}
	for _, s := range corpus.Statuses {
		statuses = append(statuses, string(s))
	}
	for _, c := range corpus.TargetCategories {
		cats = append(cats, string(c))
	}
	for _, s := range corpus.Sectors {
		sectors = append(sectors, string(s))
	}
	for _, r := range corpus.ReasonCategories {
		reasons = append(reasons, string(r))
	}
	for _, c := range []struct {
		table string
		col   int
		ok    func(string) bool
	}{
		{"triggers.tsv", 0, in(actions...)},
		{"status.tsv", 0, in(statuses...)},
		{"vendors.tsv", 2, in(cats...)},
		{"products.tsv", 2, in(cats...)},
		{"technology.tsv", 0, in(cats...)},
		{"technology.tsv", 2, in("specific", "generic")},
		{"sectors.tsv", 0, in(sectors...)},
		{"reasons.tsv", 0, in(reasons...)},
		{"actors.tsv", 2, in(string(kindCountry), string(kindDemonym), string(kindOrg), string(kindCompany))},
		{"roles.tsv", 0, in(roleNames[:]...)},
		{"splitting.tsv", 0, in("abbrev", "month", "title")},
	} {
		if err := check(c.table, c.col, c.ok); err != nil {
			return err
		}
	}
	return nil
}

// lang maps a document language to the lexicon language used for it.
func lang(code string) string {
	if code == "de" {
		return "de"
	}
	return "en"
}

// Extract returns the claims doc reports, the primary one marked. Every
// claim's evidence quotes doc.Text at its byte offsets.
func (e *Extractor) Extract(doc Document) []corpus.Claim {
	return e.ExtractResult(doc).Claims
}

// Result is what an article yields: its claims, and how sure the
// extractor is that it reports a restriction it could not make a claim of.
type Result struct {
	// Claims are the restrictions reported, as Extract returns them.
	Claims []corpus.Claim
	// Unplaced is the confidence of the best restriction found whose
	// imposer's country the article never gives ("the city council banned
	// TikTok"): no claim can carry it, but the article reports one. Zero
	// when there is none. relevance.Judge.Decide reads it (Input.Unplaced).
	Unplaced float64
}

// ExtractResult is Extract with the article-level evidence that goes with
// the claims.
func (e *Extractor) ExtractResult(doc Document) Result {
	a := e.analyse(doc)
	cs := a.claims()
	return Result{Claims: cs, Unplaced: a.unplaced}
}

// restrictionActions are the actions whose trigger words say on their
// own that something is restricted; a phase-out's "replace" and a review's
// "examine" need an authority beside them to report one.
var restrictionActions = []corpus.Action{corpus.ActionBan, corpus.ActionPurchaseBan, corpus.ActionRestrict}

// RestrictionPhrases returns, by language, the trigger phrases (in the
// lexicon's pattern syntax, built-in and the user's) of the actions that
// name a restriction on their own: ban, purchase ban, restriction. The
// relevance stage reads them as restriction cues, so that whatever the
// extractor reads as a ban the judge of the article reads as one too.
func (e *Extractor) RestrictionPhrases() map[string][]string {
	out := map[string][]string{}
	for _, r := range e.trigRows {
		if !slices.Contains(restrictionActions, corpus.Action(r.Cols[0])) {
			continue
		}
		for _, lg := range languages {
			if langOK(r.Cols[1], lg) {
				out[lg] = append(out[lg], r.Phrases...)
			}
		}
	}
	return out
}

// plural reports whether an anaphor refers to several vendors.
func (e *Extractor) plural(anaphor string) bool {
	for _, lg := range languages {
		if len(e.roles[lg][rolePlural].Find(phrase.Tokenize(anaphor, 0))) > 0 {
			return true
		}
	}
	return false
}

// withGenitives adds the German genitive of every one-word country name
// ("Österreichs Bundesheer", "Frankreichs Regierung"), as the lexicon lists
// base forms. Names ending in a sibilant or written in capitals (USA, EU)
// take none.
func withGenitives(rows []row) []row {
	out := make([]row, len(rows))
	for i, r := range rows {
		out[i] = r
		if r.Cols[1] == "" || r.Cols[2] != string(kindCountry) {
			continue
		}
		ph := slices.Clone(r.Phrases)
		for _, p := range r.Phrases {
			if strings.ContainsAny(p, " .-") || !phrase.Capitalised(p) || phrase.Upper(p) || strings.ContainsAny(p[len(p)-1:], "sxzß") {
				continue
			}
			if g := p + "s"; !slices.Contains(ph, g) {
				ph = append(ph, g)
			}
		}
		out[i].Phrases = ph
	}
	return out
}

// isMaker returns whether a noun of language lg, singular or plural, is
// one of the maker role's: "company", "firms", "Konzern".
func (e *Extractor) isMaker(lg string) func(string) bool {
	return func(w string) bool {
		for _, r := range e.roleRows {
			if r.Cols[0] != roleNames[roleMaker] || !langOK(r.Cols[1], lg) {
				continue
			}
			for _, p := range r.Phrases {
				for _, s := range singular(strings.ToLower(w)) {
					if p == s {
						return true
					}
				}
			}
		}
		return false
	}
}
