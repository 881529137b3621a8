package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/internal/phrase"
)

// token and hit are the phrase language's words and matches: extract reads
// its tables with internal/phrase like every other stage.
type (
	token = phrase.Token
	hit   = phrase.Hit
)

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
