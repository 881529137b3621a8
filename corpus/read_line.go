package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// readLine returns the next line of r without its line end ("\n" or
// "\r\n"), and the line's size in bytes. A line longer than max is read to
// its end and discarded, so one oversized line costs no more than max bytes
// of memory and the next line reads normally: the caller sees size > max and
// a nil line. At the end of r it returns io.EOF.
func readLine(r *bufio.Reader, max int64) (line []byte, size int64, err error) {
	var prev byte // the byte before the current chunk
	for {
		chunk, err := r.ReadSlice('\n')
		size += int64(len(chunk))
		if size <= max+2 { // room for "\r\n"
			line = append(line, chunk...)
		} else {
			line = nil
		}
		switch {
		case err == nil:
			size--
			if n := len(chunk); n >= 2 && chunk[n-2] == '\r' || n == 1 && prev == '\r' {
				size--
			}
		case errors.Is(err, bufio.ErrBufferFull):
			prev = chunk[len(chunk)-1]
			continue
		case errors.Is(err, io.EOF):
			if size == 0 {
				return nil, 0, io.EOF
			}
		default:
			return nil, size, err
		}
		if size > max {
			return nil, size, nil
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		return bytes.TrimSuffix(line, []byte("\r")), size, nil
	}
}
