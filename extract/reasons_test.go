package extract

import (
	"slices"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// Who a restriction applies to: police and emergency networks, never the
// makers named by nationality; and why, in wording beyond the first
// lexicon.
func TestSectorsAndReasons(t *testing.T) {
	ex := extractor(t)
	tests := []struct {
		name, lang, text string
		country          string
		sector           corpus.Sector
		notSector        corpus.Sector
		reason           corpus.ReasonCategory
	}{
		{"en police", "en", "Romania will stop its police from using cameras made by Hikvision.", "RO",
			corpus.SectorGovernment, "", ""},
		{"en makers are not affected", "en", "Ohio will no longer buy drones made by Chinese companies such as DJI for its police.", "US",
			corpus.SectorGovernment, corpus.SectorPrivateSector, ""},
		{"en public transit agencies are government", "en", "A bill would bar Ohio's public transit agencies from buying buses made by BYD.", "US",
			corpus.SectorGovernment, corpus.SectorGeneralPublic, ""},
		{"en airports", "en", "Lithuania banned Nuctech scanners at its airports and border crossings.", "LT",
			corpus.SectorCriticalInfrastructure, "", ""},
		{"de Spitäler", "de", "Der Kanton Zürich verbietet den Spitälern, Patientendaten bei Microsoft zu speichern.", "CH",
			corpus.SectorHealthcare, "", ""},
		{"de Bahnhöfe", "de", "Die Bundesregierung will Kameras von Hikvision aus Zügen und Bahnhöfen verbannen.", "DE",
			corpus.SectorCriticalInfrastructure, "", ""},
		{"de Nominalstil für Landesbedienstete", "de", "Das Verbot von TikTok für Landesbedienstete in Niedersachsen tritt am Montag in Kraft.", "DE",
			corpus.SectorGovernment, corpus.SectorGeneralPublic, ""},
		{"en railway signalling", "en", "Germany will bar Huawei from supplying the railway signalling network.", "DE",
			corpus.SectorCriticalInfrastructure, "", ""},
		{"de dative recipient Telekommunikationsanbietern", "de", "Japan verbietet Telekommunikationsanbietern den Kauf von Huawei-Technik.", "JP",
			corpus.SectorTelecom, "", ""},
		{"de Lehrer an Schulen", "de", "In Österreich dürfen Lehrer an Schulen DeepSeek nicht mehr verwenden.", "AT",
			corpus.SectorEducation, "", ""},
		{"de Digitalfunk", "de", "Die deutschen Innenminister wollen Huawei aus dem Digitalfunk der Polizei ausschließen.", "DE",
			corpus.SectorCriticalInfrastructure, "", ""},
		{"en intelligence laws", "en", "Norway barred Huawei from its emergency radio network, citing China's intelligence laws.", "NO",
			corpus.SectorCriticalInfrastructure, "", corpus.ReasonNationalSecurity},
		{"en remote access", "en", "Lithuania banned Sungrow inverters over fears of remote access by the manufacturer.", "LT",
			"", "", corpus.ReasonCybersecurity},
		{"de Fernzugriff", "de", "Litauen verbietet Wechselrichter von Sungrow wegen der Gefahr von Fernzugriff.", "LT",
			"", "", corpus.ReasonCybersecurity},
		{"en disable in a crisis", "en", "Ohio will bar agencies from buying drones made by DJI, as the maker could disable them in a crisis.", "US",
			"", "", corpus.ReasonCybersecurity},
		{"de lahmlegen", "de", "Polen schließt Huawei aus dem Stromnetz aus, weil der Hersteller das Netz im Krisenfall lahmlegen könnte.", "PL",
			"", "", corpus.ReasonCybersecurity},
		{"en protect revenues", "en", "Morocco will block calls over WhatsApp to protect the revenues of telephone operators.", "MA",
			"", "", corpus.ReasonEconomicProtectionism},
		{"de Zugriff", "de", "Das Land Hessen verbietet DJI-Drohnen bei der Polizei, weil chinesische Behörden auf die Aufnahmen zugreifen könnten.", "DE",
			"", "", corpus.ReasonEspionage},
		{"en confidential code", "en", "South Korea's defence ministry barred its staff from using ChatGPT after officials pasted confidential documents into it.", "KR",
			"", "", corpus.ReasonDataPrivacy},
		{"en dependence", "en", "Texas will stop buying batteries from CATL to reduce dependence on a single foreign supplier.", "US",
			"", "", corpus.ReasonEconomicProtectionism},
		{"de aus Sicherheitsgründen two sentences on", "de", "Kameras von Hikvision sollen aus den Bahnhöfen in Deutschland verschwinden. " +
			"Die Bahn will sie bis 2028 ersetzen. Der Austausch erfolge aus Sicherheitsgründen, sagte eine Sprecherin.", "DE",
			"", "", corpus.ReasonNationalSecurity},
		{"en data leakage", "en", "Taiwan's digital ministry has prohibited government agencies from using DeepSeek, citing risks of data leakage.", "TW",
			"", "", corpus.ReasonDataPrivacy},
		{"de Datenlecks", "de", "Taiwan verbietet Behörden die Nutzung von DeepSeek wegen möglicher Datenlecks.", "TW",
			"", "", corpus.ReasonDataPrivacy},
		{"en metadata and foreign laws", "en", "France urged ministers to stop using WhatsApp. Messages could be exposed to the laws of other countries and the owners see sensitive metadata.", "FR",
			"", "", corpus.ReasonDataPrivacy},
		{"de ausländischem Recht", "de", "Der Kanton Zürich verbietet Spitälern Clouds, die ausländischem Recht unterstehen.", "CH",
			"", "", corpus.ReasonNationalSecurity},
		{"de Spionagegefahr compound", "de", "Die Schweiz verbietet ihren Beamten wegen Spionagegefahr die Nutzung von WeChat.", "CH",
			"", "", corpus.ReasonEspionage},
		{"de nach China gelangen", "de", "Die Bundeswehr verbannt Lidar-Sensoren von Hesai, weil Messdaten nach China gelangen könnten.", "DE",
			"", "", corpus.ReasonEspionage},
		{"de Begründung three sentences on", "de", "Das Land Hessen verbietet Microsoft 365 an Schulen. Die Schulen sollen eine Plattform des Landes nutzen. " +
			"Lehrkräfte müssen bis Juni wechseln. Zur Begründung verweist das Ministerium auf den Datenschutz.", "DE",
			"", "", corpus.ReasonDataPrivacy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			c := cs[0]
			if tt.country != "" {
				var ok bool
				if c, ok = findClaim(cs, tt.country); !ok {
					t.Fatalf("no claim by %s in %+v", tt.country, cs)
				}
			}
			has := func(s corpus.Sector) bool {
				return slices.ContainsFunc(c.Affected, func(a corpus.Affected) bool { return a.Sector == s })
			}
			if tt.sector != "" && !has(tt.sector) {
				t.Errorf("affected %+v lack %s", c.Affected, tt.sector)
			}
			if tt.notSector != "" && has(tt.notSector) {
				t.Errorf("affected %+v include %s", c.Affected, tt.notSector)
			}
			if tt.reason != "" && !slices.ContainsFunc(c.Reasons, func(r corpus.Reason) bool { return r.Category == tt.reason }) {
				t.Errorf("reasons %+v lack %s", c.Reasons, tt.reason)
			}
		})
	}
}

// The article's grounds, stated in a paragraph of their own, are those of
// its primary restriction when the sentences reporting it give none.
func TestArticleGrounds(t *testing.T) {
	ex := extractor(t)
	tests := []struct {
		name, lang, title, text string
	}{
		{name: "en concerns paragraph", lang: "en", title: "Oslo drops DJI drones",
			text: "Norway's police directorate has stopped buying DJI drones.\n\nThe force flies about forty of them in rural districts.\n\nOfficers had raised concerns about flight data being stored abroad."},
		{name: "de Hintergrund paragraph", lang: "de", title: "Wien kauft keine DJI-Drohnen mehr",
			text: "Die österreichische Polizei kauft keine Drohnen von DJI mehr.\n\nDie Polizei setzt derzeit rund vierzig Geräte ein.\n\nHintergrund ist die Sorge, dass Flugdaten und Aufnahmen ins Ausland abfließen."},
		{name: "de place after a preposition is no other actor", lang: "de", title: "Wien kauft keine DJI-Drohnen mehr",
			text: "Die österreichische Polizei kauft keine Drohnen von DJI mehr.\n\nDie Polizei setzt derzeit rund vierzig Geräte ein.\n\nHintergrund ist die Sorge, dass Flugdaten nach China gelangen könnten."},
		{name: "en place after a preposition is no other actor", lang: "en", title: "Oslo drops DJI drones",
			text: "Norway's police directorate has stopped buying DJI drones.\n\nThe force flies about forty of them in rural districts.\n\nOfficers had raised concerns that flight data could be stored in China."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Title: tt.title, Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			i := slices.IndexFunc(cs, func(c corpus.Claim) bool { return c.Primary })
			if i < 0 {
				t.Fatalf("no primary claim in %+v", cs)
			}
			if !slices.ContainsFunc(cs[i].Reasons, func(r corpus.Reason) bool { return r.Category == corpus.ReasonDataPrivacy }) {
				t.Errorf("reasons %+v, want data_privacy", cs[i].Reasons)
			}
		})
	}
}
