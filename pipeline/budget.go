package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/bansift/bansift/corpus"
)

// DefaultPageTimeout is the time budget of one page. Real pages take
// milliseconds; the bounds of bounds.go keep hostile ones to about a second,
// so only something unforeseen reaches it, and then one page, not the batch,
// pays.
const DefaultPageTimeout = 60 * time.Second

// pageContext returns the context one page is processed under: ctx with the
// page's time budget, if it has one.
func (p *Pipeline) pageContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if p.pageTimeout < 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, p.pageTimeout)
}

// stopped returns the record error for a page whose ctx is done, checked
// between stages and in the stages' loops, or nil while it may go on.
func (p *Pipeline) stopped(ctx context.Context, stage corpus.Stage) *corpus.RecordError {
	switch err := ctx.Err(); {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		return &corpus.RecordError{Stage: stage, Message: fmt.Sprintf("page took longer than its time budget of %v (--page-timeout)", p.pageTimeout)}
	default:
		return &corpus.RecordError{Stage: stage, Message: "interrupted"}
	}
}
