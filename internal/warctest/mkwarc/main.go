// Command mkwarc writes a WARC file of HTML pages for benchmarks: the pages
// of a folder repeated until there are -n response records, each record
// gzipped on its own, every repeat under its own record id and URL.
//
//	go run ./internal/warctest/mkwarc -n 10000 -o /tmp/bench.warc.gz ../shared/bench/article-extraction/html
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/bansift/bansift/internal/warctest"
)

func main() {
	n := flag.Int("n", 10000, "number of response records")
	out := flag.String("o", "", "output file (required)")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: mkwarc -n N -o FILE.warc.gz DIR")
		os.Exit(1)
	}
	if err := run(*n, *out, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "mkwarc:", err)
		os.Exit(1)
	}
}

func run(n int, out, dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no .html files in %s", dir)
	}
	sort.Strings(files)
	pages := make([][]byte, len(files))
	for i, f := range files {
		if pages[i], err = os.ReadFile(f); err != nil {
			return err
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for i := range n {
		p := i % len(pages)
		id := fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i)
		uri := fmt.Sprintf("https://bench.example/%d/%s", i/len(pages), filepath.Base(files[p]))
		if err := warctest.Write(w, true, warctest.HTTPResponse(id, uri, 200, "text/html; charset=utf-8", pages[p])); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}
