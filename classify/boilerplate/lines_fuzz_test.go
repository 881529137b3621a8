package boilerplate

import (
	"strings"
	"testing"
)

// FuzzSplitLines checks the line splitter every cleaning starts with: each
// line it keeps is the trimmed, non-blank input line of its number, in
// order; blocks count up by one per run of blank lines; no non-blank line is
// lost.
func FuzzSplitLines(f *testing.F) {
	for _, seed := range []string{"", "\n", "a", "a\nb", "a\n\n\nb\n", "  \u200b\n\ufeffx\u00ad\n", "\n\n a \n", "x\r\ny"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := splitLines(text)
		raw := strings.Split(text, "\n")
		want := 0
		for _, r := range raw {
			if strings.TrimFunc(r, isSpace) != "" {
				want++
			}
		}
		if len(lines) != want {
			t.Fatalf("%d lines kept, want the %d non-blank ones", len(lines), want)
		}
		for i, l := range lines {
			if l.n < 1 || l.n > len(raw) {
				t.Fatalf("line number %d out of 1..%d", l.n, len(raw))
			}
			if got := strings.TrimFunc(raw[l.n-1], isSpace); l.text != got {
				t.Fatalf("line %d text %q, want %q", l.n, l.text, got)
			}
			if i == 0 {
				continue
			}
			prev := lines[i-1]
			if l.n <= prev.n {
				t.Fatalf("line %d after line %d", l.n, prev.n)
			}
			blankBetween := l.n > prev.n+1
			if want := prev.block + btoi(blankBetween); l.block != want {
				t.Fatalf("line %d in block %d, want %d", l.n, l.block, want)
			}
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
