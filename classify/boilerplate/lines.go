package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
)

// class is a line's label, as in jusText.
type class int

const (
	classBad      class = iota // boilerplate
	classShort                 // too short to judge alone: its neighbours decide
	classNearGood              // probably body: its neighbours confirm
	classGood                  // body
)

// line is one non-blank input line with the features the rules look at.
type line struct {
	n    int    // 1-based line number in the input
	text string // trimmed
	// pieces are the input lines a hard-wrapped line was rejoined from
	// (nil when it was not): a removed line is listed as they were.
	pieces []piece
	fold   string // foldCue(text): lower-case words between spaces
	words  []string
	// size is the line's length in characters, with CJK characters counted
	// three times: one of them carries about as much as a short word.
	size int
	// block is the index of the run of non-blank lines the line belongs to;
	// a blank line starts a new block.
	block int
	// bullet: the line starts with a list bullet or a list number.
	bullet bool
	// form: the line holds a drawn form field or button: "[    ]", "[Go]".
	form bool
	// bracketed: the whole line is one [...] (w3m's image alt text or a button).
	bracketed bool
	// sentence: the line ends like a sentence.
	sentence bool
	// stop is the share of stop words of the page's language.
	stop float64
	// letters is the share of letters among non-space characters.
	letters float64
	// nLetters counts the letters, CJK ones three times like size.
	nLetters int
	// cue is the boilerplate cue the line matches, if any.
	cue *cue

	// metaKind is the kind of a byline, date, source or caption line, or "".
	metaKind corpus.RemovedKind

	cls class
	// inRun: markShortRuns labelled it as one of a run of short lines.
	inRun bool
	// item: an item of a list a body line announces.
	item bool
	// repeated: the page repeats this short line (a widget label).
	repeated bool
	// hard: a rule, not the line's words, labelled it boilerplate.
	hard bool
	kind corpus.RemovedKind
	// meta: the line is a title, byline, date or source line.
	meta bool
	// thread: the line dates a post of a comment thread or a feed.
	thread bool
	// barrier: the line heads a non-article section (comments, related).
	barrier bool
	// template: the site repeats the line on many pages.
	template bool
}

// splitLines cuts text into lines and keeps the non-blank ones with their
// line numbers and blocks.
func splitLines(text string) []*line {
	// One allocation for all lines: a page has hundreds.
	slab := make([]line, 0, strings.Count(text, "\n")+1)
	out := make([]*line, 0, cap(slab))
	block := 0
	blank := true
	n := 0
	for len(text) > 0 || n == 0 {
		i := strings.IndexByte(text, '\n')
		var raw string
		if i < 0 {
			raw, text = text, ""
		} else {
			raw, text = text[:i], text[i+1:]
		}
		n++
		t := strings.TrimFunc(raw, isSpace)
		if t == "" {
			if !blank {
				block++
			}
			blank = true
			if text == "" {
				break
			}
			continue
		}
		blank = false
		slab = append(slab, line{n: n, text: t, block: block})
		out = append(out, &slab[len(slab)-1])
		if text == "" {
			break
		}
	}
	return out
}

// isSpace also counts the invisible characters scrapers leave behind.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad'
}

// bullets are the list markers text browsers draw.
const bullets = "•·◦▪▫■□●○◆◇►▸▶→»☆★*-–—+‣⁃"

// measure fills the features of l that do not depend on the language.
func measure(l *line) { measureInto(l, &strings.Builder{}, nil) }

// measureInto is measure with the fold written to folds and the words
// appended to words, buffers shared by the lines of a page; it returns
// words grown. Earlier lines keep their slices when words is reallocated.
func measureInto(l *line, folds *strings.Builder, words []string) []string {
	t := l.text
	l.fold = foldInto(folds, t)
	start := len(words)
	for w := range strings.FieldsSeq(l.fold) {
		words = append(words, w)
	}
	l.words = words[start:len(words):len(words)]
	r, sz := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(bullets, r) && (len(t) == sz || isSpace(rune(t[sz])) || r == '•' || r == '□' || r == '◦') {
		l.bullet = true
	} else if isListNumber(t) {
		l.bullet = true
	}
	l.form = hasFormField(t)
	l.bracketed = strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && strings.Count(t, "[") == 1
	var letters, other int
	for _, c := range t {
		switch {
		case unicode.IsLetter(c):
			letters++
			if isCJK(c) {
				l.size += 3
				l.nLetters += 3
			} else {
				l.size++
				l.nLetters++
			}
		case isSpace(c):
			l.size++
		default:
			other++
			l.size++
		}
	}
	if letters+other > 0 {
		l.letters = float64(letters) / float64(letters+other)
	}
	l.sentence = endsSentence(t)
	l.metaKind = findMetaKind(l)
	return words
}

// isListNumber reports a numbered list item: "1. Technology", "12) Foo".
func isListNumber(t string) bool {
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// hasFormField reports w3m's drawing of an input box or button: brackets
// around only spaces or underscores, or around one or two short words.
func hasFormField(t string) bool {
	for {
		i := strings.IndexByte(t, '[')
		if i < 0 {
			return false
		}
		j := strings.IndexByte(t[i:], ']')
		if j < 0 {
			return false
		}
		inner := t[i+1 : i+j]
		t = t[i+j:]
		if strings.Trim(inner, " _") == "" {
			return true
		}
		if f := strings.Fields(inner); len(f) <= 2 && len(inner) <= 16 && inner == strings.TrimSpace(inner) && !strings.ContainsAny(inner, "-_./:0123456789") {
			// "[Submit]", "[Go]", "[Sign up]"; image names carry dashes or digits.
			return len(f) > 0 && unicode.IsUpper(firstRune(inner))
		}
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// endsSentence reports a line ending in sentence punctuation, closing quotes
// and brackets aside.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "\"'”’»«)]* ")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '?', '。', '！', '？', ':', ';', '…':
		return !strings.HasSuffix(t, "...") || len(t) > 80
	}
	return false
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// piece is one input line of a rejoined line: its number and its text.
type piece struct {
	n    int
	text string
}
