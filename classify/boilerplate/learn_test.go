package boilerplate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/boilerplate"
)

// writeModel writes a logistic regression with the given bias and weights
// (features standardised with mean 0, scale 1; unnamed features weigh 0).
func writeModel(t *testing.T, bias float64, weights map[string]float64) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "# hand-made model\nbias\t%v\n", bias)
	for _, n := range boilerplate.FeatureNames() {
		fmt.Fprintf(&b, "%s\t0\t1\t%v\n", n, weights[n])
	}
	path := filepath.Join(t.TempDir(), "model.tsv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// modelPage has a menu, a headline, a byline, an article, a comment
// section under its heading, and a long comment.
const modelPage = "Home\nNews\nWorld\nSport\n\n" +
	"Freedonia bans Acme routers in ministries\n\nBy Jane Holloway\nMay 27, 2014\n\n" +
	"The ministry said on Monday that state agencies must stop buying routers from the vendor within six months, citing security risks.\n\n" +
	"Officials said the order did not apply to private companies, but that they were advised to review their own equipment as well.\n\n" +
	"Leave a Reply\n\n" +
	"I have worked with these routers for years and never once saw anything that looked like a back door, so I want to see the evidence.\n"

func TestLineModelDecides(t *testing.T) {
	rules := newCleaner(t, boilerplate.Options{RulesOnly: true}).Clean(modelPage, "en")
	tests := []struct {
		name    string
		bias    float64
		weights map[string]float64
		// want is the body; "rules" means the rules' body.
		want string
	}{
		{name: "a model that drops every line", bias: -20, want: ""},
		{name: "a model that copies the rules' verdict", bias: -10, weights: map[string]float64{"keep": 20}, want: "rules"},
		{
			name: "a model that keeps every line it may",
			bias: 20,
			// The menu lies beyond the headline and the comment beyond
			// its section heading: neither may be kept.
			want: rules.Body,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCleaner(t, boilerplate.Options{LineModelPath: writeModel(t, tt.bias, tt.weights)})
			r := c.Clean(modelPage, "en")
			want := tt.want
			if want == "rules" {
				want = rules.Body
			}
			if r.Body != want {
				t.Errorf("body:\n%s\nwant:\n%s", r.Body, want)
			}
			if r.Title != rules.Title || r.Published != rules.Published {
				t.Errorf("title, date = %q, %q; the rules give %q, %q", r.Title, r.Published, rules.Title, rules.Published)
			}
			checkRemoved(t, modelPage, r)
		})
	}
}

func TestLineModelKeepsWhatTheRulesDrop(t *testing.T) {
	// A closing line of figures under the article that the rules drop for
	// its size and few stop words; a model that keeps every line it may
	// brings it back.
	page := "Freedonia bans Acme routers in ministries\n\nBy Jane Holloway\n\n" +
		"The ministry said on Monday that state agencies must stop buying routers from the vendor within six months, citing security risks.\n\n" +
		"Officials said the order did not apply to private companies, but that they were advised to review their own equipment as well.\n\n" +
		"Prices in euros per unit, 2014 to 2016\n"
	rules := newCleaner(t, boilerplate.Options{RulesOnly: true}).Clean(page, "en")
	if strings.Contains(rules.Body, "Prices in euros") {
		t.Fatal("fixture: the rules keep the closing line already")
	}
	r := newCleaner(t, boilerplate.Options{LineModelPath: writeModel(t, 20, nil)}).Clean(page, "en")
	if !strings.Contains(r.Body, "Prices in euros") {
		t.Errorf("closing line not kept; body:\n%s", r.Body)
	}
}

func TestLineModelPathErrors(t *testing.T) {
	dir := t.TempDir()
	short := filepath.Join(dir, "short.tsv")
	if err := os.WriteFile(short, []byte("bias\t0\nkeep\t0\t1\t1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, path string }{
		{"missing file", filepath.Join(dir, "missing.tsv")},
		{"features missing", short},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := boilerplate.New(boilerplate.Options{LineModelPath: tt.path}); err == nil {
				t.Error("New: no error")
			}
			// RulesOnly reads no model.
			if _, err := boilerplate.New(boilerplate.Options{RulesOnly: true, LineModelPath: tt.path}); err != nil {
				t.Errorf("New with RulesOnly: %v", err)
			}
		})
	}
}

func TestLineSamples(t *testing.T) {
	c := newCleaner(t, boilerplate.Options{RulesOnly: true})
	samples := c.LineSamples(modelPage, "en")
	r := c.Clean(modelPage, "en")
	n := len(boilerplate.FeatureNames())
	for _, s := range samples {
		if len(s.Features) != n {
			t.Fatalf("line %d: %d features, want %d", s.Line, len(s.Features), n)
		}
		if s.Keep != strings.Contains(r.Body, s.Text) {
			t.Errorf("line %d %.30q: Keep %v, but the body holds it: %v", s.Line, s.Text, s.Keep, !s.Keep)
		}
	}
}

func TestLineModelKeepsNoTemplateLine(t *testing.T) {
	footer := "The paper is owned by a trust and answers to no shareholders, which keeps its reporting independent of any owner"
	stories := []string{
		"The ministry said on Monday that state agencies must stop buying routers from the vendor within six months, citing security risks.",
		"Regulators told operators to remove the cameras from public buildings by the end of the year, citing the risk of data leaks.",
		"The council voted to ban the app on phones it issues to staff, after a review found that it shared location data abroad.",
		"Lawmakers approved a bill that bars the agencies from buying drones made by the company, starting in the next fiscal year.",
	}
	idx := boilerplate.NewTemplateIndex()
	page := func(s string) string {
		return s + "\n\n" + s + " Officials gave no further details on Tuesday.\n\n" + footer + "\n"
	}
	for _, s := range stories {
		idx.Add("example.org", page(s))
	}
	c := newCleaner(t, boilerplate.Options{Templates: idx, LineModelPath: writeModel(t, 20, nil)})
	r := c.CleanSite(page(stories[0]), "en", "example.org")
	if strings.Contains(r.Body, "owned by a trust") {
		t.Errorf("template line kept by a model that keeps all it may:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "no further details") {
		t.Errorf("story lost:\n%s", r.Body)
	}
}
