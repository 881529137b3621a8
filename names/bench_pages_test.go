package names

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/internal/sharedtest"
)

// TestBenchmarkPagesNoNearMiss runs Find over the 181 native page dumps of
// the article-extraction benchmark: none was translated through Arabic, so
// every near miss found there is a false one (a real name or word read as a
// garbled known name). Multi-word near misses are what the translation
// detector counts as evidence; single words are reported too.
func TestBenchmarkPagesNoNearMiss(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 181 benchmark pages in -short mode")
	}
	pages, err := filepath.Glob(filepath.Join(sharedtest.Dir(t), "bench", "article-extraction", "text", "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Skip("no benchmark pages")
	}
	m := Default()
	multi, single := 0, 0
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m.Find(string(b)) {
			if !f.Near || f.Arabic {
				continue
			}
			if strings.Contains(f.Text, " ") {
				multi++
				t.Errorf("%s: %q read as %q (%v)", filepath.Base(p)[:12], f.Text, f.Known, f.Confusions)
			} else {
				single++
				t.Logf("%s: one-word %q read as %q (%v)", filepath.Base(p)[:12], f.Text, f.Known, f.Confusions)
			}
		}
	}
	t.Logf("%d pages: %d multi-word and %d one-word near misses", len(pages), multi, single)
}
