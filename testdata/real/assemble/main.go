// Command assemble joins the real-page manifests (ids, splits, urls) with the
// page texts collected outside the checkout into one JSONL file per split, the
// input `bansift eval --articles FILE --gold DIR` takes. The texts are never
// committed; see testdata/real/README.md.
//
//	go run ./testdata/real/assemble [-texts DIR] [-out DIR]
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

type page struct {
	ID   string `json:"id"`
	URL  string `json:"url"`
	Text string `json:"text"`
}

func main() {
	root := os.Getenv("BANSIFT_REAL")
	if root == "" {
		root = "/work/realpages"
	}
	texts := flag.String("texts", filepath.Join(root, "texts"), "folder of collected page texts, <id>.txt")
	out := flag.String("out", root, "folder for dev.jsonl and heldout.jsonl")
	dir := flag.String("dir", "testdata/real", "folder of the manifests and gold annotations")
	flag.Parse()
	if err := run(*dir, *texts, *out); err != nil {
		fmt.Fprintln(os.Stderr, "assemble:", err)
		os.Exit(1)
	}
}

func run(dir, texts, out string) error {
	manifests, err := filepath.Glob(filepath.Join(dir, "manifest-*.tsv"))
	if err != nil || len(manifests) == 0 {
		return fmt.Errorf("no manifest-*.tsv in %s", dir)
	}
	splits := map[string][]page{}
	var missing []string
	for _, m := range manifests {
		rows, err := readManifest(m)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if _, err := os.Stat(filepath.Join(dir, r.split, "gold", r.id+".json")); err != nil {
				fmt.Fprintf(os.Stderr, "assemble: %s: no gold annotation in %s/gold, left out\n", r.id, r.split)
				continue
			}
			b, err := os.ReadFile(filepath.Join(texts, r.id+".txt"))
			if errors.Is(err, fs.ErrNotExist) {
				missing = append(missing, r.id+"\t"+r.url+"\t"+r.query)
				continue
			} else if err != nil {
				return err
			}
			splits[r.split] = append(splits[r.split], page{ID: r.id, URL: r.url, Text: string(b)})
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for split, pages := range splits {
		if err := writeJSONL(filepath.Join(out, split+".jsonl"), pages); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "assemble: %s: %d pages -> %s\n", split, len(pages), filepath.Join(out, split+".jsonl"))
	}
	if len(missing) > 0 {
		fmt.Fprintf(os.Stderr, "assemble: %d pages have no text in %s; collect them again with search (id, url, query):\n", len(missing), texts)
		for _, m := range missing {
			fmt.Fprintln(os.Stderr, "  "+m)
		}
	}
	return nil
}

type row struct{ id, split, url, query string }

func readManifest(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || (f[1] != "dev" && f[1] != "heldout") {
			return nil, fmt.Errorf("%s:%d: want id, dev|heldout, url, query", path, n)
		}
		r := row{id: f[0], split: f[1], url: f[2]}
		if len(f) > 3 {
			r.query = f[3]
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

// writeJSONL writes to a temporary file and renames it, so a reader never
// sees half a file.
func writeJSONL(path string, pages []page) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, p := range pages {
		if err := enc.Encode(p); err != nil {
			f.Close()
			return err
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
