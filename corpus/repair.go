package corpus

import (
	"strings"
	"unicode/utf8"
)

// maxInvalidShare bounds the invalid bytes repairUTF8 accepts: one per this
// many bytes. A page in an encoding we do not know (Cyrillic
// or Arabic single-byte text) has a high byte in nearly every word and stays
// an error; a UTF-8 page with a stray byte or two is kept.
const maxInvalidShare = 100

// repairUTF8 replaces each invalid sequence of data (a lone byte above
// 0x7F, an encoded UTF-16 surrogate, an overlong form) with U+FFFD. ok is
// false when more than one byte in maxInvalidShare is invalid: the bytes are then not UTF-8 with a few flaws but something else.
func repairUTF8(data []byte) (text string, bad int, ok bool) {
	var b strings.Builder
	b.Grow(len(data) + 16)
	inBad, badBytes := false, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			// A run of invalid bytes (the three bytes of an encoded
			// surrogate) is one flaw and one replacement.
			if !inBad {
				bad++
				b.WriteRune(utf8.RuneError)
			}
			inBad = true
			badBytes++
			i++
			continue
		}
		inBad = false
		b.Write(data[i : i+size])
		i += size
	}
	if bad == 0 || badBytes*maxInvalidShare > len(data) {
		return "", bad, false
	}
	return b.String(), bad, true
}

// brokenSequence returns the length of the UTF-8-shaped sequence at the start
// of p, a lead byte followed by as many continuation bytes as it announces,
// or 0 when p does not start with one. Call it only where utf8.DecodeRune
// failed: then the sequence is broken UTF-8 (a surrogate, an overlong form).
func brokenSequence(p []byte) int {
	if len(p) == 0 {
		return 0
	}
	n := 0
	switch b := p[0]; {
	case b&0xE0 == 0xC0:
		n = 2
	case b&0xF0 == 0xE0:
		n = 3
	case b&0xF8 == 0xF0:
		n = 4
	default:
		return 0
	}
	if len(p) < n {
		return 0
	}
	for _, c := range p[1:n] {
		if c&0xC0 != 0x80 {
			return 0
		}
	}
	return n
}
