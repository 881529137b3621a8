package eval_test

import (
	"fmt"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/eval"
)

func ExampleScoreBench() {
	s := eval.ScoreBench([]eval.BenchPair{
		// every shingle right
		{ID: "a", Gold: "The pier will close next spring.", Predicted: "The pier will close next spring."},
		// two gold shingles found, two extra: precision 0.5, recall 1
		{ID: "b", Gold: "Rain is expected all week", Predicted: "Rain is expected all week long again"},
	})
	fmt.Printf("P %.2f R %.2f F1 %.3f accuracy %.1f over %d pages\n", s.P, s.R, s.F1, s.Accuracy, s.Pages)
	// Output: P 0.75 R 1.00 F1 0.857 accuracy 0.5 over 2 pages
}

func ExampleEvaluate() {
	gold := map[string]eval.Gold{"p1": {
		ID: "p1", Language: "en", Relevant: true,
		Lines: eval.GoldLines{Boilerplate: []string{"Sign up now"}},
		Claims: []eval.GoldClaim{{
			ActorCountry: "JP", Action: corpus.ActionPurchaseBan, Status: corpus.StatusPlanned,
			Vendors: []string{"Huawei", "ZTE"}, TargetCategory: corpus.CategoryTelecomEquipment, Primary: true,
		}},
	}}
	articles := map[string]string{"p1": "Japan to stop buying Huawei and ZTE gear.\nSign up now\n"}
	records := []corpus.Record{{
		ID: "pages/p1", Language: corpus.Language{Code: "en"}, Relevant: corpus.Relevance{Label: true},
		Text: "Japan to stop buying Huawei and ZTE gear.",
		Claims: []corpus.Claim{{
			Actor: corpus.Actor{Country: "JP"}, Action: corpus.ActionPurchaseBan, Status: corpus.StatusPlanned,
			Targets: []corpus.Target{{Vendor: "Huawei", Category: corpus.CategoryTelecomEquipment}},
			Primary: true,
		}},
	}}
	r := eval.Evaluate(records, gold, articles)
	a := r.Articles[0]
	fmt.Println("claims:", r.Claims.TP, "matched,", r.Claims.FN, "missed:", a.Missed)
	fmt.Println("leaked boilerplate lines:", r.Leak.Hits, "of", r.Leak.Total)
	for _, m := range r.Metrics() {
		if m.Name == "claims_f1" || m.Name == "primary_recall" {
			fmt.Printf("%s %.3f\n", m.Name, m.Value)
		}
	}
	// Output:
	// claims: 1 matched, 1 missed: [JP/ZTE]
	// leaked boilerplate lines: 0 of 1
	// claims_f1 0.667
	// primary_recall 0.500
}
