package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// maxRecordLine bounds one line of a records file: a record holds its page's
// cleaned text, quoted again in evidence, all JSON-escaped, so it may be
// several times the 5 MiB page limit.
const maxRecordLine = 256 << 20

// RecordReader reads a records file, as JSONLWriter writes it, one record at
// a time.
type RecordReader struct {
	name string
	src  *lastByteReader
	r    *bufio.Reader
	line int
}

// NewRecordReader reads records from r; name is the file name used in
// errors ("" when there is none).
func NewRecordReader(r io.Reader, name string) *RecordReader {
	src := &lastByteReader{r: r}
	return &RecordReader{name: name, src: src, r: bufio.NewReaderSize(src, 64<<10)}
}

// Next returns the next record, skipping blank lines, or io.EOF after the
// last. A line that is not a record is a *ParseError naming its line; the
// reader can go on after it. When that line is the last one and has no line
// end, the run that wrote the file was most likely killed mid-record: the
// ParseError then wraps ErrTornLine, which callers may skip with a warning.
func (rr *RecordReader) Next() (Record, error) {
	for {
		line, size, err := readLine(rr.r, maxRecordLine)
		if errors.Is(err, io.EOF) {
			return Record{}, io.EOF
		}
		rr.line++
		switch {
		case err != nil:
			return Record{}, &ParseError{Path: rr.name, Line: rr.line, Err: err}
		case size > maxRecordLine:
			return Record{}, &ParseError{Path: rr.name, Line: rr.line, Err: &SizeError{Size: size, Limit: maxRecordLine}}
		case len(bytes.TrimSpace(line)) == 0:
			continue
		}
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			if rr.atUnterminatedEnd() {
				err = fmt.Errorf("%w: %w", ErrTornLine, err)
			}
			return Record{}, &ParseError{Path: rr.name, Line: rr.line, Err: fmt.Errorf("invalid record: %w", err)}
		}
		return rec, nil
	}
}

// ReadRecords reads every record of r; it stops at the first line that is
// not a record and returns that *ParseError.
func ReadRecords(r io.Reader) ([]Record, error) {
	return readRecords(NewRecordReader(r, ""))
}

// ReadRecordsFile reads every record of the file path.
func ReadRecordsFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readRecords(NewRecordReader(f, path))
}

func readRecords(rr *RecordReader) ([]Record, error) {
	var recs []Record
	for {
		rec, err := rr.Next()
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return recs, err
		}
		recs = append(recs, rec)
	}
}
