package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// awkward returns records whose evidence and names hold what CSV must quote.
func awkward() []corpus.Record {
	evidence := []string{
		`The ministry said "no more Huawei", effective now.`,
		"A first line,\nand a second line after a newline.",
		"Plain words only",
		`Trailing quote "`,
		"Semi;colon and\r\nCRLF",
	}
	var recs []corpus.Record
	for i, ev := range evidence {
		c := huawei(corpus.StatusEnacted, 0.5)
		c.Evidence[0].Text = ev
		c.Actor.Text = `the "interior", ministry`
		recs = append(recs, page("r"+strconv.Itoa(i), "https://news.example/a,b?q=\"x\"&n="+strconv.Itoa(i), "2020-01-0"+strconv.Itoa(i+1), "en", "", c))
	}
	return recs
}

func TestClaimsCSVQuoting(t *testing.T) {
	rows := Claims(awkward())
	var buf bytes.Buffer
	if err := WriteClaims(&buf, "csv", rows); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, buf.String())
	}
	if len(got) != len(rows)+1 {
		t.Fatalf("got %d CSV rows, want header + %d", len(got), len(rows))
	}
	col := map[string]int{}
	for i, h := range got[0] {
		col[h] = i
	}
	for i, r := range rows {
		line := got[i+1]
		if len(line) != len(claimHeader) {
			t.Fatalf("row %d has %d fields, want %d", i, len(line), len(claimHeader))
		}
		// encoding/csv reads \r\n inside a quoted field back as \n.
		wantEv := strings.ReplaceAll(r.EvidenceText, "\r\n", "\n")
		checks := []struct{ name, got, want string }{
			{"evidence_text", line[col["evidence_text"]], wantEv},
			{"actor_text", line[col["actor_text"]], r.ActorText},
			{"url", line[col["url"]], r.URL},
			{"evidence_start", line[col["evidence_start"]], strconv.Itoa(r.EvidenceStart)},
			{"sectors", line[col["sectors"]], "government"},
			{"confidence", line[col["confidence"]], "0.5"},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("row %d %s: got %q, want %q", i, c.name, c.got, c.want)
			}
		}
	}
}

func TestEventsCSV(t *testing.T) {
	recs := awkward()
	recs = append(recs, page("z", "https://other.example/z", "2020-01-09", "de", "", claimOf("NO", corpus.ActionPhaseOut, corpus.StatusEnacted, "ZTE", corpus.CategoryTelecomEquipment, 0.5, true)))
	events := Events(recs, EventOptions{})
	var buf bytes.Buffer
	if err := WriteEvents(&buf, "csv", events); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if len(got) != len(events)+1 || !reflect.DeepEqual(got[0], eventHeader) {
		t.Fatalf("got %d rows, header %v", len(got), got[0])
	}
	col := map[string]int{}
	for i, h := range got[0] {
		col[h] = i
	}
	first := got[1]
	checks := []struct {
		name      string
		got, want any
	}{
		{"vendor", first[col["vendor"]], "Huawei"},
		{"record ids joined", first[col["record_ids"]], "r0;r1;r2;r3;r4"},
		{"urls joined", strings.Count(first[col["urls"]], ";"), 4},
		{"counts joined", first[col["languages"]], "en:5"},
		{"statuses", first[col["statuses"]], "enacted:5"},
		{"mention count", first[col["mention_count"]], "5"},
		{"actors", first[col["actors"]], "Government of NO"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if got[2][col["vendor"]] != "ZTE" || got[2][col["languages"]] != "de:1" {
		t.Errorf("second event row %v", got[2])
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	recs := awkward()
	rows, events := Claims(recs), Events(recs, EventOptions{})
	var buf bytes.Buffer
	if err := WriteClaims(&buf, "jsonl", rows); err != nil {
		t.Fatal(err)
	}
	if got := decodeLines[ClaimRow](t, &buf); !reflect.DeepEqual(got, rows) {
		t.Errorf("claim rows changed through JSONL:\n got %+v\nwant %+v", got, rows)
	}
	buf.Reset()
	if err := WriteEvents(&buf, "jsonl", events); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `\u0026`) || strings.Contains(buf.String(), "null") {
		t.Errorf("escaped HTML or null lists in %s", buf.String())
	}
	got := decodeLines[Event](t, &buf)
	for i := range events {
		events[i].key = ""
	}
	if !reflect.DeepEqual(got, events) {
		t.Errorf("events changed through JSONL:\n got %+v\nwant %+v", got, events)
	}
}

func decodeLines[T any](t *testing.T, buf *bytes.Buffer) []T {
	t.Helper()
	var out []T
	sc := bufio.NewScanner(buf)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("line %d: %v", len(out)+1, err)
		}
		out = append(out, v)
	}
	return out
}

func TestUnknownFormat(t *testing.T) {
	for _, name := range []string{"", "xlsx", "JSONL"} {
		err := WriteClaims(&bytes.Buffer{}, name, nil)
		if !errors.Is(err, ErrUnknownFormat) || !strings.Contains(err.Error(), "jsonl, csv") {
			t.Errorf("format %q: error %v, want ErrUnknownFormat listing the known formats", name, err)
		}
		if err := WriteEvents(&bytes.Buffer{}, name, nil); !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("events format %q: error %v", name, err)
		}
	}
}
