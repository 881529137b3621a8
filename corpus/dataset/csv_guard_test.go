package dataset

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

func TestGuardCell(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"equals", "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"plus", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"minus formula", "-2+3", "'-2+3"},
		{"at", "@SUM(A1)", "'@SUM(A1)"},
		{"tab", "\t=1", "'\t=1"},
		{"carriage return", "\r=1", "'\r=1"},
		{"plain text", "The ministry said", "The ministry said"},
		{"formula sign inside", "a=b", "a=b"},
		{"empty", "", ""},
		{"negative number", "-0.5", "-0.5"},
		{"number", "0.75", "0.75"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := guardCell(tc.in); got != tc.want {
				t.Errorf("guardCell(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestCSVGuardsFormulas writes claims and events whose id, URL and evidence
// start like formulas and checks no cell of the CSV does.
func TestCSVGuardsFormulas(t *testing.T) {
	c := huawei(corpus.StatusEnacted, 0.5)
	c.Evidence[0].Text = "=cmd|' /C calc'!A0 said the ministry"
	c.Actor.Text = "@ministry"
	recs := []corpus.Record{page("+r1", "-https://news.example/a", "2020-01-02", "en", "", c)}
	writers := map[string]func(*bytes.Buffer) error{
		"claims": func(b *bytes.Buffer) error { return WriteClaims(b, "csv", Claims(recs)) },
		"events": func(b *bytes.Buffer) error { return WriteEvents(b, "csv", Events(recs, EventOptions{})) },
	}
	for name, write := range writers {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&buf).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			guarded := 0
			for _, row := range rows[1:] {
				for _, cell := range row {
					if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) || strings.HasPrefix(cell, "-h") {
						t.Errorf("cell %q starts like a formula", cell)
					}
					if strings.HasPrefix(cell, "'") {
						guarded++
					}
				}
			}
			if guarded == 0 {
				t.Error("no cell was guarded")
			}
		})
	}
}
