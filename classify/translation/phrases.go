package translation

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phrases are matched as sequences of tokens with one trie for all of them,
// walked once from every token of a page: a page of a few thousand words
// costs the same whether the list has ten phrases or a thousand, where a
// regular expression per phrase costs a pass over the text each.
//
// A phrase is written as tokens separated by spaces (data/phrases.tsv):
//
//	for his|her|its|their part	formula	for "for its part" (min jihatihi)
//	today|yesterday ,? on? @weekday	time	day named after "today"
//
// Tokens are matched in lower case; "a|b" is either, "x?" may be absent,
// "@name" is any token of a class defined on a line "@name<TAB>a|b|c", "^"
// is the start of a sentence or line, and "<num>" (a number), "<year>" (1900 to
// 2099), "<hyear>" (a Hijri year, 1300 to 1499), "<cap>" (a capitalised
// word) and "<word>" (any word) match by shape. Hyphens split words ("fifth-generation" is "fifth
// generation") and every kind of double quote is ".

// Phrase is one line of a phrase file.
type Phrase struct {
	Pattern string // as written
	Feature string // the feature its matches count towards
	Gloss   string // what the phrase stands for, e.g. `for "for its part"`
}

// token is a word, a punctuation mark or a sentence start of the text, with
// its byte span.
type token struct {
	text       string // lower case; "^" for a sentence start
	start, end int
	cap        bool // the word starts with an upper-case letter
	num        bool // the token is a number
}

// tokenize splits text into words, punctuation marks and sentence starts.
func tokenize(text string) []token {
	toks := []token{{text: "^"}}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if toks[len(toks)-1].text != "^" {
				toks = append(toks, token{text: "^", start: i, end: i})
			}
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				// An apostrophe inside a word stays ("Sha'ban", "don't").
				if (r2 == '\'' || r2 == '’') && j+s2 < len(text) {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); unicode.IsLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
			w := text[i:j]
			toks = append(toks, token{text: strings.ToLower(strings.ReplaceAll(w, "’", "'")), start: i, end: j,
				cap: unicode.IsUpper(r), num: unicode.IsDigit(r)})
			i = j
		case unicode.IsSpace(r) || r == '-' || r == '‐' || r == '_':
			i += size
		default:
			p := string(r)
			if strings.ContainsRune(`"“”«»„`, r) {
				p = `"`
			}
			toks = append(toks, token{text: p, start: i, end: i + size})
			stop := r == '.' || r == '!' || r == '?' || r == '؟'
			// A quote closing a sentence ends it: «"Yes." The»
			quoteAfterStop := p == `"` && len(toks) >= 2 && strings.Contains(".!?", toks[len(toks)-2].text)
			if (stop || quoteAfterStop) && sentenceEnds(text, i+size, toks) {
				toks = append(toks, token{text: "^", start: i + size, end: i + size})
			}
			i += size
		}
	}
	return toks
}

// sentenceEnds reports whether the stop before offset at ends a sentence: a
// space and a capital, a digit or a quote follow, and the word before is not
// a single letter ("U.S. and China" goes on).
func sentenceEnds(text string, at int, toks []token) bool {
	// The word before the stop: toks ends with the stop, or a stop and a quote.
	n := len(toks) - 2
	if toks[len(toks)-1].text == `"` {
		n--
	}
	if n >= 0 && len(toks[n].text) == 1 && !toks[n].num && isWord(toks[n].text) {
		return false
	}
	rest := strings.TrimLeft(text[at:], " \t")
	if len(rest) == len(text[at:]) && rest != "" && rest[0] != '\n' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || r == '\n' || strings.ContainsRune(`"“«'‘(`, r)
}

// Shape tokens of the pattern syntax.
const (
	shapeNum   = "<num>"
	shapeYear  = "<year>"
	shapeHYear = "<hyear>"
	shapeCap   = "<cap>"
	shapeWord  = "<word>"
)

// shapes are the shape tokens and what they accept.
var shapes = map[string]func(t token) bool{
	shapeNum: func(t token) bool { return t.num },
	shapeYear: func(t token) bool {
		n, err := strconv.Atoi(t.text)
		return err == nil && n >= 1900 && n <= 2099
	},
	shapeHYear: func(t token) bool {
		n, err := strconv.Atoi(t.text)
		return err == nil && n >= 1300 && n <= 1499
	},
	shapeCap:  func(t token) bool { return t.cap },
	shapeWord: func(t token) bool { return isWord(t.text) && !t.num },
}

// trieNode is a node of the phrase trie: children by literal token and by
// shape, and the phrases that end here.
type trieNode struct {
	next   map[string]*trieNode
	shaped map[string]*trieNode
	ends   []int // indexes into phrases
}

// phraseTrie matches every phrase of a list in one walk per token.
type phraseTrie struct {
	root    trieNode
	phrases []Phrase
}

// maxExpansions bounds the literal sequences one phrase line may stand for.
const maxExpansions = 4096

// add inserts every token sequence p stands for, its classes resolved.
func (t *phraseTrie) add(p Phrase, classes map[string][]string) error {
	seqs := [][]string{nil}
	for _, tok := range strings.Fields(p.Pattern) {
		var alts []string
		optional := strings.HasSuffix(tok, "?") && len(tok) > 1
		tok = strings.TrimSuffix(tok, "?")
		for _, a := range strings.Split(tok, "|") {
			if strings.HasPrefix(a, "@") {
				c, ok := classes[a[1:]]
				if !ok {
					return fmt.Errorf("unknown class %q", a)
				}
				alts = append(alts, c...)
			} else if a != "" {
				alts = append(alts, strings.ToLower(a))
			}
		}
		if optional {
			alts = append(alts, "")
		}
		var next [][]string
		for _, s := range seqs {
			for _, a := range alts {
				n := append(append([]string(nil), s...), a)
				next = append(next, n)
			}
		}
		if len(next) > maxExpansions {
			return fmt.Errorf("pattern stands for more than %d phrases", maxExpansions)
		}
		seqs = next
	}
	id := len(t.phrases)
	t.phrases = append(t.phrases, p)
	for _, s := range seqs {
		n := &t.root
		empty := true
		for _, w := range s {
			if w == "" {
				continue
			}
			empty = false
			m := &n.next
			if _, ok := shapes[w]; ok {
				m = &n.shaped
			}
			if *m == nil {
				*m = map[string]*trieNode{}
			}
			c := (*m)[w]
			if c == nil {
				c = &trieNode{}
				(*m)[w] = c
			}
			n = c
		}
		if empty {
			return fmt.Errorf("pattern %q can match nothing", p.Pattern)
		}
		n.ends = append(n.ends, id)
	}
	return nil
}

// match is one phrase found in a text, by byte span.
type match struct {
	phrase     int
	start, end int
}

// find returns the matches in toks, at most one per phrase and start.
func (t *phraseTrie) find(toks []token) []match {
	var out []match
	var cur, nxt []*trieNode
	// lastEnd is where each phrase's last match ended: a match inside it
	// ("Rajab 1445" inside "12 Rajab 1445") is the same one.
	lastEnd := make([]int, len(t.phrases))
	for i := range toks {
		cur = append(cur[:0], &t.root)
		first := len(out) // matches from start i, for dropping repeats
		for j := i; j < len(toks) && len(cur) > 0; j++ {
			nxt = nxt[:0]
			for _, n := range cur {
				if c := n.next[toks[j].text]; c != nil {
					nxt = append(nxt, c)
				}
				for s, c := range n.shaped {
					if shapes[s](toks[j]) {
						nxt = append(nxt, c)
					}
				}
			}
			for _, n := range nxt {
				for _, id := range n.ends {
					if toks[i].start < lastEnd[id] && lastEnd[id] > 0 {
						continue
					}
					if !slices.ContainsFunc(out[first:], func(m match) bool { return m.phrase == id }) {
						out = append(out, match{phrase: id, start: toks[i].start, end: toks[j].end})
					}
				}
			}
			cur, nxt = nxt, cur
		}
		for _, m := range out[first:] {
			lastEnd[m.phrase] = max(lastEnd[m.phrase], m.end)
		}
	}
	return out
}

// ParsePhrases reads phrases in the format of data/phrases.tsv:
//
//	pattern<TAB>feature<TAB>gloss
//	@class<TAB>token|token|...
//
// Class lines must come before the phrases that use them. Every feature must
// be one the detector computes (see featureNames). path only labels errors.
func ParsePhrases(r io.Reader, path string) ([]Phrase, error) {
	var out []Phrase
	classes := map[string][]string{}
	var t phraseTrie
	err := eachLine(r, path, func(cols []string) error {
		if strings.HasPrefix(cols[0], "@") {
			if len(cols) != 2 {
				return ErrColumns
			}
			classes[cols[0][1:]] = splitList(strings.ToLower(cols[1]), "|")
			return nil
		}
		if len(cols) != 3 {
			return ErrColumns
		}
		p := Phrase{Pattern: cols[0], Feature: cols[1], Gloss: cols[2]}
		if !isPhraseFeature(p.Feature) {
			return fmt.Errorf("feature %q: want one of %s", p.Feature, strings.Join(phraseFeatures, ", "))
		}
		if err := t.add(p, classes); err != nil {
			return err
		}
		p.Pattern = expandClasses(p.Pattern, classes)
		out = append(out, p)
		return nil
	})
	return out, err
}

// expandClasses writes a pattern's classes out, so that a phrase read from
// one file keeps its meaning when the detector builds its trie from many.
func expandClasses(pattern string, classes map[string][]string) string {
	f := strings.Fields(pattern)
	for i, tok := range f {
		opt := strings.HasSuffix(tok, "?") && len(tok) > 1
		var alts []string
		for _, a := range strings.Split(strings.TrimSuffix(tok, "?"), "|") {
			if strings.HasPrefix(a, "@") {
				alts = append(alts, classes[a[1:]]...)
			} else {
				alts = append(alts, a)
			}
		}
		f[i] = strings.Join(alts, "|")
		if opt {
			f[i] += "?"
		}
	}
	return strings.Join(f, " ")
}

// newPhraseTrie builds the trie of phrases whose classes are written out.
func newPhraseTrie(phrases []Phrase) (*phraseTrie, error) {
	t := &phraseTrie{}
	for _, p := range phrases {
		if err := t.add(p, nil); err != nil {
			return nil, fmt.Errorf("phrase %q: %w", p.Pattern, err)
		}
	}
	return t, nil
}
