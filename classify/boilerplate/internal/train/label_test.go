package main

import (
	"slices"
	"testing"
)

func TestLabel(t *testing.T) {
	gold := "The government has told ministries to stop buying routers from Acme.\n\n" +
		"Background\n\n" +
		"Officials said the order applies from June and covers every agency.\n\n" +
		"Vendors have six months to comply with the order, the ministry said."
	tests := []struct {
		name  string
		lines []string
		want  []bool
	}{
		{
			name: "menu, headline, byline and footer around the article",
			lines: []string{
				"Home", "News", "Freedonia bans Acme routers", "By Jane Holloway",
				"The government has told ministries to stop buying routers from Acme.",
				"Background",
				"Officials said the order applies from June and covers every agency.",
				"Advertisement",
				"Vendors have six months to comply with the order, the ministry said.",
				"Share", "Leave a Reply",
			},
			want: []bool{false, false, false, false, true, true, true, false, true, false, false},
		},
		{
			name: "paragraph hard-wrapped over two lines",
			lines: []string{
				"Officials said the order applies from June",
				"and covers every agency.",
			},
			want: []bool{true, true},
		},
		{
			name: "line half made of a glued teaser",
			lines: []string{
				"Vendors have six months. Read more stories about the ministry and its routers here",
			},
			want: []bool{false},
		},
		{
			name:  "gold words in another order",
			lines: []string{"Acme routers from buying stop to ministries told has government The"},
			want:  []bool{false},
		},
		{
			name:  "line without tokens",
			lines: []string{"* * *", "Background"},
			want:  []bool{false, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Label(tt.lines, gold); !slices.Equal(got, tt.want) {
				t.Errorf("Label = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLabelShortGold(t *testing.T) {
	got := Label([]string{"Menu", "Routers banned", "Footer"}, "Routers banned")
	if want := []bool{false, true, false}; !slices.Equal(got, want) {
		t.Errorf("Label = %v, want %v", got, want)
	}
}
