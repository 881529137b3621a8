package dataset_test

import (
	"fmt"

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
