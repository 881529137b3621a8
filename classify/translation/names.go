package translation

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/names"
)

// nearMisses counts names that are near misses of known names the way
// transliteration through Arabic script garbles them (names).
func (d *Detector) nearMisses(in *Input, s *featureSet) {
	seen := map[string]bool{}
	for _, text := range []string{in.Title, in.Text} {
		for _, f := range d.names.FindNearSpans(text) {
			// English spells Arabic names many ways: no evidence there. A
			// one-word near miss is too often another English word
			// ("Columbia" for "Colombia", "Grace" for "Greece").
			if !f.Near || f.Arabic || seen[f.Known] || !strings.Contains(strings.TrimSpace(f.Text), " ") {
				continue
			}
			seen[f.Known] = true
			// A doubled letter written once is a slip native writers
			// make too: it counts for half.
			w := 1.0
			if onlyDoubling(f.Confusions) {
				w = 0.5
			}
			s.add(fNearMiss, w, fmt.Sprintf("%q for %q (%s)", f.Text, f.Known, strings.Join(f.Confusions, ", ")))
		}
	}
}

// onlyDoubling reports whether every confusion is a doubled letter written
// once ("tt/t"), a slip native writers make too.
func onlyDoubling(confusions []string) bool {
	for _, c := range confusions {
		a, b, ok := strings.Cut(c, "/")
		if !ok || len(a) < 2 || strings.Trim(a, b) != "" {
			return false
		}
	}
	return true
}

// repeats counts words written twice back to back: two Arabic words
// translated to one English word.
func (d *Detector) repeats(in *Input, s *featureSet) {
	seen := map[string]bool{}
	// Sentences of the body, and headlines among the title and the removed
	// lines: a teaser of the same site went through the same translation.
	for _, src := range []struct {
		text string
		ok   func(string, int) bool
	}{{in.Title + "\n" + in.Text, inProse}, {in.Title + "\n" + strings.Join(in.Lines, "\n"), inHeadline}} {
		for _, r := range names.Repeats(src.text) {
			k := strings.ToLower(r.Word)
			if seen[k] || !src.ok(src.text, r.Start) {
				continue
			}
			seen[k] = true
			s.add(fRepeat, 1, fmt.Sprintf("%q", r.Word+" "+r.Word))
		}
	}
}

// minHeadlineWords is the length from which a line in sentence case is a
// headline rather than a menu or a tag list.
const minHeadlineWords = 6

// inHeadline reports whether the line of text holding offset at is a
// headline: long enough, and in sentence case (most words lower case), as
// menus and tag lists in title case are not.
func inHeadline(text string, at int) bool {
	w := strings.Fields(lineAt(text, at))
	lower := 0
	for _, x := range w {
		if unicode.IsLower([]rune(x)[0]) {
			lower++
		}
	}
	return len(w) >= minHeadlineWords && 2*lower > len(w)
}

// lineAt returns the trimmed line of text holding offset at.
func lineAt(text string, at int) string {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := strings.IndexByte(text[at:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	return strings.TrimSpace(text[start:end])
}

// minProseWords is the length from which a line is prose: menus, tag lists
// and buttons repeat words ("Search Search") without any translation.
const minProseWords = 8

// inProse reports whether the line of text holding offset at is a sentence
// of prose: long enough and ending as sentences do.
func inProse(text string, at int) bool {
	line := lineAt(text, at)
	last, _ := utf8.DecodeLastRuneInString(line)
	return len(strings.Fields(line)) >= minProseWords && strings.ContainsRune(".!?\"”’)", last)
}
