package boilerplate

import "testing"

// TestHasYear checks the cheap filter findDate runs first: it must pass
// every form a date pattern reads, and refuse what no pattern could match.
func TestHasYear(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"iso", "Posted 2019-03-07T10:00", true},
		{"german numeric", "am 7.3.2019 um 10 Uhr", true},
		{"month first", "March 7th, 1998", true},
		{"day first", "7 of March, 2021", true},
		{"year at the very end", "x 2020", true},
		{"no digits", "Subscribe to our newsletter", false},
		{"a year outside 19xx and 20xx", "founded in 1848", false},
		{"too few digits", "call 20 5", false},
		{"digits that are not ASCII", "٢٠١٩", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hasYear(tt.s); got != tt.want {
				t.Errorf("hasYear(%q) = %v, want %v", tt.s, got, tt.want)
			}
			// The filter must never refuse what a pattern itself matches.
			for _, p := range datePatterns {
				if p.re.MatchString(tt.s) && !hasYear(tt.s) {
					t.Errorf("%q matches %v but hasYear refuses it", tt.s, p.re)
				}
			}
		})
	}
}
