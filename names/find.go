package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Found is a name found in a text.
type Found struct {
	Text       string // as the text spells it; Text == text[Start:End]
	Start, End int    // UTF-8 byte offsets
	Near       bool   // a near miss rather than an exact spelling
	Match
}

// token is one word of a text.
type token struct {
	start, end int
	capital    bool
}

// maxWords bounds the names Find tries: no known name is longer.
const maxWords = 5

// particles may stand inside a name in lower case: "Mohammed bin Salman".
var particles = map[string]bool{"bin": true, "ibn": true, "al": true, "el": true, "de": true,
	"van": true, "von": true, "der": true, "da": true, "di": true, "la": true, "le": true, "abu": true}

// Find returns the known names in text and their near misses, in text order,
// longest first where they overlap. A single capitalised word that the text
// also uses in lower case is an ordinary word and never a near miss.
func (m *Matcher) Find(text string) []Found { return m.find(text, 1) }

// FindNearSpans is Find for a caller that wants only the near misses of two
// words or more (translation: a one-word near miss is too often another
// English word). It returns what Find returns less the one-word near
// misses, without the cost of looking for them, which is most of Find's.
func (m *Matcher) FindNearSpans(text string) []Found { return m.find(text, 2) }

// find is Find, trying near misses only for spans of nearWords words or
// more. A one-word span consumes one word whether or not it is found, so
// skipping its near miss changes no other result.
func (m *Matcher) find(text string, nearWords int) []Found {
	toks := tokenize(text)
	lower := map[string]bool{}
	for _, t := range toks {
		if !t.capital {
			lower[strings.ToLower(text[t.start:t.end])] = true
		}
	}
	var out []Found
	for i := 0; i < len(toks); {
		if !toks[i].capital {
			i++
			continue
		}
		found := false
		// Longest span first, so "Yoshihide Suga" wins over "Suga".
		for n := maxWords; n >= 1 && !found; n-- {
			j := i + n - 1
			if j >= len(toks) || !toks[j].capital || !joined(text, toks[i:j+1]) {
				continue
			}
			s := text[toks[i].start:toks[j].end]
			f := Found{Text: s, Start: toks[i].start, End: toks[j].end}
			if name, ok := m.Lookup(s); ok {
				f.Match = m.match(name, alignment{})
			} else if n < nearWords || (n == 1 && lower[strings.ToLower(s)]) {
				continue
			} else if mt, ok := m.NearMiss(s); ok {
				f.Match, f.Near = mt, true
			} else {
				continue
			}
			out = append(out, f)
			i, found = j+1, true
		}
		if !found {
			i++
		}
	}
	return out
}

// joined reports whether toks form one run of a name: separated by single
// spaces or hyphens only, every inner lower-case word a particle.
func joined(text string, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		gap := text[toks[k-1].end:toks[k].start]
		if gap != " " && gap != "-" {
			return false
		}
		if !toks[k].capital && !particles[strings.ToLower(text[toks[k].start:toks[k].end])] {
			return false
		}
	}
	return true
}

// tokenize splits text into name words: runs of letters and digits with
// inner apostrophes, dots and hyphens ("O'Brien", "U.S", "Jae-in"). Unlike
// the lexicon words of internal/phrase, a name keeps its inner punctuation,
// since a near miss is measured on the spelling as written.
func tokenize(text string) []token {
	var out []token
	start := -1
	for i, r := range text {
		inner := (r == '\'' || r == '’' || r == '.' || r == '-') && start >= 0 && i+utf8.RuneLen(r) < len(text) &&
			isWordRune(firstRune(text[i+utf8.RuneLen(r):]))
		if isWordRune(r) || inner {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, newToken(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, newToken(text, start, len(text)))
	}
	return out
}

func newToken(text string, start, end int) token {
	// A possessive belongs to the name, not in it: "Trump's" is "Trump".
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(text[start:end], suf) && end-len(suf) > start {
			end -= len(suf)
			break
		}
	}
	r := firstRune(text[start:end])
	return token{start: start, end: end, capital: unicode.IsUpper(r)}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
