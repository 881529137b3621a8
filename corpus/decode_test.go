package corpus

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestDecode(t *testing.T) {
	frenchText := "Le gouvernement a décidé d'écarter l'équipement « pour des raisons de sécurité ».\n"
	tests := []struct {
		name    string
		in      []byte
		want    string // the decoded text, when no error
		note    string // part of the single note expected; "" for none
		wantErr error
	}{
		{"ascii", []byte("plain\n"), "plain\n", "", nil},
		{"utf-8", []byte(germanText), germanText, "", nil},
		{"utf-8 bom", []byte("\uFEFFhello"), "hello", "", nil},
		{"only bom", []byte("\uFEFF"), "", "", ErrEmpty},
		{"nothing", nil, "", "", ErrEmpty},
		{"white space", []byte("\r\n \t\n"), "", "", ErrEmpty},
		{"utf-16le bom", append([]byte{0xFF, 0xFE}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "Straße")...), "Straße", "utf-16le", nil},
		{"utf-16be bom", append([]byte{0xFE, 0xFF}, encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "Straße")...), "Straße", "utf-16be", nil},
		{"utf-16 bom, only spaces", append([]byte{0xFF, 0xFE}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "  \n")...), "", "", ErrEmpty},
		{"latin-1 french", encode(t, charmap.ISO8859_1, frenchText), frenchText, "windows-1252", nil},
		{"latin-1 german", encode(t, charmap.ISO8859_1, germanText), germanText, "windows-1252", nil},
		{"declared latin-1 in html", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>`), encode(t, charmap.ISO8859_1, "Größe")...),
			`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Größe`, "windows-1252 (declared in the page)", nil},
		{"declared shift_jis", append([]byte(`<?xml version="1.0" encoding="Shift_JIS"?><html><body>`), encode(t, japanese.ShiftJIS, "政府は機器の購入を停止した")...),
			`<?xml version="1.0" encoding="Shift_JIS"?><html><body>政府は機器の購入を停止した`, "shift_jis (declared in the page)", nil},
		{"declared utf-8 but windows-1252", append([]byte(`<meta charset="utf-8"><p>`), encode(t, charmap.Windows1252, "Größe")...),
			`<meta charset="utf-8"><p>Größe`, "the page declares utf-8", nil},
		{"valid utf-8 wins over a stale declaration", []byte(`<meta charset="iso-8859-1"><p>Größe`), `<meta charset="iso-8859-1"><p>Größe`, "", nil},
		{"cyrillic cp1251", encode(t, charmap.Windows1251, russianText), "", "", ErrEncoding},
		{"cyrillic in markup", append([]byte(`<div class="article-body"><p class="lead">`+strings.Repeat(`<span class="x"></span>`, 40)), encode(t, charmap.Windows1251, russianText)...), "", "", ErrEncoding},
		{"arabic cp1256 undeclared", encode(t, charmap.Windows1256, arabicText), "", "", ErrEncoding},
		{"undefined windows-1252 byte in a short text", []byte("abc \x81 def"), "", "", ErrEncoding},
		{"one stray byte in a page", []byte(strings.Repeat("The agency said it would stop buying the cameras. ", 4) + "\x81" + " More text."),
			strings.Repeat("The agency said it would stop buying the cameras. ", 4) + "\uFFFD More text.", "replaced 1 invalid UTF-8 sequence", nil},
		{"lone surrogate in a page", []byte(strings.Repeat("Die Behörde prüft die Kameras. ", 4) + "\xed\xa0\x80" + " Ende."),
			strings.Repeat("Die Behörde prüft die Kameras. ", 4) + "\uFFFD Ende.", "replaced 1 invalid UTF-8 sequence", nil},
		{"many invalid sequences stay an error", []byte(strings.Repeat("ab\x81", 40)), "", "", ErrEncoding},
		{"nul byte", []byte("text\x00more text"), "", "", ErrBinary},
		{"control characters", []byte(strings.Repeat("a\x02\x03b", 20)), "", "", ErrBinary},
		{"few control characters", []byte("a page with one escape \x1b and a form feed \f in it, long enough to be text " + strings.Repeat("word ", 30)),
			"a page with one escape \x1b and a form feed \f in it, long enough to be text " + strings.Repeat("word ", 30), "", nil},
		{"line ends", []byte("a\r\nb\rc\n"), "a\nb\nc\n", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := decode(tc.in)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if d.text != tc.want {
				t.Errorf("text = %q, want %q", d.text, tc.want)
			}
			switch {
			case tc.note == "" && len(d.notes) > 0:
				t.Errorf("notes = %q, want none", d.notes)
			case tc.note != "" && (len(d.notes) != 1 || !strings.Contains(d.notes[0], tc.note)):
				t.Errorf("notes = %q, want one containing %q", d.notes, tc.note)
			}
		})
	}
}

func TestSniffMarkup(t *testing.T) {
	dense := strings.Repeat(`<div class="item"><a href="/x">Link</a></div>`, 12)
	tests := []struct {
		name string
		in   string
		want markup
	}{
		{"doctype", "\n  <!DOCTYPE html><title>x</title>", markupHTML},
		{"html tag", "<html lang=\"de\">", markupHTML},
		{"xml prolog", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", markupHTML},
		{"comment first", "<!-- saved from url -->\n<html>", markupHTML},
		{"fragment with dense tags", dense, markupHTML},
		{"plain text", "Headline\n\nA paragraph with 3 < 4 and a -> b.\n", markupNone},
		{"a tag or two in prose", "Write <br> for a line break and <p> for a paragraph. " + strings.Repeat("More prose here. ", 40), markupUnsure},
		{"email in angle brackets", "Contact: Jane Roe <jane@news.example>\n", markupNone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sniffMarkup(tc.in); got != tc.want {
				t.Errorf("sniffMarkup = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestReadLine(t *testing.T) {
	long := strings.Repeat("a", 200<<10)
	tests := []struct {
		name  string
		in    string
		max   int64
		lines []string // "!" marks a line over max, with its size after it
	}{
		{"lf", "one\ntwo\n", 100, []string{"one", "two"}},
		{"crlf", "one\r\ntwo\r\n", 100, []string{"one", "two"}},
		{"no final newline", "one\ntwo", 100, []string{"one", "two"}},
		{"blank lines kept", "\n\nx\n", 100, []string{"", "", "x"}},
		{"line above the buffer", long + "\nnext\n", 1 << 20, []string{long, "next"}},
		{"crlf above the buffer", long + "\r\nnext", 1 << 20, []string{long, "next"}},
		{"line over max is skipped", "short\n" + long + "\nafter\n", 1000, []string{"short", "!204800", "after"}},
		{"exactly max", "abcd\nabcde\n", 4, []string{"abcd", "!5"}},
		{"exactly max with crlf", "abcd\r\n", 4, []string{"abcd"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := bufio.NewReaderSize(strings.NewReader(tc.in), 64<<10)
			var got []string
			for {
				line, size, err := readLine(r, tc.max)
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				if size > tc.max {
					if line != nil {
						t.Errorf("line over max returned %d bytes", len(line))
					}
					got = append(got, "!"+itoa(size))
					continue
				}
				if int64(len(line)) != size {
					t.Errorf("size %d for a line of %d bytes", size, len(line))
				}
				got = append(got, string(line))
			}
			if len(got) != len(tc.lines) {
				t.Fatalf("got %d lines, want %d", len(got), len(tc.lines))
			}
			for i := range got {
				if got[i] != tc.lines[i] {
					t.Errorf("line %d = %q, want %q", i+1, clipQuote(got[i]), clipQuote(tc.lines[i]))
				}
			}
		})
	}
}

func itoa(n int64) string {
	var b []byte
	for ; n > 0 || len(b) == 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// Every decoded text is valid UTF-8 without carriage returns.
func TestDecodeOutputIsClean(t *testing.T) {
	for _, in := range [][]byte{
		[]byte("x\xe9\r\ny"), []byte("\xff\xfeA\x00\r\x00\n\x00"), []byte("ok \xc3\xa9 \xe9 \xc3"),
	} {
		d, err := decode(in)
		if err != nil {
			t.Fatalf("decode(%q): %v", in, err)
		}
		if !utf8.ValidString(d.text) || strings.ContainsRune(d.text, '\r') {
			t.Errorf("decode(%q) = %q", in, d.text)
		}
	}
}
