package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bansift/bansift/corpus"
)

// filterPage is an invented page with enough prose to keep a body.
const filterPage = `Agency bars the routers\n\nThe agency told its offices on Monday to stop using routers from the supplier and to replace them within a year, citing security concerns.`

// TestFilterContract pipes JSONL into a bansift process a few bytes at a
// time and reads its stdout as it goes: after each whole non-blank line,
// exactly that line's record comes out before anything more is written,
// malformed lines (the first one too) are error records in their place, a
// blank line gives none, and the process exits 0 though records carry
// errors. The process is the test binary run as bansift (TestMain), the
// same code as cmd/bansift with real pipes.
func TestFilterContract(t *testing.T) {
	bin, err := exec.LookPath("bansift")
	if err != nil || !strings.Contains(bin, "testscript-main") {
		t.Fatalf("the bansift command TestMain provides is not on PATH: %q %v", bin, err)
	}
	lines := []struct {
		line    string
		id      string // the record's id; "" for a line that gives none
		isError bool
	}{
		{`{"id":"broken", "text": `, "stdin:1", true},
		{`{"id":"p1","text":"` + filterPage + `"}`, "p1", false},
		{`[1, 2, 3]`, "stdin:3", true},
		{`   `, "", false},
		{`{"id":"p2","url":"https://example.org/p2","html":"<html><body><h1>Agency bars the routers</h1><p>` + strings.ReplaceAll(filterPage, `\n\n`, `</p><p>`) + `</p></body></html>"}`, "p2", false},
		{`{"id":"nofield"}`, "nofield", true},
		{`{"id":"p3","text":"` + filterPage + `"}`, "p3", false},
	}
	cmd := exec.Command(bin, "run", "--filter", "--workers", "2")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	records := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			records <- sc.Text()
		}
		close(records)
	}()
	errs := 0
	for i, l := range lines {
		data := []byte(l.line + "\n")
		for len(data) > 0 { // in chunks of 5 bytes, as a pipe may deliver them
			n := min(5, len(data))
			if _, err := stdin.Write(data[:n]); err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			data = data[n:]
		}
		if l.id == "" {
			continue // the next line's record proves this one gave none
		}
		select {
		case out, ok := <-records:
			if !ok {
				t.Fatalf("line %d: stdout closed; stderr: %s", i+1, stderr.String())
			}
			var rec corpus.Record
			if err := json.Unmarshal([]byte(out), &rec); err != nil {
				t.Fatalf("line %d: not a record: %v: %.100s", i+1, err, out)
			}
			if rec.ID != l.id || (rec.Error != nil) != l.isError {
				t.Errorf("line %d: got record %q (error %+v), want %q (error: %v)", i+1, rec.ID, rec.Error, l.id, l.isError)
			}
			if rec.Error != nil {
				errs++
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("line %d: no record came out before the next line was written", i+1)
		}
	}
	stdin.Close()
	if extra, ok := <-records; ok {
		t.Errorf("a record with no line: %.100s", extra)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit %v, want 0 though %d records carry errors; stderr: %s", err, errs, stderr.String())
	}
	if errs != 3 || !strings.Contains(stderr.String(), "3 errors") {
		t.Errorf("%d error records, stderr %q: want 3 and a summary saying so", errs, stderr.String())
	}
}

// TestFilterFlags: --filter refuses what contradicts its contract, and a
// run without it keeps exit 2 for error records.
func TestFilterFlags(t *testing.T) {
	input := `{"id":"p1","text":"` + filterPage + `"}` + "\n" + `{"id":"nofield"}` + "\n"
	tests := []struct {
		name string
		args []string
		want int
		says string // on stderr
	}{
		{"filter", []string{"run", "--filter"}, ExitOK, "1 errors"},
		{"filter with a dash", []string{"run", "--filter", "-"}, ExitOK, "1 errors"},
		{"filter with jsonl", []string{"run", "--filter", "--format", "jsonl"}, ExitOK, "1 errors"},
		{"no filter", []string{"run", "-"}, ExitSomeFailed, "1 errors"},
		{"a path", []string{"run", "--filter", filepath.Join("testdata", "x.jsonl")}, ExitError, "drop the path"},
		{"an output file", []string{"run", "--filter", "-o", filepath.Join(t.TempDir(), "r.jsonl")}, ExitError, "drop -o"},
		{"another format", []string{"run", "--filter", "--format", "text"}, ExitError, "drop --format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			streams := &IOStreams{In: strings.NewReader(input), Out: &out, ErrOut: &errOut}
			if code := Main(streams, tt.args); code != tt.want || !strings.Contains(errOut.String(), tt.says) {
				t.Errorf("exit %d, stderr %q: want %d and %q", code, errOut.String(), tt.want, tt.says)
			}
			if tt.want != ExitError && strings.Count(out.String(), "\n") != 2 {
				t.Errorf("want 2 records, got %q", out.String())
			}
		})
	}
}
