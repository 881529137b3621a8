package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
)

// openAuto reads path by its name and content: a directory as a tree of
// pages, a .jsonl or .ndjson file as JSONL, any other file as one page whose
// format its extension and content decide, and stdin as JSONL when its first
// line is a JSON object, else as one page.
func openAuto(path string, c *readConfig) ArticleReader {
	return openPath(path, c, c.exts,
		func() ArticleReader { return openAutoStdin(c) },
		func(path, id string) ArticleReader {
			if isJSONLName(path) {
				return newJSONLFile(path, id, c)
			}
			if isWARCName(path) {
				return newWARCFile(path, c)
			}
			return &oneArticle{make: func() Article { return readPageFile(path, id, c, "") }}
		})
}

// openAutoStdin looks at the start of stdin to choose between JSONL and a
// page; the bytes it looks at are read again by the chosen reader.
func openAutoStdin(c *readConfig) ArticleReader {
	br := bufio.NewReaderSize(c.stdin, 64<<10)
	if looksJSONL(br) {
		return newJSONLStream(br, c)
	}
	return &oneArticle{make: func() Article { return readStdinPage(br, c, "") }}
}

// looksJSONL reports input whose first non-blank byte is "{" and whose first
// line is valid JSON. A first line longer than the buffer that starts with
// "{" counts as JSONL: no text page opens with a 64 KiB brace line.
func looksJSONL(br *bufio.Reader) bool {
	buf := peekFirstLine(br)
	buf = bytes.TrimPrefix(buf, []byte("\uFEFF"))
	start := bytes.TrimLeft(buf, " \t\r\n")
	if len(start) == 0 || start[0] != '{' {
		return false
	}
	nl := bytes.IndexByte(start, '\n')
	if nl < 0 {
		return len(buf) >= br.Size()-3 || json.Valid(start)
	}
	return json.Valid(start[:nl])
}

// peekFirstLine returns the buffered start of br up to and including its
// first non-blank line, reading no further than that: on a live stream the
// next line may not come for a while, and records should not wait for it.
func peekFirstLine(br *bufio.Reader) []byte {
	for want := 1; ; {
		// Peek(n) waits for n bytes; what is buffered beyond them costs nothing to look at.
		_, err := br.Peek(want)
		buf, _ := br.Peek(br.Buffered())
		start := bytes.TrimLeft(buf, " \t\r\n\uFEFF")
		if err != nil || len(buf) >= br.Size() || (len(start) > 0 && bytes.IndexByte(start, '\n') >= 0) {
			return buf
		}
		want = len(buf) + 1
	}
}
