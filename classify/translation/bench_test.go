package translation_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/sharedtest"
	"github.com/bansift/bansift/pipeline"
)

// TestGeneralNewsNotTranslated runs the whole pipeline on the 181 pages of
// the article-extraction benchmark in each of its three renderings (HTML,
// w3m and browser text dumps) and wants none called a translation from
// Arabic: none is. It takes several seconds, so it runs only with
// BANSIFT_BENCH=1:
//
//	BANSIFT_BENCH=1 go test -run GeneralNews -v ./classify/translation
func TestGeneralNewsNotTranslated(t *testing.T) {
	if os.Getenv("BANSIFT_BENCH") == "" {
		t.Skip("set BANSIFT_BENCH=1 to run the pipeline on the 181 benchmark pages")
	}
	shared := sharedtest.Dir(t)
	if shared == "" {
		t.Skip("../shared (the benchmark pages) not found beside the repository")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"html", "text", "text-browser"} {
		t.Run(mode, func(t *testing.T) {
			r, err := corpus.Open([]string{filepath.Join(shared, "bench", "article-extraction", mode)}, corpus.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			n, flagged := 0, 0
			err = p.Run(context.Background(), r, 2, func(rec corpus.Record) error {
				n++
				if rec.TranslatedFrom != nil {
					flagged++
					t.Errorf("%s flagged (%.2f): %q", rec.ID, rec.TranslatedFrom.Confidence, rec.TranslatedFrom.Evidence)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d of %d pages flagged", mode, flagged, n)
			if n != 181 {
				t.Errorf("read %d pages, want 181", n)
			}
		})
	}
}
