package pipeline

import (
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// TestUnsupportedLanguageNote checks that a page in a language claims are
// not extracted for says so in a note, and a page in English or German
// does not.
func TestUnsupportedLanguageNote(t *testing.T) {
	p := testPipeline(t)
	tests := []struct {
		name, lang, text string
		wantNote         bool
	}{
		{"russian", "ru", "Министерство запретило закупку камер\n\nМинистерство в понедельник запретило государственным учреждениям закупать камеры наблюдения у двух производителей, сославшись на безопасность.\n", true},
		{"chinese", "zh", "政府禁止采购监控摄像头\n\n政府部门周一宣布，出于安全考虑，所有国家机关不得再采购这两家制造商生产的监控摄像头和相关设备。\n", true},
		{"arabic", "ar", "الوزارة تحظر شراء الكاميرات\n\nأعلنت الوزارة يوم الاثنين أنها ستمنع جميع الهيئات الحكومية من شراء كاميرات المراقبة من الشركتين بسبب مخاوف أمنية تتعلق بالبيانات.\n", true},
		{"english", "en", englishPage, false},
		{"german", "de", "Behörde untersagt Kameras\n\nDas Innenministerium hat am Montag allen Bundesbehörden untersagt, Überwachungskameras der beiden Hersteller zu kaufen, und nannte Sicherheitsgründe.\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := p.Process(corpus.Article{ID: tc.name, Source: corpus.Source{Path: tc.name + ".txt", Format: corpus.FormatText}, Content: tc.text})
			if rec.Error != nil {
				t.Fatalf("error %+v", rec.Error)
			}
			if rec.Language.Code != tc.lang {
				t.Fatalf("language %q, want %q", rec.Language.Code, tc.lang)
			}
			noted := false
			for _, n := range rec.Notes {
				if strings.Contains(n, "language "+tc.lang) && strings.Contains(n, "claims") {
					noted = true
				}
			}
			if noted != tc.wantNote {
				t.Errorf("language note = %v, want %v; notes %q", noted, tc.wantNote, rec.Notes)
			}
		})
	}
}
