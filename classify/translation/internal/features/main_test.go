package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/translation"
)

// fixturePage is a page written for this test in the manner of an agency's
// English desk.
const fixturePage = `Minister receives delegation

Amman, 3 June (Petra) -- The Minister of Industry received today, Monday, a delegation of the brotherly country, and affirmed the depth of the relations which bind the two sides.

For his part, the head of the delegation lauded the achievements of the kingdom.
`

// writeFixture lays out a real-pages folder: a manifest with one dev and one
// heldout page, their gold, a labels file, and the texts.
func writeFixture(t *testing.T) (real, texts string) {
	dir := t.TempDir()
	real, texts = filepath.Join(dir, "real"), filepath.Join(dir, "texts")
	files := map[string]string{
		"real/manifest-x.tsv":          "x-001\tdev\thttps://petra.gov.jo/en/1\tq\nx-002\theldout\thttps://petra.gov.jo/en/2\tq\n",
		"real/dev/gold/x-001.json":     `{"id": "x-001", "language": "en", "translated_from": "ar"}`,
		"real/heldout/gold/x-002.json": `{"id": "x-002", "language": "en", "translated_from": "ar"}`,
		"real/translation-labels.tsv":  "# id url label query\ny-001\thttps://example.com/story\tnative\tq\ny-002\thttps://example.org/none\tnative\tq\n",
		"texts/x-001.txt":              fixturePage,
		"texts/x-002.txt":              fixturePage,
		"texts/y-001.txt":              "Markets rose on Tuesday as investors bought shares of chip makers, traders said.\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return real, texts
}

// TestFeatures runs the command on the fixture: the dev page and the
// labelled page with a text are written, the heldout page never read, the
// page without a text named on stderr.
func TestFeatures(t *testing.T) {
	real, texts := writeFixture(t)
	out := filepath.Join(t.TempDir(), "features.tsv")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-real", real, "-texts", texts, "-out", out}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	header := ""
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		if header == "" {
			header = l
			continue
		}
		rows = append(rows, strings.Split(l, "\t"))
	}
	if want := strings.Join(append([]string{"id", "set", "label"}, translation.FeatureNames()...), "\t"); header != want {
		t.Fatalf("header %q, want %q", header, want)
	}
	if len(rows) != 2 || rows[0][0] != "x-001" || rows[0][2] != "ar" || rows[1][0] != "y-001" || rows[1][2] != "native" {
		t.Fatalf("rows %q, want x-001 (ar) and y-001 (native)", rows)
	}
	col := map[string]int{}
	for i, n := range strings.Split(header, "\t") {
		col[n] = i
	}
	for _, f := range []string{"credit_arabic", "url_outlet", "formula", "time"} {
		if rows[0][col[f]] == "0" {
			t.Errorf("x-001: %s = 0", f)
		}
	}
	if strings.Contains(string(b), "x-002") || !strings.Contains(stderr.String(), "y-002") {
		t.Errorf("heldout page written, or missing text not named: stderr %q", stderr.String())
	}
}

// TestScore runs the command in -score mode: one line per page and the
// recall and false flags of each set.
func TestScore(t *testing.T) {
	real, texts := writeFixture(t)
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-real", real, "-texts", texts, "-score"}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	out := stdout.String()
	for _, want := range []string{"x-001\tar\tFLAGGED\tp ", "y-001\tnative\t-\tp ", "dev: recall 1/1, false flags 0/0", "labels: recall 0/0, false flags 0/1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
