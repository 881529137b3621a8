package extract

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bansift/bansift/internal/lexfile"
	"github.com/bansift/bansift/internal/phrase"
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

// wordTables hold plain words rather than phrases: abbreviations such as
// "z.B." are looked up as written, not matched as phrases.
var wordTables = map[string]bool{"splitting.tsv": true}

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
		rows, err := readTable("data/"+name, f, tableColumns[name], !wordTables[name])
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
		rows, err := readTable(p, f, cols, !wordTables[name])
		f.Close()
		if err != nil {
			return nil, err
		}
		tables[name] = append(tables[name], rows...)
	}
	return tables, nil
}

// readTable reads tab-separated rows; blank lines and lines starting with #
// are skipped. With phrases, every entry of the last column must compile
// (see internal/phrase), so a bad phrase is reported with its line.
func readTable(path string, r io.Reader, cols int, phrases bool) ([]row, error) {
	var rows []row
	err := lexfile.Lines(path, r, func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("want %d tab-separated columns, got %d", cols, len(f))
		}
		var list []string
		for _, p := range strings.Split(f[cols-1], "|") {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			if phrases {
				if _, err := phrase.Compile(p); err != nil {
					return err
				}
			}
			list = append(list, p)
		}
		if len(list) == 0 {
			return errors.New("no phrases in the last column")
		}
		for i := range f[:cols-1] {
			f[i] = strings.TrimSpace(f[i])
		}
		rows = append(rows, row{Cols: f[:cols-1], Phrases: list})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rows, nil
}

// langOK reports whether a row for language l applies to a document in lang.
func langOK(l, lang string) bool { return l == "*" || l == lang }

// langMatchers builds one matcher per language for a table whose language is
// column col: rows marked "*" go into every language's matcher.
func langMatchers(rows []row, col int, langs []string) map[string]*phrase.Matcher {
	out := map[string]*phrase.Matcher{}
	for _, lang := range langs {
		m := &phrase.Matcher{}
		for id, r := range rows {
			if !langOK(r.Cols[col], lang) {
				continue
			}
			for _, p := range r.Phrases {
				for _, v := range inflections(lang, p) {
					m.Add(phrase.MustCompile(v), id)
				}
			}
		}
		out[lang] = m
	}
	return out
}

// allMatcher builds a matcher over every row, regardless of language: names
// of companies and countries are matched in any language.
func allMatcher(rows []row) *phrase.Matcher {
	m := &phrase.Matcher{}
	for id, r := range rows {
		addPhrases(m, r, id)
	}
	return m
}

// addPhrases adds a row's phrases to m under the row's index. readTable has
// compiled every phrase once, so none can fail here.
func addPhrases(m *phrase.Matcher, r row, id int) {
	for _, p := range r.Phrases {
		m.Add(phrase.MustCompile(p), id)
	}
}
