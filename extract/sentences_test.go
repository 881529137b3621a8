package extract

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		lang string
		text string
		want []string
	}{
		{"de abbreviations", "de",
			"Betroffen sind z. B. Router und u. a. Kameras. Das BSI warnt.",
			[]string{"Betroffen sind z. B. Router und u. a. Kameras.", "Das BSI warnt."}},
		{"de number and title", "de",
			"Laut Verordnung Nr. 12 gilt das Verbot. Dr. Weber bestätigte es.",
			[]string{"Laut Verordnung Nr. 12 gilt das Verbot.", "Dr. Weber bestätigte es."}},
		{"de date", "de",
			"Am 4. April trat die Regel in Kraft. Sie gilt bis zum 3. Oktober.",
			[]string{"Am 4. April trat die Regel in Kraft.", "Sie gilt bis zum 3. Oktober."}},
		{"de year ends sentence", "de",
			"Das Verbot kam im Jahr 2019. Danach folgte mehr.",
			[]string{"Das Verbot kam im Jahr 2019.", "Danach folgte mehr."}},
		{"de quote", "de",
			"„Wir prüfen das.“ Der Minister schwieg.",
			[]string{"„Wir prüfen das.“", "Der Minister schwieg."}},
		{"en abbreviations", "en",
			"The U.S. Commerce Dept. acted on Monday. Mr. Smith agreed.",
			[]string{"The U.S. Commerce Dept. acted on Monday.", "Mr. Smith agreed."}},
		{"lines are boundaries", "en",
			"Headline without a stop\nFirst sentence here. Second one.",
			[]string{"Headline without a stop", "First sentence here.", "Second one."}},
	}
	ex := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range sentences(tc.text, ex.split[lang(tc.lang)]) {
				if tc.text[s.Start:s.End] == "" {
					t.Errorf("empty sentence at %d", s.Start)
				}
				got = append(got, tc.text[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
