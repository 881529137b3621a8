package relevance_test

import (
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/relevance"
	"github.com/bansift/bansift/extract"
)

// judged runs the extractor and a judge that reads actors and technologies
// with the extractor's gazetteers and trigger phrases, as the pipeline does.
func judged(t *testing.T, lang, title, text string) relevance.Decision {
	t.Helper()
	ex := extractor(t)
	j, err := relevance.New(relevance.Options{Gazetteer: ex, Restrictions: ex.RestrictionPhrases()})
	if err != nil {
		t.Fatal(err)
	}
	res := ex.ExtractResult(extract.Document{Title: title, Text: text, Language: lang})
	return j.Decide(relevance.Input{Title: title, Text: text, Language: lang, Claims: res.Claims, Unplaced: res.Unplaced})
}

// The article's own signals: pages that report a restriction the extractor
// makes no claim of, and pages that look like one and are not.
func TestOwnSignals(t *testing.T) {
	tests := []struct {
		name, lang, title, text string
		want                    bool
	}{
		// A headline stating a restriction is evidence, with who imposed it
		// named in the lead, even when the body only gives background.
		{"headline with a weak body", "en", "Regulators ban the Quorbit voice-chat app",
			"Quorbit had become popular with students over the summer.\n\nOfficials did not say how long the measure would last.", true},
		// A control verb and a halting verb compose a restriction; the
		// target is a kind of technology, with no vendor.
		{"composed trigger, drones", "en", "",
			"The interior ministry decided to halt all drone flights over the capital for two weeks after a string of sightings near the airport.", true},
		{"composed trigger, internet", "en", "",
			"Telecom operators were ordered to cut off mobile internet in three northern provinces, the regulator said on Sunday.", true},
		// The actor is named in the sentence before the restriction.
		{"actor in the previous sentence", "en", "",
			"The communications authority issued a statement on Monday. Unlicensed calling apps remain prohibited, and operators who offer them face fines.", true},
		{"de composed, zu-infinitive", "de", "",
			"Das Verkehrsministerium hat beschlossen, alle Flüge privater Drohnen über der Hauptstadt bis Ende des Monats auszusetzen.", true},
		{"de recommendation to get rid of phones", "de", "",
			"Die Cyberbehörde des Landes hat Beamten empfohlen, Mobiltelefone des Herstellers Korvo nicht mehr zu kaufen und vorhandene Geräte zu entsorgen.", true},

		// German separable and nominal forms of a restriction.
		{"de separable verb", "de", "",
			"Die Regierung von Ruritanien schließt den Ausrüster Korvo vom Aufbau des neuen Mobilfunknetzes aus.", true},
		{"de nominal compound in -stopp", "de", "",
			"Das Wirtschaftsministerium verhängte einen Lieferstopp für Überwachungskameras in das Nachbarland.", true},
		{"throttling", "en", "",
			"The media regulator began throttling the Quorbit messaging service on Monday, the ministry confirmed.", true},

		// Two sentences past the lead frame it, one names who.
		{"two frames past the lead", "en", "Shopkeepers in the northern valley count the cost",
			"Trade in the valley's markets has halved this month. Shopkeepers say customers stay at home. Many stalls have closed early.\n\nMobile internet across the valley was shut down by order of the military council a week ago. Messaging apps remain banned as well, shopkeepers said.", true},

		// Blocking access is a restriction on its own, with no authority
		// word beside it: the actor is a country.
		{"de country blocks a service", "de", "",
			"Norwegen blockiert seit Sonntag den Zugang zu dem Messenger des Anbieters Korvo.", true},

		// A lifted ban is news about its end.
		{"lifted ban", "en", "",
			"Ruritania lifted its block on the Quorbit app on Tuesday, four months after the telecom regulator banned it over privacy worries.", false},
		// A platform's own rule for its users has no authority behind it.
		{"platform's own policy", "en", "Video site bans political ads",
			"The video platform said it would stop showing ads about elections in its app from June.", false},
		// A product launch that stops making an older model.
		{"product launch", "en", "Vanta unveils a foldable phone",
			"The phone goes on sale next month. Vanta said it would stop making last year's model once stocks run out.", false},
		// A data breach under investigation is no restriction.
		{"data breach", "en", "Hackers steal records of telecom customers",
			"Hackers stole the records of two million customers of a mobile operator; the regulator said it was investigating.", false},
		// A sale stopped in a private patent dispute.
		{"patent injunction", "en", "",
			"A district court ordered Vanta to stop selling two of its phone models after ruling that they infringe a rival's patent.", false},
		// A denial of a plan that restricts nothing.
		{"denied stake sale", "en", "Minister denies plan to sell stake in state telecom operator",
			"The finance minister denied that the government would sell its stake in the mobile operator.", false},
		// An examination that mentions a phone.
		{"inquiry and a phone call", "en", "",
			"The parliamentary inquiry heard a recording of a phone call between the two officials.", false},
		// A ban of something that is not technology.
		{"non-tech ban", "en", "City bans fireworks",
			"The city council banned fireworks in the old town from next year, officials said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := judged(t, tt.lang, tt.title, tt.text)
			if d.Label != tt.want {
				t.Errorf("relevant = %v (score %.2f), want %v", d.Label, d.Score, tt.want)
			}
		})
	}
}

// stubGazetteer knows one actor and one technology by name.
type stubGazetteer struct{ actor, tech string }

func (g stubGazetteer) Mentions(s string) (actor, technology bool) {
	return strings.Contains(s, g.actor), strings.Contains(s, g.tech)
}

// The gazetteer supplies actors and technologies the cues do not know: a
// headline naming both around a restriction is relevant with it and not
// without it.
func TestGazetteerNamesActorsAndTechnology(t *testing.T) {
	in := relevance.Input{
		Title:    "Ruritania bans Quorbit",
		Text:     "The decision takes effect on Friday.",
		Language: "en",
	}
	plain, err := relevance.New(relevance.Options{})
	if err != nil {
		t.Fatal(err)
	}
	withGaz, err := relevance.New(relevance.Options{Gazetteer: stubGazetteer{actor: "Ruritania", tech: "Quorbit"}})
	if err != nil {
		t.Fatal(err)
	}
	if d := plain.Decide(in); d.Label {
		t.Errorf("without a gazetteer: relevant (score %.2f), want not", d.Score)
	}
	if d := withGaz.Decide(in); !d.Label {
		t.Errorf("with a gazetteer: not relevant (score %.2f), want relevant", d.Score)
	}
}
