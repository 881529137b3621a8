package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/sharedtest"
	"github.com/bansift/bansift/pipeline"
)

// maxBenchRelevant is how many of the benchmark's 181 general-news pages may
// be judged relevant, per rendering. None reports a technology restriction
// (one mentions a licence extension for Huawei in passing, in a markets
// story), and none is an English translation from Arabic.
const maxBenchRelevant = 1

// TestGeneralNews runs the whole pipeline once over the 181 pages of the
// article-extraction benchmark in each of its renderings (HTML, w3m and
// browser text dumps) and checks the two judgements general news must not
// trip: relevance (at most maxBenchRelevant pages) and translation from
// Arabic (none). It takes several seconds, so it runs only with
// BANSIFT_BENCH=1:
//
//	BANSIFT_BENCH=1 go test -run GeneralNews -v ./pipeline
func TestGeneralNews(t *testing.T) {
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
			n, relevant, translated, claims := 0, 0, 0, 0
			err = p.Run(context.Background(), r, 2, func(rec corpus.Record) error {
				n++
				claims += len(rec.Claims)
				if rec.Relevant.Label {
					relevant++
					t.Logf("relevant (score %.2f, %d claims): %s %q", rec.Relevant.Score, len(rec.Claims), rec.ID, rec.Title)
				}
				if rec.TranslatedFrom != nil {
					translated++
					t.Errorf("%s flagged as translated (%.2f): %q", rec.ID, rec.TranslatedFrom.Confidence, rec.TranslatedFrom.Evidence)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d/%d pages judged relevant, %d claims, %d translated", mode, relevant, n, claims, translated)
			if n != 181 {
				t.Errorf("read %d pages, want 181", n)
			}
			if relevant > maxBenchRelevant {
				t.Errorf("%d pages judged relevant, want at most %d", relevant, maxBenchRelevant)
			}
		})
	}
}
