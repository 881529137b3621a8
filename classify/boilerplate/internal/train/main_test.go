package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/internal/lr"
)

// pages are hand-made benchmark pages: a menu, a headline, the article
// (the gold) and a footer.
func pages() []eval.BenchPage {
	articles := []string{
		"The ministry said on Monday that state agencies must stop buying routers from the vendor within six months.\n\nOfficials said the order did not apply to private companies, but that they should review their equipment.",
		"Regulators in the capital told operators to remove the cameras from public buildings by the end of the year.\n\nThe operators have asked for more time, saying replacements are hard to find at short notice.",
		"Das Ministerium hat den Behörden untersagt, neue Geräte des Herstellers zu kaufen, und verweist auf Sicherheitsbedenken.\n\nDie Anordnung gilt nach Angaben der Regierung ab dem kommenden Monat für alle Ämter.",
	}
	var out []eval.BenchPage
	for i, a := range articles {
		content := "Home\nNews\nWorld\nSport\n\nA headline for the story\n\nBy Jane Holloway\n\n" + a + "\n\nShare this article\n\nLeave a Reply\n\nCopyright © 2014 Example Media\n"
		out = append(out, eval.BenchPage{ID: string(rune('a' + i)), Content: content, Gold: a})
	}
	return out
}

func TestFitDeterministic(t *testing.T) {
	c, err := boilerplate.New(boilerplate.Options{RulesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, algo := range []string{"lr", "trees"} {
		t.Run(algo, func(t *testing.T) {
			o := options{algo: algo, trees: lr.TreeOptions{Rounds: 10}}
			a, err := fit(c, o, pages(), "-test")
			if err != nil {
				t.Fatal(err)
			}
			b, err := fit(c, o, pages(), "-test")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Error("two fits on the same pages differ")
			}
			if !strings.Contains(string(a), "DO NOT EDIT") {
				t.Error("model file lacks its DO NOT EDIT header")
			}
			if _, err := lr.Read(bytes.NewReader(a), boilerplate.FeatureNames()); err != nil {
				t.Errorf("the fitted model does not load: %v", err)
			}
		})
	}
}

func TestSamples(t *testing.T) {
	c, err := boilerplate.New(boilerplate.Options{RulesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages() {
		xs, ys, ws := samples(c, []eval.BenchPage{p})
		if len(xs) != len(ys) || len(xs) != len(ws) {
			t.Fatalf("%d rows, %d labels, %d weights", len(xs), len(ys), len(ws))
		}
		// A page's body lines weigh 1 in all, or less when its body has
		// fewer than minBodyTokens tokens.
		var body float64
		for k := range ys {
			if ys[k] {
				body += ws[k]
			}
		}
		want := min(1, float64(len(eval.BenchTokens(p.Gold)))/minBodyTokens)
		if body < want-1e-9 || body > want+1e-9 {
			t.Errorf("page %s: body lines weigh %v in all, want %v", p.ID, body, want)
		}
	}
}

func TestRunNeedsSomethingToDo(t *testing.T) {
	if err := run(nil, io.Discard, io.Discard); err == nil {
		t.Error("run with no flags: no error")
	}
}

func TestFitUnknownAlgo(t *testing.T) {
	c, err := boilerplate.New(boilerplate.Options{RulesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fit(c, options{algo: "forest"}, pages(), ""); err == nil || !strings.Contains(err.Error(), "known: lr, trees") {
		t.Errorf("fit with an unknown algorithm: %v", err)
	}
}
