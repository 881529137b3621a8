package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestOpenSymlinkedFolder reads a folder given as a symbolic link: its pages
// must come out with ids relative to the link, as for a real folder.
func TestOpenSymlinkedFolder(t *testing.T) {
	real := writeTree(t, map[string][]byte{
		"a.txt":     []byte("The agency said it would stop buying the cameras.\n"),
		"sub/b.txt": []byte("The regulator opened a review of the vendor.\n"),
	})
	link := filepath.Join(t.TempDir(), "pages")
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	var skipped []string
	r, err := Open([]string{link}, ReadOptions{OnSkip: func(p string) { skipped = append(skipped, p) }})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range readAll(t, r) {
		if a.Err != nil {
			t.Errorf("%s: %v", a.ID, a.Err.Message)
		}
		ids = append(ids, a.ID)
	}
	if want := []string{"a", "sub/b"}; !slices.Equal(ids, want) {
		t.Errorf("ids = %v, want %v (skipped %v)", ids, want, skipped)
	}
}
