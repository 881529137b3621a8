package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgressTotalAndTerminalOut checks that a folder's bar knows its
// total from the start, and that when records and the bar share one
// terminal, every record starts on a cleared line.
func TestProgressTotalAndTerminalOut(t *testing.T) {
	dir := t.TempDir()
	for i, who := range []string{"tax agency", "rail operator", "city council", "port authority", "water board"} {
		page := fmt.Sprintf("News from the %s\n\nThe %s said on Friday it will stop buying the cameras for its offices.\n", who, who)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.txt", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var term bytes.Buffer // stdout and stderr are one terminal
	streams := &IOStreams{In: strings.NewReader(""), Out: &term, ErrOut: &term, ErrIsTerminal: true, OutIsTerminal: true}
	if code := Main(streams, []string{"run", "--workers", "2", dir}); code != ExitOK {
		t.Fatalf("exit %d:\n%s", code, term.String())
	}
	got := term.String()
	if !strings.Contains(got, "(0/5") {
		t.Errorf("bar not drawn with its total before the first page: %q", got)
	}
	records := 0
	for _, line := range strings.Split(got, "\n") {
		i := strings.Index(line, `{"id":`)
		if i < 0 {
			continue
		}
		records++
		if before := line[:i]; before != "" && !strings.HasSuffix(before, "\r") {
			t.Errorf("record written after bar text on the same line: %q", before)
		}
		if !strings.HasSuffix(line, "}") {
			t.Errorf("record line does not end the record: %.60q", line[len(line)-min(len(line), 60):])
		}
	}
	if records != 5 {
		t.Errorf("%d records on the terminal, want 5", records)
	}
}
