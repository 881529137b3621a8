package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Outcomes of reading one input. The message of an Article's Err wraps one of
// them; callers of the package's functions can test them with errors.Is.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary content, not text")
	ErrEncoding = errors.New("neither valid UTF-8 nor Latin-1/Windows-1252 text")
	ErrTooLarge = errors.New("input over the size limit")
)

// SizeError says that an input is larger than the size limit.
type SizeError struct {
	// Size is the input's size in bytes, or 0 when only known to exceed Limit
	// (a stream is never read further than Limit+1 bytes).
	Size  int64
	Limit int64
}

func (e *SizeError) Error() string {
	if e.Size > e.Limit {
		return fmt.Sprintf("input is %s, over the size limit of %s", byteSize(e.Size), byteSize(e.Limit))
	}
	return fmt.Sprintf("input is over the size limit of %s", byteSize(e.Limit))
}

// Unwrap makes errors.Is(err, ErrTooLarge) true.
func (e *SizeError) Unwrap() error { return ErrTooLarge }

// byteSize prints n exactly, with a readable size beside it when that helps.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d bytes (%.1f MiB)", n, float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d bytes (%.1f KiB)", n, float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// decoded is an input turned into UTF-8 text.
type decoded struct {
	text string
	// notes are remarks for the record, e.g. "decoded from windows-1252".
	notes []string
}

// decode turns the bytes of one input into UTF-8 text with "\n" line ends.
// The order of the checks matters: byte order marks first (UTF-16 is full of
// NUL bytes), then the binary test, then UTF-8, a charset the page declares,
// mostly-UTF-8 with a few stray bytes, Windows-1252, which accepts almost
// any byte string and so must be tested for plausibility, and last UTF-8
// with a few invalid sequences replaced (repair.go).
func decode(data []byte) (decoded, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return decoded{}, ErrEmpty
	}
	var d decoded
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return finish(decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "utf-16le"))
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return finish(decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16be"))
	}
	if e, name := sniffUTF16(data); e != nil {
		return finish(decodeWith(e, data, name+" (no byte order mark)"))
	}
	if looksBinary(data) {
		return decoded{}, ErrBinary
	}
	if utf8.Valid(data) {
		d.text = string(data)
		return finish(d, nil)
	}
	label := declaredCharset(data)
	if e, name := lookupCharset(label); e != nil && name != "utf-8" {
		d, err := decodeWith(e, data, name+" (declared in the page)")
		if err == nil && strings.Count(d.text, "\uFFFD") <= len(data)/100 {
			return finish(d, nil)
		}
		// The declaration is wrong; the bytes may still be one of the
		// encodings tried below.
	}
	if text, stray, broken, cut, ok := mostlyUTF8(data); ok {
		d.text = text
		if broken > 0 {
			d.notes = append(d.notes, fmt.Sprintf("replaced %d invalid UTF-8 %s with U+FFFD", broken, plural(broken, "sequence", "sequences")))
		}
		if stray > 0 {
			d.notes = append(d.notes, fmt.Sprintf("%d %s not valid UTF-8 decoded as windows-1252", stray, plural(stray, "byte", "bytes")))
		}
		if cut {
			d.notes = append(d.notes, "dropped an incomplete UTF-8 sequence at the end")
		}
		return finish(d, nil)
	}
	if plausibleWindows1252(data) {
		d, err := decodeWith(charmap.Windows1252, data, "windows-1252")
		if err == nil && label != "" {
			d.notes[0] += fmt.Sprintf(" (the page declares %s)", label)
		}
		return finish(d, err)
	}
	if text, bad, ok := repairUTF8(data); ok {
		d.text = text
		d.notes = append(d.notes, fmt.Sprintf("replaced %d invalid UTF-8 %s with U+FFFD", bad, plural(bad, "sequence", "sequences")))
		return finish(d, nil)
	}
	if label != "" {
		return decoded{}, fmt.Errorf("%w (the page declares %s)", ErrEncoding, label)
	}
	return decoded{}, ErrEncoding
}

// finish applies the checks every decoded text gets: nothing but white
// space is empty, control characters mean binary, and line ends become "\n"
// so that line numbers mean the same thing for every input.
func finish(d decoded, err error) (decoded, error) {
	if err != nil {
		return decoded{}, err
	}
	if strings.TrimSpace(strings.TrimPrefix(d.text, "\uFEFF")) == "" {
		return decoded{}, ErrEmpty
	}
	if strings.IndexByte(d.text, 0) >= 0 || looksBinary([]byte(d.text)) {
		return decoded{}, ErrBinary
	}
	if strings.IndexByte(d.text, '\r') >= 0 {
		d.text = strings.ReplaceAll(d.text, "\r\n", "\n")
		d.text = strings.ReplaceAll(d.text, "\r", "\n")
	}
	return d, nil
}

// decodeWith decodes data with e and notes it under name.
func decodeWith(e encoding.Encoding, data []byte, name string) (decoded, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return decoded{}, fmt.Errorf("%w: %s: %v", ErrEncoding, name, err)
	}
	return decoded{text: string(out), notes: []string{"decoded from " + name}}, nil
}

// looksBinary reports content that is not text: any NUL byte, or more than
// one byte in a hundred an ASCII control character other than white space.
// Stray form feeds or escape codes in a text dump stay under that share.
func looksBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	controls := 0
	for _, b := range data {
		controls += int(isControl[b])
	}
	return controls*100 > len(data)
}

// isControl is 1 for the ASCII control characters that are not white
// space, and DEL: a table, as looksBinary reads every byte of every page.
var isControl = func() (t [256]uint8) {
	for b := range 0x20 {
		switch b {
		case '\t', '\n', '\r', '\f', '\v':
		default:
			t[b] = 1
		}
	}
	t[0x7F] = 1
	return t
}()

// sniffUTF16 recognises UTF-16 without a byte order mark by its NUL bytes:
// text that is mostly ASCII has a NUL in every other byte, on the odd bytes
// for little endian and on the even bytes for big endian.
func sniffUTF16(data []byte) (encoding.Encoding, string) {
	sample := data[:min(len(data), 4096)&^1]
	pairs := len(sample) / 2
	if pairs < 2 {
		return nil, ""
	}
	var even, odd int
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd*10 >= pairs*4 && even*20 < pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case even*10 >= pairs*4 && odd*20 < pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

var (
	metaCharset = regexp.MustCompile(`<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)
	xmlEncoding = regexp.MustCompile(`^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([a-z0-9_:.+-]+)`)
)

// declaredCharset returns the charset label an HTML or XML page declares in
// its first 4 KiB (where HTML requires the declaration to be), or "".
func declaredCharset(data []byte) string {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	if m := xmlEncoding.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// lookupCharset resolves a label as browsers do (WHATWG Encoding Standard,
// where "latin1" means windows-1252) and returns the encoding and its
// canonical name; a UTF-16 label in a page is treated as UTF-8, as browsers do,
// since the bytes in hand were evidently not UTF-16.
func lookupCharset(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return nil, ""
	}
	if strings.HasPrefix(name, "utf-16") {
		return nil, "utf-8"
	}
	return e, name
}

// mostlyUTF8 decodes data that is UTF-8 but for a few bytes, as when one
// paragraph was pasted from a legacy file: each stray byte is read as
// Windows-1252. An incomplete sequence at the very end (a cut-off dump) is
// dropped and reported by cut. ok is false unless the valid multi-byte
// sequences outnumber the stray bytes: otherwise the text is more likely not
// UTF-8 at all (a Latin-1 file ending in "é" looks like a cut sequence).
//
// A sequence shaped like UTF-8, a lead byte and its continuation bytes, that
// still does not decode (an encoded UTF-16 surrogate, an overlong form) is
// broken UTF-8, not Windows-1252: it becomes one U+FFFD, counted in broken.
func mostlyUTF8(data []byte) (text string, stray, broken int, cut, ok bool) {
	var multi int
	var b strings.Builder
	b.Grow(len(data) + 16)
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r != utf8.RuneError || size > 1:
			if size > 1 {
				multi++
			}
			b.Write(data[i : i+size])
		case !utf8.FullRune(data[i:]):
			cut = true
			size = len(data) - i
		case brokenSequence(data[i:]) > 0:
			broken++
			size = brokenSequence(data[i:])
			b.WriteRune(utf8.RuneError)
		default:
			stray++
			b.WriteRune(charmap.Windows1252.DecodeByte(data[i]))
		}
		i += size
	}
	if multi > stray {
		return b.String(), stray, broken, cut, true
	}
	return "", stray, broken, cut, false
}

// plausibleWindows1252 tells Western European text in Latin-1 or
// Windows-1252 from other single-byte encodings and from noise. Every byte
// decodes, so the test is on shape: no byte that Windows-1252 leaves
// undefined, a small share of bytes above ASCII (accented letters and
// typographic quotes, a few in a hundred in German or French), and those
// bytes standing mostly alone between ASCII letters. Cyrillic, Greek or
// Arabic single-byte text writes whole words in high bytes, so it fails the
// last test even when ASCII markup keeps the overall share low.
func plausibleWindows1252(data []byte) bool {
	var high, nonSpace, inRuns, run int
	endRun := func() {
		if run >= 3 {
			inRuns += run
		}
		run = 0
	}
	for _, b := range data {
		switch {
		case b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D:
			return false
		case b >= 0x80:
			high++
			run++
		default:
			endRun()
		}
		if b > ' ' {
			nonSpace++
		}
	}
	endRun()
	// The share says little about a few words ("café"), so it is only
	// tested on text of some length.
	return (nonSpace < 50 || high*100 <= nonSpace*30) && inRuns*100 <= high*30
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
