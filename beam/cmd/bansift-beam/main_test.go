package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/bansift/bansift/beam/beamsift"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// TestRunOnSamples runs the command's flags and run function on the sample
// pages with prism: every shard is written, one record per sample page,
// and the summary line counts them.
func TestRunOnSamples(t *testing.T) {
	out := t.TempDir()
	fs := flag.NewFlagSet("bansift-beam", flag.ContinueOnError)
	opts := registerFlags(fs)
	err := fs.Parse([]string{"--input", "../../../samples/*.txt", "--input", "../../../samples/*.html",
		"--records", out + "/rec", "--claims", out + "/claims", "--shards", "2"})
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if err := run(context.Background(), opts, &stderr); err != nil {
		t.Fatal(err)
	}
	txt, _ := filepath.Glob("../../../samples/*.txt")
	html, _ := filepath.Glob("../../../samples/*.html")
	want := len(txt) + len(html)
	lines := 0
	for i := range 2 {
		data, err := os.ReadFile(beamsift.ShardName(out+"/rec", i, 2))
		if err != nil {
			t.Fatal(err)
		}
		lines += strings.Count(string(data), "\n")
	}
	if lines != want || want == 0 {
		t.Errorf("%d records, want %d (one per sample page)", lines, want)
	}
	m := regexp.MustCompile(`bansift-beam: (\d+) pages, 0 errors`).FindStringSubmatch(stderr.String())
	if m == nil || m[1] != strconv.Itoa(want) {
		t.Errorf("summary %q, want %d pages and no errors", stderr.String(), want)
	}
}

// TestFlagsAreChecked: no input or no output is an error before any job.
func TestFlagsAreChecked(t *testing.T) {
	for _, args := range [][]string{{"--records", "x"}, {"--input", "x/*"}, {"--input", "x/*", "--records", "x", "--format", "pdf"}} {
		fs := flag.NewFlagSet("bansift-beam", flag.ContinueOnError)
		opts := registerFlags(fs)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		if err := run(context.Background(), opts, &bytes.Buffer{}); err == nil {
			t.Errorf("%q: want an error", args)
		}
	}
}
