package corpus

import (
	"errors"
	"io"
)

// ErrTornLine marks the last line of a records file when it is cut short:
// not a record and not ended by a line end, as a run killed while writing
// (kill -9, out of memory) leaves it. Every line before it is whole.
var ErrTornLine = errors.New("torn last line (the run that wrote it was stopped mid-record)")

// lastByteReader remembers the last byte it has read, so that at the end of
// a file the reader above it can tell whether the file ends with a line end.
type lastByteReader struct {
	r    io.Reader
	last byte
	n    int64
}

func (l *lastByteReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	if n > 0 {
		l.last = p[n-1]
		l.n += int64(n)
	}
	return n, err
}

// atUnterminatedEnd reports whether the line just read was the last of the
// input and had no line end after it.
func (rr *RecordReader) atUnterminatedEnd() bool {
	if _, err := rr.r.Peek(1); !errors.Is(err, io.EOF) {
		return false
	}
	return rr.src.n > 0 && rr.src.last != '\n'
}
