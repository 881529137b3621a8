package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

const boundsStory = "The interior ministry said on Monday that federal agencies may no longer buy surveillance cameras from the two makers, citing national security."

// TestHostilePages runs pages under the size limit that used to lose their
// text or blow up: each keeps one record, its text where it has some, a
// bounded removed list, and a note saying what was cut or how it was read.
func TestHostilePages(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		name     string
		format   corpus.Format
		content  string
		wantText bool   // the story survives in the text
		wantNote string // part of some note
	}{
		{"600 nested divs", corpus.FormatHTML, strings.Repeat("<div>", 600) + "<p>" + boundsStory + "</p>" + strings.Repeat("</div>", 600), true, "stripping the tags"},
		{"2000 nested tables", corpus.FormatHTML, strings.Repeat("<table><tr><td>", 2000) + "<p>" + boundsStory, true, "stripping the tags"},
		{"100k unclosed b", corpus.FormatHTML, "<p>" + boundsStory + "</p>" + strings.Repeat("<b>", 100_000), true, "stripping the tags"},
		{"links and paragraphs", corpus.FormatHTML, "<p>" + boundsStory + "</p>" + strings.Repeat("<a href=#>x <p>y", 60_000), false, "stripping the tags"},
		{"two hundred thousand one-letter lines", corpus.FormatText, boundsStory + "\n\n" + strings.Repeat("x\n", 200_000), false, "only its first"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := p.Process(corpus.Article{ID: "p", Source: corpus.Source{Path: "p", Format: tc.format}, Content: tc.content})
			if tc.wantText && (rec.Error != nil || !strings.Contains(rec.Text, boundsStory)) {
				t.Errorf("story lost: error %+v, text %.120q", rec.Error, rec.Text)
			}
			if rec.Error != nil && rec.Error.Message != "no article text found" {
				t.Errorf("error %+v", rec.Error)
			}
			if len(rec.Removed) > maxRemoved {
				t.Errorf("removed lists %d lines, over %d", len(rec.Removed), maxRemoved)
			}
			if !strings.Contains(strings.Join(rec.Notes, "\n"), tc.wantNote) {
				t.Errorf("no note with %q: %q", tc.wantNote, rec.Notes)
			}
		})
	}
}

func TestBoundLines(t *testing.T) {
	tests := []struct {
		name     string
		lines    int
		trailing string
		wantCut  bool
	}{
		{"short page", 10, "", false},
		{"exactly the limit", maxTextLines, "", false},
		{"limit and blank lines after", maxTextLines, "\n\n  \n", false},
		{"one line over", maxTextLines, "last words", true},
		{"far over", 3 * maxTextLines, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := strings.Repeat("a line\n", tc.lines) + tc.trailing
			got, note := boundLines(text)
			if (note != "") != tc.wantCut {
				t.Fatalf("note %q, want cut %v", note, tc.wantCut)
			}
			if !strings.HasPrefix(text, got) {
				t.Fatal("bounded text is not a prefix of the page")
			}
			if n := strings.Count(got, "\n"); tc.wantCut && n != maxTextLines {
				t.Errorf("kept %d lines, want %d", n, maxTextLines)
			}
			if !tc.wantCut && got != text {
				t.Error("a page within the bound was cut")
			}
		})
	}
}

func TestCapRemoved(t *testing.T) {
	lines := func(n, size int) []corpus.Removed {
		rs := make([]corpus.Removed, n)
		for i := range rs {
			rs[i] = corpus.Removed{Line: i + 1, Text: strings.Repeat("x", size), Kind: corpus.RemovedOther}
		}
		return rs
	}
	tests := []struct {
		name string
		in   []corpus.Removed
		want int
	}{
		{"few", lines(3, 10), 3},
		{"at the count", lines(maxRemoved, 10), maxRemoved},
		{"over the count", lines(maxRemoved+5, 10), maxRemoved},
		{"over the bytes", lines(10, maxRemovedBytes/4), 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, note := capRemoved(tc.in)
			if len(got) != tc.want {
				t.Fatalf("kept %d, want %d", len(got), tc.want)
			}
			wantNote := len(got) < len(tc.in)
			if wantNote != (note != "") || wantNote && !strings.Contains(note, fmt.Sprintf("%d of %d", len(got), len(tc.in))) {
				t.Errorf("note %q for %d of %d", note, len(got), len(tc.in))
			}
		})
	}
}
