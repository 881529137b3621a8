package beamsift

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/dataset"
	"github.com/bansift/bansift/pipeline"
)

func init() {
	register.DoFn4x1[context.Context, corpus.Article, func(string), func(string), error](&processFn{})
	register.Emitter1[string]()
}

// Counters of what the job did, the numbers of bansift run's summary line;
// runners show them with the job's metrics.
var (
	pagesCount    = beam.NewCounter("bansift", "pages")
	errorsCount   = beam.NewCounter("bansift", "errors")
	relevantCount = beam.NewCounter("bansift", "relevant")
	claimsCount   = beam.NewCounter("bansift", "claims")
)

// processFn turns each article into its record line and its claim rows.
type processFn struct {
	p *pipeline.Pipeline
}

// shared is the worker process's one bansift pipeline. A runner makes one
// DoFn instance per bundle it processes at once (a dozen on a Dataflow
// worker); the pipeline is read-only and safe for concurrent use, so they
// all share one set of models and lexicons instead of loading a set each.
var shared struct {
	once sync.Once
	p    *pipeline.Pipeline
	err  error
}

// Setup builds the shared pipeline on the instance's first use; a bundle
// never pays for it.
func (fn *processFn) Setup() error {
	shared.once.Do(func() {
		shared.p, shared.err = pipeline.New(pipeline.Options{})
	})
	if shared.err != nil {
		return fmt.Errorf("building the bansift pipeline: %w", shared.err)
	}
	fn.p = shared.p
	return nil
}

func (fn *processFn) ProcessElement(ctx context.Context, a corpus.Article, records, claims func(string)) error {
	// A page gets the time budget it has in `bansift run`: one page that
	// stalls costs its record, not the worker's bundle.
	pctx, cancel := context.WithTimeout(ctx, pipeline.DefaultPageTimeout)
	rec := fn.p.ProcessContext(pctx, a)
	cancel()
	pagesCount.Inc(ctx, 1)
	claimsCount.Inc(ctx, int64(len(rec.Claims)))
	if rec.Error != nil {
		errorsCount.Inc(ctx, 1)
	}
	if rec.Relevant.Label {
		relevantCount.Inc(ctx, 1)
	}
	line, err := recordLine(rec)
	if err != nil {
		return err
	}
	records(line)
	var buf bytes.Buffer
	if err := dataset.WriteClaims(&buf, "jsonl", dataset.Claims([]corpus.Record{rec})); err != nil {
		return fmt.Errorf("%s: claim rows: %w", rec.ID, err)
	}
	for row := range strings.Lines(buf.String()) {
		claims(strings.TrimSuffix(row, "\n"))
	}
	return nil
}

// recordLine is rec as `bansift run` writes it, without the newline.
func recordLine(rec corpus.Record) (string, error) {
	var buf bytes.Buffer
	w := corpus.NewJSONLWriter(&buf)
	if err := w.Write(rec); err != nil {
		return "", fmt.Errorf("%s: %w", rec.ID, err)
	}
	if err := w.Flush(); err != nil {
		return "", err
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}
