package extract

import (
	"slices"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// step is one claim a mechanism test expects: its actor country, action and
// status; an empty field is not checked.
type step struct {
	country string
	action  corpus.Action
	status  corpus.Status
	vendors []string
	// category: some target has it.
	category corpus.TargetCategory
}

// hasStep reports whether some claim matches w.
func hasStep(cs []corpus.Claim, w step) bool {
	return slices.ContainsFunc(cs, func(c corpus.Claim) bool {
		if c.Actor.Country != w.country || (w.action != "" && c.Action != w.action) || (w.status != "" && c.Status != w.status) {
			return false
		}
		if w.category != "" && !slices.ContainsFunc(c.Targets, func(t corpus.Target) bool { return t.Category == w.category }) {
			return false
		}
		if w.vendors != nil {
			want := slices.Clone(w.vendors)
			slices.Sort(want)
			return slices.Equal(vendorsOf(c), want)
		}
		return true
	})
}

// mechanismCase is one named case: every step in want must be found, and
// no claim of a country in none may be.
type mechanismCase struct {
	name  string
	lang  string
	title string
	text  string
	want  []step
	none  []string
}

func runMechanism(t *testing.T, tests []mechanismCase) {
	t.Helper()
	ex := extractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Title: tt.title, Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			for _, w := range tt.want {
				if !hasStep(cs, w) {
					t.Errorf("no claim %+v in %+v", w, cs)
				}
			}
			for _, c := range cs {
				if slices.Contains(tt.none, c.Actor.Country) {
					t.Errorf("unexpected claim by %s: %+v", c.Actor.Country, c)
				}
			}
		})
	}
}
