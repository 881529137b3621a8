package dataset

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/bansift/bansift/corpus"
)

// DefaultGap is the longest silence between two dated mentions of one event
// when EventOptions.Gap is 0: half a year, long enough for the follow-up
// coverage of one decision, short enough that the same ban renewed or
// tightened years later is a new event.
const DefaultGap = 180 * 24 * time.Hour

// DefaultMaxConfidence caps an event's combined confidence when
// EventOptions.MaxConfidence is 0: many weak mentions never add up to
// certainty.
const DefaultMaxConfidence = 0.99

// EventOptions configure Events; the zero value works.
type EventOptions struct {
	// Gap is the longest time between two consecutive dated mentions of one
	// event; a longer one starts a new event. 0 means DefaultGap.
	Gap time.Duration
	// MinConfidence drops claims whose confidence is below it.
	MinConfidence float64
	// MaxConfidence caps an event's combined confidence; 0 means
	// DefaultMaxConfidence.
	MaxConfidence float64
	// RelevantOnly drops records not labelled relevant.
	RelevantOnly bool
}

// Event is one restriction as many articles report it: claims that share an
// actor country, an action and a vendor (or, for claims about a technology,
// a target category), close enough in time.
type Event struct {
	ID           string        `json:"id"` // "ev_" + a hash of the key and FirstSeen: stable across runs on the same records
	ActorCountry string        `json:"actor_country"`
	Actors       []string      `json:"actors"` // canonical actor names (the article's words when there is none), sorted
	Action       corpus.Action `json:"action"`
	Status       corpus.Status `json:"status"` // see doc.go for the rule
	Statuses     []Count       `json:"statuses"`
	// Vendor is the key's vendor, "" when the event is keyed by category.
	Vendor string `json:"vendor"`
	// Category is the key's category, or for a vendor's event the category
	// most mentions give; Categories counts them all.
	Category   corpus.TargetCategory `json:"category"`
	Categories []Count               `json:"categories"`
	Products   []string              `json:"products"`
	Sectors    []Count               `json:"sectors"`
	Reasons    []Count               `json:"reasons"`
	// FirstSeen and LastSeen are the earliest and latest publication dates
	// of the mentions, "" when no mention is dated.
	FirstSeen       string  `json:"first_seen"`
	LastSeen        string  `json:"last_seen"`
	Languages       []Count `json:"languages"`
	TranslatedShare float64 `json:"translated_share"` // share of mentions from translated text
	MentionCount    int     `json:"mention_count"`
	PrimaryCount    int     `json:"primary_mention_count"`
	UndatedCount    int     `json:"undated_mention_count"`
	// CopyCount is how many pages the mentions stand for in all: a wire
	// story carried by five outlets is one mention with five copies.
	CopyCount int `json:"copy_count"`
	// Confidence is 1 − Π(1 − c) over the mentions' confidences, capped at
	// EventOptions.MaxConfidence.
	Confidence float64   `json:"confidence"`
	Mentions   []Mention `json:"mentions"`

	key string // eventKey.String(), for ordering
}

// Count is how many mentions of an event give a value.
type Count struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Mention is one article's report of an event. An article that states the
// same restriction in several claims is one mention: its firmest claim
// (primary first, then the most confident) gives Status, Confidence and
// Evidence.
type Mention struct {
	RecordID       string        `json:"record_id"`
	URL            string        `json:"url"`
	Published      string        `json:"published"` // "" when unknown
	Language       string        `json:"language"`
	TranslatedFrom string        `json:"translated_from"`
	Status         corpus.Status `json:"status"`
	Primary        bool          `json:"primary"`
	Confidence     float64       `json:"confidence"`
	Evidence       string        `json:"evidence"` // the claim's first evidence sentence
	// Copies is how many pages this mention stands for: itself and the
	// near-duplicates of it (syndicated copies), at least 1.
	Copies int `json:"copies"`
}

// eventKey is what the claims of one event share, besides time.
type eventKey struct {
	country string
	// actor is the folded actor name, only when the country is unknown: two
	// unplaced actors (a company, a city) are not one actor.
	actor    string
	action   corpus.Action
	vendor   string                // folded; "" when keyed by category
	category corpus.TargetCategory // only when vendor == ""
}

func (k eventKey) String() string {
	target := "category:" + string(k.category)
	if k.vendor != "" {
		target = "vendor:" + k.vendor
	}
	who := k.country
	if who == "" {
		who = "actor:" + k.actor
	}
	return who + "|" + string(k.action) + "|" + target
}

// mention gathers what one article says about one key.
type mention struct {
	rec   *corpus.Record
	pages []string // ids of the records that stand for this source: copies, re-scrapes
	date  time.Time
	dated bool
	best  corpus.Claim // the firmest claim
	// The union over the article's claims with this key.
	actors, products, vendors []string
	categories                []corpus.TargetCategory
	sectors                   []corpus.Sector
	reasons                   []corpus.ReasonCategory
}

// Events merges the claims of records into events. Records with an error are
// skipped, as are claims below opts.MinConfidence. A claim with several
// targets counts toward each target's event; a claim without targets makes an
// event keyed by an empty category. One article counts once per event: pages
// are told apart by URL, or by record id when they have none, so the same page
// read twice is not two mentions, and a near-duplicate counts as the page it
// copies (see sourceKey).
//
// Mentions of one key are sorted by date; a gap longer than opts.Gap between
// consecutive dated mentions starts a new event. Undated mentions join the
// key's latest event (news pages are mostly read soon after they appear), or
// form one undated event when the key has no dated mention.
//
// Events come out ordered by FirstSeen (undated last), then key.
func Events(records []corpus.Record, opts EventOptions) []Event {
	if opts.Gap <= 0 {
		opts.Gap = DefaultGap
	}
	if opts.MaxConfidence <= 0 {
		opts.MaxConfidence = DefaultMaxConfidence
	}
	byKey := map[eventKey]map[string]*mention{}
	for i := range records {
		rec := &records[i]
		if rec.Error != nil || (opts.RelevantOnly && !rec.Relevant.Label) {
			continue
		}
		page := sourceKey(rec)
		for _, c := range rec.Claims {
			if c.Confidence < opts.MinConfidence {
				continue
			}
			targets := c.Targets
			if len(targets) == 0 {
				targets = []corpus.Target{{}}
			}
			for _, t := range targets {
				k := keyOf(c, t)
				pages := byKey[k]
				if pages == nil {
					pages = map[string]*mention{}
					byKey[k] = pages
				}
				m := pages[page]
				if m == nil {
					m = newMention(rec)
					pages[page] = m
				}
				m.pages = addUnique(m.pages, rec.ID)
				m.add(c, t)
			}
		}
	}

	var events []Event
	for k, pages := range byKey {
		ms := make([]*mention, 0, len(pages))
		for _, m := range pages {
			ms = append(ms, m)
		}
		for _, group := range cluster(ms, opts.Gap) {
			events = append(events, buildEvent(k, group, opts))
		}
	}
	slices.SortFunc(events, func(a, b Event) int {
		if (a.FirstSeen == "") != (b.FirstSeen == "") {
			if a.FirstSeen == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.FirstSeen, b.FirstSeen), cmp.Compare(a.key, b.key), cmp.Compare(a.ID, b.ID))
	})
	return events
}

// sourceKey tells sources apart: a copy of an earlier page (a syndicated
// wire story) is that page's source, a page its URL, else its record id.
func sourceKey(rec *corpus.Record) string {
	if nd := rec.NearDuplicateOf; nd != nil {
		if nd.URL != "" {
			return nd.URL
		}
		return nd.ID
	}
	if rec.Source.URL != nil && *rec.Source.URL != "" {
		return *rec.Source.URL
	}
	return rec.ID
}

// keyOf is the event key of one target of a claim. Vendors and actor names
// are compared case-insensitively, countries in upper case.
func keyOf(c corpus.Claim, t corpus.Target) eventKey {
	k := eventKey{country: strings.ToUpper(strings.TrimSpace(c.Actor.Country)), action: c.Action}
	if k.country == "" {
		k.actor = foldName(actorName(c.Actor))
	}
	if v := foldName(t.Vendor); v != "" {
		k.vendor = v
	} else {
		k.category = t.Category
	}
	return k
}

// actorName is the actor's canonical name, or the article's words when it
// has none.
func actorName(a corpus.Actor) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Text
}

// foldName lower-cases a name and folds its runs of white space.
func foldName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func newMention(rec *corpus.Record) *mention {
	m := &mention{rec: rec}
	if rec.Published != nil {
		if d, err := time.Parse(time.DateOnly, *rec.Published); err == nil {
			m.date, m.dated = d, true
		}
	}
	return m
}

// add merges one claim's target into the mention.
func (m *mention) add(c corpus.Claim, t corpus.Target) {
	if m.best.Action == "" || firmer(c, m.best) {
		m.best = c
	}
	m.actors = addUnique(m.actors, strings.TrimSpace(actorName(c.Actor)))
	m.products = addUnique(m.products, strings.TrimSpace(t.Product))
	m.vendors = addUnique(m.vendors, strings.TrimSpace(t.Vendor))
	m.categories = addUnique(m.categories, t.Category)
	for _, a := range c.Affected {
		m.sectors = addUnique(m.sectors, a.Sector)
	}
	for _, r := range c.Reasons {
		m.reasons = addUnique(m.reasons, r.Category)
	}
}

// firmer reports whether claim a should speak for an article rather than b:
// the article's primary claim first, then the more confident.
func firmer(a, b corpus.Claim) bool {
	if a.Primary != b.Primary {
		return a.Primary
	}
	return a.Confidence > b.Confidence
}

func addUnique[T comparable](s []T, v T) []T {
	var zero T
	if v == zero || slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// cluster splits one key's mentions into events by time: sorted by date, a
// new event at every gap longer than gap; undated mentions join the latest
// event, or form their own when there is no dated one.
func cluster(ms []*mention, gap time.Duration) [][]*mention {
	slices.SortFunc(ms, compareMentions)
	var groups [][]*mention
	var prev time.Time
	for _, m := range ms {
		switch {
		case !m.dated && len(groups) > 0:
			last := len(groups) - 1
			groups[last] = append(groups[last], m)
		case len(groups) == 0 || (m.dated && m.date.Sub(prev) > gap):
			groups = append(groups, []*mention{m})
		default:
			last := len(groups) - 1
			groups[last] = append(groups[last], m)
		}
		if m.dated {
			prev = m.date
		}
	}
	return groups
}

// compareMentions orders mentions by date, undated last, then by record id.
func compareMentions(a, b *mention) int {
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	return cmp.Or(a.date.Compare(b.date), cmp.Compare(a.rec.ID, b.rec.ID), cmp.Compare(deref(a.rec.Source.URL), deref(b.rec.Source.URL)))
}

// buildEvent sums up one group of mentions; they come sorted by compareMentions.
func buildEvent(k eventKey, ms []*mention, opts EventOptions) Event {
	e := Event{
		ActorCountry: k.country,
		Action:       k.action,
		Category:     k.category,
		MentionCount: len(ms),
		key:          k.String(),
	}
	var actors, products, vendors []string
	var statuses, categories, sectors, reasons, languages counter
	miss := 1.0
	translated := 0
	for _, m := range ms {
		rec := m.rec
		actors = append(actors, m.actors...)
		products = append(products, m.products...)
		vendors = append(vendors, m.vendors...)
		statuses.add(string(m.best.Status))
		for _, c := range m.categories {
			categories.add(string(c))
		}
		for _, s := range m.sectors {
			sectors.add(string(s))
		}
		for _, r := range m.reasons {
			reasons.add(string(r))
		}
		languages.add(rec.Language.Code)
		mt := Mention{
			RecordID:   rec.ID,
			URL:        deref(rec.Source.URL),
			Language:   rec.Language.Code,
			Status:     m.best.Status,
			Primary:    m.best.Primary,
			Confidence: m.best.Confidence,
			Copies:     max(1, len(m.pages)),
		}
		e.CopyCount += mt.Copies
		if m.dated {
			mt.Published = m.date.Format(time.DateOnly)
			if e.FirstSeen == "" {
				e.FirstSeen = mt.Published
			}
			e.LastSeen = mt.Published
		} else {
			e.UndatedCount++
		}
		if rec.TranslatedFrom != nil {
			mt.TranslatedFrom = rec.TranslatedFrom.Code
			translated++
		}
		if len(m.best.Evidence) > 0 {
			mt.Evidence = m.best.Evidence[0].Text
		}
		if mt.Primary {
			e.PrimaryCount++
		}
		miss *= 1 - min(max(mt.Confidence, 0), 1)
		e.Mentions = append(e.Mentions, mt)
	}
	e.Actors = sortedSet(actors)
	e.Products = sortedSet(products)
	if k.vendor != "" {
		e.Vendor = mostCommon(vendors)
		if c := categories.sorted(); len(c) > 0 {
			e.Category = corpus.TargetCategory(c[0].Value)
		}
	}
	e.Statuses = statuses.sorted()
	e.Categories = categories.sorted()
	e.Sectors = sectors.sorted()
	e.Reasons = reasons.sorted()
	e.Languages = languages.sorted()
	e.TranslatedShare = round(float64(translated) / float64(len(ms)))
	e.Confidence = round(min(1-miss, opts.MaxConfidence))
	e.Status = eventStatus(ms)
	sum := sha256.Sum256([]byte(e.key + "|" + e.FirstSeen))
	e.ID = "ev_" + hex.EncodeToString(sum[:8])
	return e
}

// statusRank orders statuses from firmest to weakest: the furthest step a
// restriction is known to have reached wins.
var statusRank = map[corpus.Status]int{
	corpus.StatusEnacted:     0,
	corpus.StatusPlanned:     1,
	corpus.StatusProposed:    2,
	corpus.StatusAdvised:     3,
	corpus.StatusUnderReview: 4,
	corpus.StatusDenied:      5,
	corpus.StatusReported:    6,
}

func rank(s corpus.Status) int {
	if r, ok := statusRank[s]; ok {
		return r
	}
	return len(statusRank)
}

// eventStatus decides an event's status from its mentions (sorted by date):
//
//  1. Only dated mentions count when there are any: an undated page cannot
//     say what came last.
//  2. "reported" (second-hand) counts only when every mention says so: a
//     rumour repeated later does not undo what someone stated.
//  3. A denial counts from its date on: if the latest denial is followed
//     (or matched the same day) by a mention that says otherwise, the
//     firmest status after it wins; else the event is "denied".
//  4. Otherwise the firmest status of any mention wins (enacted > planned >
//     proposed > advised > under_review): coverage that recalls an earlier
//     step does not move the event back.
func eventStatus(ms []*mention) corpus.Status {
	cands := make([]*mention, 0, len(ms))
	for _, m := range ms {
		if m.dated {
			cands = append(cands, m)
		}
	}
	if len(cands) == 0 {
		cands = append(cands, ms...)
	}
	if slices.ContainsFunc(cands, func(m *mention) bool { return m.best.Status != corpus.StatusReported }) {
		cands = slices.DeleteFunc(cands, func(m *mention) bool { return m.best.Status == corpus.StatusReported })
	}
	// From the latest denial on (mentions are in date order).
	from := 0
	for i, m := range cands {
		if m.best.Status == corpus.StatusDenied {
			from = i
		}
	}
	if cands[from].best.Status == corpus.StatusDenied {
		for from > 0 && cands[from-1].date.Equal(cands[from].date) {
			from--
		}
	}
	best := cands[from].best.Status
	for _, m := range cands[from:] {
		if rank(m.best.Status) < rank(best) {
			best = m.best.Status
		}
	}
	return best
}

// counter counts values in the order first seen.
type counter struct {
	order []string
	n     map[string]int
}

func (c *counter) add(v string) {
	if v == "" {
		return
	}
	if c.n == nil {
		c.n = map[string]int{}
	}
	if c.n[v] == 0 {
		c.order = append(c.order, v)
	}
	c.n[v]++
}

// sorted returns the counts, most frequent first, ties by value; never nil.
func (c *counter) sorted() []Count {
	out := make([]Count, 0, len(c.order))
	for _, v := range c.order {
		out = append(out, Count{Value: v, Count: c.n[v]})
	}
	slices.SortFunc(out, func(a, b Count) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Value, b.Value)) })
	return out
}

// sortedSet returns the distinct values, compared case-insensitively, sorted;
// of several spellings the smallest is kept. Never nil.
func sortedSet(vs []string) []string {
	out := slices.Clone(vs)
	slices.SortFunc(out, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	out = slices.CompactFunc(out, func(a, b string) bool { return strings.EqualFold(a, b) })
	if out == nil {
		out = []string{}
	}
	return out
}

// mostCommon returns the most frequent value, ties to the smallest.
func mostCommon(vs []string) string {
	var c counter
	for _, v := range vs {
		c.add(v)
	}
	if s := c.sorted(); len(s) > 0 {
		return s[0].Value
	}
	return ""
}

// round keeps three decimals, enough for a share or a confidence.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }
