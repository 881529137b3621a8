package phrase

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word of a text with its byte span. Punctuation is not a
// token: phrases match across it ("U.S." reads as "u s", "China's" as
// "china s"), which is what lexicon phrases written the same way expect.
type Token struct {
	Text  string // as written
	Lower string // lower-cased, for matching
	Start int    // byte offsets into the text the token came from
	End   int
}

// Tokenize splits s into words: maximal runs of letters and digits. Offsets
// are relative to s plus base, so a sentence's words can carry offsets into
// its document.
func Tokenize(s string, base int) []Token {
	var toks []Token
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

func newToken(w string, start int) Token {
	return Token{Text: w, Lower: strings.ToLower(w), Start: start, End: start + len(w)}
}

// Capitalised reports whether w starts with an upper-case letter.
func Capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Upper reports whether w has at least two letters and no lower-case one:
// an acronym such as "BIS" or "5G" is not one, "NBC" is.
func Upper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
