package lexfile

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/bansift/bansift/corpus"
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

func TestWordSet(t *testing.T) {
	fsys := fstest.MapFS{"words.txt": {Data: []byte("# a comment\nThe\n\n  Had Had  \nthat\n")}}
	got, err := WordSet(fsys, "words.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"the": true, "had had": true, "that": true}
	if !maps.Equal(got, want) {
		t.Errorf("WordSet = %v, want %v", got, want)
	}
	if _, err := WordSet(fsys, "missing.txt"); err == nil {
		t.Error("a missing file must be an error")
	}
}

func TestLinesSkipsCommentsAndPlacesErrors(t *testing.T) {
	in := "# a comment\n\nfirst\r\n  \t\nsecond\nbad\n"
	var got []string
	err := Lines("x.tsv", strings.NewReader(in), func(line string) error {
		if line == "bad" {
			return errors.New("no good")
		}
		got = append(got, line)
		return nil
	})
	if strings.Join(got, ",") != "first,second" {
		t.Errorf("lines: got %q", got)
	}
	var pe *corpus.ParseError
	if !errors.As(err, &pe) || pe.Path != "x.tsv" || pe.Line != 6 {
		t.Errorf("want a ParseError at x.tsv:6, got %v", err)
	}
}
