package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestOpenKeepsIDsUnique(t *testing.T) {
	page := []byte("The agency said it would stop buying the cameras.\n")
	d1 := writeTree(t, map[string][]byte{"index.txt": page, "a.txt": page})
	d2 := writeTree(t, map[string][]byte{"index.txt": page})
	d3 := writeTree(t, map[string][]byte{"index.txt": page, "index~2.txt": page})
	r, err := Open([]string{d1, d2, d3}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	renamed := 0
	for _, a := range readAll(t, r) {
		ids = append(ids, a.ID)
		for _, n := range a.Notes {
			if strings.Contains(n, "renamed") {
				renamed++
			}
		}
	}
	want := []string{"a", "index", "index~2", "index~3", "index~2~2"}
	if !slices.Equal(ids, want) {
		t.Errorf("ids = %v, want %v", ids, want)
	}
	if renamed != 3 {
		t.Errorf("%d renaming notes, want 3", renamed)
	}
}
