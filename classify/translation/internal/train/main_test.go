package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/translation"
)

// writeFeatures writes a features file of n translated and n native pages
// that differ in one feature, credit_arabic, with a little noise elsewhere.
func writeFeatures(t *testing.T, n int) string {
	names := translation.FeatureNames()
	var b strings.Builder
	b.WriteString("# test\n" + strings.Join(append([]string{"id", "set", "label"}, names...), "\t") + "\n")
	for i := range 2 * n {
		label := []string{"ar", "native"}[i%2]
		cols := []string{fmt.Sprintf("p-%03d", i), "labels", label}
		for _, f := range names {
			v := float64(i%3) / 10
			if f == "credit_arabic" && label == "ar" {
				v = 1 + float64(i%4)
			}
			cols = append(cols, fmt.Sprint(v))
		}
		b.WriteString(strings.Join(cols, "\t") + "\n")
	}
	p := filepath.Join(t.TempDir(), "features.tsv")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTrain fits a model to separable pages: it must weigh the separating
// feature, and its file must carry a threshold the detector's reader takes.
func TestTrain(t *testing.T) {
	in := writeFeatures(t, 20)
	out := filepath.Join(t.TempDir(), "model.tsv")
	var stderr bytes.Buffer
	if err := run([]string{"-features", in, "-out", out, "-l2", "0.01"}, &stderr); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var threshold, weight string
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(l, "\t")
		switch {
		case f[0] == "threshold":
			threshold = f[1]
		case f[0] == "credit_arabic" && len(f) == 4:
			weight = f[3]
		}
	}
	if threshold == "" || weight == "" || strings.HasPrefix(weight, "-") || weight == "0" {
		t.Errorf("threshold %q, credit_arabic weight %q", threshold, weight)
	}
	if !strings.Contains(stderr.String(), "cross-validated at threshold") || !strings.Contains(stderr.String(), "recall 20/20") {
		t.Errorf("report: %s", stderr.String())
	}
}

func TestTrainErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte("id\tset\tlabel\tother\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, args := range map[string][]string{
		"missing file":  {"-features", filepath.Join(dir, "none.tsv")},
		"wrong header":  {"-features", bad},
		"too few pages": {"-features", writeFeatures(t, 2)},
	} {
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
