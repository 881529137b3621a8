package extract

import (
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// A restriction of a kind of technology takes its vendors from the next
// sentence when that one opens with the decision as its subject.
func TestVendorsAfterMeasure(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en the new rule covers", lang: "en",
			text: "Ohio will no longer buy drones made by foreign companies for its state police.\n\n" +
				"The new purchasing rule covers aircraft from DJI and from Autel Robotics.",
			want: []step{{country: "US", action: corpus.ActionPurchaseBan, vendors: []string{"DJI", "Autel Robotics"}}}},
		{name: "en the instruction is said to cover", lang: "en",
			text: "Japan's industry ministry told carriers to phase out foreign-made processors by 2028. " +
				"The instruction is said to cover chips from Intel and AMD.",
			want: []step{{country: "JP", action: corpus.ActionPhaseOut, vendors: []string{"Intel", "AMD"}}}},
		{name: "de die Anordnung betrifft", lang: "de",
			text: "Die japanische Regierung will ausländische Prozessoren in Rechenzentren ersetzen. " +
				"Die Anordnung betrifft vor allem Chips von Intel und AMD.",
			want: []step{{country: "JP", action: corpus.ActionPhaseOut, vendors: []string{"Intel", "AMD"}}}},
		{name: "en affected in practice, a sentence on", lang: "en",
			text: "Spain's energy ministry has prohibited remote updates of solar inverters from outside the EU. " +
				"The rule names no company. Affected in practice are mainly Huawei and Sungrow.",
			want: []step{{country: "ES", vendors: []string{"Huawei", "Sungrow"}}}},
		{name: "de betroffen sind", lang: "de",
			text: "Das spanische Energieministerium hat Fernupdates von Wechselrichtern aus Drittstaaten untersagt. " +
				"Betroffen sind vor allem die chinesischen Anbieter Huawei und Sungrow.",
			want: []step{{country: "ES", vendors: []string{"Huawei", "Sungrow"}}}},
		{name: "en no measure, no vendors", lang: "en",
			text: "Japan's industry ministry told carriers to phase out foreign-made processors by 2028. " +
				"Intel and AMD reported higher sales in Asia this quarter.",
			want: []step{{country: "JP", vendors: []string{}}}},
	})
}

// Makers described by nationality take the vendors of the next paragraph
// when it opens with the decision.
func TestDescribedVendorsAcrossParagraph(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en Chinese companies, next paragraph", lang: "en",
			text: "Ohio will no longer buy drones made by Chinese companies for its state police.\n\n" +
				"The new rule covers aircraft from DJI and from Autel Robotics.",
			want: []step{{country: "US", action: corpus.ActionPurchaseBan, vendors: []string{"DJI", "Autel Robotics"}}}},
		{name: "de chinesischer Hersteller, nächster Absatz", lang: "de",
			text: "Sachsen kauft keine Drohnen chinesischer Hersteller mehr für die Polizei.\n\n" +
				"Die neue Regel betrifft Geräte von DJI und Autel.",
			want: []step{{country: "DE", vendors: []string{"DJI", "Autel Robotics"}}}},
		{name: "en next paragraph without a decision", lang: "en",
			text: "Ohio will no longer buy drones made by Chinese companies for its state police.\n\n" +
				"Hobbyists in the state mostly fly aircraft from DJI and Autel Robotics.",
			want: []step{{country: "US", vendors: []string{}}}},
	})
}

// A vendor coordinated with one that fits a nationality-described target
// is named for the same devices.
func TestCoordinatedDescribedVendors(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de Geräte von Huawei und Sungrow", lang: "de",
			text: "Die EU-Kommission prüft Wechselrichter chinesischer Hersteller. Im Fokus stehen Geräte von Huawei und Sungrow.",
			want: []step{{country: "EU", action: corpus.ActionReview, vendors: []string{"Huawei", "Sungrow"}}}},
		{name: "en inverters from Huawei and Sungrow", lang: "en",
			text: "The European Commission is reviewing inverters from Chinese makers. Devices from Sungrow and Huawei are the focus.",
			want: []step{{country: "EU", action: corpus.ActionReview, vendors: []string{"Huawei", "Sungrow"}}}},
		{name: "en a vendor apart is not joined", lang: "en",
			text: "The European Commission is reviewing inverters from Chinese makers. Devices from Sungrow are the focus; Huawei phones sell well.",
			want: []step{{country: "EU", action: corpus.ActionReview, vendors: []string{"Sungrow"}}}},
	})
}

// A device named after "on"/"auf" is where a vendor's product is used, not
// what the vendor makes: the vendor keeps its own category.
func TestPlaceOfUse(t *testing.T) {
	ex := extractor(t)
	tests := []struct{ name, lang, text string }{
		{"en on work phones", "en", "Canada banned DeepSeek on government phones."},
		{"de auf Dienstrechnern", "de", "Das Land Hessen verbietet DeepSeek auf Dienstrechnern und Smartphones der Verwaltung."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			if len(cs) == 0 || len(cs[0].Targets) == 0 {
				t.Fatalf("no claim with a target: %+v", cs)
			}
			if got := cs[0].Targets[0].Category; got != corpus.CategoryApps {
				t.Errorf("category %s, want apps (%+v)", got, cs[0].Targets[0])
			}
		})
	}
}

// A technology phrase after "with"/"mit" describes the one before it: the
// cars are restricted, not their software.
func TestWithModifier(t *testing.T) {
	ex := extractor(t)
	tests := []struct{ name, lang, text string }{
		{"en cars with software", "en", "Under the new US rule, connected cars with Chinese software are barred from American roads."},
		{"de Autos mit Software", "de", "In den USA ist eine Regel beschlossen, die vernetzte Autos mit Software aus China vom Markt ausschließt."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{Text: tt.text, Language: tt.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			c, ok := findClaim(cs, "US")
			if !ok || len(c.Targets) == 0 {
				t.Fatalf("no US claim with a target: %+v", cs)
			}
			if got := c.Targets[0].Product; got != "connected vehicles" {
				t.Errorf("product %q, want connected vehicles (%+v)", got, c.Targets[0])
			}
		})
	}
}

// A maker introduced by nationality and a maker noun is a vendor though the
// gazetteer lacks it (the names here are invented); a capitalised German
// noun that is a technology word is none.
func TestUnknownMakers(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en Chinese manufacturer", lang: "en",
			text: "Canada has banned patient monitors of the Chinese manufacturer Lumora Health from its hospitals.",
			want: []step{{country: "CA", action: corpus.ActionBan, vendors: []string{"Lumora Health"}}}},
		{name: "en translated company in quotes", lang: "en",
			text: "The Ministry of Interior in Tunisia decided to ban the drones of the Chinese company \"Quanta Vision\" in the country.",
			want: []step{{country: "TN", vendors: []string{"Quanta Vision"}}}},
		{name: "de des chinesischen Herstellers", lang: "de",
			text: "Das Land Hessen verbietet Kameras des chinesischen Herstellers Zentova in Schulen.",
			want: []step{{country: "DE", action: corpus.ActionBan, vendors: []string{"Zentova"}}}},
		{name: "en a firm without technology is no vendor", lang: "en",
			text: "Ukraine opened an investigation into Ukrainian energy company Dravenko last year.",
			none: []string{"UA"}},
		{name: "de technology word is no maker", lang: "de",
			text: "Das Land Hessen verbietet chinesische Hersteller Drohnen in Schulen.",
			want: []step{{country: "DE", action: corpus.ActionBan, vendors: []string{}}}},
	})
}

// A plural anaphor ("the two companies", "beider Hersteller") may stand
// well after its trigger and still points back at the vendors named before.
func TestPluralAnaphorFarOff(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en the two companies", lang: "en",
			text: "Britain ordered ministries to remove modules made by Quectel and Fibocom. " +
				"In the United States, lawmakers introduced a bill that would bar federal agencies from buying any equipment containing modules from the two companies.",
			want: []step{{country: "US", status: corpus.StatusProposed, vendors: []string{"Fibocom", "Quectel"}}}},
		{name: "de beider Hersteller", lang: "de",
			text: "Großbritannien hat Module von Quectel und Fibocom aus Ministerien verbannt. " +
				"In den USA soll Bundesbehörden untersagt werden, Geräte mit eingebauten Funkmodulen aus der Produktion beider Hersteller zu kaufen.",
			want: []step{{country: "US", vendors: []string{"Fibocom", "Quectel"}}}},
	})
}

// Vendors named beside a restriction without being restricted: the store
// an app was offered in, a company's chief addressed, a platform ordered
// to carry out the ban. A vendor ordered to stop its own service is its
// target.
func TestHostsAndAddressees(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en removed from stores", lang: "en",
			text: "Pakistan's telecoms regulator had TikTok removed from Apple's App Store and from Google Play on Friday.",
			want: []step{{country: "PK", vendors: []string{"ByteDance"}}}},
		{name: "en a chief addressed", lang: "en",
			text: "Pakistan's information minister urged Google CEO Sundar Pichai to remove TikTok from the Play Store.",
			want: []step{{country: "PK", vendors: []string{"ByteDance"}}}},
		{name: "en platforms ordered to remove apps", lang: "en",
			text: "The Pakistani cabinet directed Google and Apple to remove the Chinese apps from their shops.",
			want: []step{{country: "PK", category: corpus.CategoryApps, vendors: []string{}}}},
		{name: "en a vendor ordered to stop its service", lang: "en",
			text: "Pakistan's privacy regulator ordered Telegram to stop processing local users' data.",
			want: []step{{country: "PK", vendors: []string{"Telegram"}}}},
		{name: "de aus den Stores", lang: "de",
			text: "Die pakistanische Regierung hat TikTok aus den Stores von Apple entfernen lassen; Google Play folgte.",
			want: []step{{country: "PK", vendors: []string{"ByteDance"}}}},
	})
}

// A capitalised name beside a technology word in the object slot of a
// restriction is a vendor candidate though no gazetteer lists it, and a
// vendor when the article names it again; said once, it stays the product.
// A bare capitalised word there (a day, a person) and the object of a
// review are no names.
func TestOpenTargetSlot(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en the X app", lang: "en", title: "Quorbit blocked in Pakistan",
			text: "Pakistan's telecoms regulator blocked the Quorbit app on Tuesday.",
			want: []step{{country: "PK", action: corpus.ActionBan, vendors: []string{"Quorbit"}, category: corpus.CategoryApps}}},
		{name: "en the platform X", lang: "en",
			text: "Pakistan suspended the video platform Zelvo nationwide. Zelvo said it would appeal.",
			want: []step{{country: "PK", vendors: []string{"Zelvo"}}}},
		{name: "en a name said once stays the product", lang: "en",
			text: "Pakistan suspended the video platform Zelvo nationwide.",
			want: []step{{country: "PK", vendors: []string{}, category: corpus.CategoryApps}}},
		{name: "en a ban on the X messenger", lang: "en",
			text: "The Pakistani cabinet approved a ban on the Murmly messenger for state employees. Murmly has two million users.",
			want: []step{{country: "PK", vendors: []string{"Murmly"}}}},
		{name: "de die App X", lang: "de",
			text: "Die pakistanische Regierung hat die App Quorbit gesperrt. Quorbit will klagen.",
			want: []step{{country: "PK", vendors: []string{"Quorbit"}}}},
		{name: "en a day is no name", lang: "en",
			text: "Pakistan banned Friday rallies in the capital.",
			none: []string{"PK"}},
		{name: "en a review's object stays unnamed", lang: "en",
			text: "Pakistan's competition regulator is investigating the Quorbit app over its fees.",
			want: []step{{country: "PK", action: corpus.ActionReview, vendors: []string{}}}},
	})
}

// A German anaphor's article follows its noun's case: "der App" after
// "Nutzung", "dem Unternehmen" after "mit", though the lexicon writes one
// form of each.
func TestGermanAnaphorInAnyCase(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de der App", lang: "de",
			text: "Die Schweiz hat Telegram im Bundesnetz gesperrt. " +
				"Nun hat auch Norwegens Verteidigungsministerium die Installation der App auf allen Dienstgeräten untersagt.",
			want: []step{{country: "CH", vendors: []string{"Telegram"}}, {country: "NO", vendors: []string{"Telegram"}}}},
	})
}

// A headline naming one vendor, in an article naming no other, makes it
// the topic a noun anaphor points at, though the body names it only in
// passing or misspelt.
func TestHeadlineVendorIsTheTopic(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de headline vendor", lang: "de", title: "Behörde warnt vor Ivanti-Gateways",
			text: "Viele Verwaltungen setzen die Fernzugänge seit Jahren ein. " +
				"Nun rät das österreichische Innenministerium, die Geräte vom Netz zu nehmen und zu ersetzen.",
			want: []step{{country: "AT", vendors: []string{"Ivanti"}}}},
	})
}

// A maker pointed back at through its nationality ("the Chinese firm",
// "des chinesischen Unternehmens") is the maker just named; a nationality
// before a technology noun ("the Chinese technology") points at none.
func TestAnaphorWithNationality(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de genitive with adjective", lang: "de",
			text: "Der Netzausrüster ZTE steht seit Jahren in der Kritik. " +
				"Schwedens Regierung hat den Betreibern den Einbau von Bauteilen des chinesischen Unternehmens untersagt.",
			want: []step{{country: "SE", vendors: []string{"ZTE"}}}},
		{name: "en nationality before a maker noun", lang: "en",
			text: "Kaspersky says it has never helped any government. " +
				"Lithuania's defence ministry has told staff to remove software from the Russian company.",
			want: []step{{country: "LT", vendors: []string{"Kaspersky"}}}},
	})
	doc := Document{Language: "en", Text: "Kaspersky says it has never helped any government. " +
		"Lithuania's defence ministry has told staff to stop using the Russian technology."}
	for _, c := range extractor(t).Extract(doc) {
		if len(vendorsOf(c)) > 0 {
			t.Errorf("a nationality before a technology noun: want no vendor, got %+v", c)
		}
	}
}

// German determiners and adjectives decline, though the lexicon writes one
// form: a possessive stands for its whole paradigm ("deren Produkte" as
// "seine Produkte"), and an adjective in -e takes its other endings
// ("einer schwarzen Liste" as "schwarze Liste").
func TestGermanDeclension(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de possessive paradigm", lang: "de",
			text: "Die Netzausrüster Huawei und ZTE weisen jeden Verdacht zurück. " +
				"Polens Regierung hat deren Produkte in allen Behördennetzen untersagt.",
			want: []step{{country: "PL", vendors: []string{"Huawei", "ZTE"}}}},
		{name: "de adjective ending", lang: "de",
			text: "Litauens Regierung führt Hikvision seit März auf einer schwarzen Liste.",
			want: []step{{country: "LT", vendors: []string{"Hikvision"}, action: corpus.ActionRestrict}}},
	})
}

// A list of national measures names its vendor at the top and then only
// points back at it, further than an anaphor usually reaches; the vendor
// the article is about is the one it points at. Where no vendor stands out
// the anaphor stays unresolved.
func TestAnaphorFallsBackOnTheTopicVendor(t *testing.T) {
	list := "Mehrere Staaten gehen gegen Telegram vor. Telegram weist die Vorwürfe zurück. " +
		"Der Dienst hat weltweit viele Nutzer. Die Zahl wächst seit Jahren. Kritiker sehen darin ein Risiko. " +
		"Estland: Das Innenministerium hat die Nutzung der App auf Diensthandys verboten."
	runMechanism(t, []mechanismCase{
		{name: "de topic vendor far back", lang: "de", title: "Telegram unter Druck",
			text: list,
			want: []step{{country: "EE", vendors: []string{"Telegram"}}}},
	})
	doc := Document{Language: "de", Text: strings.Replace(strings.Replace(list, "Telegram weist", "Signal weist", 1), "gegen Telegram", "gegen Signal und Telegram", 1)}
	for _, c := range extractor(t).Extract(doc) {
		for _, tg := range c.Targets {
			if tg.Vendor != "" {
				t.Errorf("two vendors named alike: want no vendor resolved, got %+v", c)
			}
		}
	}
}

// A category phrase in an article about one vendor of that category means
// that vendor's products, unless the article names the vendor where it
// reports a restriction: then the vendor-less phrase means something else.
func TestCategoryTargetIsTheTopicVendor(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en category means the topic vendor", lang: "en", title: "Ministry turns away from Hikvision",
			text: "Canada's public safety ministry told its agencies to stop buying surveillance cameras made abroad. " +
				"Officials fear that footage could leave the country. Hikvision rejected the concerns in a statement.",
			want: []step{{country: "CA", vendors: []string{"Hikvision"}}}},
	})
	doc := Document{Language: "en", Title: "Ministry turns away from Hikvision",
		Text: "The French interior ministry has banned Hikvision cameras from its buildings. " +
			"Hikvision rejected the concerns. Years earlier, the US Army had stopped buying surveillance cameras from abroad."}
	for _, c := range extractor(t).Extract(doc) {
		if c.Actor.Country == "US" && len(vendorsOf(c)) > 0 {
			t.Errorf("vendor named in a restriction elsewhere: want the US claim vendor-less, got %+v", c)
		}
	}
}
