package eval

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"

	"github.com/bansift/bansift/internal/sharedtest"
)

// A small hand-made gold set. Page p1 has 16 body tokens: the headline (4),
// the first paragraph (9) and the second (3).
var (
	evalText = map[string]string{
		"p1": "Home | News\nNorway drops camera makers\n  By   A Writer \nNorway orders ministries to remove Hikvision and Dahua cameras.\n\nDenmark may follow.\nShare this\n",
	}
	p1Title = "Norway drops camera makers"
	p1Body  = "Norway orders ministries to remove Hikvision and Dahua cameras.\n\nDenmark may follow."

	goldNO = GoldClaim{ActorCountry: "NO", Action: corpus.ActionPhaseOut, Status: corpus.StatusEnacted,
		Vendors: []string{"Hikvision", "Dahua"}, TargetCategory: corpus.CategorySurveillanceCameras,
		AffectedSectors: []corpus.Sector{corpus.SectorGovernment}, ReasonCategories: []corpus.ReasonCategory{corpus.ReasonEspionage}, Primary: true}
	goldDK = GoldClaim{ActorCountry: "DK", Action: corpus.ActionPhaseOut, Status: corpus.StatusReported,
		TargetCategory: corpus.CategorySurveillanceCameras, AffectedSectors: []corpus.Sector{corpus.SectorGovernment},
		ReasonCategories: []corpus.ReasonCategory{corpus.ReasonUnspecified}, Optional: true}
	goldUS = GoldClaim{ActorCountry: "US", Action: corpus.ActionRestrict, Status: corpus.StatusEnacted,
		TargetCategory: corpus.CategoryChipmakingTechnology, AffectedSectors: []corpus.Sector{corpus.SectorForeignCountry},
		ReasonCategories: []corpus.ReasonCategory{corpus.ReasonNationalSecurity, corpus.ReasonMilitaryUse}, Primary: true}
	goldJP = GoldClaim{ActorCountry: "JP", Action: corpus.ActionRestrict, Status: corpus.StatusPlanned,
		TargetCategory: corpus.CategoryChipmakingTechnology, AffectedSectors: []corpus.Sector{corpus.SectorForeignCountry},
		ReasonCategories: []corpus.ReasonCategory{corpus.ReasonMilitaryUse}}

	arabic   = "ar"
	evalGold = map[string]Gold{
		"p1": {ID: "p1", Language: "en", Relevant: true, Title: p1Title,
			Lines:  GoldLines{Boilerplate: []string{"Home | News", "Share this"}, Meta: []string{"By A Writer"}},
			Claims: []GoldClaim{goldNO, goldDK}},
		"p2": {ID: "p2", Language: "en", TranslatedFrom: &arabic, Relevant: true, Claims: []GoldClaim{goldUS, goldJP}},
		"p3": {ID: "p3", Language: "de", Relevant: false},
	}
)

// claimNO is a predicted claim that agrees with goldNO on every attribute.
func claimNO() corpus.Claim {
	return corpus.Claim{
		Actor: corpus.Actor{Country: "NO"}, Action: corpus.ActionPhaseOut, Status: corpus.StatusEnacted,
		Targets: []corpus.Target{
			{Vendor: "Hikvision", Category: corpus.CategorySurveillanceCameras},
			{Vendor: "Dahua", Category: corpus.CategorySurveillanceCameras},
		},
		Affected: []corpus.Affected{{Sector: corpus.SectorGovernment}},
		Reasons:  []corpus.Reason{{Category: corpus.ReasonEspionage}, {Category: corpus.ReasonNationalSecurity}},
		Primary:  true,
	}
}

func techClaim(country string, action corpus.Action, status corpus.Status, cat corpus.TargetCategory, primary bool, reasons ...corpus.ReasonCategory) corpus.Claim {
	c := corpus.Claim{Actor: corpus.Actor{Country: country}, Action: action, Status: status,
		Targets: []corpus.Target{{Category: cat}}, Affected: []corpus.Affected{{Sector: corpus.SectorForeignCountry}}, Primary: primary}
	for _, r := range reasons {
		c.Reasons = append(c.Reasons, corpus.Reason{Category: r})
	}
	return c
}

// perfectRecords agree with evalGold everywhere.
func perfectRecords() []corpus.Record {
	return []corpus.Record{
		{ID: "p1", Language: corpus.Language{Code: "en"}, Relevant: corpus.Relevance{Label: true}, Title: p1Title, Text: p1Body,
			Claims: []corpus.Claim{claimNO()}},
		{ID: "p2", Language: corpus.Language{Code: "en"}, Relevant: corpus.Relevance{Label: true},
			TranslatedFrom: &corpus.Translation{Code: "ar"},
			Claims: []corpus.Claim{
				techClaim("US", corpus.ActionRestrict, corpus.StatusEnacted, corpus.CategoryChipmakingTechnology, true, corpus.ReasonMilitaryUse),
				techClaim("JP", corpus.ActionRestrict, corpus.StatusPlanned, corpus.CategoryChipmakingTechnology, false, corpus.ReasonMilitaryUse),
			}},
		{ID: "p3", Language: corpus.Language{Code: "de"}},
	}
}

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name    string
		records func() []corpus.Record
		check   func(t *testing.T, r Report)
	}{
		{
			name:    "perfect",
			records: perfectRecords,
			check: func(t *testing.T, r Report) {
				wantRatio(t, "language", r.Language, 3, 3)
				wantRatio(t, "relevance", r.Relevance, 3, 3)
				wantRatio(t, "translated", r.Translated, 1, 1)
				wantRatio(t, "translated fp", r.TranslatedFP, 0, 2)
				wantPRF(t, "body", r.Body, PRF{TP: 16})
				wantRatio(t, "leak", r.Leak, 0, 2)
				// NO/Hikvision, NO/Dahua, US/[chipmaking], JP/[chipmaking]
				wantPRF(t, "claims", r.Claims, PRF{TP: 4})
				wantRatio(t, "primary", r.Primary, 3, 3)
				for _, a := range []struct {
					name string
					r    Ratio
				}{{"action", r.Action}, {"status", r.Status}, {"sector", r.Sector}, {"reason", r.Reason}, {"category", r.Category}} {
					wantRatio(t, a.name, a.r, 4, 4)
				}
				if len(r.Missing)+len(r.Extra) != 0 {
					t.Errorf("missing %v extra %v, want none", r.Missing, r.Extra)
				}
				wantMetric(t, r, "claims_f1", 1)
				wantMetric(t, r, "body_f1", 1)
			},
		},
		{
			name:    "empty records",
			records: func() []corpus.Record { return []corpus.Record{{ID: "p1"}, {ID: "p2"}, {ID: "p3"}} },
			check: func(t *testing.T, r Report) {
				wantRatio(t, "language", r.Language, 0, 3)
				wantRatio(t, "relevance", r.Relevance, 1, 3) // p3 is not relevant
				wantRatio(t, "translated", r.Translated, 0, 1)
				wantPRF(t, "body", r.Body, PRF{FN: 16})
				wantPRF(t, "claims", r.Claims, PRF{FN: 4})
				wantRatio(t, "primary", r.Primary, 0, 3)
				wantRatio(t, "action", r.Action, 0, 0)
				if _, ok := r.Claims.Precision(); ok {
					t.Error("claims precision defined with nothing predicted")
				}
				wantMetric(t, r, "claims_f1", 0)
			},
		},
		{
			name: "no records at all",
			records: func() []corpus.Record {
				return nil
			},
			check: func(t *testing.T, r Report) {
				if !slices.Equal(r.Missing, []string{"p1", "p2", "p3"}) {
					t.Errorf("Missing = %v", r.Missing)
				}
				wantPRF(t, "claims", r.Claims, PRF{FN: 4})
				wantRatio(t, "language", r.Language, 0, 3)
			},
		},
		{
			name: "optional claim neither rewarded nor penalised",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[0].Claims = append(rs[0].Claims, techClaim("DK", corpus.ActionPhaseOut, corpus.StatusReported, corpus.CategorySurveillanceCameras, false))
				return rs
			},
			check: func(t *testing.T, r Report) {
				wantPRF(t, "claims", r.Claims, PRF{TP: 4})
				wantRatio(t, "action", r.Action, 4, 4)
				if got := r.Articles[0].Optional; len(got) != 1 || got[0].Country != "DK" {
					t.Errorf("p1 optional matches = %v, want DK", got)
				}
			},
		},
		{
			name: "vendor-less claim in the wrong category",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[1].Claims[1] = techClaim("JP", corpus.ActionRestrict, corpus.StatusPlanned, corpus.CategorySemiconductors, false, corpus.ReasonMilitaryUse)
				return rs
			},
			check: func(t *testing.T, r Report) {
				wantPRF(t, "claims", r.Claims, PRF{TP: 3, FP: 1, FN: 1})
				a := r.Articles[1]
				want := ClaimPair{Country: "JP", Category: corpus.CategoryChipmakingTechnology}
				if !slices.Equal(a.Missed, []ClaimPair{want}) {
					t.Errorf("missed = %v, want [%v]", a.Missed, want)
				}
				if len(a.Spurious) != 1 || a.Spurious[0].Category != corpus.CategorySemiconductors {
					t.Errorf("spurious = %v, want JP/[semiconductors]", a.Spurious)
				}
				wantMetric(t, r, "claims_precision", 0.75)
			},
		},
		{
			name: "primary missing",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[0].Claims[0].Primary = false
				return rs
			},
			check: func(t *testing.T, r Report) {
				wantPRF(t, "claims", r.Claims, PRF{TP: 4})
				wantRatio(t, "primary", r.Primary, 1, 3)
				if got := r.Articles[0].PrimaryMissed; len(got) != 2 {
					t.Errorf("p1 primary missed = %v, want both NO pairs", got)
				}
			},
		},
		{
			name: "boilerplate leaks into the text",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[0].Text = "Home | News\n\n" + p1Body + "\n\n Share   this"
				return rs
			},
			check: func(t *testing.T, r Report) {
				wantRatio(t, "leak", r.Leak, 2, 2)
				// Home, News, Share, this are predicted tokens not in gold.
				wantPRF(t, "body", r.Body, PRF{TP: 16, FP: 4})
				wantMetric(t, r, "leak_rate", 1)
			},
		},
		{
			name: "headline inside the text is not counted twice",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[0].Text = p1Title + "\n\n" + p1Body
				return rs
			},
			check: func(t *testing.T, r Report) { wantPRF(t, "body", r.Body, PRF{TP: 16}) },
		},
		{
			name: "lost paragraph and meta kept",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[0].Text = "By A Writer\n\nDenmark may follow."
				return rs
			},
			// title 4 + "Denmark may follow" 3 found; 9 missed; By A Writer are 3 spurious
			check: func(t *testing.T, r Report) { wantPRF(t, "body", r.Body, PRF{TP: 7, FP: 3, FN: 9}) },
		},
		{
			name: "attributes wrong on a matched pair",
			records: func() []corpus.Record {
				rs := perfectRecords()
				c := &rs[0].Claims[0]
				c.Action = corpus.ActionBan
				c.Affected = []corpus.Affected{{Sector: corpus.SectorMilitaryDefense}}
				c.Reasons = []corpus.Reason{{Category: corpus.ReasonCybersecurity}}
				c.Targets[1].Category = corpus.CategoryOther
				return rs
			},
			check: func(t *testing.T, r Report) {
				wantPRF(t, "claims", r.Claims, PRF{TP: 4})
				wantRatio(t, "action", r.Action, 2, 4)
				wantRatio(t, "status", r.Status, 4, 4)
				wantRatio(t, "sector", r.Sector, 2, 4)
				wantRatio(t, "reason", r.Reason, 2, 4)
				wantRatio(t, "category", r.Category, 3, 4)
				if m := r.Articles[0].Matched[0]; len(m.Wrong) != 3 {
					t.Errorf("wrong attributes of %v = %q, want action, sector and reason", m.Pair, m.Wrong)
				}
			},
		},
		{
			name: "vendor names fold case and a dir prefix is ignored",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[0].ID = "articles/sub/p1"
				rs[0].Claims[0].Targets[0].Vendor = " HIKVISION"
				rs[0].Claims[0].Actor.Country = "no"
				return rs
			},
			check: func(t *testing.T, r Report) {
				wantPRF(t, "claims", r.Claims, PRF{TP: 4})
				if len(r.Extra) != 0 {
					t.Errorf("extra = %v", r.Extra)
				}
			},
		},
		{
			name: "translation wrong way round, extra record",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[1].TranslatedFrom.Code = "fa"
				rs[2].TranslatedFrom = &corpus.Translation{Code: "ar"}
				return append(rs, corpus.Record{ID: "p9"}, corpus.Record{ID: "x/p3"})
			},
			check: func(t *testing.T, r Report) {
				wantRatio(t, "translated", r.Translated, 0, 1)
				wantRatio(t, "translated fp", r.TranslatedFP, 1, 2)
				if !slices.Equal(r.Extra, []string{"p9", "x/p3"}) {
					t.Errorf("extra = %v, want p9 and the second p3", r.Extra)
				}
			},
		},
		{
			name: "a claim without targets is a false positive",
			records: func() []corpus.Record {
				rs := perfectRecords()
				rs[2].Claims = []corpus.Claim{{Actor: corpus.Actor{Country: "DE"}, Action: corpus.ActionBan}}
				return rs
			},
			check: func(t *testing.T, r Report) { wantPRF(t, "claims", r.Claims, PRF{TP: 4, FP: 1}) },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(tt.records(), evalGold, evalText)
			if r.Pages != 3 || len(r.Articles) != 3 {
				t.Fatalf("pages %d, articles %d, want 3", r.Pages, len(r.Articles))
			}
			tt.check(t, r)
			if _, err := json.Marshal(r); err != nil {
				t.Errorf("report does not marshal: %v", err)
			}
		})
	}
}

func wantRatio(t *testing.T, name string, got Ratio, hits, total int) {
	t.Helper()
	if got.Hits != hits || got.Total != total {
		t.Errorf("%s = %d/%d, want %d/%d", name, got.Hits, got.Total, hits, total)
	}
}

func wantPRF(t *testing.T, name string, got, want PRF) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %+v, want %+v", name, got, want)
	}
}

func wantMetric(t *testing.T, r Report, name string, want float64) {
	t.Helper()
	for _, m := range r.Metrics() {
		if m.Name == name {
			if !m.Defined || math.Abs(m.Value-want) > 1e-9 {
				t.Errorf("metric %s = %v (defined %v), want %v", name, m.Value, m.Defined, want)
			}
			return
		}
	}
	t.Errorf("no metric %s", name)
}

func TestPRF(t *testing.T) {
	tests := []struct {
		name      string
		s         PRF
		p, r, f   float64
		okP, okR  bool
		okF       bool
		jsonNulls int
	}{
		{"all right", PRF{TP: 3}, 1, 1, 1, true, true, true, 0},
		{"half", PRF{TP: 1, FP: 1, FN: 1}, 0.5, 0.5, 0.5, true, true, true, 0},
		{"nothing predicted", PRF{FN: 2}, 0, 0, 0, false, true, true, 1},
		{"nothing in gold", PRF{FP: 2}, 0, 0, 0, true, false, true, 1},
		{"nothing at all", PRF{}, 0, 0, 0, false, false, false, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, okP := tt.s.Precision()
			r, okR := tt.s.Recall()
			f, okF := tt.s.F1()
			if p != tt.p || r != tt.r || f != tt.f || okP != tt.okP || okR != tt.okR || okF != tt.okF {
				t.Errorf("P %v/%v R %v/%v F1 %v/%v", p, okP, r, okR, f, okF)
			}
			b, err := json.Marshal(tt.s)
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(b), "null"); n != tt.jsonNulls {
				t.Errorf("JSON %s has %d nulls, want %d", b, n, tt.jsonNulls)
			}
		})
	}
}

func TestFloorsCheck(t *testing.T) {
	metrics := []Metric{
		{Name: "claims_f1", Value: 0.5, Defined: true},
		{Name: "leak_rate", Value: 0.2, Defined: true, LowerIsBetter: true},
		{Name: "translated_recall", Defined: false},
	}
	tests := []struct {
		name    string
		floors  Floors
		section string
		fails   []string
		wantErr bool
	}{
		{"all met", Floors{"corpus": {"claims_f1": 0.5, "leak_rate": 0.2}}, "corpus", nil, false},
		{"below floor", Floors{"corpus": {"claims_f1": 0.6}}, "corpus", []string{"claims_f1"}, false},
		{"above ceiling", Floors{"corpus": {"leak_rate": 0.1}}, "corpus", []string{"leak_rate"}, false},
		{"undefined skipped", Floors{"corpus": {"translated_recall": 1}}, "corpus", nil, false},
		{"unknown metric", Floors{"corpus": {"claims_f2": 0.1}}, "corpus", nil, true},
		{"unknown section", Floors{"corpus": {}}, "bench_text", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fails, err := tt.floors.Check(tt.section, metrics)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			var names []string
			for _, f := range fails {
				names = append(names, f.Metric.Name)
			}
			if !slices.Equal(names, tt.fails) {
				t.Errorf("failures = %v, want %v", names, tt.fails)
			}
		})
	}
}

// BenchmarkEvaluate scores the shared seeds' gold against themselves made
// into records: the cost of scoring, not of the pipeline.
func BenchmarkEvaluate(b *testing.B) {
	dir := sharedtest.Dir(b, "corpus")
	gold, err := LoadGold(dir)
	if err != nil {
		b.Fatal(err)
	}
	texts, err := LoadGoldArticles(dir, gold)
	if err != nil {
		b.Fatal(err)
	}
	var records []corpus.Record
	for id, g := range gold {
		rec := corpus.Record{ID: id, Language: corpus.Language{Code: g.Language}, Text: strings.Join(g.BodyLines(texts[id]), "\n\n")}
		for _, c := range g.Claims {
			claim := corpus.Claim{Actor: corpus.Actor{Country: c.ActorCountry}, Action: c.Action, Status: c.Status, Primary: c.Primary}
			for _, v := range c.Vendors {
				claim.Targets = append(claim.Targets, corpus.Target{Vendor: v, Category: c.TargetCategory})
			}
			rec.Claims = append(rec.Claims, claim)
		}
		records = append(records, rec)
	}
	for b.Loop() {
		Evaluate(records, gold, texts)
	}
}
