package cli

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestOutputReplacesOnlyAtTheEnd checks the output file's life: the target
// keeps its old content while the new one is written, is replaced when the
// output is kept, left alone when not, and no temporary file stays behind.
func TestOutputReplacesOnlyAtTheEnd(t *testing.T) {
	for _, keep := range []bool{true, false} {
		name := map[bool]string{true: "kept", false: "dropped"}[keep]
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "records.jsonl")
			if err := os.WriteFile(target, []byte("old\n"), 0o640); err != nil {
				t.Fatal(err)
			}
			out, err := createOutput(target, io.Discard)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := io.WriteString(out, "new\n"); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(target); string(got) != "old\n" {
				t.Errorf("target changed while writing: %q", got)
			}
			if err := out.finish(keep); err != nil {
				t.Fatal(err)
			}
			want := map[bool]string{true: "new\n", false: "old\n"}[keep]
			if got, _ := os.ReadFile(target); string(got) != want {
				t.Errorf("target = %q, want %q", got, want)
			}
			if info, err := os.Stat(target); err != nil || info.Mode().Perm() != 0o640 {
				t.Errorf("target mode %v (%v), want the old file's 0640", info.Mode(), err)
			}
			if m, _ := filepath.Glob(filepath.Join(dir, "*.partial-*")); len(m) > 0 {
				t.Errorf("temporary files left: %v", m)
			}
		})
	}
	t.Run("device", func(t *testing.T) {
		out, err := createOutput(os.DevNull, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(out, "x\n"); err != nil {
			t.Fatal(err)
		}
		if err := out.finish(true); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Stat(os.DevNull); err != nil || info.Mode().IsRegular() {
			t.Fatalf("%s is no longer a device: %v %v", os.DevNull, info.Mode(), err)
		}
	})
}
