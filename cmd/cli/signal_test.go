package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildBansift builds the command into a temporary folder: signals must
// reach a process of its own.
func buildBansift(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "bansift")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/bansift/bansift/cmd/bansift")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestSIGTERMInterrupts sends SIGTERM, what schedulers send, to a run
// waiting on a stream: it stops like Ctrl-C, says after how many pages, and
// keeps the records already written.
func TestSIGTERMInterrupts(t *testing.T) {
	bin := buildBansift(t)
	cmd := exec.Command(bin, "run", "--format", "jsonl", "-")
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
	for i := range 2 {
		fmt.Fprintf(stdin, `{"id":"p%d","text":"The agency told its staff to delete the app from their work phones, it said on Monday."}`+"\n", i)
	}
	lines := bufio.NewScanner(stdout)
	lines.Buffer(nil, 1<<20)
	for range 2 {
		if !lines.Scan() {
			t.Fatalf("fewer than 2 records before the signal; stderr:\n%s", stderr.String())
		}
	}
	// stdin stays open: the run is waiting for more when the signal comes.
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, stdout)
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != ExitError {
		t.Fatalf("exit: %v, want status %d; stderr:\n%s", err, ExitError, stderr.String())
	}
	for _, want := range []string{"bansift: interrupted after 2 pages, 0 errors", "bansift: interrupted after 2 pages\n"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "context canceled") {
		t.Errorf("stderr says context canceled:\n%s", stderr.String())
	}
}

// TestSIGKILLLeavesWholeLines kills a run writing to -o FILE with SIGKILL,
// which no program can catch, part way through: the file it leaves holds
// whole JSON records, one per line, up to its last line.
func TestSIGKILLLeavesWholeLines(t *testing.T) {
	bin := buildBansift(t)
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	if err := os.Mkdir(pages, 0o755); err != nil {
		t.Fatal(err)
	}
	para := strings.Repeat("The interior ministry said on Monday that federal agencies may no longer buy surveillance cameras from the two makers, citing security. ", 60)
	for i := range 400 {
		page := fmt.Sprintf("Ministry bars camera purchases, part %d\n\n%s\n\nAgencies have %d days to comply.\n", i, para, i)
		if err := os.WriteFile(filepath.Join(pages, fmt.Sprintf("p%03d.txt", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "records.jsonl")
	cmd := exec.Command(bin, "run", "--workers", "2", "-o", out, pages)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	partial := ""
	deadline := time.Now().Add(60 * time.Second)
	for partial == "" && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		m, _ := filepath.Glob(out + ".partial-*")
		if len(m) == 1 {
			if info, err := os.Stat(m[0]); err == nil && info.Size() > 0 {
				partial = m[0]
			}
		}
	}
	if partial == "" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("no records written within a minute; stderr:\n%s", stderr.String())
	}
	time.Sleep(50 * time.Millisecond)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if _, err := os.Stat(out); err == nil {
		t.Errorf("%s exists: a killed run must not put a partial file in its place", out)
	}
	data, err := os.ReadFile(partial)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(data, []byte("\n")) {
		t.Errorf("%s does not end with a line end: its last record is torn", partial)
	}
	n := 0
	for line := range bytes.Lines(data) {
		n++
		if !json.Valid(line) {
			t.Fatalf("line %d of %s is not whole JSON: %.80q", n, partial, line)
		}
	}
	t.Logf("killed after %d of 400 records", n)
	if n == 0 || n == 400 {
		t.Errorf("killed after %d records: want the kill mid-run", n)
	}
}
