package phrase

import (
	"fmt"
	"strings"
)

// MaxGap is how many words "..." may stand for.
const MaxGap = 8

type kind uint8

const (
	exact    kind = iota
	prefix        // "ban*": the word starts with s
	suffix        // "*verbot": the word ends with s
	contains      // "*verbot*"
	gap           // "...": up to MaxGap words
)

// word is one compiled phrase word.
type word struct {
	kind    kind
	s       string // lower-case
	caps    bool   // the text's word must be capitalised
	acronym bool   // the text's word must be in capitals too: "BIS", not "Bis"
}

func (w word) match(t Token) bool {
	if w.caps && !Capitalised(t.Text) {
		return false
	}
	if w.acronym && !Upper(t.Text) {
		return false
	}
	switch w.kind {
	case prefix:
		return strings.HasPrefix(t.Lower, w.s)
	case suffix:
		return strings.HasSuffix(t.Lower, w.s)
	case contains:
		return strings.Contains(t.Lower, w.s)
	}
	return t.Lower == w.s
}

// Pattern is a compiled phrase.
type Pattern struct {
	words []word
}

// Compile reads a phrase (see the package documentation). A phrase word is
// tokenised like text, so "phase-out" is the two words "phase", "out" and
// "U.S." is "u", "s".
func Compile(p string) (Pattern, error) {
	var out []word
	for _, f := range strings.Fields(p) {
		if f == "..." {
			if len(out) == 0 {
				return Pattern{}, fmt.Errorf("phrase %q starts with a gap", p)
			}
			out = append(out, word{kind: gap})
			continue
		}
		pre, suf := strings.HasPrefix(f, "*"), strings.HasSuffix(f, "*")
		words := Tokenize(strings.Trim(f, "*"), 0)
		if len(words) == 0 {
			return Pattern{}, fmt.Errorf("phrase %q has a word with no letters or digits: %q", p, f)
		}
		for i, w := range words {
			k := exact
			// A wildcard applies to the outer side of the phrase word only.
			first, last := i == 0 && pre, i == len(words)-1 && suf
			switch {
			case first && last:
				k = contains
			case first:
				k = suffix
			case last:
				k = prefix
			}
			out = append(out, word{kind: k, s: w.Lower, caps: Capitalised(w.Text), acronym: k == exact && Upper(w.Text)})
		}
	}
	if len(out) == 0 || out[len(out)-1].kind == gap {
		return Pattern{}, fmt.Errorf("phrase %q is empty or ends with a gap", p)
	}
	return Pattern{words: out}, nil
}

// MustCompile is Compile for phrases known to be valid, such as those of a
// table already checked when it was read; it panics on an invalid one.
func MustCompile(p string) Pattern {
	c, err := Compile(p)
	if err != nil {
		panic(err)
	}
	return c
}

// matchAt matches words ws at toks[i:], returning the end token index: the
// shortest gap that lets the rest match.
func matchAt(ws []word, toks []Token, i int) (int, bool) {
	if len(ws) == 0 {
		return i, true
	}
	if ws[0].kind == gap {
		for g := 0; g <= MaxGap && i+g <= len(toks); g++ {
			if end, ok := matchAt(ws[1:], toks, i+g); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(toks) || !ws[0].match(toks[i]) {
		return 0, false
	}
	return matchAt(ws[1:], toks, i+1)
}
