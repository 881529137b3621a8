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
