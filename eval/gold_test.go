package eval

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"

	"github.com/bansift/bansift/internal/sharedtest"
)

const evalCorpus = "testdata/corpus"

func TestLoadGold(t *testing.T) {
	for _, dir := range []string{evalCorpus, filepath.Join(evalCorpus, "gold")} {
		t.Run(dir, func(t *testing.T) {
			gold, err := LoadGold(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(gold) != 3 {
				t.Fatalf("got %d gold pages, want 3", len(gold))
			}
			a1 := gold["a1"]
			if a1.Language != "en" || !a1.Relevant || a1.Published == nil || *a1.Published != "2021-03-03" {
				t.Errorf("a1 header wrong: %+v", a1)
			}
			if len(a1.Claims) != 2 || a1.Claims[0].Action != corpus.ActionPhaseOut ||
				!slices.Equal(a1.Claims[0].Vendors, []string{"Hikvision", "Dahua"}) || !a1.Claims[1].Optional {
				t.Errorf("a1 claims wrong: %+v", a1.Claims)
			}
			if gold["a2"].Published != nil || gold["a3"].Relevant {
				t.Errorf("a2/a3 wrong: %+v %+v", gold["a2"], gold["a3"])
			}
		})
	}
}

func TestGoldBodyLines(t *testing.T) {
	gold, err := LoadGold(evalCorpus)
	if err != nil {
		t.Fatal(err)
	}
	texts, err := LoadGoldArticles(evalCorpus, gold)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 3 {
		t.Fatalf("got %d article texts, want 3", len(texts))
	}
	for id, g := range gold {
		if err := CheckGoldLines(g, texts[id]); err != nil {
			t.Errorf("%s: %v", id, err)
		}
	}
	body := gold["a3"].BodyLines(texts["a3"])
	want := []string{
		"Local team wins the autumn rowing regatta",
		"The university rowing club took first place at the autumn regatta on Saturday, finishing two lengths ahead of its nearest rival.",
		"The coach praised the crew for months of early morning training.",
	}
	if !slices.Equal(body, want) {
		t.Errorf("a3 body = %q, want %q", body, want)
	}
	g := gold["a3"]
	g.Lines.Boilerplate = append(g.Lines.Boilerplate, "Not in the page")
	if err := CheckGoldLines(g, texts["a3"]); err == nil || !strings.Contains(err.Error(), "lines.boilerplate[3]") {
		t.Errorf("CheckGoldLines with a stray line: %v, want an error naming lines.boilerplate[3]", err)
	}
}

func TestNormalizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a  b\t c ", "a b c"},
		{"\u00a0Share\u00a0 this\r", "Share this"},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := NormalizeLine(tt.in); got != tt.want {
			t.Errorf("NormalizeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadGoldFileErrors(t *testing.T) {
	valid := `{"id": "x", "language": "en", "translated_from": null, "relevant": true, "title": "T",
"published": null, "lines": {"boilerplate": [], "meta": []}, "claims": [CLAIM]}`
	claim := `{"actor": "A", "actor_country": "US", "action": "ban", "status": "enacted", "vendors": ["V"],
"products": [], "target_category": "apps", "affected": "", "affected_sectors": ["government"],
"reasons": "", "reason_categories": ["espionage"], "primary": true, "optional": false}`
	page := func(c string) string { return strings.Replace(valid, "CLAIM", c, 1) }
	tests := []struct {
		name    string
		file    string // file name
		content string
		field   string // wanted GoldError.Field, "" for none
		line    int    // wanted GoldError.Line, 0 for none
		vocab   bool   // wants ErrNotInVocabulary
	}{
		{name: "valid", file: "x.json", content: page(claim)},
		{name: "bad action", file: "x.json", content: page(strings.Replace(claim, `"ban"`, `"forbid"`, 1)), field: "claims[0].action", vocab: true},
		{name: "bad sector", file: "x.json", content: page(strings.Replace(claim, `"government"`, `"gov"`, 1)), field: "claims[0].affected_sectors[0]", vocab: true},
		{name: "bad reason", file: "x.json", content: page(strings.Replace(claim, `"espionage"`, `"spying"`, 1)), field: "claims[0].reason_categories[0]", vocab: true},
		{name: "bad category", file: "x.json", content: page(strings.Replace(claim, `"apps"`, `"app"`, 1)), field: "claims[0].target_category", vocab: true},
		{name: "bad status", file: "x.json", content: page(strings.Replace(claim, `"enacted"`, `"done"`, 1)), field: "claims[0].status", vocab: true},
		{name: "lower-case country", file: "x.json", content: page(strings.Replace(claim, `"US"`, `"us"`, 1)), field: "claims[0].actor_country"},
		{name: "bad date", file: "x.json", content: strings.Replace(page(claim), `"published": null`, `"published": "2021-13-01"`, 1), field: "published"},
		{name: "bad language", file: "x.json", content: strings.Replace(page(claim), `"en"`, `"English"`, 1), field: "language"},
		{name: "id differs from file", file: "y.json", content: page(claim), field: "id"},
		{name: "misspelt key", file: "x.json", content: page(strings.Replace(claim, `"vendors"`, `"vendor"`, 1))},
		{name: "syntax error", file: "x.json", content: "{\n  \"id\": \"x\",\n  \"language\" \"en\"\n}", line: 3},
		{name: "wrong type", file: "x.json", content: "{\n\"id\": \"x\",\n\"relevant\": \"yes\"\n}", line: 3, field: "relevant"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadGoldFile(path)
			if tt.name == "valid" {
				if err != nil {
					t.Fatalf("valid file: %v", err)
				}
				return
			}
			var ge *GoldError
			if !errors.As(err, &ge) {
				t.Fatalf("err = %v, want a *GoldError", err)
			}
			if ge.Path != path {
				t.Errorf("Path = %q, want %q", ge.Path, path)
			}
			if tt.field != "" && ge.Field != tt.field {
				t.Errorf("Field = %q, want %q (%v)", ge.Field, tt.field, err)
			}
			if ge.Line != tt.line {
				t.Errorf("Line = %d, want %d (%v)", ge.Line, tt.line, err)
			}
			if tt.vocab != errors.Is(err, ErrNotInVocabulary) {
				t.Errorf("errors.Is(ErrNotInVocabulary) = %v, want %v", !tt.vocab, tt.vocab)
			}
		})
	}
}

func TestLoadGoldReportsEveryBadFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"p", "q"} {
		bad := `{"id": "` + name + `", "language": "xx1", "claims": []}`
		if err := os.WriteFile(filepath.Join(dir, name+".json"), []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := LoadGold(dir)
	if err == nil || !strings.Contains(err.Error(), "p.json") || !strings.Contains(err.Error(), "q.json") {
		t.Errorf("LoadGold = %v, want errors naming both files", err)
	}
	if _, err := LoadGold(t.TempDir()); err == nil {
		t.Error("LoadGold on an empty dir: want an error")
	}
}

// The shared seeds must load and every listed line must be in its article.
func TestLoadGoldShared(t *testing.T) {
	dir := sharedtest.Dir(t, "corpus")
	gold, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	texts, err := LoadGoldArticles(dir, gold)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != len(gold) {
		t.Errorf("%d articles for %d gold pages", len(texts), len(gold))
	}
	for id, g := range gold {
		if err := CheckGoldLines(g, texts[id]); err != nil {
			t.Error(err)
		}
	}
}

// FuzzParseGold: any bytes give a Gold or an error, never a panic, and an
// accepted annotation has only vocabulary values.
func FuzzParseGold(f *testing.F) {
	for _, name := range []string{"a1", "a2", "a3"} {
		data, err := os.ReadFile(filepath.Join(evalCorpus, "gold", name+".json"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"id": "a1", "claims": [{"action": "ban"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParseGold(data, "a1.json")
		if err != nil {
			return
		}
		for _, c := range g.Claims {
			if !slices.Contains(corpus.Actions, c.Action) || !slices.Contains(corpus.Statuses, c.Status) {
				t.Errorf("accepted claim outside the vocabulary: %+v", c)
			}
		}
	})
}
