package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// TestPageTimeout gives every page a budget already spent: each gets an
// error record saying so, and the batch goes on to the end.
func TestPageTimeout(t *testing.T) {
	p, err := New(Options{PageTimeout: 1}) // one nanosecond
	if err != nil {
		t.Fatal(err)
	}
	articles := []corpus.Article{textArticle("a", englishPage), textArticle("b", englishPage), textArticle("c", englishPage)}
	var recs []corpus.Record
	err = p.Run(context.Background(), &sliceReader{articles: articles}, 2, func(rec corpus.Record) error {
		recs = append(recs, rec)
		return nil
	})
	if err != nil {
		t.Fatalf("the batch stopped: %v", err)
	}
	if len(recs) != len(articles) {
		t.Fatalf("%d records, want %d", len(recs), len(articles))
	}
	for _, rec := range recs {
		if rec.Error == nil || !strings.Contains(rec.Error.Message, "time budget") {
			t.Errorf("%s: error %+v, want the time budget", rec.ID, rec.Error)
		}
	}
	// Without a deadline the same pages go through.
	if rec := testPipeline(t).Process(articles[0]); rec.Error != nil {
		t.Errorf("the page fails without a budget: %+v", rec.Error)
	}
}

// TestProcessContextCancelledBetweenStages checks that a page whose context
// is done stops with an error record naming a stage, whatever stage it is in.
func TestProcessContextCancelledBetweenStages(t *testing.T) {
	p := testPipeline(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := p.ProcessContext(ctx, textArticle("a", englishPage))
	if rec.Error == nil || rec.Error.Message != "interrupted" || rec.Error.Stage == "" {
		t.Errorf("error %+v, want interrupted at a stage", rec.Error)
	}
	if len(rec.Claims) != 0 {
		t.Errorf("an interrupted page has %d claims", len(rec.Claims))
	}
}
