package corpus

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestCountMatchesOpen checks that Count, the progress bar's total, is the
// number of articles Open yields for the inputs it can count, and says so
// when it cannot.
func TestCountMatchesOpen(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"pages/a.txt":       "A page of text.",
		"pages/sub/b.html":  "<p>A page of HTML.</p>",
		"pages/notes.md":    "not read",
		"pages/.hidden.txt": "not read",
		"more.jsonl":        "{\"id\":\"j1\",\"text\":\"one\"}\n\n{\"id\":\"j2\",\"text\":\"two\"}\n{\"id\":\"j3\",\"text\":\"three\"}",
		"one.txt":           "A single page.",
		"jsonl/x.jsonl":     "{\"id\":\"x1\",\"text\":\"one\"}\n{\"id\":\"x2\",\"text\":\"two\"}\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name   string
		paths  []string
		format string
		known  bool
	}{
		{"folder", []string{p("pages")}, "", true},
		{"jsonl file", []string{p("more.jsonl")}, "", true},
		{"page file and folder", []string{p("one.txt"), p("pages")}, "auto", true},
		{"jsonl folder", []string{p("jsonl")}, "jsonl", true},
		{"missing path", []string{p("nope")}, "", true},
		{"stdin", []string{"-"}, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, known := Count(tc.paths, ReadOptions{Format: tc.format})
			if known != tc.known {
				t.Fatalf("known = %v, want %v", known, tc.known)
			}
			if !known {
				return
			}
			r, err := Open(tc.paths, ReadOptions{Format: tc.format, Stdin: eofReader{}})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			read := 0
			for {
				if _, err := r.Next(); errors.Is(err, io.EOF) {
					break
				} else if err != nil {
					t.Fatal(err)
				}
				read++
			}
			if n != read {
				t.Errorf("Count = %d, Open yields %d", n, read)
			}
		})
	}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
