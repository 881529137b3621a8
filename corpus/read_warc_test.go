package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/internal/warctest"
)

// crawl is a small crawl: pages among the records a crawler also writes.
func crawl() []warctest.Record {
	latin1 := []byte("Die Beh\xf6rde untersagt den Kauf von Kameras.\n\nDas gilt ab M\xe4rz.")
	return []warctest.Record{
		warctest.Request("urn:uuid:req-1", "https://news.example/a"),
		warctest.Response("urn:uuid:page-a", "https://news.example/a", "text/html; charset=utf-8",
			warctest.HTMLPage("Ministry bars routers", "The ministry barred the routers from state networks on Monday.")),
		warctest.Metadata("urn:uuid:meta-1", "https://news.example/a"),
		warctest.HTTPResponse("urn:uuid:gone", "https://news.example/old", 404, "text/html", []byte("<p>not found</p>")),
		warctest.HTTPResponse("urn:uuid:logo", "https://news.example/logo.png", 200, "image/png", []byte("\x89PNG\r\n\x1a\n....")),
		warctest.HTTPResponse("urn:uuid:page-b", "https://news.example/b.txt", 200, "text/plain; charset=ISO-8859-1", latin1),
	}
}

// readWARC reads data as the WARC file name and returns the articles and
// the skipped records by reason.
func readWARC(t *testing.T, name string, data []byte, format string) ([]Article, map[SkipReason]int) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	skipped := map[SkipReason]int{}
	r, err := Open([]string{path}, ReadOptions{Format: format, OnSkipRecord: func(_ string, why SkipReason) { skipped[why]++ }})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	return drainArticles(t, r), skipped
}

func drainArticles(t *testing.T, r ArticleReader) []Article {
	t.Helper()
	var out []Article
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
		if len(out) > 1000 {
			t.Fatal("reader does not end")
		}
	}
}

func TestWARCResponses(t *testing.T) {
	for _, tc := range []struct {
		name, file, format string
		gz                 bool
	}{
		{"plain by extension", "crawl.warc", "", false},
		{"gzipped per record by extension", "crawl.warc.gz", "", true},
		{"forced format, any name", "crawl.bin", "warc", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := warctest.Write(&buf, tc.gz, crawl()...); err != nil {
				t.Fatal(err)
			}
			arts, skipped := readWARC(t, tc.file, buf.Bytes(), tc.format)
			if len(arts) != 2 {
				t.Fatalf("got %d articles, want the 2 pages: %+v", len(arts), arts)
			}
			a, b := arts[0], arts[1]
			if a.ID != "urn:uuid:page-a" || a.Source.URL == nil || *a.Source.URL != "https://news.example/a" ||
				a.Source.Format != FormatHTML || a.Date != "2024-03-01" || a.Err != nil {
				t.Errorf("html page: %+v", a)
			}
			if !strings.Contains(a.Content, "barred the routers") {
				t.Errorf("html payload not read: %q", a.Content)
			}
			if b.ID != "urn:uuid:page-b" || b.Source.Format != FormatText || !strings.Contains(b.Content, "Behörde") {
				t.Errorf("latin-1 text page: %+v", b)
			}
			if !strings.Contains(strings.Join(b.Notes, ";"), "HTTP header") {
				t.Errorf("the charset should come from the HTTP header, notes %q", b.Notes)
			}
			want := map[SkipReason]int{SkipNotResponse: 2, SkipStatus: 1, SkipNotText: 1}
			for why, n := range want {
				if skipped[why] != n {
					t.Errorf("skipped %q: %d, want %d (all: %v)", why, skipped[why], n, skipped)
				}
			}
		})
	}
}

func TestWARCCorruptRecords(t *testing.T) {
	page := func(id string) warctest.Record {
		return warctest.Response("urn:uuid:"+id, "https://news.example/"+id, "text/html",
			warctest.HTMLPage("Story "+id, "A paragraph of the story called "+id+" with enough words in it."))
	}
	cut := func(r warctest.Record) warctest.Record { r.Cut = 40; return r }
	for _, tc := range []struct {
		name    string
		gz      bool
		records []warctest.Record
		pages   []string // ids of the good articles, in order
		errors  int
	}{
		{"gzip: truncated last record", true, []warctest.Record{page("p1"), page("p2"), cut(page("p3"))}, []string{"p1", "p2"}, 1},
		{"plain: truncated last record", false, []warctest.Record{page("p1"), cut(page("p2"))}, []string{"p1"}, 1},
		{"gzip: truncated record in the middle", true, []warctest.Record{page("p1"), cut(page("p2")), page("p3"), page("p4")}, []string{"p1", "p3", "p4"}, 1},
		{"plain: truncated record in the middle", false, []warctest.Record{page("p1"), cut(page("p2")), page("p3"), page("p4")}, []string{"p1", "p4"}, 1},
		{"plain: garbage between records", false, []warctest.Record{page("p1"), {Raw: []byte("<html>stray bytes</html>\r\n")}, page("p3")}, []string{"p1", "p3"}, 1},
		{"gzip: garbage between records", true, []warctest.Record{page("p1"), {Raw: []byte("stray bytes, not gzip")}, page("p3")}, []string{"p1", "p3"}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := warctest.Write(&buf, tc.gz, tc.records...); err != nil {
				t.Fatal(err)
			}
			arts, _ := readWARC(t, "c.warc.gz", buf.Bytes(), "warc")
			var good []string
			errs := 0
			for _, a := range arts {
				if a.Err != nil {
					errs++
					if a.Err.Stage != StageRead || !strings.Contains(a.Err.Message, "WARC record at byte") {
						t.Errorf("error record: %+v", a.Err)
					}
					continue
				}
				good = append(good, strings.TrimPrefix(a.ID, "urn:uuid:"))
			}
			t.Logf("good %v, %d errors", good, errs)
			if errs != tc.errors {
				t.Errorf("%d error records, want %d", errs, tc.errors)
			}
			for _, id := range tc.pages {
				if !strings.Contains(strings.Join(good, " "), id) {
					t.Errorf("page %s lost; read %v", id, good)
				}
			}
		})
	}
}

// TestWARCFromStream reads per-record gzip from a pipe: nothing may seek.
func TestWARCFromStream(t *testing.T) {
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(warctest.Write(pw, true, crawl()...)) }()
	r, err := Open([]string{"-"}, ReadOptions{Format: "warc", Stdin: pr})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	arts := drainArticles(t, r)
	if len(arts) != 2 || arts[0].ID != "urn:uuid:page-a" || arts[0].Err != nil || arts[1].Err != nil {
		t.Fatalf("from a stream: %+v", arts)
	}
}

func FuzzWARC(f *testing.F) {
	for _, gz := range []bool{false, true} {
		var buf bytes.Buffer
		if err := warctest.Write(&buf, gz, crawl()...); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
		f.Add(buf.Bytes()[:buf.Len()/2])
	}
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999\r\n\r\nshort"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Open([]string{"-"}, ReadOptions{Format: "warc", Stdin: bytes.NewReader(data)})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		for n := 0; ; n++ {
			a, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if n > len(data) {
				t.Fatal("more articles than bytes: the reader does not advance")
			}
		}
	})
}
