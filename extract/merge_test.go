package extract

import (
	"slices"
	"testing"

	"github.com/bansift/bansift/corpus"
)

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
				{country: "KR", action: corpus.ActionBan},
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

// A vendor-less phrase of the same country and kind of technology speaks of
// the vendors' restriction: it adds no claim and does not set the action.
func TestFoldVendorless(t *testing.T) {
	ex := extractor(t)
	tests := []struct {
		name, lang, text string
		action           corpus.Action
	}{
		{"en replaced cameras", "en",
			"Portugal's interior ministry will stop buying Hikvision cameras for police stations. Surveillance cameras already installed will be replaced as contracts expire.",
			corpus.ActionPurchaseBan},
		{"en the software", "en",
			"Portugal has banned Kaspersky antivirus on government computers. Offices must remove the software by June.",
			corpus.ActionBan},
		{"de Software ersetzen", "de",
			"Die portugiesische Regierung hat Virenschutz von Kaspersky in Behörden verboten. Die Software muss bis Juni ersetzt werden.",
			corpus.ActionBan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			if len(cs) != 1 {
				t.Fatalf("got %d claims, want 1: %+v", len(cs), cs)
			}
			if cs[0].Action != tt.action || cs[0].Actor.Country != "PT" {
				t.Errorf("claim %s/%s, want PT/%s", cs[0].Actor.Country, cs[0].Action, tt.action)
			}
		})
	}
}

// A headline naming several actors of one step makes each one's claim
// primary, though the body tells of them in separate sentences.
func TestHeadlineActorsPrimary(t *testing.T) {
	ex := extractor(t)
	tests := []struct {
		name, lang, title, text string
		want                    []string
	}{
		{name: "en two countries tighten", lang: "en", want: []string{"NL", "JP"},
			title: "Netherlands and Japan tighten export rules on chipmaking tools",
			text: "Japan's export curbs on 23 kinds of chipmaking equipment come into force this month.\n\n" +
				"The Dutch government on Saturday imposed licence requirements on exports of advanced lithography systems."},
		{name: "de zwei Länder verschärfen", lang: "de", want: []string{"NL", "JP"},
			title: "Niederlande und Japan verschärfen Exportkontrollen für Chipmaschinen",
			text: "Japans Exportbeschränkungen für 23 Arten von Anlagen zur Chipherstellung treten diesen Monat in Kraft.\n\n" +
				"Die niederländische Regierung hat am Samstag Exportkontrollen für Anlagen zur Chipherstellung eingeführt."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Title: tt.title, Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			for _, country := range tt.want {
				if !slices.ContainsFunc(cs, func(c corpus.Claim) bool { return c.Primary && c.Actor.Country == country }) {
					t.Errorf("no primary claim by %s in %+v", country, cs)
				}
			}
		})
	}
}

// A headline naming the claim's country or vendor without a restriction
// word still picks the primary claim.
func TestHeadlineEntitiesPrimary(t *testing.T) {
	ex := extractor(t)
	tests := []struct {
		name, lang, title, text, want string
	}{
		{name: "en vendor and country in the headline", lang: "en", want: "GB",
			title: "Britain and Hikvision: the end of a long partnership",
			text: "The United States barred Dahua from federal networks years ago. " +
				"Britain's Cabinet Office has now ordered departments to stop installing Hikvision cameras on sensitive sites."},
		{name: "de vendor and country in the headline", lang: "de", want: "GB",
			title: "Großbritannien und Hikvision: Das Ende einer langen Partnerschaft",
			text: "Die USA haben Dahua schon vor Jahren aus Bundesnetzen verbannt. " +
				"Die britische Regierung hat den Ministerien nun untersagt, Kameras von Hikvision an sensiblen Orten zu installieren."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Title: tt.title, Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			if !slices.ContainsFunc(cs, func(c corpus.Claim) bool { return c.Primary && c.Actor.Country == tt.want }) {
				t.Errorf("no primary claim by %s in %+v", tt.want, cs)
			}
		})
	}
}

// One decision told over two sentences of the lead, for two groups of
// vendors, is primary for both; a later step of the same country is not.
func TestDecisionOverTheLead(t *testing.T) {
	ex := extractor(t)
	doc := Document{Language: "en", Title: "Pakistan bans Huawei gear",
		Text: "Pakistan's telecoms regulator has banned new network equipment from Huawei and ZTE. " +
			"Its rules also ban the import of cameras made by Hikvision and Dahua. " +
			"Officials met on Monday. Lawyers for the firms said they would study the text. " +
			"In 2019 Pakistan had banned DJI drones at military sites."}
	cs := ex.Extract(doc)
	checkInvariants(t, doc, cs)
	primary := map[string]bool{}
	for _, c := range cs {
		for _, v := range vendorsOf(c) {
			primary[v] = c.Primary
		}
	}
	for _, v := range []string{"Huawei", "ZTE", "Hikvision", "Dahua"} {
		if !primary[v] {
			t.Errorf("%s: want a primary claim, got %+v", v, cs)
		}
	}
	if p, ok := primary["DJI"]; !ok || p {
		t.Errorf("DJI: want a claim that is not primary, got %+v", cs)
	}
}
