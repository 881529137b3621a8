package translation

import (
	"embed"
	"errors"
	"io"
	"os"
	"slices"
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

// Language codes of the outlet list beside ISO 639-1 ones (data/outlets.tsv).
const (
	langTranslated = "ar>en" // an English desk whose pages are translations from Arabic
	langMachine    = "mt"    // a site of machine translations from many languages
)

// translated reports whether an English page of o is a translation from
// Arabic: o publishes in Arabic alone, or o's English is rendered from it.
func (o Outlet) translated() bool {
	return slices.Contains(o.Languages, langTranslated) || len(o.Languages) == 1 && o.Languages[0] == "ar"
}

// machine reports whether o posts machine translations from many languages.
func (o Outlet) machine() bool { return slices.Contains(o.Languages, langMachine) }

// english reports whether o writes in English and not in Arabic: its name
// and host speak against a translation.
func (o Outlet) english() bool {
	return slices.Contains(o.Languages, "en") && !slices.Contains(o.Languages, "ar") && !o.translated()
}

// ErrColumns is the error of a line with missing or extra columns.
var ErrColumns = errors.New("wrong number of tab-separated columns")

// eachLine calls fn with the tab-separated, trimmed columns of every
// non-blank, non-comment line of r.
func eachLine(r io.Reader, path string, fn func(cols []string) error) error {
	return lexfile.Lines(path, r, func(line string) error { return fn(lexfile.Columns(line)) })
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
