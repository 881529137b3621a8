package dataset

import (
	"bytes"
	"slices"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/bansift/bansift/corpus"
)

// TestParquetRoundTrip writes claims and events as Parquet and reads them
// back: every row, lists as lists, zstd on every column.
func TestParquetRoundTrip(t *testing.T) {
	var recs []corpus.Record
	for i, vendor := range []string{"Huawei", "ZTE", "Huawei"} {
		recs = append(recs, corpus.Record{
			ID: "p" + string(rune('1'+i)), Published: ptr("2024-01-0" + string(rune('1'+i))), Language: corpus.Language{Code: "en"},
			Relevant: corpus.Relevance{Label: true, Score: 0.9},
			Claims: []corpus.Claim{{Actor: corpus.Actor{Country: "GB"}, Action: "phase_out", Status: "enacted",
				Targets:  []corpus.Target{{Vendor: vendor, Category: "telecom_equipment"}},
				Affected: []corpus.Affected{{Sector: "telecom"}, {Sector: "government"}},
				Reasons:  []corpus.Reason{{Category: "national_security"}},
				Primary:  true, Confidence: 0.6}},
		})
	}
	rows := Claims(recs)
	var buf bytes.Buffer
	sink, err := NewClaimSink(&buf, "parquet")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows { // one at a time, as dataset streams them
		if err := sink.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := sink.Close(); err != nil {
		t.Fatal(err)
	}
	got := readParquet[claimParquet](t, buf.Bytes())
	if len(got) != len(rows) {
		t.Fatalf("%d rows read back, want %d", len(got), len(rows))
	}
	for i, r := range got {
		if r.RecordID != rows[i].RecordID || r.Vendor != rows[i].Vendor || !slices.Equal(r.Sectors, []string{"telecom", "government"}) {
			t.Errorf("row %d: %+v", i, r)
		}
	}
	checkParquetFile(t, buf.Bytes(), "sectors")

	events := Events(recs, EventOptions{})
	buf.Reset()
	if err := WriteEvents(&buf, "parquet", events); err != nil {
		t.Fatal(err)
	}
	evs := readParquet[eventParquet](t, buf.Bytes())
	if len(evs) != len(events) || len(evs) != 2 {
		t.Fatalf("%d events read back, want %d", len(evs), len(events))
	}
	for i, e := range evs {
		if e.ID != events[i].ID || len(e.Mentions) != events[i].MentionCount || e.Statuses[0].Value != "enacted" {
			t.Errorf("event %d: %+v", i, e)
		}
	}
	checkParquetFile(t, buf.Bytes(), "mentions")
}

func readParquet[T any](t *testing.T, data []byte) []T {
	t.Helper()
	r := parquet.NewGenericReader[T](bytes.NewReader(data))
	defer r.Close()
	out := make([]T, r.NumRows())
	n, err := r.Read(out)
	if n != len(out) {
		t.Fatalf("read %d of %d rows: %v", n, len(out), err)
	}
	return out
}

// checkParquetFile checks that every column chunk is zstd-compressed and
// that column list is a LIST in the schema, as DuckDB and Spark expect.
func checkParquetFile(t *testing.T, data []byte, list string) {
	t.Helper()
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, rg := range f.Metadata().RowGroups {
		for _, c := range rg.Columns {
			if c.MetaData.Codec.String() != "ZSTD" {
				t.Errorf("column %v compressed with %v, want ZSTD", c.MetaData.PathInSchema, c.MetaData.Codec)
			}
		}
	}
	for _, fld := range f.Schema().Fields() {
		if fld.Name() == list {
			if lt := fld.Type().LogicalType(); lt == nil || lt.String() != "LIST" {
				t.Errorf("column %s is not a Parquet LIST: %v", list, lt)
			}
			return
		}
	}
	t.Errorf("no column %s in %s", list, f.Schema())
}

func ptr(s string) *string { return &s }
