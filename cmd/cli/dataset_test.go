package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/dataset"
)

// TestDatasetFlagsReachOptions checks the flag wiring without reading input.
func TestDatasetFlagsReachOptions(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		check func(o *datasetOptions) bool
	}{
		{"defaults", nil, func(o *datasetOptions) bool {
			return o.Kind == "claims" && o.Format == "jsonl" && o.Gap == dataset.DefaultGap &&
				o.MinConfidence == 0 && !o.SkipBad && !o.RelevantOnly && o.Output == "" && strings.Join(o.Paths, ",") == "-"
		}},
		{"every flag", []string{"--kind", "events", "--format", "csv", "--gap", "90d", "--min-confidence", "0.4",
			"--relevant-only", "--skip-bad", "-o", "ev.csv", "a.jsonl", "b.jsonl"}, func(o *datasetOptions) bool {
			return o.Kind == "events" && o.Format == "csv" && o.Gap == 90*24*time.Hour && o.MinConfidence == 0.4 &&
				o.RelevantOnly && o.SkipBad && o.Output == "ev.csv" && strings.Join(o.Paths, ",") == "a.jsonl,b.jsonl"
		}},
		{"gap in hours", []string{"--gap", "36h"}, func(o *datasetOptions) bool { return o.Gap == 36*time.Hour }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *datasetOptions
			streams := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard}
			cmd := newDatasetCmdF(streams, func(o *datasetOptions) error { got = o; return nil })
			cmd.SetArgs(tc.args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			if !tc.check(got) {
				t.Errorf("options = %+v", got)
			}
		})
	}
}

func TestGapValue(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration // 0: an error
	}{
		{"180d", 180 * 24 * time.Hour},
		{"1.5d", 36 * time.Hour},
		{"720h", 720 * time.Hour},
		{"90m", 90 * time.Minute},
		{"0d", 0},
		{"-3d", 0},
		{"d", 0},
		{"six months", 0},
		{"", 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var g gapValue
			err := g.Set(tc.in)
			if tc.want == 0 {
				if err == nil {
					t.Errorf("Set(%q) = %v, want an error", tc.in, time.Duration(g))
				}
				return
			}
			if err != nil || time.Duration(g) != tc.want {
				t.Errorf("Set(%q) = %v, %v; want %v", tc.in, time.Duration(g), err, tc.want)
			}
			// What String prints, Set reads back.
			var back gapValue
			if err := back.Set(g.String()); err != nil || back != g {
				t.Errorf("String() = %q does not read back: %v, %v", g.String(), time.Duration(back), err)
			}
		})
	}
}

// TestDatasetBadLines checks which read errors --skip-bad may skip: lines
// that are not records, never a file that cannot be read.
func TestDatasetBadLines(t *testing.T) {
	good := `{"id":"a","claims":[{"actor":{"country":"US"},"action":"ban","status":"enacted","targets":[{"vendor":"ZTE","category":"telecom_equipment"}],"confidence":0.5}]}`
	tests := []struct {
		name    string
		in      io.Reader
		skipBad bool
		wantErr bool
		wantBad int
	}{
		{"clean", strings.NewReader(good + "\n"), false, false, 0},
		{"syntax error fails", strings.NewReader(good + "\n{oops\n"), false, true, 0},
		{"syntax error skipped", strings.NewReader(good + "\n{oops\n"), true, false, 1},
		{"wrong shape skipped", strings.NewReader("[1,2]\n\"text\"\n" + good + "\n"), true, false, 2},
		{"read failure is never skipped", io.MultiReader(strings.NewReader(good+"\n"), failingReader{}), true, true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var errOut bytes.Buffer
			opts := &datasetOptions{streams: &IOStreams{In: tc.in, ErrOut: &errOut}, SkipBad: tc.skipBad}
			var st datasetStats
			var recs []corpus.Record
			err := readDatasetRecords("-", opts, &st, func(r corpus.Record) error { recs = append(recs, r); return nil })
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			var pe *corpus.ParseError
			if err != nil && !tc.skipBad && !errors.As(err, &pe) {
				t.Errorf("error %v is not a positioned *corpus.ParseError", err)
			}
			if st.bad != tc.wantBad || strings.Count(errOut.String(), "skipping stdin:") != tc.wantBad {
				t.Errorf("bad = %d, warnings %q; want %d", st.bad, errOut.String(), tc.wantBad)
			}
			if !tc.wantErr && (len(recs) != 1 || recs[0].ID != "a") {
				t.Errorf("records %+v", recs)
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

// TestDatasetRun runs the command on buffers: stdout holds only data,
// stderr only the summary.
func TestDatasetRun(t *testing.T) {
	var in strings.Builder
	for i, vendor := range []string{"Huawei", "Huawei", "ZTE"} {
		fmt.Fprintf(&in, `{"id":"p%d","published":"2020-05-0%d","language":{"code":"en"},"claims":[{"actor":{"country":"GB"},"action":"phase_out","status":"enacted","targets":[{"vendor":%q,"category":"telecom_equipment"}],"primary":true,"confidence":0.5}],"error":null}`+"\n", i, i+1, vendor)
	}
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(in.String()), Out: &out, ErrOut: &errOut}
	if code := Main(streams, []string{"dataset", "--kind", "events", "-"}); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var mentions []int
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var e dataset.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("stdout line %q: %v", line, err)
		}
		mentions = append(mentions, e.MentionCount)
	}
	if fmt.Sprint(mentions) != "[2 1]" {
		t.Errorf("mention counts %v, want [2 1]", mentions)
	}
	if errOut.String() != "bansift: 3 records, 3 claims, 2 events\n" {
		t.Errorf("stderr %q", errOut.String())
	}
}
