package boilerplate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/corpus"
)

// FuzzClean checks the invariants of any cleaning: removed lines are input
// lines, in order, each once, with a known kind; the body is trimmed
// paragraphs separated by exactly one blank line; the date, if any, is ISO.
func FuzzClean(f *testing.F) {
	f.Add("Home\n\nA headline for the test\n\nBy Jane Doe\nMay 27, 2014\n\nThe ministry said on Monday that it would stop buying the devices, citing security concerns raised by experts.\n")
	f.Add("produc\n\nts\n\n[ ]\n•\n\n\n\n")
	f.Add("a-\nb\r\n\r\n\u200b\u00a0x")
	f.Add(strings.Repeat("Reply\n", 5) + "Jane says:\n")
	c, err := boilerplate.New(boilerplate.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := c.Clean(text, "en")
		lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
		last := 0
		for _, x := range r.Removed {
			if x.Line <= last || x.Line > len(lines) {
				t.Fatalf("removed line %d out of order or range (after %d, of %d)", x.Line, last, len(lines))
			}
			last = x.Line
			if x.Text == "" || !strings.Contains(lines[x.Line-1], x.Text) {
				t.Fatalf("removed line %d text %q is not the input line %q", x.Line, x.Text, lines[x.Line-1])
			}
			if !slices.Contains(corpus.RemovedKinds, x.Kind) {
				t.Fatalf("removed line %d has kind %q", x.Line, x.Kind)
			}
		}
		if strings.Contains(r.Body, "\n\n\n") || strings.TrimSpace(r.Body) != r.Body {
			t.Fatalf("body not trimmed paragraphs: %q", r.Body)
		}
		if r.Published != "" && (len(r.Published) != 10 || r.Published[4] != '-' || r.Published[7] != '-') {
			t.Fatalf("published %q is not YYYY-MM-DD", r.Published)
		}
	})
}
