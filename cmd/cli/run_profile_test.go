package cli

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunProfiles runs `bansift run` on the sample pages with each way of
// looking at its cost, and checks what it leaves: profiles as pprof writes them,
// the stage times in the summary line, and records unchanged by either.
func TestRunProfiles(t *testing.T) {
	samples := filepath.Join("..", "..", "samples")
	run := func(t *testing.T, args ...string) (stdout, stderr string) {
		t.Helper()
		var out, errOut bytes.Buffer
		streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
		if code := Main(streams, append([]string{"run", "-w", "2"}, args...)); code != ExitOK {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		return out.String(), errOut.String()
	}
	plain, plainErr := run(t, samples)
	if strings.Contains(plainErr, "per page") {
		t.Errorf("stage times without --verbose: %s", plainErr)
	}
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		// profiles are the files the run must leave, gzipped as pprof writes them.
		profiles []string
		// summary is a part the summary line must have.
		summary []string
	}{
		{"cpu profile", []string{"--cpuprofile", filepath.Join(dir, "cpu.prof")}, []string{"cpu.prof"}, nil},
		{"memory profile", []string{"--memprofile", filepath.Join(dir, "mem.prof")}, []string{"mem.prof"}, nil},
		{"verbose", []string{"--verbose"}, nil, []string{"; per page: clean ", " ms, language ", " ms, translation ", " ms, extract ", " ms, relevance "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut := run(t, append(tt.args, samples)...)
			if out != plain {
				t.Errorf("records differ from a run without %v", tt.args)
			}
			for _, want := range tt.summary {
				if !strings.Contains(errOut, want) {
					t.Errorf("summary %q: no %q", errOut, want)
				}
			}
			for _, name := range tt.profiles {
				f, err := os.Open(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				// A pprof profile is a gzipped protocol buffer.
				z, err := gzip.NewReader(f)
				if err != nil {
					f.Close()
					t.Fatalf("%s is no profile: %v", name, err)
				}
				body, err := io.ReadAll(z)
				f.Close()
				if err != nil || len(body) == 0 {
					t.Errorf("%s: %d bytes of profile, %v", name, len(body), err)
				}
			}
		})
	}
}

// TestRunProfileBadPath checks that an unwritable profile path fails the
// run before any record is written.
func TestRunProfileBadPath(t *testing.T) {
	for _, flag := range []string{"--cpuprofile", "--memprofile"} {
		t.Run(flag, func(t *testing.T) {
			var out, errOut bytes.Buffer
			streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
			bad := filepath.Join(t.TempDir(), "missing", "p.prof")
			code := Main(streams, []string{"run", flag, bad, filepath.Join("..", "..", "samples")})
			if code != ExitError {
				t.Errorf("exit %d, want %d", code, ExitError)
			}
			if out.Len() != 0 {
				t.Errorf("records written: %q", out.String())
			}
			if !strings.Contains(errOut.String(), flag) {
				t.Errorf("stderr %q does not name %s", errOut.String(), flag)
			}
		})
	}
}
