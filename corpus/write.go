package corpus

import (
	"bufio"
	"encoding/json"
	"io"
)

// JSONLWriter writes records as JSONL: one compact JSON object per line,
// with <, > and & left as they are (the text quotes web pages). It buffers:
// call Flush when done. It is not safe for concurrent use; pipeline.Run
// already hands records over one at a time, in order.
type JSONLWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewJSONLWriter returns a writer of records to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONLWriter{w: bw, enc: enc}
}

// Write writes r as one line. Lists that are nil are written as [] rather
// than null, as the record contract and its schema require, so a stage that
// leaves a list unset still yields a valid record.
func (w *JSONLWriter) Write(r Record) error {
	return w.enc.Encode(withLists(r))
}

// Flush writes any buffered records to the underlying writer.
func (w *JSONLWriter) Flush() error { return w.w.Flush() }

// withLists returns r with every nil list replaced by an empty one. It copies
// what it changes, so the caller's record is left alone.
func withLists(r Record) Record {
	if r.Removed == nil {
		r.Removed = []Removed{}
	}
	if r.Claims == nil {
		r.Claims = []Claim{}
	}
	if r.TranslatedFrom != nil && r.TranslatedFrom.Evidence == nil {
		t := *r.TranslatedFrom
		t.Evidence = []string{}
		r.TranslatedFrom = &t
	}
	copied := false
	for i, c := range r.Claims {
		if c.Targets != nil && c.Affected != nil && c.Reasons != nil && c.Evidence != nil {
			continue
		}
		if !copied {
			r.Claims = append([]Claim(nil), r.Claims...)
			copied = true
		}
		c := &r.Claims[i]
		if c.Targets == nil {
			c.Targets = []Target{}
		}
		if c.Affected == nil {
			c.Affected = []Affected{}
		}
		if c.Reasons == nil {
			c.Reasons = []Reason{}
		}
		if c.Evidence == nil {
			c.Evidence = []Evidence{}
		}
	}
	return r
}
