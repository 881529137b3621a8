package lexfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.tsv", "a.tsv", "notes.txt", "sub/c.tsv"} {
		p := filepath.Join(dir, "extra", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	single := filepath.Join(dir, "extra", "notes.txt")
	got, err := Expand([]string{single, filepath.Join(dir, "extra")}, ".tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{single, filepath.Join(dir, "extra", "a.tsv"), filepath.Join(dir, "extra", "b.tsv")}
	if !slices.Equal(got, want) {
		t.Errorf("Expand = %v, want %v", got, want)
	}
	if _, err := Expand([]string{filepath.Join(dir, "missing.tsv")}, ".tsv"); err == nil {
		t.Error("a missing path must be an error")
	}
}
