package corpus

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkArticle holds for every article any reader returns.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	if a.ID == "" {
		t.Error("article without an id")
	}
	if a.Source.Format != FormatText && a.Source.Format != FormatHTML {
		t.Errorf("%s: format %q", a.ID, a.Source.Format)
	}
	if a.Err != nil {
		if a.Err.Stage != StageRead || a.Err.Message == "" || a.Content != "" {
			t.Errorf("%s: bad error article %+v", a.ID, a)
		}
		return
	}
	if strings.TrimSpace(a.Content) == "" {
		t.Errorf("%s: empty content without an error", a.ID)
	}
	if !utf8.ValidString(a.Content) || strings.ContainsAny(a.Content, "\x00\r") {
		t.Errorf("%s: content not clean UTF-8: %q", a.ID, clipQuote(a.Content))
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "x"}` + "\n",
		`{"id": "a", "url": "u", "html": "<p>x</p>"}` + "\r\n\n" + `{"text": "y"}`,
		"{bad\n\n[1]\n" + `{"id": null, "text": "\u0000"}`,
		`{"id": 1e3, "text": " ", "html": ""}`,
		"\uFEFF" + `{"id": "b", "text": "<!DOCTYPE html><html>"}`,
		"",
		"\n \n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Open(nil, ReadOptions{Format: "jsonl", Stdin: bytes.NewReader(data), MaxBytes: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		got := readAll(t, r)
		// One article per non-blank line, or one "empty input" when none.
		want := 0
		for i, line := range bytes.Split(data, []byte("\n")) {
			if i == 0 {
				line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			}
			if len(bytes.TrimSpace(line)) > 0 {
				want++
			}
		}
		if want == 0 {
			want = 1
		}
		if len(got) != want {
			t.Fatalf("%d articles for %d non-blank lines", len(got), want)
		}
		for _, a := range got {
			checkArticle(t, a)
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"plain text\n", germanText, "\uFEFFbom", "\xff\xfeA\x00B\x00", "\xfe\xff\x00A\x00B", "A\x00B\x00C\x00D\x00",
		"caf\xe9", "Gr\xc3\xb6\xc3\x9fe \xe9", "\x81\x8d", "<meta charset=\"windows-1256\">\xe3\xc7",
		"<?xml version=\"1.0\" encoding=\"shift_jis\"?>\x82\xa0", "a\r\nb\rc", "\x00", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decode(data)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrEncoding) {
				t.Fatalf("unexpected kind of error %v", err)
			}
			return
		}
		checkArticle(t, Article{ID: "x", Source: Source{Format: FormatText}, Content: d.text})
		// format sniffing must cope with whatever decodes.
		pageFormat(d.text, FormatText, "a .txt file")
	})
}
