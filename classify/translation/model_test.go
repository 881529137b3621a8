package translation

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestEmbeddedModel checks the embedded model weighs every feature and has
// a threshold, and that its probabilities move the right way on the
// features that matter most.
func TestEmbeddedModel(t *testing.T) {
	d := detector(t)
	if d.threshold <= 0 || d.threshold >= 1 {
		t.Fatalf("threshold %g", d.threshold)
	}
	if len(d.model.W) != int(nFeatures) {
		t.Fatalf("%d weights, want %d", len(d.model.W), nFeatures)
	}
	for _, f := range []int{fURLOutlet, fCreditArabic, fFormula} {
		if d.model.W[f] <= 0 {
			t.Errorf("%s weighs %g, want > 0", featureNames[f], d.model.W[f])
		}
	}
	if d.model.W[fURLNative] >= 0 {
		t.Errorf("url_native weighs %g, want < 0", d.model.W[fURLNative])
	}
}

// model writes a model file over the features with the given threshold line.
func modelFile(threshold string, skip string) string {
	var b strings.Builder
	b.WriteString("# test model\n")
	if threshold != "" {
		b.WriteString("threshold\t" + threshold + "\n")
	}
	b.WriteString("bias\t-1\n")
	for _, n := range featureNames {
		if n != skip {
			fmt.Fprintf(&b, "%s\t0\t1\t0.5\n", n)
		}
	}
	return b.String()
}

func TestReadModel(t *testing.T) {
	m, th, err := readModel([]byte(modelFile("0.7", "")))
	if err != nil || th != 0.7 || m.Bias != -1 {
		t.Fatalf("readModel = %v, %g, %v", m, th, err)
	}
	for name, file := range map[string]string{
		"no threshold":        modelFile("", ""),
		"threshold of 1":      modelFile("1", ""),
		"threshold no number": modelFile("high", ""),
		"missing feature":     modelFile("0.5", "formula"),
	} {
		if _, _, err := readModel([]byte(file)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestModelInput(t *testing.T) {
	x := make([]float64, nFeatures)
	x[fFormula], x[fTheShare], x[fSentenceLength] = math.E-1, 0.12, 30
	z := ModelInput(x)
	if math.Abs(z[fFormula]-1) > 1e-12 || z[fTheShare] != 0.12 || z[fSentenceLength] != 30 {
		t.Errorf("ModelInput: formula %g, the_share %g, sentence_length %g", z[fFormula], z[fTheShare], z[fSentenceLength])
	}
}
