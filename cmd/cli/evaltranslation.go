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
// every record again with the translation model (built with the same
// lexicons as the pipeline): one line per English page with the
// probability, the threshold and what each signal added, so that a miss or
// a false flag can be read.
type translationRunner struct {
	eval.Runner
	d      *translation.Detector
	mu     sync.Mutex
	scores map[string]string // record id → the model's reading
}

func newTranslationRunner(p eval.Runner, lexicons []string) (*translationRunner, error) {
	var opts pipeline.Options
	if err := applyLexicons(&opts, lexicons); err != nil {
		return nil, err
	}
	d, err := translation.NewWithOptions(opts.Translation)
	if err != nil {
		return nil, err
	}
	return &translationRunner{Runner: p, d: d, scores: map[string]string{}}, nil
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
