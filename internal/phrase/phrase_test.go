package phrase

import (
	"strings"
	"testing"
)

// found returns the texts of m's hits in s, joined by "|".
func found(m *Matcher, s string) string {
	toks := Tokenize(s, 0)
	var out []string
	for _, h := range m.Find(toks) {
		out = append(out, s[toks[h.From].Start:toks[h.To-1].End])
	}
	return strings.Join(out, "|")
}

func matcherOf(t *testing.T, phrases ...string) *Matcher {
	t.Helper()
	m := &Matcher{}
	for id, p := range phrases {
		c, err := Compile(p)
		if err != nil {
			t.Fatalf("Compile(%q): %v", p, err)
		}
		m.Add(c, id)
	}
	return m
}

func TestCaseRule(t *testing.T) {
	cases := []struct {
		phrase, text, want string
	}{
		{"ban", "The BAN on Ban and ban", "BAN|Ban|ban"},
		{"Apple", "an apple a day, said Apple", "Apple"},
		{"BIS", "bis morgen, says the BIS", "BIS"},
		{"iPhone", "iphones and the iPhone", "iPhone"},
		{"prohibit*", "Prohibited items and prohibitions", "Prohibited|prohibitions"},
		{"*verbot", "das Handyverbot und Verbote", "Handyverbot"},
		{"*verbot*", "Handyverbote", "Handyverbote"},
		{"Huawei*", "huaweis and Huawei's kit", "Huawei"},
	}
	for _, c := range cases {
		if got := found(matcherOf(t, c.phrase), c.text); got != c.want {
			t.Errorf("%q in %q: got %q, want %q", c.phrase, c.text, got, c.want)
		}
	}
}

func TestGapAndLongest(t *testing.T) {
	m := matcherOf(t, "stop ... buying", "stop")
	if got := found(m, "told to stop all new buying now"); got != "stop all new buying" {
		t.Errorf("gap: got %q", got)
	}
	far := "stop " + strings.Repeat("x ", MaxGap+1) + "buying"
	if got := found(m, far); got != "stop" {
		t.Errorf("a gap longer than MaxGap must not match: got %q", got)
	}
}

func TestTiesGoToThePhraseAddedFirst(t *testing.T) {
	m := &Matcher{}
	m.Add(MustCompile("*ware"), 1)
	m.Add(MustCompile("soft*"), 2)
	m.Add(MustCompile("software"), 3)
	h := m.Find(Tokenize("software", 0))
	if len(h) != 1 || h[0].ID != 3 {
		t.Errorf("an exact first word wins a tie: got %+v", h)
	}
	m = &Matcher{}
	m.Add(MustCompile("*ware"), 1)
	m.Add(MustCompile("soft*"), 2)
	if h := m.Find(Tokenize("software", 0)); len(h) != 1 || h[0].ID != 1 {
		t.Errorf("among wildcards the first added wins: got %+v", h)
	}
}

func TestHyphenatedPhraseWords(t *testing.T) {
	m := matcherOf(t, "phase-out", "foreign-made*")
	if got := found(m, "a phase out of foreign kit, foreign-made kits"); got != "phase out|foreign-made" {
		t.Errorf("got %q", got)
	}
}

func TestHas(t *testing.T) {
	m := matcherOf(t, "*verbot*", "ban")
	for s, want := range map[string]bool{"Ein Handyverbote": true, "banned": false, "a ban": true, "": false} {
		if got := m.Has(Tokenize(s, 0)); got != want {
			t.Errorf("Has(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCompileRejects(t *testing.T) {
	for _, p := range []string{"", "... ban", "ban ...", "ban *", "  "} {
		if _, err := Compile(p); err == nil {
			t.Errorf("Compile(%q): want an error", p)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	s := "Über U.S.-Verbot"
	for _, tok := range Tokenize(s, 10) {
		if s[tok.Start-10:tok.End-10] != tok.Text {
			t.Errorf("token %+v does not span its text", tok)
		}
	}
	if n := len(Tokenize(s, 0)); n != 4 {
		t.Errorf("got %d tokens, want 4", n)
	}
}

func TestPhrasePatterns(t *testing.T) {
	tests := []struct {
		name, phrase, text string
		match              bool
	}{
		{"exact any case", "ban", "They BAN it", true},
		{"prefix", "prohibit*", "it was prohibited", true},
		{"contains", "*verbot*", "das Verkaufsverbote gilt", true},
		{"gap", "stop ... buying", "stop all new buying", true},
		{"gap too long", "stop ... buying", "stop a b c d e f g h i buying", false},
		{"capitalised name", "Apple", "an apple a day", false},
		{"capitalised name matches", "Apple", "shares of Apple fell", true},
		{"dotted", "U.S.", "the U.S. government", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := &Matcher{}
			m.Add(MustCompile(tc.phrase), 0)
			if got := m.Has(Tokenize(tc.text, 0)); got != tc.match {
				t.Errorf("match = %v, want %v", got, tc.match)
			}
		})
	}
}
