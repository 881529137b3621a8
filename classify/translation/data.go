package translation

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"

	"github.com/bansift/bansift/internal/lexfile"
)

//go:embed data
var data embed.FS

// Outlet is a news outlet and the languages it publishes in.
type Outlet struct {
	Name      string
	Aliases   []string
	Languages []string // ISO 639-1
	Hosts     []string // "alquds.co.uk", or "bbc.com/arabic" for a section
}

// arabicOnly reports whether every page of o is in Arabic, so that an
// English page of it is a translation.
func (o Outlet) arabicOnly() bool { return len(o.Languages) == 1 && o.Languages[0] == "ar" }

// arabic reports whether o publishes in Arabic at all.
func (o Outlet) arabic() bool {
	for _, l := range o.Languages {
		if l == "ar" {
			return true
		}
	}
	return false
}

// Phrase is a wording typical of English machine-translated from Arabic.
type Phrase struct {
	Pattern *regexp.Regexp // matched case-insensitively
	Weight  float64        // evidence it adds, see Detector
	Gloss   string         // what the phrase stands for, e.g. "for 5G"
	// need is a prefilter: every match contains, for each set, one of its
	// lower-case strings. strings.Contains on a few words skips the
	// regular expression, which costs tens of microseconds a page, on
	// most pages.
	need [][]string
}

// maxClassRunes bounds the character classes the prefilter spells out.
const maxClassRunes = 8

// requiredSets returns sets of lower-case strings such that every match of
// pattern contains one string of each set: one set for each part of the
// top-level sequence the prefilter can spell out.
func requiredSets(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	for re.Op == syntax.OpCapture && len(re.Sub) == 1 {
		re = re.Sub[0]
	}
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	var out [][]string
	for _, p := range parts {
		if set := anyOf(p); set != nil {
			out = append(out, set)
		}
	}
	return out
}

// anyOf returns lower-case strings one of which every match of re contains,
// or nil when it cannot tell.
func anyOf(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return anyOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return anyOf(re.Sub[0])
		}
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxClassRunes || len(set) >= maxClassRunes {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, strings.ToLower(string(r)))
			}
		}
		return set
	case syntax.OpAlternate:
		var set []string
		for _, sub := range re.Sub {
			s := anyOf(sub)
			if s == nil {
				return nil
			}
			set = append(set, s...)
		}
		return set
	case syntax.OpConcat:
		// The part whose strings are longest is the most telling.
		var best []string
		for _, sub := range re.Sub {
			if s := anyOf(sub); s != nil && (best == nil || shortest(s) > shortest(best)) {
				best = s
			}
		}
		return best
	}
	return nil
}

// shortest returns the length of the shortest string of set.
func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// mayMatch reports whether lower, a lower-cased text, passes p's prefilter.
func (p *Phrase) mayMatch(lower string) bool {
	for _, set := range p.need {
		if !slices.ContainsFunc(set, func(s string) bool { return strings.Contains(lower, s) }) {
			return false
		}
	}
	return true
}

// ParseError is a malformed line in a data file.
type ParseError struct {
	Path string
	Line int // 1-based
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// ErrColumns is the error of a line with missing or extra columns.
var ErrColumns = errors.New("wrong number of tab-separated columns")

// eachLine calls fn with the tab-separated, trimmed columns of every
// non-blank, non-comment line of r.
func eachLine(r io.Reader, path string, fn func(cols []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(text); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := fn(cols); err != nil {
			return &ParseError{Path: path, Line: line, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return &ParseError{Path: path, Line: line, Err: err}
	}
	return nil
}

// splitList splits a sep-separated column, dropping empty items.
func splitList(s, sep string) []string {
	var out []string
	for _, x := range strings.Split(s, sep) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// ParseOutlets reads outlets in the format of data/outlets.tsv:
//
//	name<TAB>languages<TAB>hosts<TAB>aliases
//
// languages and hosts separated by commas, aliases by semicolons; only name
// and languages are required. path only labels errors.
func ParseOutlets(r io.Reader, path string) ([]Outlet, error) {
	var out []Outlet
	err := eachLine(r, path, func(cols []string) error {
		if len(cols) < 2 || len(cols) > 4 || cols[0] == "" || cols[1] == "" {
			return ErrColumns
		}
		for len(cols) < 4 {
			cols = append(cols, "")
		}
		o := Outlet{Name: cols[0], Languages: splitList(cols[1], ","), Aliases: splitList(cols[3], ";")}
		for _, h := range splitList(cols[2], ",") {
			o.Hosts = append(o.Hosts, strings.TrimPrefix(strings.ToLower(h), "www."))
		}
		out = append(out, o)
		return nil
	})
	return out, err
}

// ParsePhrases reads phrases in the format of data/phrases.tsv:
//
//	pattern<TAB>weight<TAB>gloss
func ParsePhrases(r io.Reader, path string) ([]Phrase, error) {
	var out []Phrase
	err := eachLine(r, path, func(cols []string) error {
		if len(cols) != 3 {
			return ErrColumns
		}
		re, err := regexp.Compile("(?i)" + cols[0])
		if err != nil {
			return err
		}
		w, err := strconv.ParseFloat(cols[1], 64)
		if err != nil || w <= 0 || w > 1 {
			return fmt.Errorf("weight %q: want a number in (0, 1]", cols[1])
		}
		out = append(out, Phrase{Pattern: re, Weight: w, Gloss: cols[2], need: requiredSets(cols[0])})
		return nil
	})
	return out, err
}

// openData opens an embedded file, or a user's file when embedded is false.
func openData(path string, embedded bool) (io.ReadCloser, error) {
	if embedded {
		return data.Open(path)
	}
	return os.Open(path)
}

// loadAll parses the embedded file and then each extra file (or folder of
// them) with parse.
func loadAll[T any](embeddedPath string, extra []string, parse func(io.Reader, string) ([]T, error)) ([]T, error) {
	var all []T
	extra, err := lexfile.Expand(extra, ".tsv")
	if err != nil {
		return nil, err
	}
	paths := append([]string{embeddedPath}, extra...)
	for i, p := range paths {
		f, err := openData(p, i == 0)
		if err != nil {
			return nil, err
		}
		items, err := parse(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, items...)
	}
	return all, nil
}
