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
}

// hasStep reports whether some claim matches w.
func hasStep(cs []corpus.Claim, w step) bool {
	return slices.ContainsFunc(cs, func(c corpus.Claim) bool {
		if c.Actor.Country != w.country || (w.action != "" && c.Action != w.action) || (w.status != "" && c.Status != w.status) {
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

// A later step of another body of the same country is its own claim: the
// review stays a review although ministries have blocked the app.
func TestOtherBodySteps(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en review and a ministry block", lang: "en",
			title: "Seoul regulator to examine Temu",
			text: "South Korea's fair trade commission said it would investigate how Temu handles customer data. " +
				"Separately, the South Korean defence ministry has blocked the Temu app on its office computers.",
			want: []step{
				{country: "KR", action: corpus.ActionReview, status: corpus.StatusUnderReview},
				{country: "KR", action: corpus.ActionBan, status: corpus.StatusEnacted},
			}},
		{name: "de review and a ministry ban", lang: "de",
			title: "Bundesnetzagentur prüft Router von TP-Link",
			text: "Die Bundesnetzagentur untersucht, ob Router von TP-Link Daten ins Ausland senden. " +
				"Das Verteidigungsministerium hat die Router von TP-Link in seinen Dienststellen bereits verboten.",
			want: []step{
				{country: "DE", action: corpus.ActionReview, status: corpus.StatusUnderReview},
				{country: "DE", action: corpus.ActionBan},
			}},
	})
}

// A modal scopes over the verbs coordinated after it: "may order changes or
// restrict it" does not make a review a restriction.
func TestModalScope(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en may ... or restrict", lang: "en",
			title: "Privacy regulator opens inquiry into DeepSeek",
			text: "Ireland's data protection commission is investigating DeepSeek over its data transfers. " +
				"Depending on the findings, the commission may order changes to the app or restrict it, a spokesperson said.",
			want: []step{{country: "IE", action: corpus.ActionReview, status: corpus.StatusUnderReview}}},
		{name: "de könnte ... oder sperren", lang: "de",
			title: "Datenschützer prüfen DeepSeek",
			text: "Die italienische Datenschutzbehörde untersucht die App DeepSeek. " +
				"Je nach Ergebnis könnte die Behörde Auflagen machen oder die App sperren.",
			want: []step{{country: "IT", action: corpus.ActionReview, status: corpus.StatusUnderReview}}},
	})
}
