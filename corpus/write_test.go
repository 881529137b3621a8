package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestJSONLWriter(t *testing.T) {
	big := validRecord()
	big.ID = "big"
	big.Text = strings.Repeat("A <b>long</b> & winding text. ", 4000) // ~120 KiB
	big.Claims = nil
	bare := Record{ID: "bare", Source: Source{Path: "bare.txt", Format: FormatText}, Language: Language{Code: Undetermined},
		Claims: []Claim{{Action: ActionBan, Status: StatusEnacted, Actor: Actor{Country: "XY"}}},
		Error:  &RecordError{Stage: StageClean, Message: "no article text found"}}
	recs := []Record{validRecord(), big, bare}

	var out strings.Builder
	w := NewJSONLWriter(&out)
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != len(recs) {
		t.Fatalf("wrote %d lines for %d records", len(lines), len(recs))
	}
	for i, line := range lines {
		if err := ValidateRecordJSON([]byte(line)); err != nil {
			t.Errorf("line %d does not validate: %v", i+1, err)
		}
	}
	if !strings.Contains(lines[1], "A <b>long</b> & winding") {
		t.Error("<, > or & were escaped")
	}
	if bare.Removed != nil || bare.Claims[0].Targets != nil {
		t.Error("Write changed the caller's record")
	}

	got, err := ReadRecords(strings.NewReader("\n" + out.String() + "\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	// What comes back is what went in, with empty lists for nil ones.
	want := []Record{withLists(recs[0]), withLists(recs[1]), withLists(recs[2])}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the records:\n got %+v\nwant %+v", got[2], want[2])
	}
}

func TestReadRecordsErrors(t *testing.T) {
	good := `{"id": "a", "source": {"path": "a.txt", "url": null, "format": "text"}, "claims": [], "error": null}`
	tests := []struct {
		name  string
		in    string
		n     int    // records read before the error
		line  int    // line of the error; 0 for none
		inMsg string // part of the error message
	}{
		{"all good", good + "\n" + good + "\n", 2, 0, ""},
		{"empty", "", 0, 0, ""},
		{"truncated line", good + "\n\n" + `{"id": "b", "source": {`, 1, 3, "records.jsonl:3: invalid record"},
		{"wrong type", good + "\n" + `{"id": 5}`, 1, 2, "records.jsonl:2: invalid record"},
		{"not an object", `["a"]`, 0, 1, "records.jsonl:1:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "records.jsonl")
			if err := os.WriteFile(path, []byte(tc.in), 0o644); err != nil {
				t.Fatal(err)
			}
			recs, err := ReadRecordsFile(path)
			if len(recs) != tc.n {
				t.Errorf("read %d records, want %d", len(recs), tc.n)
			}
			if tc.line == 0 {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.Line != tc.line || pe.Path != path {
				t.Errorf("error at %s:%d, want %s:%d", pe.Path, pe.Line, path, tc.line)
			}
			if !strings.Contains(err.Error(), tc.inMsg) {
				t.Errorf("error %q does not contain %q", err, tc.inMsg)
			}
		})
	}
	if _, err := ReadRecordsFile(filepath.Join(t.TempDir(), "none.jsonl")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", err)
	}
}
