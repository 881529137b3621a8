package extract

import "testing"

// TestNearMissNames checks that garbled names of machine translations are
// read back to the gazetteers, and only in translated documents.
func TestNearMissNames(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		translated bool
		country    string
		vendor     string
	}{
		{"garbled vendor", "The Indian government banned the cameras of Hikfision in its offices.", true, "IN", "Hikvision"},
		{"garbled country", "New Ziland banned the equipment of Huawei in its networks.", true, "NZ", "Huawei"},
		{"not translated", "The Indian government banned the cameras of Hikfision in its offices.", false, "IN", ""},
	}
	ex := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := Document{Text: tc.text, Language: "en", Translated: tc.translated}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			if tc.vendor == "" {
				// Outside translations an unknown name stays unknown: the
				// cameras are a target without a vendor.
				c, ok := findClaim(cs, tc.country)
				if !ok || len(vendorsOf(c)) > 0 {
					t.Errorf("got %+v, want a vendor-less claim by %s", cs, tc.country)
				}
				return
			}
			checkClaim(t, cs, want{country: tc.country, vendors: []string{tc.vendor}})
		})
	}
}
