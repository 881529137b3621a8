package dataset

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/bansift/bansift/corpus"
)

func TestEvents(t *testing.T) {
	const (
		en, de  = "en", "de"
		enacted = corpus.StatusEnacted
	)
	zte := claimOf("NO", corpus.ActionPhaseOut, enacted, "ZTE", corpus.CategoryTelecomEquipment, 0.6, true)
	both := huawei(enacted, 0.7)
	both.Targets = append(both.Targets, zte.Targets[0])
	lower := huawei(enacted, 0.6)
	lower.Targets[0].Vendor = "huawei "
	secondary := huawei(corpus.StatusPlanned, 0.9)
	secondary.Primary = false
	drones := func(country string) corpus.Claim {
		return claimOf(country, corpus.ActionBan, enacted, "", corpus.CategoryDrones, 0.5, true)
	}
	company := func(name string) corpus.Claim {
		c := huawei(enacted, 0.5)
		c.Actor = corpus.Actor{Text: name, Country: ""}
		return c
	}
	failed := page("failed", "", "2020-01-03", en, "", huawei(enacted, 0.9))
	failed.Error = &corpus.RecordError{Stage: corpus.StageClean, Message: "no text"}

	type want struct {
		vendor    string
		category  corpus.TargetCategory
		mentions  int
		languages int
		first     string
		last      string
	}
	tests := []struct {
		name    string
		records []corpus.Record
		opts    EventOptions
		want    []want
	}{
		{"two EN and one DE article make one event", []corpus.Record{
			page("en1", "https://a.example/1", "2020-01-02", en, "", huawei(enacted, 0.8)),
			page("de1", "https://b.example/1", "2020-01-05", de, "", huawei(enacted, 0.7)),
			page("en2", "https://c.example/1", "2020-02-10", en, "ar", huawei(enacted, 0.5)),
		}, EventOptions{}, []want{{"Huawei", corpus.CategoryTelecomEquipment, 3, 2, "2020-01-02", "2020-02-10"}}},
		{"same key two years apart makes two events", []corpus.Record{
			page("old", "", "2019-05-01", en, "", huawei(enacted, 0.8)),
			page("new", "", "2021-06-01", en, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 1, 1, "2019-05-01", "2019-05-01"}, {"Huawei", "", 1, 1, "2021-06-01", "2021-06-01"}}},
		{"a chain of close mentions stays one event", []corpus.Record{
			page("m1", "", "2019-01-01", en, "", huawei(enacted, 0.8)),
			page("m2", "", "2019-06-01", en, "", huawei(enacted, 0.8)),
			page("m3", "", "2019-11-01", en, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 3, 1, "2019-01-01", "2019-11-01"}}},
		{"exactly the gap apart is one event", []corpus.Record{
			page("m1", "", "2020-01-01", en, "", huawei(enacted, 0.8)),
			page("m2", "", "2020-06-29", en, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 2, 1, "2020-01-01", "2020-06-29"}}},
		{"a day more is two", []corpus.Record{
			page("m1", "", "2020-01-01", en, "", huawei(enacted, 0.8)),
			page("m2", "", "2020-06-30", en, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 1, 1, "2020-01-01", ""}, {"Huawei", "", 1, 1, "2020-06-30", ""}}},
		{"a shorter gap splits them", []corpus.Record{
			page("m1", "", "2019-01-01", en, "", huawei(enacted, 0.8)),
			page("m2", "", "2019-01-20", en, "", huawei(enacted, 0.8)),
			page("m3", "", "2019-03-01", en, "", huawei(enacted, 0.8)),
		}, EventOptions{Gap: 30 * 24 * time.Hour}, []want{{"Huawei", "", 2, 1, "2019-01-01", "2019-01-20"}, {"Huawei", "", 1, 1, "2019-03-01", "2019-03-01"}}},
		{"different vendors are separate events", []corpus.Record{
			page("h", "", "2020-01-02", en, "", huawei(enacted, 0.8)),
			page("z", "", "2020-01-02", en, "", zte),
		}, EventOptions{}, []want{{"Huawei", "", 1, 1, "2020-01-02", ""}, {"ZTE", "", 1, 1, "2020-01-02", ""}}},
		{"a claim naming two vendors counts for both", []corpus.Record{
			page("both", "", "2020-01-02", en, "", both),
			page("h", "", "2020-01-09", de, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 2, 2, "2020-01-02", "2020-01-09"}, {"ZTE", "", 1, 1, "2020-01-02", ""}}},
		{"vendor spelling is compared without case", []corpus.Record{
			page("a", "", "2020-01-02", en, "", huawei(enacted, 0.8)),
			page("b", "", "2020-01-03", en, "", lower),
		}, EventOptions{}, []want{{"Huawei", "", 2, 1, "", ""}}},
		{"technology targets are keyed by category and country", []corpus.Record{
			page("a", "", "2020-01-02", en, "", drones("US")),
			page("b", "", "2020-01-03", de, "", drones("US")),
			page("c", "", "2020-01-03", en, "", drones("DE")),
		}, EventOptions{}, []want{{"", corpus.CategoryDrones, 2, 2, "2020-01-02", ""}, {"", corpus.CategoryDrones, 1, 1, "2020-01-03", ""}}},
		{"actors without a country are told apart by name", []corpus.Record{
			page("a", "", "2020-01-02", en, "", company("Acme Corp")),
			page("b", "", "2020-01-03", en, "", company("ACME corp")),
			page("c", "", "2020-01-03", en, "", company("City of Springfield")),
		}, EventOptions{}, []want{{"Huawei", "", 2, 1, "2020-01-02", ""}, {"Huawei", "", 1, 1, "2020-01-03", ""}}},
		{"undated mention joins the latest event", []corpus.Record{
			page("old", "", "2018-05-01", en, "", huawei(enacted, 0.8)),
			page("new", "", "2022-05-01", en, "", huawei(enacted, 0.8)),
			page("nodate", "", "", de, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 1, 1, "2018-05-01", ""}, {"Huawei", "", 2, 2, "2022-05-01", "2022-05-01"}}},
		{"undated mentions alone form one undated event", []corpus.Record{
			page("x", "", "", en, "", huawei(enacted, 0.8)),
			page("y", "", "not a date", de, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 2, 2, "", ""}}},
		{"the same page read twice is one mention", []corpus.Record{
			page("run1", "https://a.example/x", "2020-01-02", en, "", huawei(enacted, 0.8)),
			page("run2", "https://a.example/x", "2020-01-02", en, "", huawei(enacted, 0.8)),
		}, EventOptions{}, []want{{"Huawei", "", 1, 1, "", ""}}},
		{"two claims of one article are one mention", []corpus.Record{
			page("a", "", "2020-01-02", en, "", huawei(enacted, 0.6), secondary),
		}, EventOptions{}, []want{{"Huawei", "", 1, 1, "", ""}}},
		{"claims below the floor and failed records are left out", []corpus.Record{
			page("weak", "", "2020-01-02", en, "", huawei(enacted, 0.2)),
			failed,
			page("ok", "", "2020-01-04", en, "", huawei(enacted, 0.6)),
		}, EventOptions{MinConfidence: 0.5}, []want{{"Huawei", "", 1, 1, "2020-01-04", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Events(tc.records, tc.opts)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				e := got[i]
				if e.Vendor != w.vendor || (w.category != "" && e.Category != w.category) ||
					e.MentionCount != w.mentions || len(e.Mentions) != w.mentions || len(e.Languages) != w.languages ||
					(w.first != "" && e.FirstSeen != w.first) || (w.last != "" && e.LastSeen != w.last) {
					t.Errorf("event %d = %s %s %s, %d mentions, languages %v, %s..%s; want %+v",
						i, e.ActorCountry, e.Vendor, e.Category, e.MentionCount, e.Languages, e.FirstSeen, e.LastSeen, w)
				}
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	de := huawei(corpus.StatusEnacted, 0.5)
	de.Actor = corpus.Actor{Text: "die Regierung", Name: "", Country: "no"}
	de.Affected = append(de.Affected, corpus.Affected{Text: "Netzbetreiber", Sector: corpus.SectorTelecom})
	de.Targets[0].Product = "5G network equipment"
	recs := []corpus.Record{
		page("en1", "https://a.example/1", "2020-01-02", "en", "", huawei(corpus.StatusPlanned, 0.5)),
		page("de1", "", "2020-01-05", "de", "", de),
		page("ar1", "https://c.example/1", "2020-02-10", "en", "ar", huawei(corpus.StatusEnacted, 0.5)),
	}
	recs[2].Claims[0].Primary = false
	evs := Events(recs, EventOptions{})
	if len(evs) != 1 {
		t.Fatalf("got %d events", len(evs))
	}
	e := evs[0]
	checks := []struct {
		name      string
		got, want any
	}{
		{"country upper-cased", e.ActorCountry, "NO"},
		{"actors: names, else the article's words", e.Actors, []string{"die Regierung", "Government of NO"}},
		{"products", e.Products, []string{"5G network equipment", "equipment"}},
		{"sectors counted per mention", e.Sectors, []Count{{"government", 3}, {"telecom", 1}}},
		{"reasons", e.Reasons, []Count{{"espionage", 3}}},
		{"languages", e.Languages, []Count{{"en", 2}, {"de", 1}}},
		{"translated share", e.TranslatedShare, 0.333},
		{"primary mentions", e.PrimaryCount, 2},
		{"confidence 1-(0.5^3)", e.Confidence, 0.875},
		{"status: furthest step", e.Status, corpus.StatusEnacted},
		{"mention order by date", []string{e.Mentions[0].RecordID, e.Mentions[1].RecordID, e.Mentions[2].RecordID}, []string{"en1", "de1", "ar1"}},
		{"mention keeps translation", e.Mentions[2].TranslatedFrom, "ar"},
		{"mention evidence", e.Mentions[1].Evidence, recs[1].Claims[0].Evidence[0].Text},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestEventConfidence(t *testing.T) {
	tests := []struct {
		name  string
		confs []float64
		max   float64
		want  float64
	}{
		{"one mention keeps its confidence", []float64{0.6}, 0, 0.6},
		{"two halves", []float64{0.5, 0.5}, 0, 0.75},
		{"many strong mentions are capped", []float64{0.9, 0.9, 0.9, 0.9}, 0, DefaultMaxConfidence},
		{"a lower cap", []float64{0.9, 0.9}, 0.95, 0.95},
		{"out-of-range confidences are clamped", []float64{1.5, -1}, 0, DefaultMaxConfidence},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var recs []corpus.Record
			for i, c := range tc.confs {
				recs = append(recs, page(string(rune('a'+i)), "", "2020-01-02", "en", "", huawei(corpus.StatusEnacted, c)))
			}
			evs := Events(recs, EventOptions{MaxConfidence: tc.max, MinConfidence: -2})
			if len(evs) != 1 || evs[0].Confidence != tc.want {
				t.Errorf("got %+v, want one event with confidence %v", evs, tc.want)
			}
		})
	}
}

func TestEventStatus(t *testing.T) {
	type m struct {
		date   string
		status corpus.Status
	}
	const (
		enacted  = corpus.StatusEnacted
		planned  = corpus.StatusPlanned
		proposed = corpus.StatusProposed
		reported = corpus.StatusReported
		denied   = corpus.StatusDenied
		review   = corpus.StatusUnderReview
	)
	tests := []struct {
		name     string
		mentions []m
		want     corpus.Status
	}{
		{"furthest step wins", []m{{"2020-01-01", proposed}, {"2020-02-01", enacted}, {"2020-03-01", planned}}, enacted},
		{"rumours do not undo a statement", []m{{"2020-01-01", planned}, {"2020-02-01", reported}}, planned},
		{"only rumours", []m{{"2020-01-01", reported}, {"2020-02-01", reported}}, reported},
		{"a later denial stands", []m{{"2020-01-01", reported}, {"2020-01-03", planned}, {"2020-01-05", denied}}, denied},
		{"a denial answered later", []m{{"2020-01-01", denied}, {"2020-03-01", review}}, review},
		{"steps before a denial do not count after it", []m{{"2020-01-01", enacted}, {"2020-02-01", denied}, {"2020-03-01", proposed}}, proposed},
		{"a same-day mention outweighs a denial", []m{{"2020-01-05", denied}, {"2020-01-05", planned}}, planned},
		{"undated mentions do not decide a dated event", []m{{"2020-01-01", planned}, {"", enacted}}, planned},
		{"undated only: denied only if all deny", []m{{"", denied}, {"", proposed}}, proposed},
		{"undated only, all deny", []m{{"", denied}, {"", reported}}, denied},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var recs []corpus.Record
			for i, x := range tc.mentions {
				recs = append(recs, page(string(rune('a'+i)), "", x.date, "en", "", huawei(x.status, 0.5)))
			}
			evs := Events(recs, EventOptions{})
			if len(evs) != 1 {
				t.Fatalf("got %d events", len(evs))
			}
			if evs[0].Status != tc.want {
				t.Errorf("status %s, want %s (statuses %v)", evs[0].Status, tc.want, evs[0].Statuses)
			}
		})
	}
}

// TestEventsDeterministic checks that the input order changes nothing: not
// the events, their ids, nor their order.
func TestEventsDeterministic(t *testing.T) {
	recs := syntheticRecords(300)
	want := Events(recs, EventOptions{})
	if len(want) < 10 {
		t.Fatalf("only %d events from synthetic records", len(want))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		shuffled := slices.Clone(recs)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Events(shuffled, EventOptions{}); !reflect.DeepEqual(got, want) {
			t.Fatal("events depend on the input order")
		}
	}
	for i := 1; i < len(want); i++ {
		a, b := want[i-1], want[i]
		if a.FirstSeen != "" && b.FirstSeen != "" && a.FirstSeen > b.FirstSeen || a.FirstSeen == "" && b.FirstSeen != "" {
			t.Errorf("event %d (%s) before event %d (%s)", i-1, a.FirstSeen, i, b.FirstSeen)
		}
	}
	ids := map[string]bool{}
	for _, e := range want {
		if ids[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
	}
}
