package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// Record is one WARC record to write.
type Record struct {
	Type string // "response", "request", "metadata", ...
	ID   string // WARC-Record-ID without the angle brackets
	URI  string // WARC-Target-URI
	Date string // WARC-Date, RFC 3339; "" means 2024-03-01T10:00:00Z
	// ContentType is the record's own Content-Type.
	ContentType string
	// Block is the content block: for a response, the HTTP header and body.
	Block []byte
	// Cut, when > 0, drops that many bytes from the end of the block while
	// Content-Length still counts them: a truncated record.
	Cut int
	// Raw, when set, is written as it is instead of a record (never
	// gzipped): garbage between records.
	Raw []byte
}

// Response is a response record: HTTP status 200 and a body of contentType
// (e.g. "text/html; charset=windows-1252").
func Response(id, uri, contentType, body string) Record {
	return HTTPResponse(id, uri, 200, contentType, []byte(body))
}

// HTTPResponse is a response record with any status and raw body bytes.
func HTTPResponse(id, uri string, status int, contentType string, body []byte) Record {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, statusText(status), contentType, len(body))
	b.Write(body)
	return Record{Type: "response", ID: id, URI: uri, ContentType: "application/http;msgtype=response", Block: b.Bytes()}
}

// Request is the request record a crawler writes before a response.
func Request(id, uri string) Record {
	block := "GET / HTTP/1.1\r\nHost: example.com\r\nUser-Agent: test\r\n\r\n"
	return Record{Type: "request", ID: id, URI: uri, ContentType: "application/http;msgtype=request", Block: []byte(block)}
}

// Metadata is a metadata record about uri.
func Metadata(id, uri string) Record {
	return Record{Type: "metadata", ID: id, URI: uri, ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 120\r\n")}
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	}
	return "Status"
}

// Write writes records to w, each gzipped on its own when gz is set.
func Write(w io.Writer, gz bool, records ...Record) error {
	for _, r := range records {
		raw := Marshal(r)
		if r.Raw != nil {
			raw = r.Raw
		}
		if !gz || r.Raw != nil {
			if _, err := w.Write(raw); err != nil {
				return err
			}
			continue
		}
		zw := gzip.NewWriter(w)
		if _, err := zw.Write(raw); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Marshal is one record as WARC 1.1 bytes.
func Marshal(r Record) []byte {
	date := r.Date
	if date == "" {
		date = "2024-03-01T10:00:00Z"
	}
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.Type)
	fmt.Fprintf(&b, "WARC-Record-ID: <%s>\r\n", r.ID)
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date)
	if r.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n", r.ContentType)
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(r.Block))
	block := r.Block
	if r.Cut > 0 {
		block = block[:max(0, len(block)-r.Cut)]
	}
	b.Write(block)
	if r.Cut == 0 {
		b.WriteString("\r\n\r\n")
	}
	return b.Bytes()
}

// HTMLPage is a small HTML page with a title and paragraphs, for payloads.
func HTMLPage(title string, paragraphs ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>%s</title></head><body><article><h1>%s</h1>", title, title)
	for _, p := range paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}
