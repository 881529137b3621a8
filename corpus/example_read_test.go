package corpus_test

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"

	"github.com/bansift/bansift/corpus"
)

// Open reads a folder tree and a JSONL file in one go. Broken inputs come
// out as articles with Err set, in their place, so nothing is lost.
func ExampleOpen() {
	r, err := corpus.Open([]string{"testdata/read/pages", "testdata/read/batch.jsonl"}, corpus.ReadOptions{
		OnSkip: func(path string) { fmt.Println("skipped", path) },
	})
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		switch {
		case a.Err != nil:
			fmt.Printf("%s: error: %s\n", a.ID, a.Err.Message)
		case len(a.Notes) > 0:
			fmt.Printf("%s (%s): %q\n", a.ID, a.Source.Format, a.Notes)
		default:
			fmt.Printf("%s (%s)\n", a.ID, a.Source.Format)
		}
	}
	// Output:
	// skipped testdata/read/pages/crawl-info.json
	// de/behoerde (text): ["decoded from windows-1252"]
	// empty: error: empty input
	// en/ministry (text)
	// report (html)
	// wire-001 (text)
	// wire-002 (html)
	// batch:4: error: testdata/read/batch.jsonl:4: invalid JSON: unexpected end of JSON input
	// batch:5 (text)
}

// A JSONLWriter writes one record per line; ValidateRecordJSON checks a
// line against the record schema.
func ExampleJSONLWriter() {
	w := corpus.NewJSONLWriter(os.Stdout)
	rec := corpus.Record{
		ID:       "empty",
		Source:   corpus.Source{Path: "pages/empty.txt", Format: corpus.FormatText},
		Language: corpus.Language{Code: corpus.Undetermined},
		Error:    &corpus.RecordError{Stage: corpus.StageRead, Message: "empty input"},
	}
	if err := w.Write(rec); err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"id":"empty","source":{"path":"pages/empty.txt","url":null,"format":"text"},"title":"","published":null,"language":{"code":"und","confidence":0},"translated_from":null,"relevant":{"label":false,"score":0},"text":"","removed":[],"claims":[],"error":{"stage":"read","message":"empty input"}}
}
