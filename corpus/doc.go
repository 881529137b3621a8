// Package corpus reads pages and defines the record bansift writes for each
// of them. Scoring records against gold data is package eval.
//
// # Reading pages
//
// Open turns command-line paths into a stream of Articles, each page decoded
// to UTF-8 text with "\n" line ends:
//
//	r, err := corpus.Open([]string{"pages/", "wire.jsonl", "-"}, corpus.ReadOptions{})
//	for {
//		a, err := r.Next() // io.EOF after the last
//		...                // a.ID "de/ministry", a.Source{Path, URL, Format: text|html}, a.Content, a.Notes
//	}
//
// A directory is read recursively in lexical order (.txt, .html, .htm; the
// id is the path below the root without its extension), a .jsonl/.ndjson
// file gives one article per line (an object with "id", "url", and "html"
// or "text"), "-" is stdin, and any other file is one page. Whether a page is
// HTML is decided by its name and its content; ReadOptions.Format forces a
// format by name ("auto", "text", "html", "jsonl", "warc"). OpenFile reads one file
// whose bytes come from elsewhere (an object store, a distributed engine)
// exactly as Open would read it from disk.
//
// A .warc or .warc.gz file (or any input with Format "warc"; a directory of
// them with Format "warc") is read record by record, plain or gzipped per
// record, from a file or a stream: each response record with HTTP status 200
// and an HTML or text payload (or none declared) is one article, its id the
// WARC-Record-ID, its URL the WARC-Target-URI, its Date the WARC-Date (the
// record's published date when the page gives none), its charset the HTTP
// Content-Type's, tried before the guesses below. Other records (request,
// metadata, warcinfo, revisit), other statuses and other payloads are
// passed to ReadOptions.OnSkipRecord with a SkipReason. A truncated or
// corrupt record, or bytes between records that are none, give one error
// article, and reading goes on at the next record that parses; in a plain
// (not gzipped) WARC a record cut short swallows the start of the next, which
// is then lost with it and named in the error. Memory holds one record at a
// time.
//
// Bad input never stops a read and never disappears: an empty file, binary
// content, bytes in an unknown encoding, a page over the size limit or a
// malformed JSONL line (with its *ParseError position) each yield one
// Article whose Err says why. Latin-1/Windows-1252 and UTF-16 text, or a
// charset an HTML page declares, is decoded and noted in Notes; a few
// invalid sequences in UTF-8 are replaced with U+FFFD and noted. Count
// tells a progress bar how many articles Open will yield, where that is
// cheap to know.
//
// # The record
//
// Record is one output line, the contract of ../shared/corpus/RECORD.md;
// the fixed vocabularies are typed constants with a list each (Actions,
// Sectors, ...). JSONLWriter writes records as JSONL, ReadRecords reads them
// back (a last line cut short by a kill is a ParseError wrapping
// ErrTornLine, which callers may skip), and ValidateRecordJSON checks one against record.schema.json
// (RecordSchema), the embedded JSON Schema kept equal to the vocabularies by
// the tests.
package corpus
