package boilerplate

import (
	"fmt"
	"strings"
	"testing"
)

func TestProseShaped(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"english sentence", "The ministry said on Monday that state agencies must stop buying routers from the vendor within six months.", true},
		{"german sentence", "Das Ministerium teilte am Montag mit, dass Behörden keine Router des Herstellers mehr kaufen dürfen, bis die Prüfung endet.", true},
		{"quoted sentence", "\"We will not buy these cameras again,\" the mayor told reporters after the council meeting on Tuesday evening.", true},
		{"menu", "Home | World | Business | Technology | Science | Health | Sport | Culture | Opinion | Video", false},
		{"masthead", "Example Daily", false},
		{"long line without a sentence end", "Our reporters cover the regional economy from offices in three cities across the province", false},
		{"short sentence", "Officials gave no details.", false},
		{"title-case link list", "Markets Live, Company News, World Economy, Trade Tensions, Tech Giants, Energy Crisis, Central Banks.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := proseShaped(tc.line); got != tc.want {
				t.Errorf("proseShaped(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestTemplateGuards checks that the template of a site is made of lines
// that recur across pages that otherwise differ, and never of the article.
func TestTemplateGuards(t *testing.T) {
	const masthead = "Valley Courier | Local news since 1921"
	const wire = "The transport ministry said on Friday that the state railways must stop buying signalling equipment from the supplier by next spring."
	story := func(topic string) string {
		return fmt.Sprintf("The %s said on Thursday that it had reviewed its contracts and would report to the council next month, a spokesman added.", topic)
	}
	page := func(lines ...string) string { return strings.Join(lines, "\n\n") + "\n" }
	tests := []struct {
		name     string
		pages    []string
		clean    string   // the page cleaned with the index
		template []string // lines that must be template
		dropped  int      // lines the cleaning drops as template
		kept     []string // lines that must stay in the body or title
	}{
		{
			name:  "identical pages are one page",
			pages: []string{page("Rail deal signed", story("rail operator")), page("Rail deal signed", story("rail operator")), page("Rail deal signed", story("rail operator"))},
			clean: page("Rail deal signed", story("rail operator")),
			kept:  []string{story("rail operator")},
		},
		{
			name: "one story under several ids with a different stamp",
			pages: []string{page(masthead, "Updated 09:12", "Rail deal signed", story("rail operator")),
				page(masthead, "Updated 10:40", "Rail deal signed", story("rail operator")),
				page(masthead, "Updated 11:05", "Rail deal signed", story("rail operator"))},
			clean: page(masthead, "Updated 12:00", "Rail deal signed", story("rail operator")),
			kept:  []string{"Rail deal signed", story("rail operator")},
		},
		{
			name: "a wire paragraph several pages share is prose",
			pages: []string{page(masthead, story("water board"), wire), page(masthead, story("tax office"), wire),
				page(masthead, story("port agency"), wire), page(masthead, story("school board"), wire)},
			clean:    page(masthead, story("water board"), wire),
			template: []string{masthead},
			dropped:  1,
			kept:     []string{wire, story("water board")},
		},
		{
			name: "no page is all template",
			pages: []string{page(masthead, "Weather | Traffic | Jobs", story("water board")), page(masthead, "Weather | Traffic | Jobs", story("tax office")),
				page(masthead, "Weather | Traffic | Jobs", story("port agency"))},
			clean:    page(masthead, "Weather | Traffic | Jobs"),
			template: []string{masthead, "Weather | Traffic | Jobs"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			idx := NewTemplateIndex()
			for _, p := range tc.pages {
				idx.Add("site", p)
			}
			for _, l := range tc.template {
				if !idx.IsTemplate("site", l) {
					t.Errorf("%q is not template", l)
				}
			}
			c, err := New(Options{Templates: idx})
			if err != nil {
				t.Fatal(err)
			}
			r := c.CleanSite(tc.clean, "en", "site")
			if r.Template != tc.dropped {
				t.Errorf("%d lines dropped as template, want %d; removed %v", r.Template, tc.dropped, r.Removed)
			}
			for _, l := range tc.kept {
				if !strings.Contains(r.Body, l) && r.Title != l {
					t.Errorf("%q lost; title %q, body:\n%s", l, r.Title, r.Body)
				}
			}
		})
	}
}
