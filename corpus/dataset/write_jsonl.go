package dataset

import (
	"bufio"
	"encoding/json"
	"io"
)

func writeClaimsJSONL(w io.Writer, rows []ClaimRow) error { return writeJSONL(w, rows) }

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
