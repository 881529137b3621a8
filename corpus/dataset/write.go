package dataset

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrUnknownFormat is wrapped by the error for an output format name that is
// not one of Formats().
var ErrUnknownFormat = errors.New("unknown format")

// format writes claim rows and events in one file format.
type format struct {
	name   string
	claims func(io.Writer) ClaimSink
	events func(io.Writer, []Event) error
}

// ClaimSink writes claim rows as they come, so that a table of claims
// never has to be held in memory. Close finishes the file; it does not
// close the underlying writer.
type ClaimSink interface {
	Write(rows ...ClaimRow) error
	Close() error
}

// formats are the output formats, each in its own file.
var formats = []format{
	{"jsonl", newJSONLClaims, writeEventsJSONL},       // write_jsonl.go: one object per line, lists as lists
	{"csv", newCSVClaims, writeEventsCSV},             // write_csv.go: a header row, lists joined with ";"
	{"parquet", newParquetClaims, writeEventsParquet}, // write_parquet.go: zstd, lists as Parquet lists
}

// Formats returns the names of the output formats.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

func lookup(name string) (format, error) {
	for _, f := range formats {
		if f.name == name {
			return f, nil
		}
	}
	return format{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownFormat, name, strings.Join(Formats(), ", "))
}

// WriteClaims writes claim rows to w in the named format.
func WriteClaims(w io.Writer, formatName string, rows []ClaimRow) error {
	s, err := NewClaimSink(w, formatName)
	if err != nil {
		return err
	}
	if err := s.Write(rows...); err != nil {
		return err
	}
	return s.Close()
}

// NewClaimSink returns a writer of claim rows to w in the named format.
func NewClaimSink(w io.Writer, formatName string) (ClaimSink, error) {
	f, err := lookup(formatName)
	if err != nil {
		return nil, err
	}
	return f.claims(w), nil
}

// WriteEvents writes events to w in the named format.
func WriteEvents(w io.Writer, formatName string, events []Event) error {
	f, err := lookup(formatName)
	if err != nil {
		return err
	}
	return f.events(w, events)
}
