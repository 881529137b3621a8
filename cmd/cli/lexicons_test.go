package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bansift/bansift/corpus"
)

func TestRereadable(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "page.txt")
	if err := os.WriteFile(file, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	tests := []struct {
		name  string
		paths []string
		want  bool
	}{
		{"folder and file", []string{dir, file}, true},
		{"stdin", []string{"-"}, false},
		{"named pipe", []string{file, fifo}, false},
		{"missing", []string{filepath.Join(dir, "nope")}, false},
		{"nothing", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rereadable(tt.paths); got != tt.want {
				t.Errorf("rereadable(%v) = %v, want %v", tt.paths, got, tt.want)
			}
		})
	}
}

// TestRunReadsPipeOnce runs on a named pipe with templates on (the default):
// the pipe can be read only once, so the template pass must not consume it.
func TestRunReadsPipeOnce(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "page.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	page := "Ministry drops the app\n\nThe ministry told its staff on Monday to delete the messaging app from their work phones.\n"
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(page)
		f.Close()
	}()
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
	done := make(chan int, 1)
	go func() { done <- Main(streams, []string{"run", fifo}) }()
	// A second read of the pipe waits for a writer that never comes.
	select {
	case code := <-done:
		if code != ExitOK {
			t.Fatalf("exit %d; stderr: %s; stdout: %s", code, errOut.String(), out.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("run is still waiting on the pipe: it was read twice")
	}
	var rec corpus.Record
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(rec.Text, "delete the messaging app") {
		t.Errorf("text = %q, want the page's body", rec.Text)
	}
}

func TestApplyLexiconsRejectsUnknownStage(t *testing.T) {
	var f pipelineFlags
	f.Lexicons = []string{"nosuch=x.tsv"}
	_, err := f.newPipeline(t.Context(), nil, corpus.ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "boilerplate") {
		t.Fatalf("err = %v, want one listing the known stages", err)
	}
}
