package relevance_test

import (
	"fmt"

	"github.com/bansift/bansift/classify/relevance"
	"github.com/bansift/bansift/corpus"
)

// A claim the extractor reads into a car review is discounted: its evidence
// has a change ("replaces") but no authority, and the headline says nothing
// of a restriction.
func ExampleJudge_Decide() {
	text := "The coupe goes on sale in spring.\n\nEurope gets virtual mirrors, which replace the glass mirrors with cameras."
	ev := "Europe gets virtual mirrors, which replace the glass mirrors with cameras."
	claim := corpus.Claim{
		Actor:      corpus.Actor{Text: "Europe", Country: "EU"},
		Targets:    []corpus.Target{{Text: "cameras", Category: corpus.CategorySurveillanceCameras}},
		Confidence: 0.65,
		Evidence:   []corpus.Evidence{{Text: ev, Start: 35, End: 35 + len(ev)}},
	}
	d := relevance.Default().Decide(relevance.Input{
		Title: "Electric coupe revealed", Text: text, Language: "en", Claims: []corpus.Claim{claim},
	})
	fmt.Println(d.Label, d.Support)
	// Output: false [0.325]
}
