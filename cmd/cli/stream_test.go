package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"testing"
	"time"

	"github.com/bansift/bansift/corpus"
)

// TestRunStreamsRecords feeds JSONL on stdin one line at a time: each record
// must reach stdout before the next line is written, as a consumer of a live
// stream needs.
func TestRunStreamsRecords(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var errOut bytes.Buffer
	streams := &IOStreams{In: inR, Out: outW, ErrOut: &errOut}
	done := make(chan int, 1)
	go func() {
		code := Main(streams, []string{"run", "--workers", "1", "-"})
		outW.Close()
		done <- code
	}()
	lines := bufio.NewScanner(outR)
	lines.Buffer(nil, 1<<20)
	got := make(chan string)
	go func() {
		for lines.Scan() {
			var rec corpus.Record
			if json.Unmarshal(lines.Bytes(), &rec) == nil {
				got <- rec.ID
			}
		}
		close(got)
	}()
	for _, id := range []string{"first", "second"} {
		line := `{"id":"` + id + `","text":"Regulator acts\n\nThe regulator told the operators on Monday to replace the equipment of the supplier within two years."}` + "\n"
		if _, err := io.WriteString(inW, line); err != nil {
			t.Fatal(err)
		}
		select {
		case rec := <-got:
			if rec != id {
				t.Fatalf("got record %q, want %q", rec, id)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("record %q did not come out before the next input line", id)
		}
	}
	inW.Close()
	if code := <-done; code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
}
