package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// How Evaluate scores records against gold (issue 2, ../shared/corpus/FORMAT.md):
//
//   - Records match gold by id; a record id may carry a directory prefix
//     ("articles/003_x" matches gold "003_x"). A gold page with no record is
//     scored as a record with nothing in it; records without gold are listed
//     in Report.Extra and not scored.
//   - Body: the gold body is every non-blank input line not listed as
//     boilerplate or meta. The predicted body is the record's text, plus its
//     title when the title is not already a line of the text (the headline is
//     a body line of the input; which field the pipeline puts it in does not
//     matter). Both are bags of BenchTokens; per page TP is the min-count
//     overlap; TP, FP and FN are summed over pages (micro-average). Pages
//     whose article text is not known are left out of body and leak scores.
//   - Leak rate: the share of gold boilerplate lines (distinct, normalised)
//     still present as a line of the record's text, summed over pages.
//   - Claims are scored as (actor country, target) pairs. A gold claim gives
//     one pair per vendor, or one (country, target category) pair when it
//     names no vendor. A predicted claim gives one pair per target: its vendor
//     when it has one, else its category; a claim with no target gives one
//     pair that cannot match (a false positive). Vendors compare after case
//     folding and white-space normalisation. Pairs are sets per page. A pair
//     only an optional gold claim gives is neither a miss nor, when
//     predicted, a false positive.
//   - Primary recall: the pairs of non-optional primary gold claims that a
//     predicted claim marked primary gives.
//   - Attributes are scored on each matched pair, taking the gold and
//     predicted claims that give the pair and agree best: action and status
//     equal; sector and reason right when the two lists share a value (or
//     both are empty); category right when a predicted target giving the
//     pair has the gold category.
//   - Translated-from: a gold translated page is recalled when the record
//     says translated from the same language; a record saying translated on
//     a page gold says is not is a false positive.

// Ratio is hits out of total; its value is undefined when total is 0.
type Ratio struct {
	Hits  int `json:"hits"`
	Total int `json:"total"`
}

// Value returns Hits/Total, and false when Total is 0.
func (r Ratio) Value() (float64, bool) {
	if r.Total == 0 {
		return 0, false
	}
	return float64(r.Hits) / float64(r.Total), true
}

func (r *Ratio) add(hit bool) {
	r.Total++
	if hit {
		r.Hits++
	}
}

// MarshalJSON adds the value, null when undefined.
func (r Ratio) MarshalJSON() ([]byte, error) {
	type plain Ratio
	return json.Marshal(struct {
		plain
		Value *float64 `json:"value"`
	}{plain(r), optional(r.Value())})
}

// PRF counts true positives, false positives and false negatives.
type PRF struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Precision is TP/(TP+FP), undefined when nothing was predicted.
func (s PRF) Precision() (float64, bool) { return Ratio{s.TP, s.TP + s.FP}.Value() }

// Recall is TP/(TP+FN), undefined when gold has nothing.
func (s PRF) Recall() (float64, bool) { return Ratio{s.TP, s.TP + s.FN}.Value() }

// F1 is the harmonic mean of precision and recall. It is undefined when both
// are; when only one is, something was missed or spurious and F1 is 0.
func (s PRF) F1() (float64, bool) {
	p, okP := s.Precision()
	r, okR := s.Recall()
	switch {
	case !okP && !okR:
		return 0, false
	case !okP || !okR || p+r == 0:
		return 0, true
	}
	return 2 * p * r / (p + r), true
}

func (s *PRF) addCounts(o PRF) { s.TP += o.TP; s.FP += o.FP; s.FN += o.FN }

// MarshalJSON adds precision, recall and F1, null when undefined.
func (s PRF) MarshalJSON() ([]byte, error) {
	type plain PRF
	return json.Marshal(struct {
		plain
		P  *float64 `json:"p"`
		R  *float64 `json:"r"`
		F1 *float64 `json:"f1"`
	}{plain(s), optional(s.Precision()), optional(s.Recall()), optional(s.F1())})
}

func optional(v float64, ok bool) *float64 {
	if !ok || math.IsNaN(v) {
		return nil
	}
	return &v
}

// ClaimPair is the unit claims are counted in: who restricts what.
type ClaimPair struct {
	Country string `json:"country"`
	// Vendor is the canonical vendor, "" when the target is a technology.
	Vendor string `json:"vendor,omitempty"`
	// Category is set when Vendor is "".
	Category corpus.TargetCategory `json:"category,omitempty"`
}

func (p ClaimPair) String() string {
	if p.Vendor != "" {
		return p.Country + "/" + p.Vendor
	}
	return p.Country + "/[" + string(p.Category) + "]"
}

// key is the form pairs are compared in.
func (p ClaimPair) key() ClaimPair {
	p.Country = strings.ToUpper(strings.TrimSpace(p.Country))
	p.Vendor = strings.ToLower(NormalizeLine(p.Vendor))
	if p.Vendor != "" {
		p.Category = ""
	}
	return p
}

// GoldPairs expands a gold claim to its pairs.
func GoldPairs(c GoldClaim) []ClaimPair {
	if len(c.Vendors) == 0 {
		return []ClaimPair{{Country: c.ActorCountry, Category: c.TargetCategory}}
	}
	pairs := make([]ClaimPair, len(c.Vendors))
	for i, v := range c.Vendors {
		pairs[i] = ClaimPair{Country: c.ActorCountry, Vendor: v}
	}
	return pairs
}

// ClaimPairs expands a predicted claim to its pairs, one per target.
func ClaimPairs(c corpus.Claim) []ClaimPair {
	if len(c.Targets) == 0 {
		return []ClaimPair{{Country: c.Actor.Country}}
	}
	pairs := make([]ClaimPair, len(c.Targets))
	for i, t := range c.Targets {
		pairs[i] = ClaimPair{Country: c.Actor.Country, Vendor: t.Vendor}
		if t.Vendor == "" {
			pairs[i].Category = t.Category
		}
	}
	return pairs
}

// PairMatch is a claim pair both gold and the record have, with how the
// attributes of the best-agreeing claims compare.
type PairMatch struct {
	Pair     ClaimPair `json:"pair"`
	Action   bool      `json:"action"`
	Status   bool      `json:"status"`
	Sector   bool      `json:"sector"`
	Reason   bool      `json:"reason"`
	Category bool      `json:"category"`
	// Wrong says, for each wrong attribute, what was predicted and wanted.
	Wrong []string `json:"wrong,omitempty"`
}

func (m PairMatch) right() int {
	n := 0
	for _, ok := range []bool{m.Action, m.Status, m.Sector, m.Reason, m.Category} {
		if ok {
			n++
		}
	}
	return n
}

// ArticleReport is the score of one gold page, for --verbose.
type ArticleReport struct {
	ID        string              `json:"id"`
	HasRecord bool                `json:"has_record"`
	Error     *corpus.RecordError `json:"error,omitempty"`

	Language           string `json:"language"`
	WantLanguage       string `json:"want_language"`
	TranslatedFrom     string `json:"translated_from,omitempty"`
	WantTranslatedFrom string `json:"want_translated_from,omitempty"`
	Relevant           bool   `json:"relevant"`
	WantRelevant       bool   `json:"want_relevant"`

	// Body is nil when the article text was not known.
	Body *PRF `json:"body,omitempty"`
	// Leaked are the gold boilerplate lines found in the record's text, out
	// of BoilerplateLines.
	Leaked           []string `json:"leaked,omitempty"`
	BoilerplateLines int      `json:"boilerplate_lines"`

	Claims        PRF         `json:"claims"`
	Matched       []PairMatch `json:"matched,omitempty"`
	Missed        []ClaimPair `json:"missed,omitempty"`
	Spurious      []ClaimPair `json:"spurious,omitempty"`
	Optional      []ClaimPair `json:"optional_matched,omitempty"` // predicted, matching only optional gold: ignored
	Primary       Ratio       `json:"primary"`
	PrimaryMissed []ClaimPair `json:"primary_missed,omitempty"`
}

// Report is the score of a set of records against gold.
type Report struct {
	// Pages is the number of gold pages scored.
	Pages int `json:"pages"`
	// Missing are gold ids with no record; Extra are record ids with no gold
	// (or a second record for the same id), not scored.
	Missing []string `json:"missing,omitempty"`
	Extra   []string `json:"extra,omitempty"`

	Language Ratio `json:"language"`
	// Translated counts translated gold pages recalled with the right code;
	// TranslatedFP counts non-translated gold pages a record calls translated.
	Translated   Ratio `json:"translated"`
	TranslatedFP Ratio `json:"translated_fp"`
	Relevance    Ratio `json:"relevance"`

	Body PRF   `json:"body"`
	Leak Ratio `json:"leak"`

	Claims   PRF   `json:"claims"`
	Primary  Ratio `json:"primary"`
	Action   Ratio `json:"action"`
	Status   Ratio `json:"status"`
	Sector   Ratio `json:"sector"`
	Reason   Ratio `json:"reason"`
	Category Ratio `json:"category"`

	// Articles has one entry per gold page, sorted by id.
	Articles []ArticleReport `json:"articles"`
}

// RecordKey is the gold id a record id matches: its base name.
func RecordKey(id string) string {
	return path.Base(filepath.ToSlash(id))
}

// Evaluate scores records against gold. articles maps gold ids to their
// plain input text, for body and leak scores; it may be nil.
func Evaluate(records []corpus.Record, gold map[string]Gold, articles map[string]string) Report {
	byID := make(map[string]*corpus.Record, len(records))
	var rep Report
	for i := range records {
		k := RecordKey(records[i].ID)
		if _, ok := gold[k]; !ok || byID[k] != nil {
			rep.Extra = append(rep.Extra, records[i].ID)
			continue
		}
		byID[k] = &records[i]
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		g := gold[id]
		rec := byID[id]
		if rec == nil {
			rep.Missing = append(rep.Missing, id)
			rec = &corpus.Record{ID: id}
		}
		text, hasText := articles[id]
		a := evaluateArticle(*rec, g, text, hasText)
		a.HasRecord = byID[id] != nil
		rep.add(a)
		rep.Articles = append(rep.Articles, a)
	}
	return rep
}

// add folds one article's scores into the totals.
func (r *Report) add(a ArticleReport) {
	r.Pages++
	r.Language.add(a.Language == a.WantLanguage)
	if a.WantTranslatedFrom != "" {
		r.Translated.add(a.TranslatedFrom == a.WantTranslatedFrom)
	} else {
		r.TranslatedFP.add(a.TranslatedFrom != "")
	}
	r.Relevance.add(a.Relevant == a.WantRelevant)
	if a.Body != nil {
		r.Body.addCounts(*a.Body)
		r.Leak.Hits += len(a.Leaked)
		r.Leak.Total += a.BoilerplateLines
	}
	r.Claims.addCounts(a.Claims)
	r.Primary.Hits += a.Primary.Hits
	r.Primary.Total += a.Primary.Total
	for _, m := range a.Matched {
		r.Action.add(m.Action)
		r.Status.add(m.Status)
		r.Sector.add(m.Sector)
		r.Reason.add(m.Reason)
		r.Category.add(m.Category)
	}
}

func evaluateArticle(rec corpus.Record, g Gold, text string, hasText bool) ArticleReport {
	a := ArticleReport{
		ID:           g.ID,
		Error:        rec.Error,
		Language:     rec.Language.Code,
		WantLanguage: g.Language,
		Relevant:     rec.Relevant.Label,
		WantRelevant: g.Relevant,
	}
	if rec.TranslatedFrom != nil {
		a.TranslatedFrom = rec.TranslatedFrom.Code
	}
	if g.TranslatedFrom != nil {
		a.WantTranslatedFrom = *g.TranslatedFrom
	}
	if hasText {
		body := scoreBody(g.BodyLines(text), rec)
		a.Body = &body
		a.Leaked, a.BoilerplateLines = leaks(g.Lines.Boilerplate, rec.Text)
	}
	scoreClaims(&a, rec.Claims, g.Claims)
	return a
}

// scoreBody compares token bags of the gold body lines and the record.
func scoreBody(goldLines []string, rec corpus.Record) PRF {
	gold := tokenBag(strings.Join(goldLines, "\n"))
	predicted := rec.Text
	if t := NormalizeLine(rec.Title); t != "" && !slices.Contains(normalizedLines(rec.Text), t) {
		predicted = rec.Title + "\n" + predicted
	}
	pred := tokenBag(predicted)
	var s PRF
	for tok, g := range gold {
		p := pred[tok]
		s.TP += min(g, p)
		s.FN += max(0, g-p)
	}
	for tok, p := range pred {
		s.FP += max(0, p-gold[tok])
	}
	return s
}

func tokenBag(s string) map[string]int {
	bag := make(map[string]int)
	for _, t := range BenchTokens(s) {
		bag[t]++
	}
	return bag
}

// leaks returns the distinct boilerplate lines present as lines of text, and
// how many distinct boilerplate lines there are.
func leaks(boilerplate []string, text string) ([]string, int) {
	have := make(map[string]bool)
	for _, l := range normalizedLines(text) {
		have[l] = true
	}
	seen := make(map[string]bool)
	var leaked []string
	for _, l := range boilerplate {
		n := NormalizeLine(l)
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		if have[n] {
			leaked = append(leaked, n)
		}
	}
	return leaked, len(seen)
}

// pairSource is one claim giving a pair.
type goldSource struct {
	pair  ClaimPair
	claim *GoldClaim
}

type predSource struct {
	pair   ClaimPair
	claim  *corpus.Claim
	target *corpus.Target // nil for a claim without targets
}

func scoreClaims(a *ArticleReport, predicted []corpus.Claim, gold []GoldClaim) {
	required := map[ClaimPair][]goldSource{}
	optionalOnly := map[ClaimPair]ClaimPair{}
	var requiredOrder []ClaimPair
	primary := map[ClaimPair]ClaimPair{}
	var primaryOrder []ClaimPair
	for i := range gold {
		c := &gold[i]
		for _, p := range GoldPairs(*c) {
			k := p.key()
			if c.Optional {
				optionalOnly[k] = p
				continue
			}
			if _, ok := required[k]; !ok {
				requiredOrder = append(requiredOrder, k)
			}
			required[k] = append(required[k], goldSource{p, c})
			if c.Primary {
				if _, ok := primary[k]; !ok {
					primaryOrder = append(primaryOrder, k)
				}
				primary[k] = p
			}
		}
	}
	for k := range required {
		delete(optionalOnly, k)
	}

	preds := map[ClaimPair][]predSource{}
	var predOrder []ClaimPair
	primaryPredicted := map[ClaimPair]bool{}
	for i := range predicted {
		c := &predicted[i]
		pairs := ClaimPairs(*c)
		for j, p := range pairs {
			k := p.key()
			if _, ok := preds[k]; !ok {
				predOrder = append(predOrder, k)
			}
			src := predSource{pair: p, claim: c}
			if len(c.Targets) > 0 {
				src.target = &c.Targets[j]
			}
			preds[k] = append(preds[k], src)
			if c.Primary {
				primaryPredicted[k] = true
			}
		}
	}

	for _, k := range requiredOrder {
		ps, ok := preds[k]
		if !ok {
			a.Claims.FN++
			a.Missed = append(a.Missed, required[k][0].pair)
			continue
		}
		a.Claims.TP++
		a.Matched = append(a.Matched, bestMatch(required[k], ps))
	}
	for _, k := range predOrder {
		if _, ok := required[k]; ok {
			continue
		}
		p := preds[k][0].pair
		if g, ok := optionalOnly[k]; ok {
			a.Optional = append(a.Optional, g)
			continue
		}
		a.Claims.FP++
		a.Spurious = append(a.Spurious, p)
	}
	for _, k := range primaryOrder {
		hit := primaryPredicted[k]
		a.Primary.add(hit)
		if !hit {
			a.PrimaryMissed = append(a.PrimaryMissed, primary[k])
		}
	}
}

// bestMatch compares every gold and predicted claim giving one pair and
// keeps the combination with most attributes right (the first on ties).
func bestMatch(golds []goldSource, preds []predSource) PairMatch {
	var best PairMatch
	bestRight := -1
	for _, g := range golds {
		for _, p := range preds {
			m := compareClaims(g, p)
			if r := m.right(); r > bestRight {
				best, bestRight = m, r
			}
		}
	}
	return best
}

func compareClaims(g goldSource, p predSource) PairMatch {
	gc, pc := g.claim, p.claim
	m := PairMatch{Pair: g.pair}
	wrong := func(field string, got, want any) {
		m.Wrong = append(m.Wrong, fmt.Sprintf("%s: got %v, want %v", field, got, want))
	}
	if m.Action = pc.Action == gc.Action; !m.Action {
		wrong("action", pc.Action, gc.Action)
	}
	if m.Status = pc.Status == gc.Status; !m.Status {
		wrong("status", pc.Status, gc.Status)
	}
	sectors := make([]corpus.Sector, len(pc.Affected))
	for i, af := range pc.Affected {
		sectors[i] = af.Sector
	}
	if m.Sector = overlap(sectors, gc.AffectedSectors); !m.Sector {
		wrong("sector", sectors, gc.AffectedSectors)
	}
	reasons := make([]corpus.ReasonCategory, len(pc.Reasons))
	for i, r := range pc.Reasons {
		reasons[i] = r.Category
	}
	if m.Reason = overlap(reasons, gc.ReasonCategories); !m.Reason {
		wrong("reason", reasons, gc.ReasonCategories)
	}
	var cat corpus.TargetCategory
	if p.target != nil {
		cat = p.target.Category
	}
	if m.Category = cat == gc.TargetCategory; !m.Category {
		wrong("category", cat, gc.TargetCategory)
	}
	return m
}

// overlap is true when a and b share a value, or are both empty.
func overlap[T comparable](a, b []T) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
