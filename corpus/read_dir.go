package corpus

import (
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
	files  []func() ArticleReader
	chain  readerChain
}

func (d *dirReader) Next() (Article, error) {
	if !d.walked {
		d.walked = true
		d.walk()
		d.chain.next = d.files
	}
	return d.chain.Next()
}

func (d *dirReader) Close() error { return d.chain.Close() }

// walk lists the files to read. A directory or file that cannot be read
// becomes an error article in its place, so nothing disappears.
func (d *dirReader) walk() {
	_ = filepath.WalkDir(d.root, func(path string, e fs.DirEntry, err error) error {
		if path != d.root && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if err != nil {
			d.fail(path, err)
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
				d.fail(path, err)
				return nil
			case !info.Mode().IsRegular():
				d.c.onSkip(path)
				return nil
			}
		}
		id := d.id(path)
		d.files = append(d.files, func() ArticleReader { return d.each(path, id) })
		return nil
	})
}

func (d *dirReader) id(path string) string {
	rel, err := filepath.Rel(d.root, path)
	if err != nil || rel == "." {
		return fileStem(path)
	}
	return filepath.ToSlash(strings.TrimSuffix(rel, filepath.Ext(rel)))
}

func (d *dirReader) fail(path string, err error) {
	a := failedArticle(d.id(path), Source{Path: path, Format: formatByExt(filepath.Ext(path))}, err)
	d.files = append(d.files, func() ArticleReader { return &oneArticle{make: func() Article { return a }} })
}
