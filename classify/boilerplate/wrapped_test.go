package boilerplate

import (
	"strings"
	"testing"
)

// A page whose sentences are broken across short lines, with or without a
// blank line after each, yields its body with the sentences rejoined; a
// page of short menu lines stays without body.
func TestHardWrappedPages(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	wrapped := []string{
		"Harbour council closes the old ferry pier",
		"The Kestrel Bay harbour",
		"council voted on Tuesday to close",
		"the old ferry pier for repairs, its",
		"chair told reporters, after divers",
		"found cracks in three of the pillars.",
		"Ferries will use the north quay",
		"until the work ends in the spring.",
	}
	tests := []struct {
		name     string
		text     string
		want     string // a sentence the body must hold whole
		wantBody bool
	}{
		{"blank lines between", strings.Join(wrapped, "\n\n"),
			"The Kestrel Bay harbour council voted on Tuesday to close the old ferry pier for repairs, its chair told reporters, after divers found cracks in three of the pillars.", true},
		{"single line breaks", wrapped[0] + "\n\n" + strings.Join(wrapped[1:], "\n"),
			"Ferries will use the north quay until the work ends in the spring.", true},
		{"a menu is not wrapped", "Home\n\nNews\n\nSport\n\nWeather\n\nContact us\n\nLog in", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Clean(tt.text, "en")
			if !tt.wantBody {
				if r.Body != "" {
					t.Errorf("body %q, want none", r.Body)
				}
				return
			}
			if !strings.Contains(r.Body, tt.want) {
				t.Errorf("body %q lacks %q", r.Body, tt.want)
			}
			if strings.Contains(r.Body, wrapped[0]) {
				t.Errorf("headline %q joined into the body %q", wrapped[0], r.Body)
			}
		})
	}
}

// A page of pieces set apart by blank lines is read rejoined even when one
// of its paragraphs is long enough to be kept on its own: the first
// reading would keep that paragraph alone and take a piece for the title.
func TestBlankWrappedPageWithOneLongParagraph(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	pieces := []string{
		"Valley schools take tablets",
		"out of the classrooms",
		"The education board of Larkmoor",
		"decided on Thursday to remove the",
		"tablets handed out to pupils three",
		"years ago, saying that reading scores",
		"had fallen since.",
		"Teachers will collect the devices before the summer break, and the board will spend the money saved on printed books for every primary school in the district.",
		"Parents were split on the move",
		"at a meeting in the town hall",
		"on Thursday evening.",
	}
	r := c.Clean(strings.Join(pieces, "\n\n"), "en")
	for _, want := range []string{
		"The education board of Larkmoor decided on Thursday to remove the tablets handed out to pupils three years ago, saying that reading scores had fallen since.",
		pieces[7],
		"Parents were split on the move at a meeting in the town hall on Thursday evening.",
	} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q\nbody: %q", want, r.Body)
		}
	}
	if want := "Valley schools take tablets out of the classrooms"; r.Title != want {
		t.Errorf("title = %q, want %q", r.Title, want)
	}
}

// isWrapped needs breaks across a blank line going on in lower case on a
// quarter of the lines: a page with a caption and a lower-case menu item
// after blank lines is not wrapped.
func TestIsWrapped(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"pieces", "The board said it would\n\nremove the tablets from\n\nall schools, and that\n\nteachers had been told.", true},
		{"ordinary page", "The board said on Thursday that it would remove the tablets from all schools.\n\nphoto by the board\n\nTeachers had been told, officials said, and parents would get a letter.\n\nHome\n\nnews and more", false},
		{"line breaks without blank lines", "The board said it would\nremove the tablets from\nall schools, and that\nteachers had been told.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isWrapped(tt.text); got != tt.want {
				t.Errorf("isWrapped = %v, want %v", got, tt.want)
			}
		})
	}
}
