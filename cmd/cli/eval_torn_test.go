package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalRecordsTornLastLine scores a records file whose last line a kill
// cut short: eval warns and scores the whole records before it, as it does
// the file without that line; a bad line in the middle still fails.
func TestEvalRecordsTornLastLine(t *testing.T) {
	whole, err := os.ReadFile(filepath.Join(evalTestdata, "records.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	torn := filepath.Join(dir, "torn.jsonl")
	if err := os.WriteFile(torn, append(bytes.Clone(whole), `{"id":"a9","source":{"pa`...), 0o644); err != nil {
		t.Fatal(err)
	}
	middle := filepath.Join(dir, "middle.jsonl")
	if err := os.WriteFile(middle, append([]byte(`{"id":"a9","source":{"pa`+"\n"), whole...), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(evalTestdata, "corpus", "gold")
	code, want, _ := runEvalCmd(t, "--records", filepath.Join(evalTestdata, "records.jsonl"), "--gold", gold)
	if code != ExitOK {
		t.Fatalf("exit %d on the whole file", code)
	}
	code, got, errOut := runEvalCmd(t, "--records", torn, "--gold", gold)
	if code != ExitOK {
		t.Fatalf("exit %d on a torn last line, stderr: %s", code, errOut)
	}
	if !strings.Contains(errOut, "torn last line") {
		t.Errorf("no warning about the torn line: %q", errOut)
	}
	if row, wantRow := tableRow(t, got, "claims_f1"), tableRow(t, want, "claims_f1"); strings.Join(row, " ") != strings.Join(wantRow, " ") {
		t.Errorf("claims_f1 %v, want %v as without the torn line", row, wantRow)
	}
	if code, _, _ := runEvalCmd(t, "--records", middle, "--gold", gold); code == ExitOK {
		t.Error("a bad line in the middle was accepted")
	}
}
