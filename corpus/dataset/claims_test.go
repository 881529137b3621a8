package dataset

import (
	"slices"
	"testing"

	"github.com/bansift/bansift/corpus"
)

func TestClaims(t *testing.T) {
	twoTargets := huawei(corpus.StatusEnacted, 0.8)
	twoTargets.Targets = append(twoTargets.Targets, corpus.Target{Text: "ZTE routers", Vendor: "ZTE", Product: "routers", Category: corpus.CategoryNetworkingEquipment})
	noTargets := huawei(corpus.StatusPlanned, 0.4)
	noTargets.Targets = nil
	dupSectors := huawei(corpus.StatusEnacted, 0.7)
	dupSectors.Affected = append(dupSectors.Affected,
		corpus.Affected{Text: "agencies", Sector: corpus.SectorGovernment},
		corpus.Affected{Text: "banks", Sector: corpus.SectorBankingFinance})
	dupSectors.Reasons = append(dupSectors.Reasons, corpus.Reason{Text: "espionage risk", Category: corpus.ReasonEspionage})
	twoEvidence := huawei(corpus.StatusEnacted, 0.7)
	twoEvidence.Evidence = append(twoEvidence.Evidence, corpus.Evidence{Text: "A second sentence says so again."})
	failed := page("bad", "", "2020-01-01", "en", "", huawei(corpus.StatusEnacted, 0.9))
	failed.Error = &corpus.RecordError{Stage: corpus.StageExtract, Message: "boom"}

	tests := []struct {
		name    string
		records []corpus.Record
		check   func(t *testing.T, rows []ClaimRow)
	}{
		{"error and no claims give no rows", []corpus.Record{failed, page("empty", "", "", "en", "")}, func(t *testing.T, rows []ClaimRow) {
			if len(rows) != 0 {
				t.Errorf("got %d rows, want none", len(rows))
			}
		}},
		{"one row per target", []corpus.Record{page("a", "https://news.example/a", "2021-03-04", "de", "", twoTargets)}, func(t *testing.T, rows []ClaimRow) {
			if len(rows) != 2 {
				t.Fatalf("got %d rows, want 2", len(rows))
			}
			if rows[0].Vendor != "Huawei" || rows[1].Vendor != "ZTE" || rows[1].TargetIndex != 1 || rows[1].Product != "routers" {
				t.Errorf("targets: %+v", rows)
			}
			for _, r := range rows {
				if r.RecordID != "a" || r.URL != "https://news.example/a" || r.Published != "2021-03-04" || r.Language != "de" ||
					r.ActorCountry != "NO" || r.Action != corpus.ActionPhaseOut || r.Status != corpus.StatusEnacted || r.ClaimIndex != 0 {
					t.Errorf("shared columns: %+v", r)
				}
			}
		}},
		{"claim without targets keeps one row", []corpus.Record{page("b", "", "", "en", "ar", noTargets)}, func(t *testing.T, rows []ClaimRow) {
			if len(rows) != 1 || rows[0].TargetIndex != -1 || rows[0].Vendor != "" || rows[0].Category != "" {
				t.Fatalf("rows: %+v", rows)
			}
			if rows[0].TranslatedFrom != "ar" || rows[0].URL != "" || rows[0].Published != "" {
				t.Errorf("record columns: %+v", rows[0])
			}
		}},
		{"sectors and reasons deduplicated in order", []corpus.Record{page("c", "", "", "en", "", dupSectors)}, func(t *testing.T, rows []ClaimRow) {
			if got := rows[0].Sectors; !slices.Equal(got, []corpus.Sector{corpus.SectorGovernment, corpus.SectorBankingFinance}) {
				t.Errorf("sectors %v", got)
			}
			if got := rows[0].Reasons; !slices.Equal(got, []corpus.ReasonCategory{corpus.ReasonEspionage}) {
				t.Errorf("reasons %v", got)
			}
		}},
		{"first evidence with its span", []corpus.Record{page("d", "", "", "en", "", huawei(corpus.StatusEnacted, 0.5), twoEvidence)}, func(t *testing.T, rows []ClaimRow) {
			recText := page("d", "", "", "en", "", huawei(corpus.StatusEnacted, 0.5), twoEvidence).Text
			r := rows[1]
			if r.ClaimIndex != 1 || r.EvidenceCount != 2 || r.EvidenceStart == 0 {
				t.Fatalf("row %+v", r)
			}
			if recText[r.EvidenceStart:r.EvidenceEnd] != r.EvidenceText {
				t.Errorf("span [%d,%d) is %q, evidence %q", r.EvidenceStart, r.EvidenceEnd, recText[r.EvidenceStart:r.EvidenceEnd], r.EvidenceText)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.check(t, Claims(tc.records)) })
	}
}
