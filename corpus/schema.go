package corpus

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed record.schema.json
var recordSchema []byte

// schemaURL is the $id of record.schema.json.
const schemaURL = "https://github.com/bansift/bansift/corpus/record.schema.json"

// RecordSchema returns the JSON Schema (draft 2020-12) of one output record.
func RecordSchema() []byte { return bytes.Clone(recordSchema) }

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(recordSchema))
	if err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, fmt.Errorf("record schema: %w", err)
	}
	return c.Compile(schemaURL)
})

// ValidateRecordJSON checks one record, as JSON, against the record schema,
// and checks what a schema cannot say: every evidence quote is its record's
// text[start:end]. The schema is compiled once and shared; ValidateRecordJSON
// is safe for concurrent use.
func ValidateRecordJSON(data []byte) error {
	sch, err := compiled()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if err := sch.Validate(inst); err != nil {
		return err
	}
	var rec Record
	if err := json.Unmarshal(data, &rec); err != nil {
		return err
	}
	return checkEvidence(rec)
}

// checkEvidence checks that each evidence span lies in the text, on rune
// boundaries, and quotes it exactly.
func checkEvidence(rec Record) error {
	for i, c := range rec.Claims {
		for j, e := range c.Evidence {
			where := fmt.Sprintf("claims[%d].evidence[%d]", i, j)
			switch {
			case e.Start > e.End || e.End > len(rec.Text):
				return fmt.Errorf("%s: span [%d:%d] is outside the text (%d bytes)", where, e.Start, e.End, len(rec.Text))
			case rec.Text[e.Start:e.End] != e.Text:
				return fmt.Errorf("%s: text[%d:%d] is %q, not the quoted %q", where, e.Start, e.End,
					clipQuote(rec.Text[e.Start:e.End]), clipQuote(e.Text))
			}
		}
	}
	return nil
}

// clipQuote shortens s for an error message.
func clipQuote(s string) string {
	if len(s) <= 60 {
		return s
	}
	cut := 57
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}
