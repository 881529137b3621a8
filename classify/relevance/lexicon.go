package relevance

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/lexfile"
)

//go:embed data/cues.tsv
var dataFS embed.FS

// kind is a class of cue phrase (the first column of cues.tsv).
type kind int

const (
	kindRestriction kind = iota // says on its own that something is restricted
	kindChange                  // replace, drop, review: a restriction only with an authority
	kindAuthority               // a public authority or an organisation's policy
	kindReview                  // officially examined: backs a claim, frames nothing
	kindHalt                    // stops, removes, blocks: a change, and a frame's act
	kindDispute                 // a private quarrel in court: frames nothing
	kindTechnology              // a kind of technology that can be restricted
	kindControl                 // a control verb: with a change, a composed restriction
	kindLifted                  // a restriction lifted or reversed
	numKinds
)

var kindNames = map[string]kind{
	"restriction": kindRestriction,
	"change":      kindChange,
	"authority":   kindAuthority,
	"review":      kindReview,
	"halt":        kindHalt,
	"dispute":     kindDispute,
	"technology":  kindTechnology,
	"control":     kindControl,
	"lifted":      kindLifted,
}

// knownKinds lists the kinds for error messages, in a stable order.
func knownKinds() string {
	names := make([]string, 0, len(kindNames))
	for n := range kindNames {
		names = append(names, n)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// maxGap is how many words "..." may stand for.
const maxGap = 8

// pattern is one phrase: words, each matched exactly or, with a "*" at an
// end, as a prefix, suffix or infix; a gap word ("...") skips up to maxGap
// words.
type pattern []word

type word struct {
	text           string
	prefix, suffix bool // "*" before / after text
	gap            bool // "..."
}

func (w word) matches(tok string) bool {
	switch {
	case w.prefix && w.suffix:
		return strings.Contains(tok, w.text)
	case w.prefix:
		return strings.HasSuffix(tok, w.text)
	case w.suffix:
		return strings.HasPrefix(tok, w.text)
	}
	return tok == w.text
}

// match reports whether p occurs in toks.
func (p pattern) match(toks []string) bool {
	for i := range toks {
		if p.matchAt(toks, i, 0) {
			return true
		}
	}
	return false
}

func (p pattern) matchAt(toks []string, i, k int) bool {
	if k == len(p) {
		return true
	}
	if p[k].gap {
		for skip := 0; skip <= maxGap && i+skip <= len(toks); skip++ {
			if p.matchAt(toks, i+skip, k+1) {
				return true
			}
		}
		return false
	}
	if i >= len(toks) || !p[k].matches(toks[i]) {
		return false
	}
	return p.matchAt(toks, i+1, k+1)
}

// lexicon holds the cue phrases of every language: "land" is an authority
// in German and a verb in English.
type lexicon struct {
	langs map[string]*table
}

// table holds one language's cue phrases of every kind, indexed by the
// first literal word where it has one, so a sentence is checked against the
// few phrases its words can start.
type table struct {
	exact [numKinds]map[string][]pattern
	other [numKinds][]pattern // patterns starting with a wildcard word
}

func newLexicon() *lexicon { return &lexicon{langs: map[string]*table{}} }

func (l *lexicon) add(lang string, k kind, p pattern) {
	t := l.langs[lang]
	if t == nil {
		t = &table{}
		for k := range t.exact {
			t.exact[k] = map[string][]pattern{}
		}
		l.langs[lang] = t
	}
	if w := p[0]; !w.prefix && !w.suffix && !w.gap {
		t.exact[k][w.text] = append(t.exact[k][w.text], p)
		return
	}
	t.other[k] = append(t.other[k], p)
}

// has reports whether a phrase of kind k occurs in toks, in the cues of
// language lang, or of every language when there are none for lang.
func (l *lexicon) has(lang string, k kind, toks []string) bool {
	if t, ok := l.langs[lang]; ok {
		return t.has(k, toks)
	}
	for _, t := range l.langs {
		if t.has(k, toks) {
			return true
		}
	}
	return false
}

func (t *table) has(k kind, toks []string) bool {
	for i, tok := range toks {
		for _, p := range t.exact[k][tok] {
			if p.matchAt(toks, i, 0) {
				return true
			}
		}
	}
	for _, p := range t.other[k] {
		if p.match(toks) {
			return true
		}
	}
	return false
}

// tokens splits s into lower-case words of letters and digits: hyphens
// split compounds, so "TikTok-Verbot" gives "tiktok", "verbot".
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// parsePattern reads one phrase of a cues file.
func parsePattern(s string) (pattern, error) {
	var p pattern
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if f == "..." {
			if len(p) == 0 {
				return nil, fmt.Errorf("phrase %q starts with a gap", s)
			}
			p = append(p, word{gap: true})
			continue
		}
		w := word{prefix: strings.HasPrefix(f, "*"), suffix: strings.HasSuffix(f, "*")}
		w.text = strings.Trim(f, "*")
		// A phrase word matches one token, so it must read as one: "phase-out"
		// is the tokens "phase", "out".
		for _, t := range tokens(w.text) {
			p = append(p, word{text: t})
		}
		if n := len(tokens(w.text)); n == 0 {
			return nil, fmt.Errorf("phrase %q has an empty word", s)
		} else {
			p[len(p)-n].prefix = w.prefix
			p[len(p)-1].suffix = w.suffix
		}
	}
	if len(p) == 0 || p[len(p)-1].gap {
		return nil, fmt.Errorf("phrase %q is empty or ends with a gap", s)
	}
	return p, nil
}

// load reads one cues file into l: lines "kind<TAB>language<TAB>a|b|c",
// "#" comments and blank lines skipped.
func (l *lexicon) load(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			return &corpus.ParseError{Path: name, Line: n, Err: fmt.Errorf("want 3 tab-separated columns, got %d", len(cols))}
		}
		k, ok := kindNames[cols[0]]
		if !ok {
			return &corpus.ParseError{Path: name, Line: n, Err: fmt.Errorf("unknown kind %q (known: %s)", cols[0], knownKinds())}
		}
		lang := strings.TrimSpace(cols[1])
		if lang == "" {
			return &corpus.ParseError{Path: name, Line: n, Err: fmt.Errorf("empty language")}
		}
		for _, ph := range strings.Split(cols[2], "|") {
			p, err := parsePattern(ph)
			if err != nil {
				return &corpus.ParseError{Path: name, Line: n, Err: err}
			}
			l.add(lang, k, p)
		}
	}
	if err := sc.Err(); err != nil {
		return &corpus.ParseError{Path: name, Line: n, Err: err}
	}
	return nil
}

// loadLexicon reads the embedded cues and then the user's files; a
// directory stands for every .tsv file in it.
func loadLexicon(extra []string) (*lexicon, error) {
	l := newLexicon()
	f, err := dataFS.Open("data/cues.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := l.load("data/cues.tsv", f); err != nil {
		return nil, err
	}
	files, err := lexfile.Expand(extra, ".tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		if err := loadFile(l, name); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func loadFile(l *lexicon, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return l.load(name, f)
}
