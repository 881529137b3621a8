package corpus

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// TestRecordReaderTornLine tells a last line cut short by a kill (no line
// end) from a bad line anywhere else.
func TestRecordReaderTornLine(t *testing.T) {
	const good = `{"id":"a","source":{"path":"a.txt","url":null,"format":"text"}}` + "\n"
	const cut = `{"id":"b","source":{"path":"b.t`
	tests := []struct {
		name     string
		in       string
		records  int  // whole records read before the error
		wantErr  bool // some line is not a record
		wantTorn bool // ... and it is a torn last line
	}{
		{"whole file", good + good, 2, false, false},
		{"torn last line", good + good + cut, 2, true, true},
		{"torn only line", cut, 0, true, true},
		{"bad last line with a line end", good + cut + "\n", 1, true, false},
		{"bad line in the middle", good + cut + "\n" + good, 1, true, false},
		{"bad line in the middle, no final line end", good + "not json\n" + strings.TrimSuffix(good, "\n"), 1, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rr := NewRecordReader(strings.NewReader(tc.in), "r.jsonl")
			n := 0
			var err error
			for {
				_, err = rr.Next()
				if err != nil {
					break
				}
				n++
			}
			if n != tc.records {
				t.Errorf("read %d records before %v, want %d", n, err, tc.records)
			}
			if errors.Is(err, io.EOF) != !tc.wantErr {
				t.Fatalf("err = %v, want a bad line: %v", err, tc.wantErr)
			}
			if got := errors.Is(err, ErrTornLine); got != tc.wantTorn {
				t.Errorf("torn = %v (%v), want %v", got, err, tc.wantTorn)
			}
			var pe *ParseError
			if tc.wantErr && !errors.As(err, &pe) {
				t.Errorf("err %v is not a *ParseError", err)
			}
		})
	}
}
