package htmlclean

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/lexfile"
)

//go:embed cues/*.txt
var builtinCues embed.FS

// cueOp says how a cue's pattern is matched.
type cueOp string

const (
	// opClass matches an element whose class or id holds the pattern as a
	// word: "share" matches class="post-share-bar" and id="shareBar". The
	// whole element is dropped before extraction.
	opClass cueOp = "class"
	// opLine matches a paragraph that is the pattern and nothing else,
	// ignoring case and punctuation at either end.
	opLine cueOp = "line"
	// opPrefix matches a paragraph that starts with the pattern, at a word
	// boundary.
	opPrefix cueOp = "prefix"
	// opContains matches a short paragraph (at most shortWords words) that
	// holds the pattern, at word boundaries.
	opContains cueOp = "contains"
	// opByline matches a short paragraph (at most bylineWords words, no
	// closing full stop) whose first word is the pattern, capitalised as
	// written: "By" matches "By Jane Roe", not "by the way".
	opByline cueOp = "byline"
	// opDateWord lists names of months and weekdays, and opDateFiller the
	// words around them in a date line (time zones, "updated", "at"): a
	// short paragraph with a date word and otherwise only filler, numbers
	// and punctuation is a date line. "10 p.m." in a live blog is not.
	opDateWord   cueOp = "dateword"
	opDateFiller cueOp = "datefiller"
)

var cueOps = []cueOp{opClass, opLine, opPrefix, opContains, opByline, opDateWord, opDateFiller}

// bylineWords bounds the length of a byline or a date line.
const bylineWords = 8

// shortWords bounds the paragraphs a "contains" cue may drop: an article
// sentence that mentions a newsletter is longer than a sign-up box.
const shortWords = 30

// cue is one rule of a cue file: a paragraph or element that matches
// pattern is boilerplate of kind.
type cue struct {
	kind    corpus.RemovedKind
	op      cueOp
	pattern string // lower case, words separated by one space
}

// cueSet is every cue, indexed for matching. Built once, read-only after.
type cueSet struct {
	class map[string]corpus.RemovedKind // class/id word → kind
	line  map[string]corpus.RemovedKind // whole normalised paragraph → kind
	// prefix and contains are scanned in order: few enough that a map of
	// first words is not worth it.
	prefix   []cue
	contains []cue
	byline   map[string]corpus.RemovedKind // first word as written → kind
	dateWord map[string]corpus.RemovedKind // lower-case word → kind
	filler   map[string]bool               // lower-case word
}

// loadCues reads the built-in cue files and then the user's extra files or
// directories (every *.txt inside).
func loadCues(extra []string) (*cueSet, error) {
	cs := &cueSet{
		class: map[string]corpus.RemovedKind{}, line: map[string]corpus.RemovedKind{},
		byline: map[string]corpus.RemovedKind{}, dateWord: map[string]corpus.RemovedKind{}, filler: map[string]bool{},
	}
	names, err := fs.Glob(builtinCues, "cues/*.txt")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		data, err := builtinCues.ReadFile(n)
		if err != nil {
			return nil, err
		}
		if err := cs.parse(n, string(data)); err != nil {
			return nil, err
		}
	}
	files, err := lexfile.Expand(extra, ".txt")
	if err != nil {
		return nil, fmt.Errorf("cue file: %w", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("cue file: %w", err)
		}
		if err := cs.parse(f, string(data)); err != nil {
			return nil, err
		}
	}
	return cs, nil
}

// parse adds the cues of one file. A line is "kind op pattern"; blank lines
// and lines starting with # are skipped.
func (cs *cueSet) parse(path, data string) error {
	return lexfile.Lines(path, strings.NewReader(data), func(line string) error {
		line = strings.TrimSpace(line)
		f := strings.Fields(line)
		if len(f) < 3 {
			return fmt.Errorf("want \"kind op pattern\", got %q", line)
		}
		kind := corpus.RemovedKind(f[0])
		if !slices.Contains(corpus.RemovedKinds, kind) {
			return fmt.Errorf("unknown kind %q (known: %v)", f[0], corpus.RemovedKinds)
		}
		op := cueOp(f[1])
		// A line cue is compared with a whole normalised paragraph; prefix
		// and contains cues keep their punctuation ("more:" must not match
		// "More than").
		pattern := strings.ToLower(strings.Join(f[2:], " "))
		if op == opLine {
			pattern = normalize(pattern)
		}
		if pattern == "" {
			return fmt.Errorf("empty pattern")
		}
		switch op {
		case opClass:
			for _, w := range f[2:] {
				cs.class[joinedWord(w)] = kind
			}
		case opLine:
			cs.line[pattern] = kind
		case opByline:
			cs.byline[f[2]] = kind
		case opDateWord:
			for _, w := range f[2:] {
				cs.dateWord[strings.ToLower(w)] = kind
			}
		case opDateFiller:
			for _, w := range f[2:] {
				cs.filler[strings.ToLower(w)] = true
			}
		case opPrefix:
			cs.prefix = append(cs.prefix, cue{kind, op, pattern})
		case opContains:
			cs.contains = append(cs.contains, cue{kind, op, pattern})
		default:
			return fmt.Errorf("unknown op %q (known: %v)", f[1], cueOps)
		}
		return nil
	})
}

// normalize lower-cases s, keeps letters, digits and inner punctuation, and
// separates words by one space; punctuation at either end is dropped, so
// "[Related:" and "related" compare equal.
func normalize(s string) string {
	// One pass and one allocation: this runs on every paragraph of a page.
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == gap || unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimFunc(b.String(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// matchText returns the kind of the first cue that matches paragraph text,
// or false.
func (cs *cueSet) matchText(text string) (corpus.RemovedKind, bool) {
	t := normalize(text)
	if t == "" {
		return "", false
	}
	if k, ok := cs.line[t]; ok {
		return k, true
	}
	for _, c := range cs.prefix {
		if hasWordPrefix(t, c.pattern) {
			return c.kind, true
		}
	}
	if k, ok := cs.matchShort(text); ok {
		return k, true
	}
	if words := strings.Count(t, " ") + 1; words <= shortWords {
		for _, c := range cs.contains {
			if containsWord(t, c.pattern) {
				return c.kind, true
			}
		}
	}
	return "", false
}

// matchShort matches byline and date-line cues.
func (cs *cueSet) matchShort(text string) (corpus.RemovedKind, bool) {
	f := strings.Fields(unprotect(text))
	if len(f) == 0 || len(f) > bylineWords {
		return "", false
	}
	if k, ok := cs.byline[f[0]]; ok && len(f) > 1 && !strings.ContainsAny(text[len(text)-1:], ".!?") {
		return k, true
	}
	// A date line: a date word, and every other word filler or a number.
	var kind corpus.RemovedKind
	named := false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if k, ok := cs.dateWord[w]; ok {
			kind, named = k, true
			continue
		}
		if !cs.filler[w] && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			return "", false
		}
	}
	return kind, named
}

// hasWordPrefix reports whether t starts with p followed by a non-letter.
func hasWordPrefix(t, p string) bool {
	return strings.HasPrefix(t, p) && (len(t) == len(p) || !isWordByte(t[len(p)]))
}

// containsWord reports whether p occurs in t with no letter or digit
// touching it on either side.
func containsWord(t, p string) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], p)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(p)
		if (j == 0 || !isWordByte(t[j-1])) && (end == len(t) || !isWordByte(t[end])) {
			return true
		}
		i = j + 1
	}
}

// isWordByte is true for ASCII letters and digits and for any byte of a
// multi-byte rune (letters in the languages cues are written in).
func isWordByte(b byte) bool {
	return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// joinedWord is w in lower case without its punctuation: a class cue
// "more-like-this" or "moreLikeThis" is stored as "morelikethis".
func joinedWord(w string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, w)
}

// classNames calls fn with each class of a class or id attribute, joined
// (see joinedWord), and with each of its words (see classWords), until fn
// returns true.
func classNames(attr string, fn func(string) bool) bool {
	for name := range strings.FieldsSeq(attr) {
		if isTaxonomyClass(name) {
			continue
		}
		if fn(joinedWord(name)) || classWords(name, fn) {
			return true
		}
	}
	return false
}

// taxonomyPrefixes start class names that file a post under a topic
// ("category-newsletter", "tag-social-media"): they say what the article is
// about, not what the element is.
var taxonomyPrefixes = []string{"category-", "tag-", "tags-", "topic-", "topics-", "cat-"}

// isTaxonomyClass reports whether a class name files a post under a topic.
func isTaxonomyClass(name string) bool {
	name = strings.ToLower(name) // allocates only when name has capitals
	for _, p := range taxonomyPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// classWords splits a class or id attribute into lower-case words at
// spaces, punctuation and camelCase humps: "post-shareBar" → post, share, bar.
// The words are slices of attr where they are already in lower case.
func classWords(attr string, fn func(string) bool) bool {
	start := -1
	var prev rune
	for i := 0; ; {
		r, size := utf8.DecodeRuneInString(attr[i:])
		boundary := i == len(attr) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
		hump := !boundary && i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev)
		if (boundary || hump) && start >= 0 {
			if fn(strings.ToLower(attr[start:i])) {
				return true
			}
			start = -1
		}
		if !boundary && start < 0 {
			start = i
		}
		if i == len(attr) {
			return false
		}
		prev = r
		i += size
	}
}
