package beamsift

import (
	"context"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(inputFile), error](&matchFn{})
	register.Emitter1[inputFile]()
}

// inputFile is one file to read, with the id its article (or, for JSONL,
// the articles of lines without an id) will have.
type inputFile struct {
	Path string // as the file system lists it
	ID   string
	Size int64 // bytes, or 0 when unknown
	// Notes go to every article of the file (an id that had to change).
	Notes []string
	// Err, when set, is why the input gave no file: it becomes the error
	// record of the input, so an input that matches nothing is not lost.
	Err string
}

// matchFn lists every input once, in order, and gives each file its id.
// It runs on a single element (the pipeline's impulse): ids must be unique
// across all inputs, which takes one place that sees them all. Listing is
// cheap next to reading, which the files' reshuffle spreads out.
type matchFn struct {
	Inputs []string `json:"inputs"`
	Format string   `json:"format"`
}

func (fn *matchFn) ProcessElement(ctx context.Context, _ []byte, emit func(inputFile)) error {
	taken := map[string]int{}
	for _, in := range fn.Inputs {
		files, err := fn.match(ctx, in)
		if err != nil {
			return err
		}
		for _, f := range files {
			// A JSONL file's id is only the stem of fallback ids.
			if f.Err != "" || !isJSONL(fn.Format, f.Path) {
				uniqueID(&f, taken)
			}
			emit(f)
		}
	}
	return nil
}

// match lists one input. A name without wildcards is one file whatever its
// extension; a glob gives the files bansift reads, in lexical order, with
// ids relative to the glob's fixed directory, as `bansift run DIR` does.
func (fn *matchFn) match(ctx context.Context, in string) ([]inputFile, error) {
	fs, err := filesystem.New(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("input %q: %w", in, err)
	}
	defer fs.Close()
	if !hasWildcard(in) {
		size, _ := fs.Size(ctx, in) // a missing file is its read's error
		return []inputFile{{Path: in, ID: stem(path.Base(in)), Size: max(size, 0)}}, nil
	}
	paths, err := fs.List(ctx, in)
	if err != nil {
		return []inputFile{{Path: in, ID: stem(path.Base(in)), Err: fmt.Sprintf("listing %s: %v", in, err)}}, nil
	}
	sort.Strings(paths)
	root := globRoot(in)
	exts := readExtensions(fn.Format)
	var files []inputFile
	for _, p := range paths {
		rel := strings.TrimPrefix(p, root)
		if hidden(rel) {
			continue
		}
		if !slices.Contains(exts, strings.ToLower(path.Ext(rel))) {
			log.Warnf(ctx, "bansift: skipping %s: not an input this format reads", p)
			continue
		}
		size, _ := fs.Size(ctx, p)
		files = append(files, inputFile{Path: p, ID: stem(rel), Size: max(size, 0)})
	}
	if len(files) == 0 {
		return []inputFile{{Path: in, ID: stem(path.Base(in)), Err: "no file matches " + in}}, nil
	}
	keepExtensionOnClash(files, root)
	return files, nil
}

// readExtensions are the file extensions a glob reads in a format: what
// `bansift run` reads in a folder, and JSONL files, which a glob names on
// purpose.
func readExtensions(format string) []string {
	pages := []string{".txt", ".html", ".htm"}
	jsonl := []string{".jsonl", ".ndjson"}
	switch strings.ToLower(format) {
	case "text", "html":
		return pages
	case "jsonl":
		return jsonl
	}
	return append(pages, jsonl...)
}

// isJSONL reports a file read as JSONL, one article per line.
func isJSONL(format, name string) bool {
	switch strings.ToLower(format) {
	case "", "auto":
		ext := strings.ToLower(path.Ext(name))
		return ext == ".jsonl" || ext == ".ndjson"
	}
	return strings.ToLower(format) == "jsonl"
}

// keepExtensionOnClash gives files that differ only by extension ("a.txt"
// and "a.html") their extension in the id, as corpus does in a folder.
func keepExtensionOnClash(files []inputFile, root string) {
	count := map[string]int{}
	for _, f := range files {
		count[f.ID]++
	}
	for i, f := range files {
		if count[f.ID] > 1 {
			files[i].Notes = append(files[i].Notes, fmt.Sprintf("id %q is shared by several files: kept the extension", f.ID))
			files[i].ID = strings.TrimPrefix(f.Path, root)
		}
	}
}

// uniqueID renames f when an earlier input took its id, as corpus.Open does
// for two folders that both hold index.txt.
func uniqueID(f *inputFile, taken map[string]int) {
	if n := taken[f.ID]; n > 0 {
		id := fmt.Sprintf("%s~%d", f.ID, n+1)
		for taken[id] > 0 {
			n++
			id = fmt.Sprintf("%s~%d", f.ID, n+1)
		}
		taken[f.ID] = n + 1
		f.Notes = append(f.Notes, fmt.Sprintf("id %q was taken by an earlier input: renamed %q", f.ID, id))
		f.ID = id
	}
	taken[f.ID]++
}

// hasWildcard reports a glob, as opposed to the name of one file.
func hasWildcard(s string) bool { return strings.ContainsAny(s, "*?[") }

// globRoot is the part of a glob up to the last "/" before its first
// wildcard: the directory that ids are relative to.
func globRoot(glob string) string {
	fixed := glob[:strings.IndexAny(glob, "*?[")]
	return fixed[:strings.LastIndex(fixed, "/")+1]
}

// hidden reports a path with a part starting with ".", which a folder read
// skips.
func hidden(rel string) bool {
	for part := range strings.SplitSeq(rel, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// stem is a relative path without its extension.
func stem(rel string) string { return strings.TrimSuffix(rel, path.Ext(rel)) }
