package language

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetectBody(t *testing.T) {
	en := "The ministry said on Tuesday that government agencies must stop buying network equipment from the two suppliers by the end of the year, citing security concerns raised by the intelligence services. "
	de := "Das Ministerium teilte am Dienstag mit, dass Behörden bis Jahresende keine Netzwerktechnik der beiden Hersteller mehr kaufen dürfen, und verwies auf Sicherheitsbedenken der Nachrichtendienste. "
	tests := []struct {
		name string
		text string
		want string
	}{
		{"short english", en, "en"},
		{"long english", strings.Repeat(en, 30), "en"},
		{"long german", strings.Repeat(de, 30), "de"},
		// An English standfirst over a German body: the middle probe
		// disagrees with the opening and the full sample decides.
		{"english opening, german body", strings.Repeat(en, 3) + strings.Repeat(de, 30), "de"},
		{"empty", "", "und"},
	}
	d := detector(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.DetectBody(tt.text); got.Code != tt.want {
				t.Fatalf("DetectBody() = %+v, want %q", got, tt.want)
			}
		})
	}
}

func TestDetectBodyAgreesWithFullSample(t *testing.T) {
	// On a clear page the probes give the decision a full sample gives.
	d := detector(t)
	text := strings.Repeat("Die Landesregierung will chinesische Kameras aus Behörden verbannen, weil sie Spionage fürchtet. ", 60)
	full := d.Detect(window(text, 0, fullSampleBytes))
	if got := d.DetectBody(text); got.Code != full.Code {
		t.Fatalf("DetectBody() = %q, full sample says %q", got.Code, full.Code)
	}
}

func TestWindowKeepsWordsAndRunes(t *testing.T) {
	s := strings.Repeat("Überwachungskameras für Behörden ", 50)
	for _, from := range []int{0, 1, 7, 300, 501} {
		w := window(s, from, 100)
		if !utf8.ValidString(w) {
			t.Fatalf("window(%d) cut a rune: %q", from, w)
		}
		if len(w) > 100 {
			t.Fatalf("window(%d) is %d bytes, want at most 100", from, len(w))
		}
		if strings.HasPrefix(w, "berwachungs") || strings.HasSuffix(w, "Beh") {
			t.Fatalf("window(%d) cut a word: %q", from, w)
		}
	}
}
