package names

import (
	"strings"

	"github.com/bansift/bansift/internal/lexfile"
	"github.com/bansift/bansift/internal/phrase"
)

// Match is a known name a spelling was matched to.
type Match struct {
	Known   string // canonical spelling
	Kind    Kind
	Country string
	Role    string
	Arabic  bool // the known name is of Arabic origin (see Name.Arabic)
	// Distance is the weighted edit distance between the two skeletons: 0.25
	// for letters Arabic script writes alike (e/i, g/j), 0.5 for a vowel or
	// h/w/y lost or added or a changed to another vowel, 1 for a consonant,
	// 1.25 for i/u. 0 for an exact match.
	Distance float64
	// Confusions lists the differences, known spelling first: "e/i", "g/j",
	// "lost a". Empty for an exact match.
	Confusions []string
}

// form is one spelling of a known name, prepared for comparison.
type form struct {
	name int // index into Matcher.names
	text string
	sk   []sym
	cons int
}

// Matcher finds known names and their near misses. It is read-only after
// NewMatcher, so one Matcher serves any number of goroutines.
type Matcher struct {
	names    []Name
	forms    []form
	exact    map[string]int   // normalized spelling → names index
	index    map[string][]int // key and its one-deletion variants → forms
	ordinary map[string]bool  // capitalised words that are not names
	parts    map[string]bool  // words of known names of several words: "macron", "trump"
}

// NewMatcher builds a Matcher over the embedded gazetteers and extra. An
// extra name spelled like a built-in one replaces it.
func NewMatcher(extra ...Name) (*Matcher, error) {
	builtin, err := Builtin()
	if err != nil {
		return nil, err
	}
	ordinary, err := lexfile.WordSet(data, "data/ordinary.txt")
	if err != nil {
		return nil, err
	}
	m := &Matcher{exact: map[string]int{}, index: map[string][]int{}, ordinary: ordinary, parts: map[string]bool{}}
	for _, n := range append(builtin, extra...) {
		m.add(n)
	}
	return m, nil
}

func (m *Matcher) add(n Name) {
	i := len(m.names)
	if old, ok := m.exact[normalize(n.Canonical)]; ok && m.names[old].Canonical == n.Canonical {
		// A caller's entry overrides the built-in one of the same spelling.
		i = old
		m.names[i] = n
	} else {
		m.names = append(m.names, n)
	}
	for _, s := range append([]string{n.Canonical}, n.Aliases...) {
		t := normalize(s)
		if t == "" {
			continue
		}
		m.exact[t] = i
		if ws := strings.Fields(t); len(ws) > 1 {
			for _, w := range ws {
				m.parts[w] = true
			}
		}
		sk := skeleton(t)
		f := len(m.forms)
		m.forms = append(m.forms, form{name: i, text: t, sk: sk, cons: consonants(sk)})
		for _, k := range deletions(key(sk)) {
			m.index[k] = append(m.index[k], f)
		}
	}
}

// deletions returns k and every string made by deleting one letter of it
// (never a word break): two keys within one edit share one of these.
func deletions(k string) []string {
	out := []string{k}
	for i := 0; i < len(k); i++ {
		if k[i] != '_' {
			out = append(out, k[:i]+k[i+1:])
		}
	}
	return out
}

// Names returns every known name.
func (m *Matcher) Names() []Name { return m.names }

// Lookup returns the known name s spells exactly (case, accents, hyphens
// and spacing aside).
func (m *Matcher) Lookup(s string) (Name, bool) {
	i, ok := m.exact[normalize(s)]
	if !ok {
		return Name{}, false
	}
	return m.names[i], true
}

// Canonical returns the known name s spells, exactly or as a near miss.
func (m *Matcher) Canonical(s string) (Match, bool) {
	if n, ok := m.Lookup(s); ok {
		return m.match(n, alignment{}), true
	}
	return m.NearMiss(s)
}

func (m *Matcher) match(n Name, al alignment) Match {
	return Match{Known: n.Canonical, Kind: n.Kind, Country: n.Country, Role: n.Role,
		Arabic: n.Arabic, Distance: al.dist, Confusions: al.notes}
}

// Limits on what counts as a near miss. Short names collide with ordinary
// words and other names, so they must match closely, and no near miss may
// change a strong consonant: Arabic script keeps those.
const (
	minLetters        = 4    // of the text's spelling
	minConsonants     = 3    // strong consonants of the known name
	maxDistOne        = 0.5  // one-word names
	maxDistMulti      = 1.0  // names of several words
	maxDistWord       = 0.75 // any one word of them
	maxDistLongWord   = 1.0  // a word of them with minLongConsonants strong consonants
	minLongConsonants = 5
	costSplit         = 0.25 // one word written as two
	distPerConsonant  = 0.25 // and at most this much per strong consonant of the known name
)

// NearMiss reports the known name s misspells the way transliteration through
// Arabic script does. Exact spellings of known names, ordinary words and short
// names are not near misses.
func (m *Matcher) NearMiss(s string) (Match, bool) {
	t := normalize(s)
	if _, ok := m.exact[t]; ok || len(strings.ReplaceAll(t, " ", "")) < minLetters {
		return Match{}, false
	}
	// Acronyms are not transliterated; ordinary words and the surname of a
	// known person are not misspellings of something else.
	if m.allOrdinary(t) || phrase.Upper(s) || m.parts[t] {
		return Match{}, false
	}
	if al, f, ok := m.nearest(t, 0); ok {
		return m.match(m.names[m.forms[f].name], al), true
	}
	// A name of one word written as two: Arabic script spaces the syllables
	// of Chinese given names ("Zhao Li Jian" for "Zhao Lijian").
	ws := strings.Fields(t)
	for i := 1; len(ws) >= 3 && i < len(ws); i++ {
		if len(ws[i-1]) < 2 || len(ws[i]) < 2 || m.ordinary[ws[i-1]] || m.ordinary[ws[i]] {
			continue // "A New York" is not "Anew York"
		}
		joined := strings.Join(ws[:i-1], " ") + " " + ws[i-1] + ws[i] + " " + strings.Join(ws[i+1:], " ")
		joined = strings.TrimSpace(joined)
		note := "split " + ws[i-1] + ws[i]
		if k, ok := m.exact[joined]; ok {
			return m.match(m.names[k], alignment{dist: costSplit, notes: []string{note}}), true
		}
		if al, f, ok := m.nearest(joined, costSplit); ok {
			al.notes = append([]string{note}, al.notes...)
			return m.match(m.names[m.forms[f].name], al), true
		}
	}
	return Match{}, false
}

// nearest finds the known form closest to normalized t within the limits,
// counting extra on top of the alignment's distance.
func (m *Matcher) nearest(t string, extra float64) (alignment, int, bool) {
	sk := skeleton(t)
	var best alignment
	bestForm := -1
	seen := map[int]bool{}
	for _, k := range deletions(key(sk)) {
		for _, f := range m.index[k] {
			if seen[f] {
				continue
			}
			seen[f] = true
			fm := m.forms[f]
			if fm.cons < minConsonants || words(fm.sk) != words(sk) {
				continue
			}
			al, fits := wordAlignment(sk, fm.sk)
			al.dist += extra
			if !acceptable(al, fits, fm) {
				continue
			}
			if bestForm < 0 || al.dist < best.dist {
				best, bestForm = al, f
			}
		}
	}
	return best, bestForm, bestForm >= 0
}

// acceptable applies the limits to an alignment with known form f.
// fits says whether every word stays within its limit (wordLimit).
func acceptable(al alignment, fits bool, f form) bool {
	if al.dist == 0 || al.hard > 0 {
		// Same letters up to case and punctuation is Lookup's business.
		return false
	}
	if al.dist > distPerConsonant*float64(f.cons) {
		return false
	}
	if words(f.sk) == 1 {
		return al.dist <= maxDistOne
	}
	return al.dist <= maxDistMulti && fits
}

// allOrdinary reports whether every word of normalized t is an ordinary
// capitalised word (a month, a title, a demonym) rather than a name.
func (m *Matcher) allOrdinary(t string) bool {
	for _, w := range strings.Fields(t) {
		if !m.ordinary[w] {
			return false
		}
	}
	return true
}
