package extract

import (
	"testing"

	"github.com/bansift/bansift/corpus"
)

// A country's name before a vendor is that vendor's nationality only when
// it is the vendor's country; before another country's vendor it is the
// subject of an inverted clause.
func TestNationalityOnlyOwnVendors(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de inverted subject", lang: "de",
			text: "Gestern hat Indien WeChat auf Diensthandys verboten.",
			want: []step{{country: "IN", action: corpus.ActionBan, vendors: []string{"Tencent"}}}},
		{name: "de wonach", lang: "de",
			text: "Die Regierung wies Berichte zurück, wonach Indien WeChat verbieten wolle.",
			want: []step{{country: "IN", status: corpus.StatusDenied}}},
		{name: "en own vendor is nationality", lang: "en",
			text: "Last year China's ZTE was banned by India from its 5G trials.",
			want: []step{{country: "IN", vendors: []string{"ZTE"}}}, none: []string{"CN"}},
		{name: "de own vendor is nationality", lang: "de",
			text: "Indien hat Chinas Huawei von 5G-Versuchen ausgeschlossen.",
			want: []step{{country: "IN", vendors: []string{"Huawei"}}}, none: []string{"CN"}},
	})
}

// States, counties, Länder and cantons act for their own offices with
// their country, though the country is named nowhere.
func TestSubnationalActors(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en state", lang: "en",
			text: "Montana has banned Kaspersky antivirus software on every state-owned computer.",
			want: []step{{country: "US", action: corpus.ActionBan, vendors: []string{"Kaspersky"}}}},
		{name: "en county", lang: "en",
			text: "Harrow County will no longer buy DJI drones for its fire crews.",
			want: []step{{country: "US", action: corpus.ActionPurchaseBan, vendors: []string{"DJI"}}}},
		{name: "en indian state", lang: "en",
			text: "Karnataka's IT department has told offices to replace Microsoft Windows with Linux.",
			want: []step{{country: "IN", action: corpus.ActionPhaseOut, vendors: []string{"Microsoft"}}}},
		{name: "de Land", lang: "de",
			text: "Der Freistaat Sachsen verbietet TikTok auf allen Diensthandys der Landesverwaltung.",
			want: []step{{country: "DE", action: corpus.ActionBan, vendors: []string{"ByteDance"}}}},
		{name: "de Kanton", lang: "de",
			text: "Der Kanton Aargau hat Drohnen von DJI für die Polizei verboten.",
			want: []step{{country: "CH", action: corpus.ActionBan, vendors: []string{"DJI"}}}},
		{name: "en company named after a state is no actor", lang: "en",
			text: "Texas Instruments said it would stop shipping chips to Huawei.",
			none: []string{"US"}},
	})
}

// A body named without its country ("the Ministry of Communications") is of
// the country the article is set in, not of the vendor's.
func TestBodyOfThePlace(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en ministry of", lang: "en",
			text: "The Ministry of Communications has banned the sale of Xiaomi phones. Shops in Egypt have until June to clear their stock.",
			want: []step{{country: "EG", action: corpus.ActionBan, vendors: []string{"Xiaomi"}}}, none: []string{"CN"}},
		{name: "en place as demonym", lang: "en",
			text: "The Department of Financial Services said state banks may no longer buy Hikvision cameras for branches across the Kenyan market.",
			want: []step{{country: "KE", vendors: []string{"Hikvision"}}}, none: []string{"CN"}},
		{name: "de Ministerium für", lang: "de",
			text: "Das Ministerium für Digitales hat TikTok auf Diensthandys verboten. Betroffen sind alle Bundesbediensteten in Österreich.",
			want: []step{{country: "AT", action: corpus.ActionBan, vendors: []string{"ByteDance"}}}, none: []string{"CN"}},
		{name: "en no place, no claim", lang: "en",
			text: "The Ministry of Communications has banned the sale of Xiaomi phones.",
			none: []string{"CN", "EG"}},
	})
}

// A named vendor's restriction with no body named is the country the
// article is set in; never the vendor's own.
func TestPlaceForVendorWithoutBody(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en nominal passive", lang: "en",
			text: "The exclusion of Huawei from the Italian 5G network was confirmed on Monday.",
			want: []step{{country: "IT", vendors: []string{"Huawei"}}}, none: []string{"CN"}},
		{name: "en passive with a place", lang: "en",
			text: "Port cranes made by ZPMC will be replaced at American ports, the coast guard said.",
			want: []step{{country: "US", action: corpus.ActionPhaseOut, vendors: []string{"ZPMC"}}}, none: []string{"CN"}},
		{name: "de nominal passive", lang: "de",
			text: "Der Ausschluss von Huawei aus dem italienischen 5G-Netz wurde am Montag bestätigt.",
			want: []step{{country: "IT", vendors: []string{"Huawei"}}}, none: []string{"CN"}},
		{name: "en only the vendor's country, no claim", lang: "en",
			text: "The exclusion of Huawei from Chinese networks was confirmed on Monday.",
			none: []string{"CN"}},
	})
}

// The owner of a restriction noun imposes it, even when the other side
// reacting is the subject and the noun follows a preposition.
func TestOtherSideReacting(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en hit back at the Dutch controls", lang: "en",
			text: "Beijing hit back at the Dutch export controls on ASML machines, calling them discriminatory.",
			want: []step{{country: "NL", action: corpus.ActionRestrict, vendors: []string{"ASML"}}}, none: []string{"CN"}},
		{name: "en protested against Japan's ban", lang: "en",
			text: "Beijing protested against Japan's ban on Huawei phones in ministries.",
			want: []step{{country: "JP", action: corpus.ActionBan, vendors: []string{"Huawei"}}}, none: []string{"CN"}},
		{name: "de kritisiert Japans Verbot", lang: "de",
			text: "Peking kritisierte scharf das japanische Verbot von Huawei-Handys in Ministerien.",
			want: []step{{country: "JP", action: corpus.ActionBan, vendors: []string{"Huawei"}}}, none: []string{"CN"}},
		{name: "de nach China stays an object", lang: "de",
			text: "Die niederländische Regierung hat die Ausfuhr von ASML-Maschinen nach China beschränkt.",
			want: []step{{country: "NL", action: corpus.ActionRestrict}}, none: []string{"CN"}},
	})
}

// Switching away from a vendor's product is a phase-out; a city acts for
// its administration.
func TestSwitchFromAndCities(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en move from to", lang: "en",
			text: "Kerala's IT department ordered offices to move their computers from Microsoft Windows to Linux.",
			want: []step{{country: "IN", action: corpus.ActionPhaseOut, vendors: []string{"Microsoft"}}}},
		{name: "en switching from", lang: "en",
			text: "The Danish government is switching from Microsoft Office to open-source software.",
			want: []step{{country: "DK", action: corpus.ActionPhaseOut, vendors: []string{"Microsoft"}}}},
		{name: "de Umstellung von", lang: "de",
			text: "Die Landesregierung in Schleswig-Holstein plant die Umstellung von Microsoft Office auf freie Software.",
			want: []step{{country: "DE", action: corpus.ActionPhaseOut, status: corpus.StatusPlanned}}},
		{name: "de Stadtverwaltung einer Stadt", lang: "de",
			text: "Die Stadtverwaltung Leipzig hat TikTok auf allen Diensthandys verboten.",
			want: []step{{country: "DE", action: corpus.ActionBan, vendors: []string{"ByteDance"}}}},
		{name: "en moving house is nothing", lang: "en",
			text: "Microsoft is moving its staff from Redmond to a new campus.",
			none: []string{"US"}},
	})
}

// Acronyms match only upper-case words, and a vendor that speaks is
// reacting, not described.
func TestAcronymsAndSpeakingVendors(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de bis is no BIS", lang: "de",
			text: "Die Schweizer Armee prüft ihre Drohnen von DJI. Bis zum Abschluss der Prüfung werden keine Geräte von DJI beschafft.",
			want: []step{{country: "CH"}}, none: []string{"US"}},
		{name: "en BIS stays an actor", lang: "en",
			text: "The BIS added Huawei to the Entity List.",
			want: []step{{country: "US", action: corpus.ActionRestrict}}},
		{name: "en speaking vendor", lang: "en",
			text: "Canada has already moved to bar Chinese software from connected cars. BYD said its cars meet all privacy laws.",
			want: []step{{country: "CA", vendors: []string{}}}},
	})
}

// A demonym right before a body named in many countries gives the body its
// country: the Egyptian House of Representatives is no US chamber.
func TestDemonymBody(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en Egyptian House of Representatives", lang: "en",
			text: "Members of the Egyptian House of Representatives submitted a request to ban TikTok.",
			want: []step{{country: "EG", status: corpus.StatusProposed}}, none: []string{"US"}},
		{name: "de ägyptischer Senat", lang: "de",
			text: "Der ägyptische Senat will TikTok verbieten.",
			want: []step{{country: "EG"}}, none: []string{"US"}},
	})
}

// Wording of machine-translated Arabic reports: import bans, suspended
// services, "heading towards", "approved a decision".
func TestTranslatedWording(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en preventing the import", lang: "en",
			text: "The Kuwaiti Ministry of Commerce issued a circular preventing the import of Hikvision cameras into the country.",
			want: []step{{country: "KW", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en heading towards", lang: "en",
			text: "The Jordanian government is heading towards banning TikTok in the coming days.",
			want: []step{{country: "JO", action: corpus.ActionBan, status: corpus.StatusPlanned}}},
		{name: "en approved a decision", lang: "en",
			text: "The UAE's Telecommunications Regulatory Authority has approved a decision to block Skype calls.",
			want: []step{{country: "AE", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "de Einfuhrverbot", lang: "de",
			text: "Kuwait hat ein Einfuhrverbot für Kameras von Hikvision erlassen.",
			want: []step{{country: "KW", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "de Dienst ausgesetzt", lang: "de",
			text: "Die Telekommunikationsbehörde in Oman hat Anrufe über WhatsApp ausgesetzt.",
			want: []step{{country: "OM", action: corpus.ActionBan}}},
	})
}

// A prohibition spread over "weder ... noch" / "neither ... nor" is a ban;
// a body named in several German-speaking countries (Bundeskanzleramt)
// acts for the country of the dateline.
func TestNeitherNorAndSharedBodies(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de weder noch", lang: "de",
			text: "Hamburg – Beschäftigte der Landesverwaltung dürfen die App Temu weder auf Dienstrechnern noch auf dienstlichen Handys installieren, teilte der Senat mit.",
			want: []step{{country: "DE", action: corpus.ActionBan, vendors: []string{"PDD Holdings"}}}},
		{name: "en neither nor", lang: "en",
			text: "Norway's health ministry said staff may neither install nor use Temu on work phones.",
			want: []step{{country: "NO", action: corpus.ActionBan}}},
		{name: "de Bundeskanzleramt in Wien", lang: "de",
			text: "Wien. Das Bundeskanzleramt empfiehlt allen Bediensteten, Telegram nicht mehr zu verwenden.",
			want: []step{{country: "AT", status: corpus.StatusAdvised}},
			none: []string{"DE"}},
		{name: "de Bundeskanzleramt in Berlin", lang: "de",
			text: "Berlin. Das Bundeskanzleramt empfiehlt allen Bediensteten, Telegram nicht mehr zu verwenden.",
			want: []step{{country: "DE", status: corpus.StatusAdvised}},
			none: []string{"AT"}},
	})
}

// A dateline ("WARSAW (Wire) -", "Wien.") says where an article is set: the
// government it speaks of is that country's, though other countries are
// named more often further on.
func TestDateline(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en wire dateline", lang: "en",
			title: "Minister rejects reports of an app ban",
			text: "WARSAW (Wire) - The digital minister on Wednesday said the government was preparing to block the Temu app on official phones.\n\n" +
				"The European Commission has opened proceedings against the platform. EU officials and the European Parliament are watching.",
			want: []step{{country: "PL", action: corpus.ActionBan}}},
		{name: "de Ortsmarke", lang: "de",
			title: "Messenger auf Diensthandys",
			text: "Wien. Die Regierung will die Nutzung von Telegram auf Diensthandys untersagen.\n\n" +
				"In Deutschland und in der EU wird darüber ebenfalls diskutiert, Deutschland prüft noch.",
			want: []step{{country: "AT", action: corpus.ActionBan}}},
	})
}

// A country joined by a hyphen to a technology or company word ("US-Clouds",
// "US-Konzerne") is the makers' nationality, not who acts.
func TestHyphenNationality(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de US-Clouds", lang: "de",
			title: "Bundesdienststellen sollen keine US-Clouds mehr nutzen",
			text:  "Wien. Die Bundesregierung in Österreich will, dass Ministerien keine US-Clouds mehr nutzen.",
			want:  []step{{country: "AT"}},
			none:  []string{"US"}},
		{name: "de US-Clouds without a place", lang: "de",
			title: "Bundesdienststellen sollen keine US-Clouds mehr nutzen",
			text:  "Sensible Daten sollen künftig nicht mehr bei Cloud-Anbietern gespeichert werden dürfen. Das sieht ein Entwurf vor.",
			none:  []string{"US"}},
		{name: "en US-cloud services", lang: "en",
			title: "Ministries to drop US-cloud services",
			text:  "VIENNA - Austria's government will stop using US-cloud services in its ministries.",
			want:  []step{{country: "AT"}},
			none:  []string{"US"}},
	})
}

// German clause shapes: a separable verb's particle far from its stem
// ("schränkt den Einsatz ... in Schulen ein"), a country's genitive
// ("Österreichs Bundesheer"), and a because-clause ("weil", "because")
// whose "nach China" is no export of the main clause.
func TestGermanClauseShapes(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de separable particle far off", lang: "de",
			text: "Die Stadt München schränkt den Einsatz von Kameras des Herstellers Hikvision in Schulen ein.",
			want: []step{{country: "DE", action: corpus.ActionRestrict, vendors: []string{"Hikvision"}}}},
		{name: "de genitive and weil clause", lang: "de",
			text: "Österreichs Bundesheer verbannt Drohnen von DJI, weil Daten nach China abfließen könnten.",
			want: []step{{country: "AT", action: corpus.ActionBan}},
			none: []string{"CN"}},
		{name: "en because clause", lang: "en",
			text: "Austria's army banned DJI drones because flight data could be shipped to China.",
			want: []step{{country: "AT", action: corpus.ActionBan}},
			none: []string{"CN"}},
	})
}

// A place joined to "based", "owned" and the like, or after "based in",
// says where a vendor comes from; it does not act.
func TestPlaceOfOriginDoesNotAct(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en hyphen-based", lang: "en",
			text: "The Texas-based messaging app ignored the order to store data locally, which led to its suspension.",
			none: []string{"US"}},
		{name: "en based in", lang: "en",
			text: "A video app run by a firm based in Ohio was blocked after it refused to open a local office.",
			none: []string{"US"}},
	})
}
