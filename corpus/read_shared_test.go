package corpus

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bansift/bansift/internal/sharedtest"
)

// TestOpenSharedPages reads the real pages of ../shared: none may fail, and
// each folder's pages must come out in the folder's format. A w3m or browser
// text dump sniffed as HTML, or an HTML page read as text, is a sniffing bug.
func TestOpenSharedPages(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 36 MB of pages")
	}
	shared := sharedtest.Dir(t)
	tests := []struct {
		dir    string
		format Format
	}{
		{"corpus/articles", FormatText},
		{"bench/article-extraction/html", FormatHTML},
		{"bench/article-extraction/text", FormatText},
		{"bench/article-extraction/text-browser", FormatText},
	}
	for _, tc := range tests {
		t.Run(tc.dir, func(t *testing.T) {
			dir := filepath.Join(shared, filepath.FromSlash(tc.dir))
			if _, err := os.Stat(dir); err != nil {
				t.Skipf("%s: %v", dir, err)
			}
			r, err := Open([]string{dir}, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, r)
			if len(got) == 0 {
				t.Fatal("no pages read")
			}
			for _, a := range got {
				checkArticle(t, a)
				if a.Err != nil {
					t.Errorf("%s: %s", a.ID, a.Err.Message)
				}
				if a.Source.Format != tc.format {
					t.Errorf("%s: format %s, want %s (notes %q)", a.ID, a.Source.Format, tc.format, a.Notes)
				}
				if len(a.Notes) > 0 {
					t.Logf("%s: notes %q", a.ID, a.Notes)
				}
			}
			t.Logf("%d pages", len(got))
		})
	}
}
