package names

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/bansift/bansift/internal/lexfile"
)

// Kind is what a known name names.
type Kind string

const (
	KindPerson  Kind = "person"
	KindCompany Kind = "company"
	KindPlace   Kind = "place"
	KindOther   Kind = "other"
)

// Name is one known entity and the spellings it goes by.
type Name struct {
	Canonical string   // the spelling records use
	Aliases   []string // other correct spellings; exact matches, never near misses
	Kind      Kind
	Country   string // ISO 3166-1 alpha-2, "" when none applies
	Role      string // for people: "prime minister", "foreign ministry spokesperson", ...
	// Arabic is true for names of Arabic origin. English spells them in many
	// ways ("Gaddafi", "Qaddafi"), so a near miss of one says nothing about
	// translation, though it still canonicalises.
	Arabic bool
}

// ErrColumns is the error of a line without its name column.
var ErrColumns = errors.New("want tab-separated columns: name, country, role, origin, aliases")

// ParseNames reads names of one kind, one a line, in the format of the
// embedded data files:
//
//	# comment
//	name<TAB>country<TAB>role<TAB>origin<TAB>alias; alias
//
// Only name is required; origin "ar" marks a name of Arabic origin. path only
// labels errors.
func ParseNames(r io.Reader, kind Kind, path string) ([]Name, error) {
	var out []Name
	err := lexfile.Lines(path, r, func(line string) error {
		cols := lexfile.Columns(line)
		if cols[0] == "" || len(cols) > 5 {
			return ErrColumns
		}
		for len(cols) < 5 {
			cols = append(cols, "")
		}
		n := Name{Canonical: cols[0], Kind: kind, Country: cols[1], Role: cols[2], Arabic: cols[3] == "ar"}
		for _, a := range strings.Split(cols[4], ";") {
			if a = strings.TrimSpace(a); a != "" {
				n.Aliases = append(n.Aliases, a)
			}
		}
		out = append(out, n)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReadNames reads a names file (see ParseNames) whose entries are of kind.
func ReadNames(path string, kind Kind) ([]Name, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseNames(f, kind, path)
}

// ErrFileKind is the error of a names file whose name says no kind.
var ErrFileKind = errors.New("names file: want a name starting with people, companies or places")

// fileKinds maps the start of a names file's base name to the kind of its
// entries, as the embedded files are named.
var fileKinds = []struct {
	prefix string
	kind   Kind
}{{"people", KindPerson}, {"companies", KindCompany}, {"places", KindPlace}}

// KindOfFile returns the kind of the entries of a names file by its base
// name: people*.tsv, companies*.tsv, places*.tsv.
func KindOfFile(path string) (Kind, error) {
	base := strings.ToLower(filepath.Base(path))
	for _, fk := range fileKinds {
		if strings.HasPrefix(base, fk.prefix) {
			return fk.kind, nil
		}
	}
	return "", fmt.Errorf("%s: %w", path, ErrFileKind)
}

// Load reads names files and folders of them (every .tsv file inside, in
// name order), each file's kind by its name (KindOfFile), for NewMatcher.
func Load(paths ...string) ([]Name, error) {
	var all []Name
	files, err := lexfile.Expand(paths, ".tsv")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		kind, err := KindOfFile(f)
		if err != nil {
			return nil, err
		}
		ns, err := ReadNames(f, kind)
		if err != nil {
			return nil, err
		}
		all = append(all, ns...)
	}
	return all, nil
}

//go:embed data
var data embed.FS

// dataFiles are the embedded gazetteers and the kind of name each holds.
var dataFiles = []struct {
	path string
	kind Kind
}{
	{"data/people.tsv", KindPerson},
	{"data/companies.tsv", KindCompany},
	{"data/places.tsv", KindPlace},
}

// Builtin returns the embedded gazetteers.
func Builtin() ([]Name, error) {
	var all []Name
	for _, df := range dataFiles {
		f, err := data.Open(df.path)
		if err != nil {
			return nil, err
		}
		ns, err := ParseNames(f, df.kind, df.path)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, ns...)
	}
	return all, nil
}

var (
	defaultOnce    sync.Once
	defaultMatcher *Matcher
	defaultErr     error
)

// Default returns the Matcher over the embedded gazetteers, built on first use
// and shared. It panics only if the embedded data is broken, which the
// package's tests rule out.
func Default() *Matcher {
	defaultOnce.Do(func() { defaultMatcher, defaultErr = NewMatcher() })
	if defaultErr != nil {
		panic("names: embedded data: " + defaultErr.Error())
	}
	return defaultMatcher
}
