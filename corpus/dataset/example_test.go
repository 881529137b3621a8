package dataset_test

import (
	"fmt"
	"os"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/dataset"
)

func ExampleEvents() {
	ban := func(status corpus.Status) corpus.Claim {
		return corpus.Claim{
			Actor:      corpus.Actor{Name: "Government of Sweden", Country: "SE"},
			Action:     corpus.ActionBan,
			Status:     status,
			Targets:    []corpus.Target{{Vendor: "ZTE", Product: "5G equipment", Category: corpus.CategoryTelecomEquipment}},
			Primary:    true,
			Confidence: 0.6,
		}
	}
	day := func(s string) *string { return &s }
	records := []corpus.Record{
		{ID: "en-1", Published: day("2020-10-20"), Language: corpus.Language{Code: "en"}, Claims: []corpus.Claim{ban(corpus.StatusReported)}},
		{ID: "de-1", Published: day("2020-10-21"), Language: corpus.Language{Code: "de"}, Claims: []corpus.Claim{ban(corpus.StatusEnacted)}},
		{ID: "en-2", Published: day("2023-02-01"), Language: corpus.Language{Code: "en"}, Claims: []corpus.Claim{ban(corpus.StatusEnacted)}},
	}
	for _, e := range dataset.Events(records, dataset.EventOptions{}) {
		fmt.Println(e.ActorCountry, e.Action, e.Vendor, e.Status, e.FirstSeen, e.MentionCount, len(e.Languages), e.Confidence)
	}
	// Output:
	// SE ban ZTE enacted 2020-10-20 2 2 0.84
	// SE ban ZTE enacted 2023-02-01 1 1 0.6
}

func ExampleWriteClaims() {
	day := "2024-06-03"
	rec := corpus.Record{
		ID:        "p1",
		Published: &day,
		Language:  corpus.Language{Code: "en"},
		Relevant:  corpus.Relevance{Label: true, Score: 0.9},
		Claims: []corpus.Claim{{
			Actor:      corpus.Actor{Text: "the city", Name: "City of Example", Country: "US"},
			Action:     corpus.ActionPurchaseBan,
			Status:     corpus.StatusEnacted,
			Targets:    []corpus.Target{{Text: "DJI drones", Vendor: "DJI", Product: "drones", Category: corpus.CategoryDrones}},
			Primary:    true,
			Confidence: 0.7,
			Evidence:   []corpus.Evidence{{Text: `The city said "no more", citing data risks.`, Start: 0, End: 43}},
		}},
	}
	rows := dataset.Claims([]corpus.Record{rec})
	if err := dataset.WriteClaims(os.Stdout, "csv", rows); err != nil {
		fmt.Println(err)
	}
	// Output:
	// record_id,url,path,published,language,translated_from,relevant,relevance_score,claim_index,target_index,actor_text,actor_name,actor_country,action,status,target_text,vendor,product,category,sectors,reasons,primary,confidence,evidence_text,evidence_start,evidence_end,evidence_count,near_duplicate_of
	// p1,,,2024-06-03,en,,true,0.9,0,0,the city,City of Example,US,purchase_ban,enacted,DJI drones,DJI,drones,drones,,,true,0.7,"The city said ""no more"", citing data risks.",0,43,1,
}
