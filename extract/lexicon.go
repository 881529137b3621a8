package extract

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/lexfile"
)

//go:embed data/*.tsv
var dataFS embed.FS

// tableColumns gives each lexicon file its number of tab-separated columns;
// the last column is always a "|"-separated list of phrases. A user file with
// the same base name adds rows to the embedded table.
var tableColumns = map[string]int{
	"triggers.tsv":   3, // action, language, phrases
	"status.tsv":     3, // status, language, phrases
	"roles.tsv":      3, // role, language, phrases
	"actors.tsv":     4, // canonical name, country, kind, aliases
	"vendors.tsv":    4, // canonical vendor, country, default category, aliases
	"products.tsv":   4, // canonical product, vendor, category, aliases
	"technology.tsv": 4, // category, canonical product, specific|generic, phrases
	"sectors.tsv":    3, // sector, language, phrases
	"reasons.tsv":    3, // reason category, language, phrases
	"splitting.tsv":  3, // abbrev|month|title, language, words
}

// knownTables lists the lexicon file names, for error messages.
func knownTables() string {
	var names []string
	for n := range tableColumns {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// ErrUnknownTable is returned for a user lexicon file whose name is not one of
// the tables.
var ErrUnknownTable = errors.New("unknown lexicon file")

// row is one line of a table: its fixed columns and its phrases.
type row struct {
	Cols    []string
	Phrases []string
}

// loadTables reads the embedded tables and then every user file (or every
// .tsv file of a user directory), appending rows by table name.
func loadTables(extra []string) (map[string][]row, error) {
	tables := map[string][]row{}
	for name := range tableColumns {
		f, err := dataFS.Open("data/" + name)
		if err != nil {
			return nil, err
		}
		rows, err := readTable("data/"+name, f, tableColumns[name])
		f.Close()
		if err != nil {
			return nil, err
		}
		tables[name] = rows
	}
	files, err := lexfile.Expand(extra, ".tsv")
	if err != nil {
		return nil, err
	}
	for _, p := range files {
		name := filepath.Base(p)
		cols, ok := tableColumns[name]
		if !ok {
			return nil, fmt.Errorf("%w %q: known names are %s", ErrUnknownTable, p, knownTables())
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		rows, err := readTable(p, f, cols)
		f.Close()
		if err != nil {
			return nil, err
		}
		tables[name] = append(tables[name], rows...)
	}
	return tables, nil
}

// readTable reads tab-separated rows; blank lines and lines starting with #
// are skipped.
func readTable(path string, r io.Reader, cols int) ([]row, error) {
	var rows []row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return nil, &corpus.ParseError{Path: path, Line: n, Err: fmt.Errorf("want %d tab-separated columns, got %d", cols, len(f))}
		}
		var phrases []string
		for _, p := range strings.Split(f[cols-1], "|") {
			if p = strings.TrimSpace(p); p != "" {
				phrases = append(phrases, p)
			}
		}
		if len(phrases) == 0 {
			return nil, &corpus.ParseError{Path: path, Line: n, Err: errors.New("no phrases in the last column")}
		}
		for i := range f[:cols-1] {
			f[i] = strings.TrimSpace(f[i])
		}
		rows = append(rows, row{Cols: f[:cols-1], Phrases: phrases})
	}
	if err := sc.Err(); err != nil {
		return nil, &corpus.ParseError{Path: path, Line: n, Err: err}
	}
	return rows, nil
}

// Phrase patterns. A phrase is a sequence of words matched against tokens:
//
//	ban               the word "ban", any case
//	prohibit*         a word starting with "prohibit"
//	*verbot*          a word containing "verbot" (German compounds)
//	stop ... buying   up to maxGap words between "stop" and "buying"
//	Apple             a capitalised word: "apple" in lower case does not match
const maxGap = 8

type wordKind uint8

const (
	wExact wordKind = iota
	wPrefix
	wSuffix
	wContains
	wGap
)

type wordPat struct {
	kind    wordKind
	s       string // lower-case
	caps    bool   // the text's word must be capitalised
	acronym bool   // the text's word must be upper-case too: "BIS", not "Bis"
}

func (w wordPat) match(t token) bool {
	if w.caps && !capitalised(t.Text) {
		return false
	}
	if w.acronym && !upper(t.Text) {
		return false
	}
	switch w.kind {
	case wPrefix:
		return strings.HasPrefix(t.Lower, w.s)
	case wSuffix:
		return strings.HasSuffix(t.Lower, w.s)
	case wContains:
		return strings.Contains(t.Lower, w.s)
	}
	return t.Lower == w.s
}

// compilePhrase turns a phrase into word patterns, tokenised like text.
func compilePhrase(p string) []wordPat {
	var out []wordPat
	for _, f := range strings.Fields(p) {
		if f == "..." {
			out = append(out, wordPat{kind: wGap})
			continue
		}
		kind := wExact
		pre, suf := strings.HasPrefix(f, "*"), strings.HasSuffix(f, "*")
		switch {
		case pre && suf:
			kind = wContains
		case pre:
			kind = wSuffix
		case suf:
			kind = wPrefix
		}
		core := strings.Trim(f, "*")
		words := tokenize(core, 0)
		for i, w := range words {
			k := wExact
			// A wildcard applies to the outer side of the phrase word only.
			if (i == 0 && (kind == wSuffix || kind == wContains)) || (i == len(words)-1 && (kind == wPrefix || kind == wContains)) {
				switch {
				case i == 0 && i == len(words)-1:
					k = kind
				case i == 0:
					k = wSuffix
				default:
					k = wPrefix
				}
			}
			// A name written capitalised only matches capitalised words
			// ("Apple", not "apple"); "iPhone" and "5G" match as written.
			// An acronym matches only upper-case words: "BIS" is not the
			// German "bis".
			out = append(out, wordPat{kind: k, s: w.Lower, caps: capitalised(w.Text), acronym: k == wExact && upper(w.Text)})
		}
	}
	return out
}

// matcher finds phrases of one table in token lists.
type matcher struct {
	byFirst map[string][]int // exact first word -> phrase indexes
	wild    []int            // phrases whose first word is a wildcard
	pats    [][]wordPat
	ids     []int // the row each phrase belongs to
}

func (m *matcher) add(phrase string, id int) {
	p := compilePhrase(phrase)
	if len(p) == 0 || p[0].kind == wGap {
		return
	}
	if m.byFirst == nil {
		m.byFirst = map[string][]int{}
	}
	i := len(m.pats)
	m.pats = append(m.pats, p)
	m.ids = append(m.ids, id)
	if p[0].kind == wExact {
		m.byFirst[p[0].s] = append(m.byFirst[p[0].s], i)
	} else {
		m.wild = append(m.wild, i)
	}
}

// hit is a phrase found in a token list: tokens [From, To) and the row ID.
type hit struct {
	From, To int
	ID       int
}

// find returns the non-overlapping hits in toks, longest first at each
// position, in text order.
func (m *matcher) find(toks []token) []hit {
	var out []hit
	for i := 0; i < len(toks); {
		best, bestID := -1, -1
		try := func(pi int) {
			if end, ok := matchAt(m.pats[pi], toks, i); ok && end > best {
				best, bestID = end, m.ids[pi]
			}
		}
		for _, pi := range m.byFirst[toks[i].Lower] {
			try(pi)
		}
		for _, pi := range m.wild {
			try(pi)
		}
		if best < 0 {
			i++
			continue
		}
		out = append(out, hit{i, best, bestID})
		i = best
	}
	return out
}

// matchAt matches pattern p at toks[i:], returning the end token index.
func matchAt(p []wordPat, toks []token, i int) (int, bool) {
	if len(p) == 0 {
		return i, true
	}
	if p[0].kind == wGap {
		for g := 0; g <= maxGap && i+g <= len(toks); g++ {
			if end, ok := matchAt(p[1:], toks, i+g); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(toks) || !p[0].match(toks[i]) {
		return 0, false
	}
	return matchAt(p[1:], toks, i+1)
}

// langOK reports whether a row for language l applies to a document in lang.
func langOK(l, lang string) bool { return l == "*" || l == lang }

// langMatchers builds one matcher per language for a table whose language is
// column col: rows marked "*" go into every language's matcher.
func langMatchers(rows []row, col int, langs []string) map[string]*matcher {
	out := map[string]*matcher{}
	for _, lang := range langs {
		m := &matcher{}
		for id, r := range rows {
			if langOK(r.Cols[col], lang) {
				for _, p := range r.Phrases {
					m.add(p, id)
				}
			}
		}
		out[lang] = m
	}
	return out
}

// allMatcher builds a matcher over every row, regardless of language: names
// of companies and countries are matched in any language.
func allMatcher(rows []row) *matcher {
	m := &matcher{}
	for id, r := range rows {
		for _, p := range r.Phrases {
			m.add(p, id)
		}
	}
	return m
}

// upper reports whether w has at least two letters and no lower-case one.
func upper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
