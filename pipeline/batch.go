package pipeline

import (
	"context"
	"errors"
	"io"

	"golang.org/x/sync/errgroup"

	"github.com/bansift/bansift/corpus"
)

// Run reads every article from r, processes them on workers goroutines and
// calls emit with each record in input order. It stops early only when ctx is
// cancelled, r fails as a whole, or emit returns an error: a bad article is a
// record with an error, not a reason to stop, and so is a page that
// overruns its time budget (Options.PageTimeout). Cancelling returns at once even
// while r is blocked in Next; the caller should then Close r.
func (p *Pipeline) Run(ctx context.Context, r corpus.ArticleReader, workers int, emit func(corpus.Record) error) error {
	if workers < 1 {
		workers = 1
	}
	g, ctx := errgroup.WithContext(ctx)
	// Each job carries its own result channel; the writer reads the jobs in
	// input order, so output order is deterministic whatever the workers do.
	type job struct {
		article corpus.Article
		result  chan corpus.Record
	}
	jobs := make(chan job, workers)
	ordered := make(chan chan corpus.Record, workers*4)

	// Next may block (a terminal, a slow pipe) and knows nothing of ctx, so
	// it runs in a goroutine of its own that cancelling does not wait for:
	// it ends at its next return from Next after Run has returned.
	type next struct {
		article corpus.Article
		err     error
	}
	reads := make(chan next)
	go func() {
		for {
			a, err := r.Next()
			select {
			case reads <- next{a, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	g.Go(func() error {
		defer close(jobs)
		defer close(ordered)
		for {
			var n next
			select {
			case n = <-reads:
			case <-ctx.Done():
				return ctx.Err()
			}
			a, err := n.article, n.err
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			j := job{article: a, result: make(chan corpus.Record, 1)}
			select {
			case ordered <- j.result:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	})
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				pctx, cancel := p.pageContext(ctx)
				j.result <- p.ProcessContext(pctx, j.article)
				cancel()
			}
			return nil
		})
	}
	g.Go(func() error {
		for result := range ordered {
			select {
			case rec := <-result:
				// A page cut short by the run's end is no record of it.
				if err := ctx.Err(); err != nil {
					return err
				}
				if err := emit(rec); err != nil {
					return err
				}
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	return g.Wait()
}
