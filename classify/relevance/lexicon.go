package relevance

import (
	"embed"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/bansift/bansift/internal/lexfile"
	"github.com/bansift/bansift/internal/phrase"
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

// lexicon holds the cue phrases of every language: "land" is an authority
// in German and a verb in English.
type lexicon struct {
	langs map[string]*[numKinds]phrase.Matcher
}

func newLexicon() *lexicon { return &lexicon{langs: map[string]*[numKinds]phrase.Matcher{}} }

func (l *lexicon) add(lang string, k kind, p phrase.Pattern) {
	t := l.langs[lang]
	if t == nil {
		t = &[numKinds]phrase.Matcher{}
		l.langs[lang] = t
	}
	t[k].Add(p, 0)
}

// has reports whether a phrase of kind k occurs in toks, in the cues of
// language lang, or of every language when there are none for lang.
func (l *lexicon) has(lang string, k kind, toks []phrase.Token) bool {
	if t, ok := l.langs[lang]; ok {
		return t[k].Has(toks)
	}
	for _, t := range l.langs {
		if t[k].Has(toks) {
			return true
		}
	}
	return false
}

// load reads one cues file into l: lines "kind<TAB>language<TAB>a|b|c",
// "#" comments and blank lines skipped.
func (l *lexicon) load(name string, r io.Reader) error {
	return lexfile.Lines(name, r, func(line string) error {
		cols := strings.Split(strings.TrimSpace(line), "\t")
		if len(cols) != 3 {
			return fmt.Errorf("want 3 tab-separated columns, got %d", len(cols))
		}
		k, ok := kindNames[cols[0]]
		if !ok {
			return fmt.Errorf("unknown kind %q (known: %s)", cols[0], knownKinds())
		}
		lang := strings.TrimSpace(cols[1])
		if lang == "" {
			return fmt.Errorf("empty language")
		}
		for _, ph := range strings.Split(cols[2], "|") {
			p, err := phrase.Compile(ph)
			if err != nil {
				return err
			}
			l.add(lang, k, p)
		}
		return nil
	})
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
