package pipeline

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"
)

// Stage names a timed step of Process.
type Stage int

// The timed stages, in the order Process runs them.
const (
	StageClean       Stage = iota // HTML extraction or plain-text line cleaning
	StageLanguage                 // language detection of the cleaned body
	StageTranslation              // translation-origin detection
	StageExtract                  // claim extraction
	StageRelevance                // the article-level relevance decision
	numStages
)

// stageNames are the names Timings prints, indexed by Stage.
var stageNames = [numStages]string{"clean", "language", "translation", "extract", "relevance"}

// String returns the stage's name, as in the summary line.
func (s Stage) String() string {
	if s < 0 || s >= numStages {
		return fmt.Sprintf("Stage(%d)", int(s))
	}
	return stageNames[s]
}

// Timings sums, over any number of pages and goroutines, the wall time
// Process spends in each stage. The zero value is ready to use; a Pipeline
// without one (the default) reads no clock at all.
type Timings struct {
	total [numStages]atomic.Int64 // nanoseconds per stage
	pages atomic.Int64            // pages Process was given
}

// Total is the time spent in stage s so far, summed over workers.
func (t *Timings) Total(s Stage) time.Duration { return time.Duration(t.total[s].Load()) }

// Pages is how many pages have been timed.
func (t *Timings) Pages() int { return int(t.pages.Load()) }

// String gives the mean time per page of each stage, e.g. "clean 3.1 ms,
// language 1.2 ms, ..."; a stage a page did not reach (an error record)
// counts as no time for it.
func (t *Timings) String() string {
	n := max(t.Pages(), 1)
	parts := make([]string, numStages)
	for s := range numStages {
		ms := float64(t.Total(s).Microseconds()) / 1000 / float64(n)
		parts[s] = fmt.Sprintf("%s %.2f ms", s, ms)
	}
	return strings.Join(parts, ", ")
}

// WithTimings returns a copy of p that adds the time of each stage of every
// page it processes to t. p itself is unchanged and both share their models.
func (p *Pipeline) WithTimings(t *Timings) *Pipeline {
	q := *p
	q.timings = t
	return &q
}

// stopwatch times the stages of one page; its zero value (timing off) does
// nothing.
type stopwatch struct {
	t    *Timings
	last time.Time
}

// startStopwatch starts timing one page, when p has Timings.
func (p *Pipeline) startStopwatch() stopwatch {
	if p.timings == nil {
		return stopwatch{}
	}
	p.timings.pages.Add(1)
	return stopwatch{t: p.timings, last: time.Now()}
}

// lap adds the time since the previous lap (or the start) to stage s.
func (w *stopwatch) lap(s Stage) {
	if w.t == nil {
		return
	}
	now := time.Now()
	w.t.total[s].Add(int64(now.Sub(w.last)))
	w.last = now
}
