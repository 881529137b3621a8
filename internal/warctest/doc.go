// Package warctest writes small WARC files for tests and benchmarks: response
// records with an HTTP header and a payload, request and metadata records,
// each record gzipped on its own when asked, as crawlers write them.
//
//	var buf bytes.Buffer
//	warctest.Write(&buf, true, warctest.Response("urn:uuid:1", "https://example.com/a", "text/html", "<p>Hi</p>"))
package warctest
