// Package lexfile finds the data files a user adds to a stage's built-in
// lexicons: each path is a file, or a folder whose files of one kind are
// read in name order.
//
//	files, err := lexfile.Expand([]string{"my/vendors.tsv", "my/extra"}, ".tsv")
//	// [my/vendors.tsv my/extra/a.tsv my/extra/b.tsv]
package lexfile

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		set[strings.ToLower(w)] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return set, nil
}
