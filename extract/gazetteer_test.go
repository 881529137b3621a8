package extract

import "testing"

func TestNames(t *testing.T) {
	ex := extractor(t)
	tests := []struct {
		name, text  string
		actor, tech bool
	}{
		{"country", "Japan said on Monday", true, false},
		{"vendor", "phones made by Huawei", false, true},
		{"kind of technology", "flights of drones", false, true},
		{"generic word alone", "the devices", false, false},
		{"a company is no actor", "Apple said", false, true},
		{"neither", "the weather was fine", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actor, tech := ex.Mentions(tt.text)
			if actor != tt.actor || tech != tt.tech {
				t.Errorf("Names(%q) = %v, %v, want %v, %v", tt.text, actor, tech, tt.actor, tt.tech)
			}
		})
	}
}
