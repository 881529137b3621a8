package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestOpenFileReadsLikeOpen reads files through OpenFile, from an opener
// that is not the file system's, and wants exactly the articles Open gives
// for the same file on disk: an engine reading object storage must produce
// the records the command line does.
func TestOpenFileReadsLikeOpen(t *testing.T) {
	dir := t.TempDir()
	files := []struct {
		name, body, format string
	}{
		{"page.txt", "Ministry bars the devices.\n\nThe order takes effect in May.\n", ""},
		{"page.html", "<html><body><p>The regulator blocks the app.</p></body></html>", ""},
		{"latin1.txt", "Gr\xf6\xdfe der Beh\xf6rde\n", ""},
		{"empty.txt", "", ""},
		{"binary.txt", "\x00\x01\x02\x03", ""},
		{"wire.jsonl", `{"id":"a","text":"One."}` + "\n\nnot json\n" + `{"url":"https://example.org/b","html":"<p>Two.</p>"}` + "\n", ""},
		{"empty.jsonl", "", ""},
		{"forced.txt", "<p>Looks like HTML.</p>", "text"},
		{"forced.md", "<p>Looks like HTML.</p>", "html"},
		{"lines.txt", `{"id":"x","text":"A line."}` + "\n", "jsonl"},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, []byte(f.body), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(f.name, func(t *testing.T) {
			opts := ReadOptions{Format: f.format}
			want := readAllArticles(t, func() (ArticleReader, error) { return Open([]string{path}, opts) })
			got := readAllArticles(t, func() (ArticleReader, error) {
				return OpenFile(File{Path: path, Open: func() (io.ReadCloser, error) {
					return io.NopCloser(bytes.NewReader([]byte(f.body))), nil
				}}, opts)
			})
			if !reflect.DeepEqual(got, want) {
				t.Errorf("OpenFile gave\n%+v\nOpen gave\n%+v", got, want)
			}
		})
	}
}

// TestOpenFileLimits: a known size over the limit is refused without
// opening, a failed open is the article's error, and a bad format is an
// error of OpenFile itself.
func TestOpenFileLimits(t *testing.T) {
	failOpen := func() (io.ReadCloser, error) { return nil, errors.New("bucket unreachable") }
	tests := []struct {
		name    string
		file    File
		opts    ReadOptions
		wantID  string
		wantMsg string // the article's error message
	}{
		{"size known", File{Path: "s3/big.txt", Size: 11, Open: failOpen}, ReadOptions{MaxBytes: 10},
			"big", (&SizeError{Size: 11, Limit: 10}).Error()},
		{"open fails", File{Path: "s3/x.html", ID: "site/x", Open: failOpen}, ReadOptions{},
			"site/x", "bucket unreachable"},
		{"jsonl open fails", File{Path: "s3/w.jsonl", Open: failOpen}, ReadOptions{},
			"w", "bucket unreachable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAllArticles(t, func() (ArticleReader, error) { return OpenFile(tt.file, tt.opts) })
			if len(got) != 1 || got[0].ID != tt.wantID || got[0].Err == nil || got[0].Err.Message != tt.wantMsg || got[0].Err.Stage != StageRead {
				t.Fatalf("got %+v, want one article %q with read error %q", got, tt.wantID, tt.wantMsg)
			}
		})
	}
	for _, format := range []string{"pdf", "-1"} {
		if _, err := OpenFile(File{Path: "x.txt", Open: failOpen}, ReadOptions{Format: format}); err == nil {
			t.Errorf("format %q: want an error", format)
		}
	}
	if _, err := OpenFile(File{Path: "x.txt", Open: failOpen}, ReadOptions{MaxBytes: -1}); err == nil {
		t.Error("negative limit: want an error")
	}
}

// readAllArticles drains the reader open returns.
func readAllArticles(t *testing.T, open func() (ArticleReader, error)) []Article {
	t.Helper()
	r, err := open()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
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
	}
}
