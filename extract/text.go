package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text with its byte span. Punctuation is not a token:
// phrases match across it ("U.S." reads as "u s", "China's" as "china s"),
// which is what gazetteer aliases written the same way expect.
type token struct {
	Text  string // as written
	Lower string // lower-cased, for matching
	Start int    // byte offsets into the text the token came from
	End   int
}

// tokenize splits s into words: maximal runs of letters and digits. Offsets
// are relative to s plus base.
func tokenize(s string, base int) []token {
	var toks []token
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, newToken(s[start:i], base+start))
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, newToken(s[start:], base+start))
	}
	return toks
}

func newToken(w string, start int) token {
	return token{Text: w, Lower: strings.ToLower(w), Start: start, End: start + len(w)}
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// span is a byte range [Start, End) of a text.
type span struct{ Start, End int }

// sentence is one sentence of a document with its words.
type sentence struct {
	span
	Para  int     // paragraph (line block) index: neighbours are looked for inside it
	Index int     // position in the document's sentence list
	Toks  []token // words, offsets into the document text
}

// blocks splits text at line breaks: every non-blank line is a block, since
// scraped pages put one paragraph (or one headline, one caption) per line and
// a sentence never runs across them.
func blocks(text string) []span {
	var out []span
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := trimSpan(text, start, end)
		if s < e {
			out = append(out, span{s, e})
		}
		start = end + 1
	}
	return out
}

// trimSpan narrows [s, e) past surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
