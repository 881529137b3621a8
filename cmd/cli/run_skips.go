package cli

import (
	"fmt"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// recordSkips counts the WARC records a run did not read as pages, by
// reason, for the summary line.
type recordSkips struct {
	n     map[corpus.SkipReason]int
	order []corpus.SkipReason
}

func (s *recordSkips) add(_ string, why corpus.SkipReason) {
	if s.n == nil {
		s.n = map[corpus.SkipReason]int{}
	}
	if s.n[why] == 0 {
		s.order = append(s.order, why)
	}
	s.n[why]++
}

// String is the summary's clause, e.g. ", 12 WARC records skipped (8 not a
// response, 4 not HTTP 200)", or "" when none was skipped.
func (s *recordSkips) String() string {
	total := 0
	parts := make([]string, len(s.order))
	for i, why := range s.order {
		total += s.n[why]
		parts[i] = fmt.Sprintf("%d %s", s.n[why], why)
	}
	if total == 0 {
		return ""
	}
	return fmt.Sprintf(", %d WARC records skipped (%s)", total, strings.Join(parts, ", "))
}
