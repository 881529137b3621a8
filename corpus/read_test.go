package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Sample sentences, written for these tests.
const (
	germanText  = "Die Behörde prüft, ob Geräte des Herstellers weiter genutzt werden dürfen.\nÄrger über die Größe der Straße.\n"
	russianText = "Министерство запретило закупку оборудования у иностранных поставщиков.\n"
	arabicText  = "قررت الوزارة وقف شراء المعدات من الشركة الأجنبية.\n"
	htmlPage    = "<!DOCTYPE html>\n<html><head><title>Ban</title></head><body><p>The agency bars the devices.</p></body></html>\n"
)

// encode returns s in the legacy encoding e.
func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// want is what one article should look like; empty fields are not checked.
type want struct {
	id      string
	format  Format
	err     string   // part of the error message; "" means no error
	notes   []string // parts of notes that must be present, in order
	content string   // part of the content
	absent  string   // must not be in the content
}

// check compares a to w.
func check(t *testing.T, a Article, w want) {
	t.Helper()
	if a.ID != w.id {
		t.Errorf("id = %q, want %q", a.ID, w.id)
	}
	if w.format != "" && a.Source.Format != w.format {
		t.Errorf("%s: format = %q, want %q", a.ID, a.Source.Format, w.format)
	}
	switch {
	case w.err == "" && a.Err != nil:
		t.Errorf("%s: unexpected error %q", a.ID, a.Err.Message)
	case w.err != "" && a.Err == nil:
		t.Errorf("%s: no error, want one containing %q", a.ID, w.err)
	case w.err != "" && !strings.Contains(a.Err.Message, w.err):
		t.Errorf("%s: error %q, want it to contain %q", a.ID, a.Err.Message, w.err)
	case a.Err != nil && (a.Err.Stage != StageRead || a.Content != ""):
		t.Errorf("%s: error article has stage %q and %d bytes of content", a.ID, a.Err.Stage, len(a.Content))
	}
	if len(a.Notes) != len(w.notes) {
		t.Errorf("%s: notes = %q, want %d notes like %q", a.ID, a.Notes, len(w.notes), w.notes)
	} else {
		for i, n := range w.notes {
			if !strings.Contains(a.Notes[i], n) {
				t.Errorf("%s: note %q, want it to contain %q", a.ID, a.Notes[i], n)
			}
		}
	}
	if !strings.Contains(a.Content, w.content) {
		t.Errorf("%s: content %q does not contain %q", a.ID, clipQuote(a.Content), w.content)
	}
	if w.absent != "" && strings.Contains(a.Content, w.absent) {
		t.Errorf("%s: content contains %q", a.ID, w.absent)
	}
}

// readAll drains r.
func readAll(t testing.TB, r ArticleReader) []Article {
	t.Helper()
	var out []Article
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, a)
	}
	if err := r.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return out
}

// writeTree creates files (path → content) under a new temp dir.
func writeTree(t testing.TB, files map[string][]byte) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestOpenDirectory(t *testing.T) {
	utf16le := append([]byte{0xFF, 0xFE}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), germanText)...)
	utf16be := encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "Plain words in UTF-16, no mark.\n")
	arabicHTML := append(append([]byte(`<html><head><meta charset="windows-1256"><title>x</title></head><body><p>`),
		encode(t, charmap.Windows1256, arabicText)...), "</p></body></html>"...)
	mixed := []byte("Größe in UTF-8, and one stray Latin-1 byte: caf\xe9 au lait, then müde.\n")
	cut := []byte("A dump in UTF-8 (Größe) cut in the middle of a letter: Gr\xc3")
	tests := []struct {
		name string
		data []byte
		want want
	}{
		{"a-empty.txt", []byte{}, want{id: "a-empty", format: FormatText, err: "empty input"}},
		{"b-blank.txt", []byte(" \n\t\n"), want{id: "b-blank", err: "empty input"}},
		{"c-binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), want{id: "c-binary", err: "binary content, not text"}},
		{"d-controls.txt", bytes.Repeat([]byte("ab\x01\x02\x03\x04"), 50), want{id: "d-controls", err: "binary content"}},
		{"e-latin1.txt", encode(t, charmap.ISO8859_1, germanText), want{id: "e-latin1", format: FormatText,
			notes: []string{"decoded from windows-1252"}, content: "Behörde prüft"}},
		{"f-cp1252.txt", encode(t, charmap.Windows1252, "It said \u201cno\u201d \u2013 for now.\n"), want{id: "f-cp1252",
			notes: []string{"decoded from windows-1252"}, content: "\u201cno\u201d \u2013"}},
		{"g-utf16le.txt", utf16le, want{id: "g-utf16le", notes: []string{"decoded from utf-16le"}, content: "Größe der Straße"}},
		{"h-utf16be.txt", utf16be, want{id: "h-utf16be", notes: []string{"utf-16be (no byte order mark)"}, content: "Plain words"}},
		{"i-bom.txt", append([]byte("\xEF\xBB\xBF"), germanText...), want{id: "i-bom", content: "Die Behörde", absent: "\uFEFF"}},
		{"j-crlf.txt", []byte("one\r\ntwo\rthree\n"), want{id: "j-crlf", content: "one\ntwo\nthree\n", absent: "\r"}},
		{"k-cp1251.txt", encode(t, charmap.Windows1251, russianText), want{id: "k-cp1251", err: "neither valid UTF-8 nor Latin-1"}},
		{"l-arabic.html", arabicHTML, want{id: "l-arabic", format: FormatHTML,
			notes: []string{"decoded from windows-1256 (declared in the page)"}, content: "قررت الوزارة"}},
		{"m-mixed.txt", mixed, want{id: "m-mixed", notes: []string{"1 byte not valid UTF-8"}, content: "café au lait, then müde"}},
		{"n-cut.txt", cut, want{id: "n-cut", notes: []string{"incomplete UTF-8 sequence"}, content: "letter: Gr", absent: "\uFFFD"}},
		{"o-latin1-end.txt", []byte("Ends on a Latin-1 letter: caf\xe9"), want{id: "o-latin1-end",
			notes: []string{"decoded from windows-1252"}, content: "café"}},
		{"nested/deeper/page.html", []byte(htmlPage), want{id: "nested/deeper/page", format: FormatHTML, content: "<p>The agency"}},
		{"nested/markup.txt", []byte(htmlPage), want{id: "nested/markup", format: FormatHTML,
			notes: []string{"HTML markup in a .txt file"}}},
		{"nested/plain.htm", []byte("Just words, no tags.\nSecond line.\n"), want{id: "nested/plain", format: FormatText,
			notes: []string{"no HTML markup in a .htm file"}}},
		{"nested/tag-in-text.txt", []byte("Use the <p> element for paragraphs, the article says.\n"),
			want{id: "nested/tag-in-text", format: FormatText}},
		{"upper.TXT", []byte("Upper-case extension.\n"), want{id: "upper", format: FormatText}},
	}
	files := map[string][]byte{
		"notes.json":         []byte(`{"not": "a page"}`),
		".hidden.txt":        []byte("hidden"),
		".git/objects/x.txt": []byte("hidden dir"),
	}
	for _, tc := range tests {
		files[tc.name] = tc.data
	}
	root := writeTree(t, files)
	// A link to nowhere is a page that cannot be read: it must be a record.
	if err := os.Symlink(filepath.Join(root, "missing"), filepath.Join(root, "z-dangling.txt")); err != nil {
		t.Fatal(err)
	}
	var skipped []string
	r, err := Open([]string{root}, ReadOptions{OnSkip: func(p string) { skipped = append(skipped, filepath.Base(p)) }})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	wants := make([]want, 0, len(tests)+1)
	for _, tc := range tests {
		wants = append(wants, tc.want)
	}
	wants = append(wants, want{id: "z-dangling", err: "no such file"})
	// WalkDir order: lexical, and "nested" sorts before "upper.TXT" and
	// after "n-cut.txt".
	slices.SortFunc(wants, func(a, b want) int { return strings.Compare(a.id, b.id) })
	if len(got) != len(wants) {
		ids := make([]string, len(got))
		for i, a := range got {
			ids[i] = a.ID
		}
		t.Fatalf("got %d articles %q, want %d", len(got), ids, len(wants))
	}
	for i := range wants {
		t.Run(wants[i].id, func(t *testing.T) { check(t, got[i], wants[i]) })
	}
	if !slices.Equal(skipped, []string{"notes.json"}) {
		t.Errorf("skipped %q, want only notes.json", skipped)
	}
	for _, a := range got {
		if !strings.HasPrefix(a.Source.Path, root) {
			t.Errorf("%s: source path %q is not under the root", a.ID, a.Source.Path)
		}
	}
}

func TestOpenSizeLimit(t *testing.T) {
	root := writeTree(t, map[string][]byte{
		"small.txt":  bytes.Repeat([]byte("word "), 100), // 500 bytes
		"large.txt":  bytes.Repeat([]byte("word "), 300), // 1500 bytes
		"exact.txt":  bytes.Repeat([]byte("x"), 1024),
		"over1.html": bytes.Repeat([]byte("x"), 1025),
	})
	r, err := Open([]string{root}, ReadOptions{MaxBytes: 1024})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	wants := []want{
		{id: "exact", content: "xxx"},
		{id: "large", err: "input is 1500 bytes (1.5 KiB), over the size limit of 1024 bytes (1.0 KiB)"},
		{id: "over1", format: FormatHTML, err: "1025 bytes"},
		{id: "small", content: "word"},
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d articles, want %d", len(got), len(wants))
	}
	for i := range wants {
		check(t, got[i], wants[i])
	}
	// A stream has no size up front: it is cut after limit+1 bytes.
	r, err = Open([]string{"-"}, ReadOptions{MaxBytes: 1024, Stdin: strings.NewReader(strings.Repeat("y", 5000))})
	if err != nil {
		t.Fatal(err)
	}
	got = readAll(t, r)
	if len(got) != 1 {
		t.Fatalf("stdin over the limit: got %d articles", len(got))
	}
	check(t, got[0], want{id: "stdin", err: "input is over the size limit of 1024 bytes"})
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestReadLimitedStopsEarly(t *testing.T) {
	src := &countingReader{r: io.LimitReader(zeroes{}, 1<<30)}
	if _, err := readLimited(src, 1000); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if src.n > 64<<10 {
		t.Errorf("read %d bytes of a 1 GiB stream to enforce a 1000-byte limit", src.n)
	}
}

type zeroes struct{}

func (zeroes) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestOpenJSONL(t *testing.T) {
	long := strings.Repeat("The procurement office reviews vendors. ", 5200) // ~200 KiB
	huge := strings.Repeat("x", 400<<10)
	lines := []string{
		`{"id": "p1", "url": "https://news.example/p1", "text": "A short article."}`,
		``,
		`{"id": "p2", "text": "unterminated`,
		`   `,
		`{"id": "p3", "html": "<html><body><p>` + long + `</p></body></html>"}`,
		`{"url": "https://news.example/noid", "text": "No id here."}`,
		`{"id": 42, "text": "Numeric id."}`,
		`{"id": "p5"}`,
		`{"id": "p6", "url": 7, "text": "bad url"}`,
		`["not", "an", "object"]`,
		`{"id": "p7", "text": "  "}`,
		`{"id": "p8", "text": "` + huge + `"}`,
		`{"id": "p9", "text": "<!DOCTYPE html><html><body><p>html in text</p></body></html>"}`,
		`{"id": "p10", "html": "", "text": "Only text is filled."}`,
		`{"id": "p11", "html": "<p>a</p>", "text": "and text too"}`,
		`{"id": "p12", "text": "binary \u0000 inside"}`,
		"{\"id\": \"p13\", \"text\": \"crlf line\"}\r",
	}
	path := filepath.Join(t.TempDir(), "batch.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open([]string{path}, ReadOptions{MaxBytes: 300 << 10})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	wants := []want{
		{id: "p1", format: FormatText, content: "A short article."},
		{id: "batch:3", err: path + ":3: invalid JSON"},
		{id: "p3", format: FormatHTML, content: long[:1000]},
		{id: "batch:6", content: "No id here."},
		{id: "42", content: "Numeric id."},
		{id: "p5", err: path + `:8: no "html" or "text" field`},
		{id: "p6", err: `:9: "url" must be a string`},
		{id: "batch:10", err: ":10: not a JSON object"},
		{id: "p7", err: ":11: empty input"},
		{id: "batch:12", err: ":12: input is 409624 bytes (400.0 KiB), over the size limit of 307200 bytes (300.0 KiB)"},
		{id: "p9", format: FormatHTML, notes: []string{`HTML markup in the "text" field`}},
		{id: "p10", format: FormatText, content: "Only text"},
		{id: "p11", format: FormatHTML, notes: []string{`both "html" and "text" given`}, content: "<p>a</p>"},
		{id: "p12", err: ":16: binary content"},
		{id: "p13", content: "crlf line"},
	}
	if len(got) != len(wants) {
		ids := make([]string, len(got))
		for i, a := range got {
			ids[i] = a.ID
		}
		t.Fatalf("got %d articles %q, want %d: one per non-blank line", len(got), ids, len(wants))
	}
	for i := range wants {
		t.Run(wants[i].id, func(t *testing.T) { check(t, got[i], wants[i]) })
	}
	if u := got[0].Source.URL; u == nil || *u != "https://news.example/p1" {
		t.Errorf("p1 url = %v", u)
	}
	if got[2].Source.URL != nil || got[0].Source.Path != path {
		t.Errorf("p3 url = %v, p1 path = %q", got[2].Source.URL, got[0].Source.Path)
	}
}

func TestOpenJSONLEdges(t *testing.T) {
	tests := []struct {
		name  string
		data  string
		wants []want
	}{
		{"empty file", "", []want{{id: "f", err: "empty input"}}},
		{"only blank lines", "\n  \n\n", []want{{id: "f", err: "empty input"}}},
		{"byte order mark", "\uFEFF{\"id\": \"a\", \"text\": \"x\"}\n", []want{{id: "a", content: "x"}}},
		{"no final newline", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}", []want{{id: "a"}, {id: "b"}}},
		{"empty id falls back", `{"id": "", "text": "x"}`, []want{{id: "f:1"}}},
		{"object id", `{"id": {"a": 1}, "text": "x"}`, []want{{id: "f:1", err: `"id" must be a string or a number`}}},
		{"text not a string", `{"id": "a", "text": ["x"]}`, []want{{id: "a", err: `"text" must be a string`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.ndjson")
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			r, err := Open([]string{path}, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, r)
			if len(got) != len(tc.wants) {
				t.Fatalf("got %d articles, want %d", len(got), len(tc.wants))
			}
			for i := range got {
				check(t, got[i], tc.wants[i])
			}
		})
	}
}

func TestOpenStdin(t *testing.T) {
	tests := []struct {
		name   string
		format string
		in     string
		wants  []want
	}{
		{"jsonl", "", "\n{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"html\": \"<p>two</p>\"}\n",
			[]want{{id: "a", format: FormatText, content: "one"}, {id: "b", format: FormatHTML}}},
		{"jsonl with a bad line", "", "{\"id\": \"a\", \"text\": \"one\"}\n{oops\n",
			[]want{{id: "a"}, {id: "stdin:2", err: "stdin:2: invalid JSON"}}},
		{"text page", "", "Headline\n\nBody text of the page.\n", []want{{id: "stdin", format: FormatText, content: "Headline\n\nBody"}}},
		{"html page", "", htmlPage, []want{{id: "stdin", format: FormatHTML}}},
		{"page opening with a brace", "", "{Editor's note}\nThe rest of the page.\n", []want{{id: "stdin", format: FormatText, content: "{Editor's note}"}}},
		{"pretty-printed JSON is a page", "", "{\n  \"id\": \"a\"\n}\n", []want{{id: "stdin", format: FormatText}}},
		{"empty", "", "", []want{{id: "stdin", err: "empty input"}}},
		{"latin-1", "", string(encode(t, charmap.ISO8859_1, germanText)), []want{{id: "stdin",
			notes: []string{"decoded from windows-1252"}, content: "Größe"}}},
		{"forced html", "html", "Plain words only.\n", []want{{id: "stdin", format: FormatHTML}}},
		{"forced text", "text", htmlPage, []want{{id: "stdin", format: FormatText, content: "<!DOCTYPE html>"}}},
		{"forced jsonl", "jsonl", "not json\n", []want{{id: "stdin:1", err: "stdin:1: not a JSON object"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Open(nil, ReadOptions{Format: tc.format, Stdin: strings.NewReader(tc.in)})
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, r)
			if len(got) != len(tc.wants) {
				t.Fatalf("got %d articles, want %d", len(got), len(tc.wants))
			}
			for i := range got {
				check(t, got[i], tc.wants[i])
				if got[i].Source.Path != "-" {
					t.Errorf("source path %q, want -", got[i].Source.Path)
				}
			}
		})
	}
}

func TestOpenFormats(t *testing.T) {
	root := writeTree(t, map[string][]byte{
		"pages/a.html":     []byte(htmlPage),
		"pages/b.txt":      []byte("Text page.\n"),
		"pages/c.jsonl":    []byte(`{"id": "c1", "text": "x"}` + "\n"),
		"shards/1.jsonl":   []byte(`{"id": "s1", "text": "x"}` + "\n" + `{"id": "s2", "text": "y"}` + "\n"),
		"shards/2.ndjson":  []byte(`{"text": "z"}` + "\n"),
		"shards/notes.txt": []byte("not a shard"),
		"one.jsonl":        []byte(`{"id": "j1", "text": "x"}` + "\n"),
	})
	at := func(p string) string { return filepath.Join(root, p) }
	tests := []struct {
		name    string
		format  string
		paths   []string
		ids     []string
		format0 Format // format of the first article
	}{
		{"auto dir skips jsonl", "auto", []string{at("pages")}, []string{"a", "b"}, FormatHTML},
		{"auto jsonl file", "", []string{at("one.jsonl")}, []string{"j1"}, FormatText},
		{"paths keep their order", "", []string{at("pages/b.txt"), at("one.jsonl"), at("pages/a.html")}, []string{"b", "j1", "a"}, FormatText},
		{"forced text", "text", []string{at("pages/a.html")}, []string{"a"}, FormatText},
		{"forced html", "HTML", []string{at("pages/b.txt")}, []string{"b"}, FormatHTML},
		{"forced text reads a jsonl file as a page", "text", []string{at("one.jsonl")}, []string{"one"}, FormatText},
		{"jsonl dir", "jsonl", []string{at("shards")}, []string{"s1", "s2", "2:1"}, FormatText},
		{"missing path", "", []string{at("nope.txt"), at("pages/b.txt")}, []string{"nope", "b"}, FormatText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for range 2 { // twice: the order must not change between runs
				r, err := Open(tc.paths, ReadOptions{Format: tc.format})
				if err != nil {
					t.Fatal(err)
				}
				got := readAll(t, r)
				ids := make([]string, len(got))
				for i, a := range got {
					ids[i] = a.ID
				}
				if !slices.Equal(ids, tc.ids) {
					t.Fatalf("ids = %q, want %q", ids, tc.ids)
				}
				if got[0].Source.Format != tc.format0 {
					t.Errorf("first format = %q, want %q", got[0].Source.Format, tc.format0)
				}
			}
		})
	}
}

func TestOpenBadOptions(t *testing.T) {
	_, err := Open([]string{"x"}, ReadOptions{Format: "xml"})
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), "auto, text, html, jsonl") {
		t.Errorf("unknown format: err = %v, want it to name the format and list the known ones", err)
	}
	if _, err := Open([]string{"x"}, ReadOptions{MaxBytes: -1}); err == nil {
		t.Error("negative MaxBytes accepted")
	}
}

func TestOpenExtensions(t *testing.T) {
	root := writeTree(t, map[string][]byte{"a.md": []byte("# Title\n"), "b.txt": []byte("text\n"), "c": []byte("no ext\n")})
	r, err := Open([]string{root}, ReadOptions{Extensions: []string{"MD", ".txt"}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range readAll(t, r) {
		ids = append(ids, a.ID)
	}
	if !slices.Equal(ids, []string{"a", "b"}) {
		t.Errorf("ids = %q, want [a b]", ids)
	}
}

func TestOpenUnreadable(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("running as root: permissions do not stop reads")
	}
	root := writeTree(t, map[string][]byte{"locked.txt": []byte("secret\n"), "sub/x.txt": []byte("x\n")})
	if err := os.Chmod(filepath.Join(root, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(root, "sub"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(root, "sub"), 0o755)
	r, err := Open([]string{root}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	if len(got) != 2 {
		t.Fatalf("got %d articles, want 2", len(got))
	}
	check(t, got[0], want{id: "locked", err: "permission denied"})
	check(t, got[1], want{id: "sub", err: "permission denied"})
}

func TestOpenDuplicateIDs(t *testing.T) {
	root := writeTree(t, map[string][]byte{
		"a.html":    []byte(htmlPage),
		"a.txt":     []byte("Text version.\n"),
		"b.txt":     []byte("Alone.\n"),
		"sub/a.txt": []byte("Not a duplicate: another folder.\n"),
	})
	r, err := Open([]string{root}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	wants := []want{
		{id: "a.html", format: FormatHTML, notes: []string{`id "a" is shared by several files`}},
		{id: "a.txt", format: FormatText, notes: []string{`id "a" is shared by several files`}},
		{id: "b"},
		{id: "sub/a"},
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d articles, want %d", len(got), len(wants))
	}
	for i := range wants {
		check(t, got[i], wants[i])
	}
}
