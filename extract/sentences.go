package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"

	"github.com/bansift/bansift/internal/phrase"
)

// splitter cuts one paragraph into sentence spans (offsets relative to para).
type splitter interface {
	split(para string) []span
}

// proseSplitter splits English with prose's Punkt model, which knows English
// abbreviations ("Mr.", "U.S.", "Inc.") and initials.
type proseSplitter struct {
	seg *segment.Segmenter
	// titles are lower-case words that take a dot before a name ("Sen.",
	// "Rep.", "Gov."), without it: Punkt cuts after them because the next
	// word is capitalised.
	titles map[string]bool
}

func (p proseSplitter) split(para string) []span {
	var out []span
	for _, s := range p.seg.Segment(para) {
		// Punkt misses some abbreviations ("Dept.", "Corp."): a sentence
		// does not start with a lower-case letter, so such a cut is undone,
		// and so is one after a title before a name ("Rep. Dean Okonski").
		if r, _ := utf8.DecodeRuneInString(s.Text); len(out) > 0 && (unicode.IsLower(r) || p.title(para[out[len(out)-1].Start:out[len(out)-1].End])) {
			out[len(out)-1].End = s.End()
			continue
		}
		out = append(out, span{s.Start, s.End()})
	}
	return out
}

// title reports whether sentence s ends with a title's dot ("Sen.").
func (p proseSplitter) title(s string) bool {
	s = strings.TrimRight(s, " \t")
	w, ok := strings.CutSuffix(s, ".")
	if !ok {
		return false
	}
	if i := strings.LastIndexAny(w, " \t\n(\"“"); i >= 0 {
		w = w[i+1:]
	}
	return p.titles[strings.ToLower(w)]
}

// germanSplitter splits German, where Punkt's English model breaks after
// "z. B.", "Nr." and the ordinal dot of dates ("am 4. April").
type germanSplitter struct {
	abbrev map[string]bool // lower-case words that take a dot, without it
	months map[string]bool // lower-case month names: "4. April" is a date
}

func (g germanSplitter) split(para string) []span {
	var out []span
	start := 0
	for i := 0; i < len(para); {
		r, n := utf8.DecodeRuneInString(para[i:])
		i += n
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		// Take trailing closing punctuation into the sentence: `." ` or `.) `.
		end := i
		for end < len(para) {
			q, qn := utf8.DecodeRuneInString(para[end:])
			if !strings.ContainsRune(`"'“”«»)]’‘`, q) {
				break
			}
			end += qn
		}
		if end < len(para) && para[end] != ' ' && para[end] != '\t' {
			continue
		}
		next := nextWord(para[end:])
		if next == "" || !g.boundary(para[:i-n], r, next) {
			continue
		}
		if s, e := trimSpan(para, start, end); s < e {
			out = append(out, span{s, e})
		}
		start = end
	}
	if s, e := trimSpan(para, start, len(para)); s < e {
		out = append(out, span{s, e})
	}
	return out
}

// boundary decides whether the mark after before ends a sentence, given the
// word that follows it.
func (g germanSplitter) boundary(before string, mark rune, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return false // "z. B. die", "u. a. der": a new sentence starts upper-case
	}
	if mark != '.' {
		return true
	}
	prev := lastWord(before)
	switch {
	case prev == "":
		return true
	case g.abbrev[strings.ToLower(prev)]:
		return false
	case utf8.RuneCountInString(prev) == 1 && unicode.IsLetter([]rune(prev)[0]):
		return false // an initial or the "B" of "z. B."
	case isDigits(prev):
		// "4. April", "3. Oktober": an ordinal before a month or a noun. A
		// year ("im Jahr 2019. Die") is four digits and does end a sentence.
		if g.months[strings.ToLower(strings.Trim(next, `"'“”„«»(`))] {
			return false
		}
		return len(prev) >= 4
	}
	return true
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// lastWord is the run of letters and digits that ends s.
func lastWord(s string) string {
	end := len(s)
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= n
	}
	return s[i:end]
}

// nextWord is the first white-space separated word of s.
func nextWord(s string) string {
	s = strings.TrimLeft(s, " \t")
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		s = s[:i]
	}
	return s
}

// sentences splits text into sentences: line blocks first, then the
// language's splitter inside each block.
func sentences(text string, sp splitter) []sentence {
	var out []sentence
	for p, b := range blocks(text) {
		for _, s := range sp.split(text[b.Start:b.End]) {
			st, en := b.Start+s.Start, b.Start+s.End
			out = append(out, sentence{
				span:  span{st, en},
				Para:  p,
				Index: len(out),
				Toks:  phrase.Tokenize(text[st:en], st),
			})
		}
	}
	return out
}
