package names

import (
	"strings"
	"sync"

	"github.com/bansift/bansift/internal/lexfile"
)

// Repeat is a word written twice back to back, as machine translation does
// when two source words map to the same English word.
type Repeat struct {
	Word       string // the first of the two, as written
	Start, End int    // byte offsets of both words and the space between
}

var (
	legitOnce sync.Once
	legit     map[string]bool
	legitErr  error
)

// legitRepeats are the words whose doubling is ordinary English ("had had",
// "that that") or a common typo of native text ("the the"): data/repeats.txt.
func legitRepeats() map[string]bool {
	legitOnce.Do(func() { legit, legitErr = lexfile.WordSet(data, "data/repeats.txt") })
	if legitErr != nil {
		panic("names: embedded data: " + legitErr.Error())
	}
	return legit
}

// Repeats returns the words of text written twice in a row within one
// sentence (only spaces between them), except digits and the doublings of
// data/repeats.txt.
func Repeats(text string) []Repeat {
	ok := legitRepeats()
	toks := tokenize(text)
	var out []Repeat
	for k := 1; k < len(toks); k++ {
		a, b := toks[k-1], toks[k]
		w := text[a.start:a.end]
		if strings.Trim(text[a.end:b.start], " ") != "" || a.end == b.start {
			continue
		}
		if !strings.EqualFold(w, text[b.start:b.end]) || ok[strings.ToLower(w)] || !hasLetter(w) {
			continue
		}
		out = append(out, Repeat{Word: w, Start: a.start, End: b.end})
	}
	return out
}

// CollapseRepeats writes each back-to-back repeated word of s once:
// "Huawei Technologies Technologies" → "Huawei Technologies".
func CollapseRepeats(s string) string {
	reps := Repeats(s)
	if len(reps) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, r := range reps {
		if r.Start < last {
			// A word written three times: the previous repeat already
			// kept the first copy; drop this one's second as well.
			last = r.End
			continue
		}
		// Keep the first copy, drop the space and the second.
		b.WriteString(s[last : r.Start+len(r.Word)])
		last = r.End
	}
	b.WriteString(s[last:])
	return b.String()
}

func hasLetter(s string) bool {
	for _, r := range s {
		if isWordRune(r) && !('0' <= r && r <= '9') {
			return true
		}
	}
	return false
}
