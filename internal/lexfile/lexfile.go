// Package lexfile finds the data files a user adds to a stage's built-in
// lexicons (each path is a file, or a folder whose files of one kind are
// read in name order) and reads their lines the one way every stage does:
// blank lines and "#" comments skipped, every error a corpus.ParseError
// naming the file and the line.
//
//	files, err := lexfile.Expand([]string{"my/vendors.tsv", "my/extra"}, ".tsv")
//	// [my/vendors.tsv my/extra/a.tsv my/extra/b.tsv]
package lexfile

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// Expand replaces each folder among paths by its files ending in ext, in
// name order, and keeps every other path as given. A path that does not
// exist is an error: a mistyped lexicon must not be ignored.
func Expand(paths []string, ext string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		files, err := filepath.Glob(filepath.Join(p, "*"+ext))
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	return out, nil
}

// WordSet reads a list of words or phrases from fsys, one a line, lower-cased;
// blank lines and lines starting with "#" are skipped.
func WordSet(fsys fs.FS, path string) (map[string]bool, error) {
	f, err := fsys.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	set := map[string]bool{}
	err = Lines(path, f, func(line string) error {
		set[strings.ToLower(strings.TrimSpace(line))] = true
		return nil
	})
	return set, err
}

// Lines calls fn with each line of a lexicon file that is not blank and
// does not start with "#", with its line number, so every stage's tables
// are read the same way. A line's trailing "\r" is dropped. An error from
// fn, or from reading, is returned as a *corpus.ParseError naming path and
// the line.
func Lines(path string, r io.Reader, fn func(line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := fn(line); err != nil {
			var pe *corpus.ParseError
			if errors.As(err, &pe) {
				return err
			}
			return &corpus.ParseError{Path: path, Line: n, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return &corpus.ParseError{Path: path, Line: n, Err: err}
	}
	return nil
}

// Columns splits a line at tabs and trims each column.
func Columns(line string) []string {
	cols := strings.Split(line, "\t")
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	return cols
}
