package dataset

import (
	"bufio"
	"encoding/json"
	"io"
)

// jsonlClaims writes claim rows as JSONL.
type jsonlClaims struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newJSONLClaims(w io.Writer) ClaimSink {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlClaims{bw: bw, enc: enc}
}

func (j *jsonlClaims) Write(rows ...ClaimRow) error {
	for i := range rows {
		if err := j.enc.Encode(&rows[i]); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonlClaims) Close() error { return j.bw.Flush() }

func writeEventsJSONL(w io.Writer, events []Event) error { return writeJSONL(w, events) }

// writeJSONL writes one compact object per line, with <, > and & left as
// they are: evidence quotes web pages.
func writeJSONL[T any](w io.Writer, items []T) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range items {
		if err := enc.Encode(&items[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}
