package extract

import (
	"context"
	"testing"
)

// TestContextStopsAnalysis checks that a done Context stops the sentence
// loop: the same article gives its claim without one and none with it.
func TestContextStopsAnalysis(t *testing.T) {
	x := extractor(t)
	doc := Document{
		Text:     "The Cyberspace Administration of China said operators of critical information infrastructure should stop purchasing products from Micron, citing serious network security risks.",
		Language: "en",
	}
	if got := x.ExtractResult(doc).Claims; len(got) == 0 {
		t.Fatal("no claim without a context: the test sentence needs fixing")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc.Context = ctx
	if got := x.ExtractResult(doc).Claims; len(got) != 0 {
		t.Errorf("%d claims from an analysis whose context was done", len(got))
	}
}
