package translation

import (
	"errors"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

func TestTokenize(t *testing.T) {
	var got []string
	for _, tok := range tokenize("He said: “Yes.” The fifth-generation U.S. plan.\nSha'ban") {
		got = append(got, tok.text)
	}
	want := `^ he said : " yes . " ^ the fifth generation u . s . plan . ^ sha'ban`
	if strings.Join(got, " ") != want {
		t.Errorf("tokens\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

// TestPhraseTrie checks the pattern syntax: alternatives, optional tokens,
// classes, shapes, sentence starts, and one count per match.
func TestPhraseTrie(t *testing.T) {
	const list = "@colour\tred|green\n" +
		"the @colour car|van\tcalque\tcolour\n" +
		"very? big deal\tcalque\tdeal\n" +
		"^ so\tand_start\tso\n" +
		"<num> <hyear> ah\thijri\tdate\n" +
		"met <cap>\tformula\tname\n"
	phrases, err := ParsePhrases(strings.NewReader(list), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := newPhraseTrie(phrases)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string // glosses of the matches, in order
	}{
		{"class and alternative", "They saw the green van and the red car.", []string{"colour", "colour"}},
		{"not in the class", "They saw the blue van.", nil},
		{"optional present and absent", "A very big deal, a big deal.", []string{"deal", "deal"}},
		{"a match inside a match is one", "a very big deal", []string{"deal"}},
		{"sentence start", "So it goes. It was so.", []string{"so"}},
		{"shapes", "On 3 1445 AH, she met Dana.", []string{"date", "name"}},
		{"shape not met", "On 3 2024 AH she met dana.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range tr.find(tokenize(tt.text)) {
				got = append(got, tr.phrases[m.phrase].Gloss)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("matches %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, list string
	}{
		{"unknown feature", "the pattern\tweight\tgloss\n"},
		{"unknown class", "the @nothing\tcalque\tgloss\n"},
		{"missing column", "the pattern\tcalque\n"},
		{"matches nothing", "x?\tcalque\tgloss\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePhrases(strings.NewReader(tt.list), "bad.tsv")
			var pe *corpus.ParseError
			if !errors.As(err, &pe) || pe.Line != 1 {
				t.Errorf("err = %v, want a ParseError on line 1", err)
			}
		})
	}
	if _, err := ParseOutlets(strings.NewReader("Name only\n"), "o.tsv"); !errors.Is(err, ErrColumns) {
		t.Errorf("outlet without languages: err = %v, want ErrColumns", err)
	}
}

// TestOutletKinds checks what each languages column means.
func TestOutletKinds(t *testing.T) {
	outlets, err := ParseOutlets(strings.NewReader("A\tar\nB\tar>en\nC\ten\nD\tar,en\nE\tmt\n"), "o.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]bool{ // translated, english, machine
		"A": {true, false, false}, "B": {true, false, false}, "C": {false, true, false},
		"D": {false, false, false}, "E": {false, false, true},
	}
	for _, o := range outlets {
		got := [3]bool{o.translated(), o.english(), o.machine()}
		if got != want[o.Name] {
			t.Errorf("%s (%v): translated, english, machine = %v, want %v", o.Name, o.Languages, got, want[o.Name])
		}
	}
}

// TestEmbeddedData checks the embedded lists parse and the trie holds them.
func TestEmbeddedData(t *testing.T) {
	d := detector(t)
	if len(d.outlets) < 200 || len(d.trie.phrases) < 50 {
		t.Errorf("%d outlets and %d phrases, want at least 200 and 50", len(d.outlets), len(d.trie.phrases))
	}
	for _, name := range []string{"spa", "saudi press agency", "shafaq news", "gulf news", "reuters"} {
		if _, ok := d.byName[name]; !ok {
			t.Errorf("outlet %q not listed", name)
		}
	}
}
