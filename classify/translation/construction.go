package translation

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Construction and style: what translation from Arabic, by machine or by a
// hurried desk, does to English sentences. Each is weak alone, native
// writers do each now and then; the model weighs how often a page does them
// together. Every mechanism reads the tokens of the body (tokenize).

// phrasing counts the phrases of the phrase list, one walk of the trie.
func (d *Detector) phrasing(toks []token, text string, s *featureSet) {
	for _, m := range d.trie.find(toks) {
		p := d.trie.phrases[m.phrase]
		s.add(featureIndex(p.Feature), 1, fmt.Sprintf("%q (%s)", clip(text[m.start:m.end], 60), p.Gloss))
	}
}

// sentences splits the tokens into sentences at their starts ("^").
func sentences(toks []token) [][]token {
	var out [][]token
	from := 0
	for i, t := range toks {
		if t.text == "^" {
			if i > from {
				out = append(out, toks[from:i])
			}
			from = i + 1
		}
	}
	if from < len(toks) {
		out = append(out, toks[from:])
	}
	return out
}

// stackedWhich counts sentences that chain two relative clauses on "which",
// as Arabic chains alladhi: "the attack, which targeted the convoy which".
func stackedWhich(sents [][]token, text string, s *featureSet) {
	for _, sent := range sents {
		n := 0
		for _, t := range sent {
			if t.text == "which" {
				n++
			}
		}
		if n >= 2 {
			s.add(fWhichStack, 1, fmt.Sprintf("%q", clip(text[sent[0].start:sent[len(sent)-1].end], 80)))
		}
	}
}

// cognateWindow is how far after a verb its cognate noun may stand:
// "stated in a statement", "warned in a strong warning".
const cognateWindow = 4

// cognates counts verbs followed by a noun of their own root, Arabic's
// cognate object (al-maf'ul al-mutlaq) carried over: "stated in a
// statement", "decided the decision". English says "said in a statement".
func cognates(toks []token, text string, s *featureSet) {
	for i, t := range toks {
		stem, ok := pastStem(t.text)
		if !ok {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+cognateWindow; j++ {
			w := toks[j].text
			if !isWord(w) {
				break
			}
			if w != t.text && len(w) > len(stem) && strings.HasPrefix(w, stem) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") {
				s.add(fCognate, 1, fmt.Sprintf("%q", text[t.start:toks[j].end]))
				break
			}
		}
	}
}

// pastStem returns the stem of a past-tense verb of five letters or more
// ("stated" → "stat", "announced" → "announc").
func pastStem(w string) (string, bool) {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return "", false
	}
	stem := strings.TrimSuffix(w, "ed")
	if len(stem) < 4 {
		return "", false
	}
	return stem, true
}

// isWord reports whether a token is a word rather than punctuation or a
// sentence start.
func isWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// participleReach is how far into a sentence "that" may follow the opening
// participle: "Adding that", "Pointing out that".
const participleReach = 3

// participles counts sentences that open with a participle and "that", an
// Arabic clause (mudifan anna) set down as a sentence of its own: "Adding
// that the talks would go on." English joins it to the sentence before.
func participles(sents [][]token, text string, s *featureSet) {
	for _, sent := range sents {
		if len(sent) < 2 || !sent[0].cap || len(sent[0].text) < 5 || !strings.HasSuffix(sent[0].text, "ing") || sent[0].text == "according" {
			continue
		}
		for j := 1; j < len(sent) && j <= participleReach; j++ {
			if sent[j].text == "that" {
				s.add(fParticiple, 1, fmt.Sprintf("%q", clip(text[sent[0].start:sent[j].end], 60)))
				break
			}
			if !isWord(sent[j].text) {
				break
			}
		}
	}
}

// maxQuotedWords bounds a quoted name: a longer quote is speech or a title.
const maxQuotedWords = 3

// namedNouns are the common nouns Arabic news puts after a quoted name: the
// "Apple" company, the "X" platform.
var namedNouns = map[string]bool{"company": true, "companies": true, "platform": true, "application": true,
	"app": true, "channel": true, "newspaper": true, "site": true, "website": true, "agency": true,
	"network": true, "group": true, "movement": true, "brand": true, "account": true, "firm": true,
	"corporation": true, "organization": true, "organisation": true, "party": true, "program": true,
	"programme": true, "initiative": true, "project": true, "operation": true, "campaign": true}

// quotedNames counts names set in quotation marks as Arabic news marks
// foreign names: the American "Apple" company, via the "X" platform, the
// British "YouGov". Every word of the quote is capitalised, and the quote
// stands after "the" (and perhaps an adjective) or before a common noun;
// titles of films and books in quotes ("of "The Promise"") do not.
func quotedNames(toks []token, text string, s *featureSet) {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].text != `"` || !isWord(toks[i-1].text) {
			continue
		}
		j := i + 1
		for j < len(toks) && j <= i+maxQuotedWords && toks[j].text != `"` {
			if !toks[j].cap {
				break
			}
			j++
		}
		if j == i+1 || j >= len(toks) || toks[j].text != `"` {
			continue
		}
		afterThe := i >= 2 && toks[i-2].text == "the" && toks[i-1].cap
		beforeNoun := j+1 < len(toks) && namedNouns[toks[j+1].text] && !toks[j+1].cap
		if afterThe || beforeNoun {
			s.add(fQuotedName, 1, fmt.Sprintf("%q", clip(text[toks[i-1].start:min(toks[j].end+1, len(text))], 60)))
			i = j
		}
	}
}

// arabicPunctuation counts the Arabic comma, semicolon and question mark and
// guillemets on lines written in Latin letters: a translation keeps them
// where an English writer would not type them.
func arabicPunctuation(text string, s *featureSet) {
	for _, l := range strings.Split(text, "\n") {
		latin, arabic, marks := 0, 0, 0
		for _, r := range l {
			switch {
			case r == '،' || r == '؛' || r == '؟' || r == '«' || r == '»':
				marks++
			case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
				arabic++
			case unicode.Is(unicode.Latin, r):
				latin++
			}
		}
		if marks > 0 && latin > 2*arabic {
			s.add(fArabicPunct, float64(marks), fmt.Sprintf("%q", clip(l, 60)))
		}
	}
}

// transliterated counts the names carrying the Arabic article: "al-Sahaf",
// "El-Baz", "Al Khalifa", each name once, so that a ruler's name repeated
// down a page counts as one. Native English about the Arab world writes them
// too, fewer of them than a page rendered from Arabic.
func transliterated(toks []token, text string, s *featureSet) {
	seen := map[string]bool{}
	for i, t := range toks {
		if t.text != "al" && t.text != "el" || i+1 >= len(toks) || !toks[i+1].cap {
			continue
		}
		gap := text[t.end:toks[i+1].start]
		if name := toks[i+1].text; (gap == "-" || (gap == " " && t.cap)) && !seen[name] {
			seen[name] = true
			s.add(fTranslit, 1, fmt.Sprintf("%q", text[t.start:toks[i+1].end]))
		}
	}
}

// minDriftLetters is the length from which two spellings of a name are
// compared: short words collide by chance.
const minDriftLetters = 5

// spellingDrift counts names spelled two ways on one page, as two
// transliterations of one Arabic name are (Harfoush and Harfouche, Qasem and
// Qassem, Makary and Makari): the same consonants, the vowels and doubled
// letters not. A writer in English copies one spelling throughout.
func spellingDrift(toks []token, text string, s *featureSet) {
	spellings := map[string]string{}
	counted := map[string]bool{}
	for i, t := range toks {
		if !t.cap || len(t.text) < minDriftLetters || t.num || i > 0 && toks[i-1].text == "^" {
			continue
		}
		w := strings.TrimSuffix(t.text, "'s")
		k := skeleton(w)
		if prev, ok := spellings[k]; !ok {
			spellings[k] = w
		} else if prev != w && !counted[k] && !inflected(prev, w) {
			counted[k] = true
			s.add(fDrift, 1, fmt.Sprintf("%s and %s", capitalize(prev), capitalize(w)))
		}
	}
}

// inflected reports whether two spellings differ only by an English ending
// ("Minister", "Ministers"; "Emirati", "Emiratis").
func inflected(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && len(b)-len(a) <= 3
}

// skeleton reduces a word to its consonants, doubled letters once, with the
// letters transliteration confuses merged: ch/sh, q/k/c, dh/d, ou/u.
func skeleton(w string) string {
	w = strings.NewReplacer("ch", "sh", "dh", "d", "kh", "k", "q", "k", "c", "k", "ph", "f", "'", "").Replace(w)
	var b strings.Builder
	var last rune
	for _, r := range w {
		if strings.ContainsRune("aeiouyw", r) || r == last {
			last = r
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// Style: Arabic puts its article al- on abstract and generic nouns and on
// both nouns of a construct ("the devices of the company"), and a literal
// translation keeps every one, so "the" makes up 13-25% of the words where
// native news prose has 5-9%; native officialese reaches 22-29% too. The
// share is measured on the lines of prose, when there are enough of them.
const minStyleWords = 80

// nativeTheShare stands in for the share on a page with too little prose.
const nativeTheShare = 0.065

// theShare is the share of "the" among the words of the lines of prose.
func theShare(text string) float64 {
	words, the := 0, 0
	for _, l := range strings.Split(text, "\n") {
		if !inProse(l, 0) {
			continue
		}
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			words++
			if strings.EqualFold(w, "the") {
				the++
			}
		}
	}
	if words < minStyleWords {
		return nativeTheShare
	}
	return float64(the) / float64(words)
}

// Arabic joins clause to clause with wa- and commas where English starts a
// new sentence, and a translation keeps the chain: sentences of forty words
// and more. The mean counts sentences of three words or more, when there are
// enough of them.
const minSentences = 3

// nativeSentenceLength stands in for the mean on a page with too few sentences.
const nativeSentenceLength = 22

// sentenceLength is the mean number of words of the body's sentences.
func sentenceLength(sents [][]token) float64 {
	n, words := 0, 0
	for _, sent := range sents {
		w := 0
		for _, t := range sent {
			if isWord(t.text) {
				w++
			}
		}
		if w >= 3 {
			n++
			words += w
		}
	}
	if n < minSentences {
		return nativeSentenceLength
	}
	return float64(words) / float64(n)
}
