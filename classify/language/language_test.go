package language

import (
	"sync"
	"testing"

	"github.com/bansift/bansift/corpus"
)

var (
	sharedOnce sync.Once
	shared     *Detector
)

// detector builds the default Detector once for all tests: loading the models
// is the expensive part.
func detector(t testing.TB) *Detector {
	sharedOnce.Do(func() {
		d, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		shared = d
	})
	return shared
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"english", "The ministry said on Tuesday that government agencies must stop buying network equipment from the two suppliers by the end of the year.", "en"},
		{"german", "Das Ministerium teilte am Dienstag mit, dass Behörden bis Jahresende keine Netzwerktechnik der beiden Hersteller mehr kaufen dürfen.", "de"},
		{"french", "Le ministère a annoncé mardi que les administrations ne pourront plus acheter d'équipements réseau de ces deux fournisseurs.", "fr"},
		{"arabic", "قالت الوزارة يوم الثلاثاء إن الجهات الحكومية يجب أن تتوقف عن شراء معدات الشبكات من المورّدين.", "ar"},
		{"spanish", "El ministerio anunció el martes que las agencias del gobierno dejarán de comprar equipos de red a los dos proveedores.", "es"},
		{"no letters", "12345 67 -- 89 ...", corpus.Undetermined},
		{"empty", "", corpus.Undetermined},
	}
	d := detector(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.Detect(tt.text)
			if got.Code != tt.want {
				t.Fatalf("Detect() = %+v, want code %q", got, tt.want)
			}
			if got.Code != corpus.Undetermined && (got.Confidence <= 0 || got.Confidence > 1) {
				t.Errorf("confidence %v outside (0, 1]", got.Confidence)
			}
		})
	}
}

func TestNewRejectsBadLanguages(t *testing.T) {
	for name, langs := range map[string][]string{
		"unknown code": {"en", "xx"},
		"only one":     {"en"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := New(Options{Languages: langs}); err == nil {
				t.Fatalf("New(%v) succeeded, want an error", langs)
			}
		})
	}
}

func TestDetectConcurrent(t *testing.T) {
	d := detector(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := d.Detect("Die Regierung verbietet die App auf Diensthandys."); got.Code != "de" {
				t.Errorf("got %q, want de", got.Code)
			}
		})
	}
	wg.Wait()
}

func BenchmarkDetect(b *testing.B) {
	d := detector(b)
	page := ""
	for len(page) < 4000 {
		page += "The communications regulator said the carriers must remove the equipment from their core networks within three years, citing risks to national security. "
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		d.Detect(page)
	}
}
