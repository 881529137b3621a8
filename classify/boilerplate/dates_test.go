package boilerplate

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"english month day year", "May 27, 2014", "2014-05-27"},
		{"english abbreviated", "Posted Nov. 19, 2019, 10:31 pm CST", "2019-11-19"},
		{"ordinal", "Updated on March 3rd 2021", "2021-03-03"},
		{"day month year", "27 May 2014", "2014-05-27"},
		{"iso", "2014-05-27T10:00", "2014-05-27"},
		{"german numeric", "27.05.2014, 12:00 Uhr", "2014-05-27"},
		{"german long", "27. Mai 2014", "2014-05-27"},
		{"german umlaut", "3. März 2020", "2020-03-03"},
		{"month and year only", "Mai 2014", ""},
		{"impossible day", "February 30, 2020", ""},
		{"leap day", "29 February 2020", "2020-02-29"},
		{"earliest wins", "Updated 2 June 2021, first published 1 June 2021", "2021-06-02"},
		{"no date", "Chapter 5, verse 2014", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestIsTimestamp(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"November 19, 2019 at 8:32 am", true},
		{"• 11/20/2019 01:14 PM", false}, // US numeric dates are not parsed
		{"27.05.2020, 14:05 Uhr", true},
		{"5H ago", true},
		{"6 hours ago", true},
		{"vor 3 Stunden", true},
		{"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", false},
		{"The deal was signed on May 27, 2014 in Beijing.", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isTimestamp(tt.in); got != tt.want {
				t.Errorf("isTimestamp(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
