package corpus

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strings"
)

// Count returns how many articles Open(paths, opts) will yield, for a
// progress bar, when that is cheap to know: a folder is listed (not read), a
// page file is one article, a JSONL file is scanned for its lines. ok is
// false when an input is stdin or a pipe, whose articles are known only
// once read. The count can be off when a file changes in between.
func Count(paths []string, opts ReadOptions) (n int, ok bool) {
	c := &readConfig{exts: opts.Extensions, onSkip: func(string) {}}
	if c.exts == nil {
		c.exts = []string{".txt", ".html", ".htm"}
	}
	c.exts = normalizeExts(c.exts)
	jsonl := strings.EqualFold(opts.Format, "jsonl")
	auto := opts.Format == "" || strings.EqualFold(opts.Format, "auto")
	if len(paths) == 0 {
		return 0, false
	}
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
			n++ // an error record
		case info.IsDir():
			exts := c.exts
			if jsonl {
				exts = []string{".jsonl", ".ndjson"}
			}
			d := &dirReader{root: p, c: c, exts: exts}
			d.walk()
			for _, f := range d.found {
				if f.err == nil && jsonl {
					n += countLines(f.path)
				} else {
					n++
				}
			}
		case !info.Mode().IsRegular():
			return 0, false
		case jsonl || auto && isJSONLName(p):
			n += countLines(p)
		default:
			n++
		}
	}
	return n, true
}

// countLines counts the non-blank lines of a file (one article each in
// JSONL); a file that cannot be read counts as one (its error record).
func countLines(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	n := 0
	br := bufio.NewReaderSize(f, 64<<10)
	blank := true
	for {
		chunk, err := br.ReadSlice('\n')
		if len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		if err == nil || err == io.EOF && len(chunk) > 0 {
			if !blank {
				n++
			}
			blank = true
		}
		if err != nil && err != bufio.ErrBufferFull {
			break
		}
	}
	return max(n, 1)
}
