package boilerplate

import (
	"slices"
	"testing"

	"github.com/bansift/bansift/internal/lr"
)

// TestEmbeddedLineModel checks that data/linemodel.tsv loads and weighs
// exactly the features lineFeatures computes: run go generate after
// changing them.
func TestEmbeddedLineModel(t *testing.T) {
	m, err := loadLineModel("")
	if err != nil {
		t.Fatal(err)
	}
	lin, ok := m.(*lr.Model)
	if !ok {
		t.Fatalf("embedded model is a %T, want a logistic regression", m)
	}
	if !slices.Equal(lin.Names, featureNames) {
		t.Errorf("model features %v, want %v", lin.Names, featureNames)
	}
	nonzero := 0
	for _, w := range lin.W {
		if w != 0 {
			nonzero++
		}
	}
	if nonzero < len(featureNames)/2 {
		t.Errorf("only %d of %d features weigh anything", nonzero, len(featureNames))
	}
}
