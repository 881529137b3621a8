package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDirSkipsWhenAbsent checks the skip: a path that cannot exist must skip
// the test rather than fail it or return a path.
func TestDirSkipsWhenAbsent(t *testing.T) {
	var got string
	ok := t.Run("inner", func(t *testing.T) {
		got = Dir(t, "no-such-folder-"+t.Name())
		t.Error("Dir returned instead of skipping")
	})
	if !ok || got != "" {
		t.Fatalf("want a skip, got %q", got)
	}
}

func TestDirFindsSharedBesideRepo(t *testing.T) {
	dir := Dir(t) // skips where ../shared is absent
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("Dir() = %q: %v", dir, err)
	}
	if filepath.Base(dir) != "shared" {
		t.Errorf("Dir() = %q, want a folder named shared", dir)
	}
}
