package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// benchTree writes a tree shaped like a scrape: text dumps of a few KiB with
// navigation lines around the body, larger HTML pages, and some Latin-1
// files. It returns the root and the total size in bytes.
func benchTree(b *testing.B) (string, int64) {
	b.Helper()
	files := map[string][]byte{}
	var nav strings.Builder
	for i := range 40 {
		fmt.Fprintf(&nav, "Section %d\n", i)
	}
	body := strings.Repeat("The ministry said on Tuesday that equipment from the vendor would be removed from government networks by the end of next year, citing security concerns.\n\n", 30)
	var html strings.Builder
	html.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ministry removes equipment</title></head><body>\n<nav>")
	for i := range 200 {
		fmt.Fprintf(&html, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	html.WriteString("</nav><article>")
	for range 30 {
		html.WriteString("<p>The ministry said on Tuesday that equipment from the vendor would be removed from government networks.</p>\n")
	}
	html.WriteString("</article></body></html>\n")
	for i := range 100 {
		files[fmt.Sprintf("text/%02d/page%03d.txt", i%10, i)] = []byte(nav.String() + body + nav.String())
		files[fmt.Sprintf("html/%02d/page%03d.html", i%10, i)] = []byte(html.String())
	}
	for i := range 10 {
		files[fmt.Sprintf("latin1/page%03d.txt", i)] = encode(b, charmap.ISO8859_1, strings.Repeat(germanText, 40))
	}
	root := b.TempDir()
	var total int64
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(data))
	}
	return root, total
}

// BenchmarkOpenDir reads a tree of 210 pages (about 3 MB): walking, reading,
// decoding and format sniffing, the reader's whole cost per batch.
func BenchmarkOpenDir(b *testing.B) {
	root, total := benchTree(b)
	b.SetBytes(total)
	for b.Loop() {
		r, err := Open([]string{root}, ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			a, err := r.Next()
			if err != nil {
				break
			}
			if a.Err != nil {
				b.Fatalf("%s: %s", a.ID, a.Err.Message)
			}
			n++
		}
		if n != 210 {
			b.Fatalf("read %d pages, want 210", n)
		}
	}
}

// BenchmarkOpenJSONL reads the same kind of pages from one JSONL file.
func BenchmarkOpenJSONL(b *testing.B) {
	page := strings.ReplaceAll(strings.Repeat("The ministry said on Tuesday that equipment would be removed. ", 150), `"`, `\"`)
	var sb strings.Builder
	for i := range 200 {
		fmt.Fprintf(&sb, `{"id": "p%d", "url": "https://news.example/%d", "text": "%s"}`+"\n", i, i, page)
	}
	path := filepath.Join(b.TempDir(), "pages.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		r, err := Open([]string{path}, ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
	}
}
