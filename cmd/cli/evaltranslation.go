package cli

import (
	"context"
	"sync"

	"github.com/bansift/bansift/classify/translation"
	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/pipeline"
)

// translationRunner runs the pipeline for eval and, for --verbose, reads
// every record again with the pipeline's own translation model: one line per English page with the
// probability, the threshold and what each signal added, so that a miss or
// a false flag can be read.
type translationRunner struct {
	eval.Runner
	d      *translation.Detector
	mu     sync.Mutex
	scores map[string]string // record id → the model's reading
}

func newTranslationRunner(p *pipeline.Pipeline) *translationRunner {
	return &translationRunner{Runner: p, d: p.Translation(), scores: map[string]string{}}
}

// Run runs the pipeline and scores each record as it is emitted.
func (t *translationRunner) Run(ctx context.Context, r corpus.ArticleReader, workers int, emit func(corpus.Record) error) error {
	return t.Runner.Run(ctx, r, workers, func(rec corpus.Record) error {
		t.note(rec)
		return emit(rec)
	})
}

func (t *translationRunner) note(rec corpus.Record) {
	if rec.Error != nil {
		return
	}
	in := translation.Input{Title: rec.Title, Text: rec.Text, Language: rec.Language.Code}
	if rec.Source.URL != nil {
		in.URL = *rec.Source.URL
	}
	for _, r := range rec.Removed {
		in.Lines = append(in.Lines, r.Text)
	}
	if sc, ok := t.d.Score(in); ok {
		t.mu.Lock()
		t.scores[rec.ID] = sc.String()
		t.mu.Unlock()
	}
}
