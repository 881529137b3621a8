package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// dirReader reads every file under root whose extension is in exts, in the
// lexical order of filepath.WalkDir, so the order is the same on every run
// and every machine. The id of a file is its path relative to root without
// the extension, with forward slashes.
type dirReader struct {
	root   string
	c      *readConfig
	exts   []string
	each   func(path, id string) ArticleReader
	walked bool
	found  []dirFile
	chain  readerChain
}

// dirFile is one file to read, or one that cannot be read.
type dirFile struct {
	path, id string
	err      error
}

func (d *dirReader) Next() (Article, error) {
	if !d.walked {
		d.walked = true
		d.walk()
		d.chain.next = d.readers()
	}
	return d.chain.Next()
}

func (d *dirReader) Close() error { return d.chain.Close() }

// walk lists the files to read. A directory or file that cannot be read
// becomes an error article in its place, so nothing disappears.
func (d *dirReader) walk() {
	root := d.root
	// WalkDir does not enter a root that is a symbolic link; a trailing
	// separator makes the system resolve it, and the ids stay relative to
	// the path as given.
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		root += string(filepath.Separator)
	}
	_ = filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if path != root && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			d.found = append(d.found, dirFile{path: path, id: d.id(path), err: err})
			if e != nil && e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			return nil
		}
		ext := strings.ToLower(filepath.Ext(path))
		if !slices.Contains(d.exts, ext) {
			d.c.onSkip(path)
			return nil
		}
		// Follow a symbolic link to a file, but not to a directory: a
		// link back up the tree would never end.
		if !e.Type().IsRegular() {
			info, err := os.Stat(path)
			switch {
			case err != nil:
				d.found = append(d.found, dirFile{path: path, id: d.id(path), err: err})
				return nil
			case !info.Mode().IsRegular():
				d.c.onSkip(path)
				return nil
			}
		}
		d.found = append(d.found, dirFile{path: path, id: d.id(path)})
		return nil
	})
}

// readers turns the files found into readers. Files that differ only by
// extension ("a.txt" and "a.html") would share an id; they keep their
// extension in it instead, and say so, since records are matched by id.
func (d *dirReader) readers() []func() ArticleReader {
	count := make(map[string]int, len(d.found))
	for _, f := range d.found {
		count[f.id]++
	}
	out := make([]func() ArticleReader, len(d.found))
	for i, f := range d.found {
		var note string
		if count[f.id] > 1 {
			note = fmt.Sprintf("id %q is shared by several files: kept the extension", f.id)
			f.id = d.relPath(f.path)
		}
		out[i] = func() ArticleReader {
			var r ArticleReader
			if f.err != nil {
				a := failedArticle(f.id, Source{Path: f.path, Format: formatByExt(filepath.Ext(f.path))}, f.err)
				r = &oneArticle{make: func() Article { return a }}
			} else {
				r = d.each(f.path, f.id)
			}
			if note != "" {
				r = &noting{ArticleReader: r, note: note}
			}
			return r
		}
	}
	return out
}

// relPath is path below the root, with forward slashes.
func (d *dirReader) relPath(path string) string {
	rel, err := filepath.Rel(d.root, path)
	if err != nil || rel == "." {
		return filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

// id is path below the root without its extension.
func (d *dirReader) id(path string) string {
	if path == d.root {
		return fileStem(path)
	}
	rel := d.relPath(path)
	return strings.TrimSuffix(rel, filepath.Ext(rel))
}

// noting adds a note to every article of a reader.
type noting struct {
	ArticleReader
	note string
}

func (n *noting) Next() (Article, error) {
	a, err := n.ArticleReader.Next()
	if err == nil {
		a.Notes = append(a.Notes, n.note)
	}
	return a, err
}
