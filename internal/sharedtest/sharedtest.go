// Package sharedtest finds the shared material — ../shared beside the
// repository, with the seed corpus and the article-extraction benchmark —
// for the tests that need it, and skips them with a clear message where it
// is absent:
//
//	dir := sharedtest.Dir(t, "bench", "article-extraction") // or t.Skip
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns ../shared/sub... beside the repository root (the folder with
// go.mod above the test's working directory), or skips t when it is absent.
func Dir(t testing.TB, sub ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test's directory: cannot find ../shared")
		}
		dir = parent
	}
	path := filepath.Join(append([]string{filepath.Dir(dir), "shared"}, sub...)...)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared material not found at %s (it lives beside the repository): skipping", path)
	}
	return path
}
