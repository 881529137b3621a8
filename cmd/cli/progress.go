package cli

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress draws how far a run is on stderr: pages done, and when the
// total is known, the percentage, rate and time left.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress starts a bar on w for total pages (-1 when unknown) and
// draws it at once, so a slow first page does not leave the screen blank.
func newProgress(w io.Writer, total int) *progress {
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("pages"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pages"),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionClearOnFinish(),
		// No redraw from a timer of the bar's own: only add draws, from
		// the goroutine that writes records, so the two never interleave.
		progressbar.OptionSetSpinnerChangeInterval(0),
	}
	if total >= 0 {
		opts = append(opts, progressbar.OptionSetPredictTime(true), progressbar.OptionFullWidth())
	}
	p := &progress{bar: progressbar.NewOptions(total, opts...)}
	p.bar.RenderBlank()
	return p
}

// add counts one page done.
func (p *progress) add() {
	if p != nil {
		p.bar.Add(1)
	}
}

// clear wipes the bar from the line, before a record is written to the same
// terminal; the next add draws it again below the record.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

// finish removes the bar.
func (p *progress) finish() {
	if p != nil {
		p.bar.Finish()
	}
}
