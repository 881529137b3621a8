package pipeline

import (
	"fmt"
	"strings"

	"github.com/bansift/bansift/corpus"
)

// Bounds on one page's work and record. Real pages sit far inside them (the
// benchmark's longest text dump has 762 lines); a hostile page under the
// size limit (two million one-character lines) would otherwise cost
// gigabytes and a record of a hundred megabytes. The README's figures are
// measured on these pages:
//
//	yes '<a href=#>x <p>y' | head -n 310000 | tr -d '\n' > links.html   # 4.96 MB
//	yes x | head -n 2000000 > lines.txt                                 # 4 MB
//	/usr/bin/time -v bansift run --workers 1 --templates=false links.html -o out.jsonl
const (
	// maxTextLines is the most lines of a plain-text page that are cleaned;
	// the rest is left out, with a note.
	maxTextLines = 20_000
	// maxRemoved is the most dropped lines a record lists in removed.
	maxRemoved = 1000
	// maxRemovedBytes bounds the text of the lines listed in removed.
	maxRemovedBytes = 256 << 10
)

// boundLines returns at most maxTextLines lines of text, and a note when it
// cut any.
func boundLines(text string) (string, string) {
	i, n := 0, 0
	for n < maxTextLines {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return text, ""
		}
		i += j + 1
		n++
	}
	if strings.TrimSpace(text[i:]) == "" {
		return text, ""
	}
	total := n + strings.Count(text[i:], "\n")
	return text[:i], fmt.Sprintf("page has %d lines: only its first %d were cleaned, the rest is left out", total, maxTextLines)
}

// capRemoved keeps the first dropped lines, up to maxRemoved of them and
// maxRemovedBytes of text, and says in a note how many more there were.
func capRemoved(rs []corpus.Removed) ([]corpus.Removed, string) {
	size := 0
	for i, r := range rs {
		size += len(r.Text)
		if i == maxRemoved || size > maxRemovedBytes {
			return rs[:i:i], fmt.Sprintf("removed lists the first %d of %d dropped lines", i, len(rs))
		}
	}
	return rs, ""
}
