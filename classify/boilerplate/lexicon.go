package boilerplate

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/lexfile"
)

//go:embed data/*.txt
var dataFS embed.FS

// cueMode says where in a line a cue may match.
type cueMode int

const (
	cueShort    cueMode = iota // anywhere in a short, non-sentence line
	cueWhole                   // the whole line
	cueAnywhere                // anywhere in a line of any length
	cueSection                 // the whole line, and it heads a non-article section
	cuePrefix                  // the start of a line of up to prefixWords words
)

// prefixWords is the longest line a prefix cue ("Image caption …") applies to.
const prefixWords = 40

// cue is one boilerplate phrase, already folded by foldCue.
type cue struct {
	phrase string
	mode   cueMode
	kind   corpus.RemovedKind
	// oneWord: the phrase is a single word.
	oneWord bool
}

// lexicon holds the cues and stop lists. It is built once by New and only
// read afterwards, so Cleaners share it across goroutines.
type lexicon struct {
	// whole maps a folded whole line to its cue (modes cueWhole, cueSection);
	// lines share the cue they match, and nothing writes to it.
	whole map[string]*cue
	// partial are the cues matched inside a line, longest first.
	partial []cue
	// byFirst maps a word to the indexes in partial of the cues it starts.
	byFirst map[string][]int
	// stop maps an ISO 639-1 code to its stop words.
	stop map[string]map[string]bool
}

// loadLexicon reads the embedded data and then the user's extra files.
func loadLexicon(opts Options) (*lexicon, error) {
	lx := &lexicon{whole: map[string]*cue{}, stop: map[string]map[string]bool{}}
	embedded, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil {
		return nil, err
	}
	for _, name := range embedded {
		f, err := dataFS.Open(name)
		if err != nil {
			return nil, err
		}
		err = lx.addFile(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	extra, err := lexfile.Expand(opts.LexiconPaths, ".txt")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	for _, p := range extra {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		err = lx.addFile(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	slices.SortStableFunc(lx.partial, func(a, b cue) int { return len(b.phrase) - len(a.phrase) })
	lx.byFirst = map[string][]int{}
	for i, c := range lx.partial {
		first := strings.Fields(c.phrase)[0]
		lx.byFirst[first] = append(lx.byFirst[first], i)
	}
	return lx, nil
}

// addFile reads one data file; its base name says what it holds:
// cues_<anything>.txt or stop_<lang>.txt.
func (lx *lexicon) addFile(path string, r io.Reader) error {
	base := filepath.Base(path)
	switch {
	case strings.HasPrefix(base, "stop_"):
		lang := strings.TrimSuffix(strings.TrimPrefix(base, "stop_"), ".txt")
		return lx.addStop(path, lang, r)
	case strings.HasPrefix(base, "cues_"):
		return lx.addCues(path, r)
	}
	return &corpus.ParseError{Path: path, Err: fmt.Errorf("file name must start with cues_ or stop_")}
}

func (lx *lexicon) addStop(path, lang string, r io.Reader) error {
	set := lx.stop[lang]
	if set == nil {
		set = map[string]bool{}
		lx.stop[lang] = set
	}
	return lexfile.Lines(path, r, func(line string) error {
		set[strings.ToLower(strings.ReplaceAll(strings.TrimSpace(line), "’", "'"))] = true
		return nil
	})
}

func (lx *lexicon) addCues(path string, r io.Reader) error {
	kind := corpus.RemovedOther
	return lexfile.Lines(path, r, func(line string) error {
		s := strings.TrimSpace(line)
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			k := corpus.RemovedKind(strings.TrimSpace(s[1 : len(s)-1]))
			if !slices.Contains(corpus.RemovedKinds, k) {
				return fmt.Errorf("unknown kind %q (known: %v)", k, corpus.RemovedKinds)
			}
			kind = k
			return nil
		}
		mode := cueShort
		switch s[0] {
		case '=':
			mode, s = cueWhole, s[1:]
		case '!':
			mode, s = cueAnywhere, s[1:]
		case '^':
			mode, s = cueSection, s[1:]
		case '~':
			mode, s = cuePrefix, s[1:]
		}
		phrase := foldCue(s)
		if phrase == "" {
			return fmt.Errorf("empty cue")
		}
		c := cue{phrase: phrase, mode: mode, kind: kind, oneWord: !strings.Contains(strings.TrimSpace(phrase), " ")}
		if mode == cueWhole || mode == cueSection {
			// A section cue also matches as a whole line; keep the stronger.
			if old, ok := lx.whole[phrase]; !ok || old.mode != cueSection {
				lx.whole[phrase] = &c
			}
			return nil
		}
		lx.partial = append(lx.partial, c)
		return nil
	})
}

// foldCue lower-cases s and keeps only its words, each followed by one space
// and preceded by one, so that a phrase matches on word boundaries with
// strings.Contains. Digits are dropped: "52 Kommentare" folds like
// "Kommentare".
func foldCue(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	return foldInto(&b, s)
}

// foldInto appends the fold of s (see foldCue) to b and returns it; the
// lines of a page share one builder, so folding them costs no allocation
// each. A builder never changes what it has written, so the strings stay
// valid as it grows.
func foldInto(b *strings.Builder, s string) string {
	start := b.Len()
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || r == '&':
			b.WriteRune(unicode.ToLower(r))
			space = false
		case (r == '\'' || r == '’' || r == '-') && !space:
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	out := b.String()[start:]
	if strings.TrimSpace(out) == "" {
		return ""
	}
	return out
}

// stopShare is the share of words of line that are stop words of lang.
func (lx *lexicon) stopShare(words []string, lang string) float64 {
	set := lx.stop[lang]
	if set == nil || len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if set[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}
