package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A sym is one sound of a name's transliteration skeleton: a class shared by
// the letters Arabic script cannot tell apart, and the letters it came from.
type sym struct {
	class byte   // 'A', 'I', 'U' vowels; consonant classes below; ' ' between words
	raw   string // original letters, lower case
}

// Classes: b/p → B, f/v/ph → F, g/j/q/k/hard c/gh/kh → K, sh/ch/sch/tsh/tch/initial x → X,
// t/th → T, d/dh → D, s/soft c → S; other consonants are themselves.
// Vowels: a → A, e/i/final y → I, o/u → U.
func isVowel(c byte) bool { return c == 'A' || c == 'I' || c == 'U' }

// isWeak reports the classes Arabic script often drops or adds: vowels and
// the glides h, w, y.
func isWeak(c byte) bool { return isVowel(c) || c == 'H' || c == 'W' || c == 'Y' }

// normalize lowercases s, strips diacritics, turns hyphens into spaces, drops
// apostrophes and other punctuation, and folds runs of spaces.
func normalize(s string) string {
	var b strings.Builder
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '’' || r == '.':
			// O'Brien, Abu Dhabi's: part of the word.
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// letterClass is the class of each single letter a-z; digraphClass the
// class of a letter followed by h ("sh", "th", "ph").
var letterClass, digraphClass = classTables()

func classTables() (letter, digraph [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		letter[c] = c - 'a' + 'A'
	}
	for c, class := range map[byte]byte{'a': 'A', 'e': 'I', 'i': 'I', 'o': 'U', 'u': 'U',
		'b': 'B', 'p': 'B', 'f': 'F', 'v': 'F', 'g': 'K', 'j': 'K', 'q': 'K', 'k': 'K', 'z': 'Z'} {
		letter[c] = class
	}
	for c, class := range map[byte]byte{'s': 'X', 'c': 'X', 'k': 'K', 't': 'T', 'd': 'D', 'g': 'K', 'p': 'F'} {
		digraph[c] = class
	}
	return letter, digraph
}

// skeleton maps a normalized name to its symbols. Equal letters in a row and
// equal classes in a row collapse, as Arabic script writes no doubled letters
// and long vowels as one letter.
func skeleton(n string) []sym {
	var out []sym
	add := func(class byte, raw string) {
		if k := len(out); k > 0 && out[k-1].class == class && class != ' ' {
			out[k-1].raw += raw
			return
		}
		out = append(out, sym{class, raw})
	}
	at := func(i int) byte {
		if i >= 0 && i < len(n) {
			return n[i]
		}
		return 0
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	for i := 0; i < len(n); i++ {
		c, next := n[i], at(i+1)
		switch {
		case c == ' ':
			add(' ', " ")
		case strings.HasPrefix(n[i:], "eau"):
			// French spelling of one o sound: "Trudeau" is said "Trudo".
			add('U', "eau")
			i += 2
		case strings.HasPrefix(n[i:], "sch"):
			// German sch, said sh: "Schumer" comes back "Shumer".
			add('X', "sch")
			i += 2
		case c == 't' && (strings.HasPrefix(n[i:], "tsh") || strings.HasPrefix(n[i:], "tch")):
			// Arabic writes English ch as t+sh: "Mitch" comes back "Mitsh".
			add('X', n[i:i+3])
			i += 2
		case next == 'h' && strings.IndexByte("scktdgp", c) >= 0:
			add(digraphClass[c], n[i:i+2])
			i++
		case c == 'c' && next == 'k':
			add('K', "ck")
			i++
		case c == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				add('S', "c")
			} else {
				add('K', "c")
			}
		case c == 'x' && (i == 0 || n[i-1] == ' ') && vowel(next):
			// Pinyin x, said and transliterated sh: "Xi" comes back "Shi".
			add('X', "x")
		case c == 'x':
			add('K', "x")
			add('S', "")
		case c == 'y':
			// A consonant before a vowel, a vowel elsewhere.
			if vowel(next) {
				add('Y', "y")
			} else {
				add('I', "y")
			}
		case vowel(c):
			add(letterClass[c], n[i:i+1])
		case c >= 'a' && c <= 'z':
			add(letterClass[c], n[i:i+1])
		default:
			// Digits and letters outside a-z stand for themselves.
			add(c, n[i:i+1])
		}
	}
	return out
}

// sameLetter reports the classes one Arabic letter writes: waw is both w
// and u/o, ya both y and i/e ("Shuang" comes back as "Shwang").
func sameLetter(a, b byte) bool {
	return a == 'U' && b == 'W' || a == 'W' && b == 'U' || a == 'I' && b == 'Y' || a == 'Y' && b == 'I'
}

// key is the part of a skeleton Arabic script keeps reliably: its strong
// consonant classes and word breaks. Names whose keys are within one deletion
// of each other are compared in full.
func key(s []sym) string {
	var b strings.Builder
	for _, x := range s {
		if x.class == ' ' {
			b.WriteByte('_')
		} else if !isWeak(x.class) {
			b.WriteByte(x.class)
		}
	}
	return b.String()
}

// consonants counts the strong consonants of s: how much of a name survives
// transliteration, and so how much a match of it is worth.
func consonants(s []sym) int {
	n := 0
	for _, x := range s {
		if x.class != ' ' && !isWeak(x.class) {
			n++
		}
	}
	return n
}

// words counts the words of s.
func words(s []sym) int {
	n := 1
	for _, x := range s {
		if x.class == ' ' {
			n++
		}
	}
	return n
}

// Costs of the edit operations of distance.
const (
	costSameClass = 0.25 // e for i, g for j: letters Arabic script writes alike
	costVowelA    = 0.5  // a for another vowel: alif stands for English a, u and schwa ("Trump" → "Tramb")
	costVowel     = 1.25 // i for u in a short word: distinct letters in Arabic script, so not a transliteration slip
	// costShortVowel is i for u in a word of three strong consonants or
	// more: Arabic script writes short vowels not at all, so the reader
	// guesses them ("Feng" comes back as "Fung"), and the consonants left
	// are enough to know the word. In "Tim" against "Tom" they are not.
	costShortVowel = 0.75
	// minGuessConsonants is the strong consonants a word needs for
	// costShortVowel.
	minGuessConsonants = 3
	costWeak           = 0.5 // a vowel or h/w/y lost or added
	costVoicing        = 0.5 // s for z: English s said z between vowels is written with zay ("Rozenworsel")
	costHard           = 1   // a consonant changed, lost or added
	costImpossible     = 9   // a word break against a letter
)

// alignment is the cheapest edit script between two skeletons.
type alignment struct {
	dist  float64
	hard  int      // operations of costHard or more
	notes []string // the confusions used, e.g. "g/j", "lost a"
}

// splitWords cuts a skeleton at its word breaks.
func splitWords(s []sym) [][]sym {
	var out [][]sym
	start := 0
	for i, x := range s {
		if x.class == ' ' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// wordAlignment aligns two names of as many words word by word, so that no
// edit crosses a word break, and reports whether every word stays within
// its own limit (wordLimit).
func wordAlignment(a, b []sym) (al alignment, fits bool) {
	wa, wb := splitWords(a), splitWords(b)
	if len(wa) != len(wb) {
		al = distance(a, b)
		return al, al.dist <= wordLimit(b)
	}
	fits = true
	seen := map[string]bool{}
	for i := range wa {
		w := distance(wa[i], wb[i])
		al.dist += w.dist
		al.hard += w.hard
		fits = fits && w.dist <= wordLimit(wb[i])
		for _, n := range w.notes {
			if !seen[n] {
				seen[n] = true
				al.notes = append(al.notes, n)
			}
		}
	}
	return al, fits
}

// wordLimit is the distance one word of a known name of several words may
// take: a long word keeps enough consonants to stay recognisable through
// two slips ("Rosenwerssel" for "Rosenworcel"), a short one through one.
func wordLimit(w []sym) float64 {
	if consonants(w) >= minLongConsonants {
		return maxDistLongWord
	}
	return maxDistWord
}

// distance aligns a (the text's spelling) with b (the known one).
func distance(a, b []sym) alignment {
	n, m := len(a), len(b)
	crossVowel := costVowel
	if consonants(b) >= minGuessConsonants {
		crossVowel = costShortVowel
	}
	d := make([][]float64, n+1)
	for i := range d {
		d[i] = make([]float64, m+1)
	}
	indel := func(x sym) float64 {
		switch {
		case x.class == ' ':
			return costHard
		case isWeak(x.class):
			return costWeak
		}
		return costHard
	}
	sub := func(x, y sym) float64 {
		switch {
		case x.class == y.class && x.raw == y.raw:
			return 0
		case x.class == y.class:
			return costSameClass
		case x.class == ' ' || y.class == ' ':
			return costImpossible
		case sameLetter(x.class, y.class):
			return costSameClass
		case x.class == 'S' && y.class == 'Z' || x.class == 'Z' && y.class == 'S':
			return costVoicing
		case isVowel(x.class) && isVowel(y.class) && (x.class == 'A' || y.class == 'A'):
			return costVowelA
		case isVowel(x.class) && isVowel(y.class):
			return crossVowel
		}
		return costHard
	}
	for i := 1; i <= n; i++ {
		d[i][0] = d[i-1][0] + indel(a[i-1])
	}
	for j := 1; j <= m; j++ {
		d[0][j] = d[0][j-1] + indel(b[j-1])
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := d[i-1][j-1] + sub(a[i-1], b[j-1])
			best = min(best, d[i-1][j]+indel(a[i-1]), d[i][j-1]+indel(b[j-1]))
			d[i][j] = best
		}
	}
	al := alignment{dist: d[n][m]}
	seen := map[string]bool{}
	note := func(s string) {
		if !seen[s] {
			seen[s] = true
			al.notes = append(al.notes, s)
		}
	}
	// Walk back to say which confusions the distance is made of.
	for i, j := n, m; i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+sub(a[i-1], b[j-1]):
			x, y := a[i-1], b[j-1]
			c := sub(x, y)
			if c > 0 {
				note(y.raw + "/" + x.raw)
			}
			if c >= costHard && !(isVowel(x.class) && isVowel(y.class)) {
				al.hard++
			}
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+indel(a[i-1]):
			note("added " + a[i-1].raw)
			if indel(a[i-1]) == costHard {
				al.hard++
			}
			i--
		default:
			note("lost " + b[j-1].raw)
			if indel(b[j-1]) == costHard {
				al.hard++
			}
			j--
		}
	}
	// The walk went right to left; tell the confusions left to right.
	for l, r := 0, len(al.notes)-1; l < r; l, r = l+1, r-1 {
		al.notes[l], al.notes[r] = al.notes[r], al.notes[l]
	}
	return al
}
