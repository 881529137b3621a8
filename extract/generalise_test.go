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

// Hearsay is a report word near the press or unnamed sources; an authority
// speaking, or state media relaying it, is not hearsay.
func TestHearsay(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en outlet reported", lang: "en",
			text: "Vietnam has banned Hikvision cameras from police stations, the Saigon Daily newspaper reported on Friday.",
			want: []step{{country: "VN", status: corpus.StatusReported}}},
		{name: "en according to an outlet", lang: "en",
			text: "According to Bloomberg, Vietnam has banned Hikvision cameras from police stations.",
			want: []step{{country: "VN", status: corpus.StatusReported}}},
		{name: "en insiders said", lang: "en",
			text: "Vietnam has banned Hikvision cameras from police stations, two insiders said.",
			want: []step{{country: "VN", status: corpus.StatusReported}}},
		{name: "en the ministry said", lang: "en",
			text: "Vietnam has banned Hikvision cameras from police stations, the interior ministry said.",
			want: []step{{country: "VN", status: corpus.StatusEnacted}}},
		{name: "en state news agency", lang: "en",
			text: "Vietnam has banned Hikvision cameras from police stations, the state news agency reported.",
			want: []step{{country: "VN", status: corpus.StatusEnacted}}},
		{name: "de Zeitung meldet", lang: "de",
			text: "Vietnam hat Kameras von Hikvision in Polizeiwachen verboten, wie eine Zeitung aus Hanoi meldet.",
			want: []step{{country: "VN", status: corpus.StatusReported}}},
		{name: "de laut Insidern", lang: "de",
			text: "Laut Insidern hat die vietnamesische Regierung Kameras von Hikvision in Polizeiwachen verboten.",
			want: []step{{country: "VN", status: corpus.StatusReported}}},
		{name: "de Ministerium teilte mit", lang: "de",
			text: "Die vietnamesische Regierung hat Kameras von Hikvision in Polizeiwachen verboten, teilte das Ministerium mit.",
			want: []step{{country: "VN", status: corpus.StatusEnacted}}},
	})
}

// A vendor rejecting accusations is not the actor denying its restriction.
func TestVendorDenial(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en vendor denies", lang: "en",
			text: "Sweden banned Huawei from its 5G networks in October. Huawei denied the accusations and said the ban was political.",
			want: []step{{country: "SE", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en government denies", lang: "en",
			text: "The Swedish government denied that it would ban Huawei from its 5G networks.",
			want: []step{{country: "SE", status: corpus.StatusDenied}}},
		{name: "de Hersteller bestreitet", lang: "de",
			text: "Schweden hat Huawei aus seinen 5G-Netzen verbannt. Huawei bestreitet die Vorwürfe und nennt das Verbot politisch motiviert.",
			want: []step{{country: "SE", status: corpus.StatusEnacted}}},
		{name: "de Regierung dementiert", lang: "de",
			text: "Die schwedische Regierung dementiert, dass sie Huawei aus den 5G-Netzen verbannen will.",
			want: []step{{country: "SE", status: corpus.StatusDenied}}},
	})
}

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

// Stopping someone from using something, or ordering people to stop, is a
// ban; an owner that stops using what it has installed phases it out.
func TestProhibitedUse(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en stop X from using", lang: "en",
			text: "Greece's interior ministry will stop its police from using Dahua cameras.",
			want: []step{{country: "GR", action: corpus.ActionBan}}},
		{name: "en soldiers to stop using", lang: "en",
			text: "The Greek army ordered soldiers to stop using Xiaomi phones on bases.",
			want: []step{{country: "GR", action: corpus.ActionBan}}},
		{name: "en owner stops using", lang: "en",
			text: "The Greek government will stop using Dahua cameras in its buildings.",
			want: []step{{country: "GR", action: corpus.ActionPhaseOut}}},
		{name: "de Beamte nicht mehr nutzen", lang: "de",
			text: "Die griechische Regierung hat angeordnet, dass Beamte nicht mehr nutzen dürfen, was Xiaomi herstellt.",
			want: []step{{country: "GR", action: corpus.ActionBan}}},
		{name: "de Behörde ersetzt", lang: "de",
			text: "Die griechische Regierung will Kameras von Dahua in ihren Gebäuden ersetzen.",
			want: []step{{country: "GR", action: corpus.ActionPhaseOut}}},
		{name: "en a successor makes it a phase-out", lang: "en",
			text: "The Greek army ordered soldiers to stop using Xiaomi phones and to switch to models made in Europe.",
			want: []step{{country: "GR", action: corpus.ActionPhaseOut}}},
		{name: "de a successor makes it a phase-out", lang: "de",
			text: "Die griechische Regierung hat angeordnet, dass Beamte nicht mehr nutzen dürfen, was Xiaomi herstellt, und auf europäische Geräte umsteigen.",
			want: []step{{country: "GR", action: corpus.ActionPhaseOut}}},
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

// A restriction the article reports lifted is no claim, nor is the earlier
// step it undid.
func TestLiftedRestriction(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en lifts ban", lang: "en", title: "Pakistan lifts ban on TikTok after talks",
			text: "Pakistan's telecom regulator lifted the ban on TikTok on Monday. The regulator had blocked the app in March.",
			none: []string{"PK"}},
		{name: "en eases restrictions", lang: "en",
			text: "Vietnam eased its restrictions on Huawei equipment for mobile networks.",
			none: []string{"VN"}},
		{name: "de Verbot aufgehoben", lang: "de", title: "Pakistan hebt TikTok-Verbot auf",
			text: "Die pakistanische Regierung hat das Verbot von TikTok aufgehoben. Die App war im März gesperrt worden.",
			none: []string{"PK"}},
		{name: "en a ban stays a ban", lang: "en", title: "Pakistan bans TikTok",
			text: "Pakistan's telecom regulator blocked TikTok on Monday, ending months of talks.",
			want: []step{{country: "PK", action: corpus.ActionBan}}},
	})
}

// A condition after a ban makes it a restriction; vendors named with a
// condition are exempted, not targeted.
func TestConditionalBan(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en unless certified", lang: "en",
			text: "India's finance ministry said banks may no longer buy routers from H3C unless the equipment has been certified.",
			want: []step{{country: "IN", action: corpus.ActionRestrict, vendors: []string{"H3C"}}}},
		{name: "en without prior approval", lang: "en",
			text: "The Saudi central bank forbids banks from storing customer data in cloud services abroad without prior approval.",
			want: []step{{country: "SA", action: corpus.ActionRestrict, vendors: []string{}}}},
		{name: "en exempted vendors", lang: "en",
			text: "The Saudi central bank forbids banks from storing customer data in cloud services abroad without prior approval. " +
				"Under the rules banks may use Amazon and Microsoft only if the data stays in the kingdom.",
			want: []step{{country: "SA", action: corpus.ActionRestrict, vendors: []string{}}}},
		{name: "de ohne Genehmigung", lang: "de",
			text: "Die indische Regierung verbietet Banken den Kauf von Routern von H3C ohne vorherige Genehmigung.",
			want: []step{{country: "IN", action: corpus.ActionRestrict}}},
		{name: "en plain ban stays a ban", lang: "en",
			text: "India's finance ministry said banks may no longer buy routers from H3C.",
			want: []step{{country: "IN", action: corpus.ActionPurchaseBan}}},
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

// Status wording beyond the first lexicon, and a German cue around its
// trigger ("kündigte ein Verbot ... an").
func TestStatusWording(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en weighing", lang: "en", text: "Chile is weighing restrictions on DJI drones used by police.",
			want: []step{{country: "CL", action: corpus.ActionRestrict, status: corpus.StatusPlanned}}},
		{name: "en mulling", lang: "en", text: "Finland's government is mulling a ban on TikTok for ministers.",
			want: []step{{country: "FI", action: corpus.ActionBan, status: corpus.StatusPlanned}}},
		{name: "en is to be removed", lang: "en", text: "Huawei equipment is to be removed from Portugal's core networks by 2026.",
			want: []step{{country: "PT", action: corpus.ActionPhaseOut, status: corpus.StatusPlanned}}},
		{name: "en cautioned against installing", lang: "en", text: "Norway's security service cautioned agencies against installing DeepSeek.",
			want: []step{{country: "NO", status: corpus.StatusAdvised}}},
		{name: "en ruled out", lang: "en", text: "The Swiss government ruled out a ban on Huawei equipment.",
			want: []step{{country: "CH", status: corpus.StatusDenied}}},
		{name: "en told not to use", lang: "en", text: "Belgium has told its intelligence officers not to use TikTok.",
			want: []step{{country: "BE", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "de kündigte an", lang: "de", text: "Das dänische Verteidigungsministerium kündigte ein Verbot von TikTok auf Diensthandys an.",
			want: []step{{country: "DK", action: corpus.ActionBan, status: corpus.StatusPlanned}}},
		{name: "de dürfen nicht mehr", lang: "de",
			text: "Beamte des österreichischen Innenministeriums dürfen TikTok auf Diensthandys nicht mehr nutzen.",
			want: []step{{country: "AT", action: corpus.ActionBan}}},
		{name: "de Bericht zurückgewiesen", lang: "de",
			text: "Das österreichische Innenministerium hat einen Bericht zurückgewiesen, wonach Beamte TikTok nicht mehr nutzen dürfen.",
			want: []step{{country: "AT", status: corpus.StatusDenied}}},
		{name: "en machine-translated plan on a game", lang: "en",
			text: "The Ministry of the Post of Algeria intends to forbid the electronic game \"PUBG Mobile\" in the whole of the national territory.",
			want: []step{{country: "DZ", action: corpus.ActionBan, status: corpus.StatusPlanned, vendors: []string{"Krafton"}}}},
		{name: "en studying the possibility", lang: "en",
			text: "The Moroccan data protection authority is studying the possibility of banning DeepSeek.",
			want: []step{{country: "MA", status: corpus.StatusUnderReview}}},
		{name: "de beantragt", lang: "de",
			text: "Die FDP im österreichischen Parlament hat beantragt, TikTok auf Diensthandys zu verbieten.",
			want: []step{{country: "AT", status: corpus.StatusProposed}}},
		{name: "de lehnt ab", lang: "de", text: "Die Bundesregierung lehnt ein Verbot von Huawei ab.",
			want: []step{{country: "DE", status: corpus.StatusDenied}}},
		{name: "de Verfahren eingeleitet", lang: "de", text: "Die irische Datenschutzbehörde hat ein Verfahren gegen TikTok eingeleitet.",
			want: []step{{country: "IE", action: corpus.ActionReview, status: corpus.StatusUnderReview}}},
		{name: "de Genehmigung für den Export", lang: "de", text: "Die Niederlande verlangen künftig eine Genehmigung für den Export von ASML-Maschinen.",
			want: []step{{country: "NL", action: corpus.ActionRestrict}}},
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

// An instrument issued, signed or voted makes a future step enacted; an
// announced plan without one stays planned.
func TestInstrumentEnacts(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en voted", lang: "en",
			text: "Dane County will no longer buy DJI drones after supervisors voted 5-2 on Tuesday.",
			want: []step{{country: "US", status: corpus.StatusEnacted}}},
		{name: "en takes effect", lang: "en",
			text: "Montana will ban TikTok on state phones; the rule takes effect on July 1.",
			want: []step{{country: "US", status: corpus.StatusEnacted}}},
		{name: "en plan without instrument", lang: "en",
			text: "Montana will ban TikTok on state phones, the governor said.",
			want: []step{{country: "US", status: corpus.StatusPlanned}}},
		{name: "de beschlossen", lang: "de",
			text: "Sachsen wird keine Drohnen von DJI mehr kaufen, das hat der Landtag am Dienstag beschlossen.",
			want: []step{{country: "DE", status: corpus.StatusEnacted}}},
		{name: "de Plan ohne Beschluss", lang: "de",
			text: "Sachsen will keine Drohnen von DJI mehr kaufen.",
			want: []step{{country: "DE", status: corpus.StatusPlanned}}},
		{name: "en reported stays reported", lang: "en",
			text: "Montana has signed an order banning TikTok on state phones, the newspaper reported.",
			want: []step{{country: "US", status: corpus.StatusReported}}},
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

// Questions ask rather than plan; one actor joining another's restriction
// acts too; permission denied and downloads stopped are bans.
func TestQuestionsJoinersPermissions(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en question", lang: "en", title: "Will Germany ban Huawei?",
			text: "Will Germany ban Huawei? The interior ministry is examining the question.",
			want: []step{{country: "DE", status: corpus.StatusUnderReview}}},
		{name: "de Fragesatz", lang: "de",
			text: "Wird Deutschland Huawei verbieten? Das Innenministerium prüft die Frage.",
			want: []step{{country: "DE", status: corpus.StatusUnderReview}}},
		{name: "en joined in restricting", lang: "en",
			text: "Japan joined the United States in restricting exports of chipmaking equipment to China.",
			want: []step{{country: "JP", action: corpus.ActionRestrict}, {country: "US", action: corpus.ActionRestrict}}},
		{name: "de schließt sich an", lang: "de",
			text: "Japan schließt sich den USA an und beschränkt die Ausfuhr von Chipmaschinen nach China.",
			want: []step{{country: "JP", action: corpus.ActionRestrict}}},
		{name: "en will not allow", lang: "en",
			text: `"We will not allow Huawei equipment in our core network," Estonia's prime minister said.`,
			want: []step{{country: "EE", action: corpus.ActionBan, vendors: []string{"Huawei"}}}},
		{name: "en no longer download", lang: "en",
			text: "Government employees in Canada can no longer download WeChat on work phones.",
			want: []step{{country: "CA", action: corpus.ActionBan, vendors: []string{"Tencent"}}}},
		{name: "de nicht mehr installieren", lang: "de",
			text: "Beamte in Kanada dürfen WeChat auf Diensthandys nicht mehr installieren.",
			want: []step{{country: "CA", action: corpus.ActionBan, vendors: []string{"Tencent"}}}},
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

// "No X will be allowed" forbids X.
func TestNoneAllowed(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en no product will be allowed", lang: "en",
			text: "From July 1, no Kaspersky product will be allowed on any computer owned by the Virginia government.",
			want: []step{{country: "US", action: corpus.ActionBan, vendors: []string{"Kaspersky"}}}},
		{name: "de keine Software mehr erlaubt", lang: "de",
			text: "In der bayerischen Verwaltung ist ab Juli keine Software von Kaspersky mehr erlaubt.",
			want: []step{{country: "DE", action: corpus.ActionBan, vendors: []string{"Kaspersky"}}}},
	})
}

// Pushing for a ban is a proposal; German zu-infinitives are triggers.
func TestProposalsAndInfinitives(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en pushing for", lang: "en", text: "Slovak lawmakers are pushing for a ban on TikTok.",
			want: []step{{country: "SK", action: corpus.ActionBan, status: corpus.StatusProposed}}},
		{name: "en demanded", lang: "en", text: "The Slovak opposition demanded a ban on Huawei equipment.",
			want: []step{{country: "SK", status: corpus.StatusProposed}}},
		{name: "de auszuschließen", lang: "de", text: "Ein Gesetzentwurf der slowakischen Regierung sieht vor, ZTE aus den 5G-Netzen auszuschließen.",
			want: []step{{country: "SK", action: corpus.ActionBan, status: corpus.StatusProposed, vendors: []string{"ZTE"}}}},
		{name: "de zu ersetzen", lang: "de", text: "Das BSI empfiehlt Betreibern, Komponenten von Huawei zu ersetzen.",
			want: []step{{country: "DE", action: corpus.ActionPhaseOut, status: corpus.StatusAdvised}}},
	})
}

// Status is decided by precedence (doc.go): a denial in the clause, a
// review as the action, the governing cue (leftmost before the trigger,
// else nearest after it, background phrases skipped), hearsay, enacted.
func TestStatusPrecedence(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en review governs an embedded should", lang: "en",
			text: "Canada is reviewing whether Hikvision cameras should be removed from government buildings.",
			want: []step{{country: "CA", status: corpus.StatusUnderReview}}},
		{name: "de prüft governs an embedded sollen", lang: "de",
			text: "Die Bundesnetzagentur prüft, ob Geräte von TP-Link verboten werden sollen.",
			want: []step{{country: "DE", status: corpus.StatusUnderReview}}},
		{name: "en should governs an embedded plan", lang: "en",
			text: "Australia's home affairs department should drop plans to keep Hikvision cameras and ban them from its offices.",
			want: []step{{country: "AU", status: corpus.StatusAdvised}}},
		{name: "en after a review is background", lang: "en",
			text: "Following a lengthy review, Sweden banned Huawei from its 5G network.",
			want: []step{{country: "SE", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en after an investigation is background", lang: "en",
			text: "After a months-long investigation, Italy's data regulator blocked DeepSeek.",
			want: []step{{country: "IT", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en despite a draft is background", lang: "en",
			text: "The Netherlands imposed export restrictions on ASML machines, despite a draft proposal from the opposition.",
			want: []step{{country: "NL", action: corpus.ActionRestrict, status: corpus.StatusEnacted}}},
		{name: "de nach einer Prüfung is background", lang: "de",
			text: "Nach einer monatelangen Prüfung hat die italienische Datenschutzbehörde DeepSeek gesperrt.",
			want: []step{{country: "IT", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en the other side's denial is none", lang: "en",
			text: "China's foreign ministry dismissed as baseless the Dutch export controls on ASML machines.",
			want: []step{{country: "NL", action: corpus.ActionRestrict, status: corpus.StatusEnacted}}},
		{name: "de the other side's denial is none", lang: "de",
			text: "China wies die niederländischen Exportkontrollen für ASML-Maschinen als haltlos zurück.",
			want: []step{{country: "NL", action: corpus.ActionRestrict, status: corpus.StatusEnacted}}},
		{name: "en denial outranks the governing cue", lang: "en",
			text: "The Thai government denied reports that it would ban TikTok.",
			want: []step{{country: "TH", status: corpus.StatusDenied}}},
		{name: "en a modal outranks hearsay", lang: "en",
			text: "Japan will reportedly stop buying Huawei equipment.",
			want: []step{{country: "JP", status: corpus.StatusPlanned}}},
		{name: "en whether opens a question", lang: "en",
			text: "Japan is considering whether to bar Huawei from government contracts.",
			want: []step{{country: "JP", status: corpus.StatusUnderReview}}},
		{name: "de ob opens a question", lang: "de",
			text: "Die Regierung in Wien will bis Juni entscheiden, ob Huawei aus dem österreichischen Kernnetz ausgeschlossen wird.",
			want: []step{{country: "AT", status: corpus.StatusUnderReview}}},
		{name: "en headline actor to verb is a plan", lang: "en",
			title: "Japan to stop buying Huawei gear",
			text:  "Japan's government is to stop buying equipment from Huawei, covering all ministries.",
			want:  []step{{country: "JP", action: corpus.ActionPurchaseBan, status: corpus.StatusPlanned}}},
		{name: "en headline order to verb is no plan", lang: "en",
			title: "Beijing directs banks to stop buying Micron chips",
			text:  "China's government has directed state banks to stop buying Micron chips.",
			want:  []step{{country: "CN", action: corpus.ActionPurchaseBan, status: corpus.StatusEnacted}}},
		{name: "en headline move to verb is no plan", lang: "en",
			title: "Egypt in move to block TikTok",
			text:  "Egypt's telecom regulator has blocked TikTok on mobile networks.",
			want:  []step{{country: "EG", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en warned someone against", lang: "en",
			text: "Britain's cyber security centre warned civil servants against using DeepSeek.",
			want: []step{{country: "GB", status: corpus.StatusAdvised}}},
		{name: "en anonymous sources told", lang: "en",
			text: "Saudi authorities banned Hikvision cameras in government buildings, sources told the newspaper.",
			want: []step{{country: "SA", action: corpus.ActionBan, status: corpus.StatusReported}}},
		{name: "en sources outrank the governing cue", lang: "en",
			text: "Sweden's government will, according to people familiar with the plans, require operators to remove Huawei equipment.",
			want: []step{{country: "SE", status: corpus.StatusReported}}},
		{name: "de Insidern zufolge outranks will", lang: "de",
			text: "Das Bundesinnenministerium will Insidern zufolge Huawei aus den deutschen Kernnetzen ausschließen.",
			want: []step{{country: "DE", status: corpus.StatusReported}}},
		{name: "de body attribution outranks the headline", lang: "de",
			title: "Huawei soll aus dem Kernnetz verschwinden",
			text:  "Das Bundesinnenministerium will Insidern zufolge Huawei aus den deutschen Kernnetzen ausschließen.",
			want:  []step{{country: "DE", status: corpus.StatusReported}}},
		{name: "en a past-tense trigger heads its own verb chain", lang: "en",
			text: "Poland has barred Huawei from its 5G core network and plans to review older masts next year.",
			want: []step{{country: "PL", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en a far cue after the trigger governs nothing", lang: "en",
			text: "Norway's parliament bans TikTok on its devices as ministers draft similar rules for agencies.",
			want: []step{{country: "NO", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en a cue right after a noun trigger governs it", lang: "en",
			text: "A ban on TikTok planned for Norway's civil servants covers work phones.",
			want: []step{{country: "NO", action: corpus.ActionBan, status: corpus.StatusPlanned}}},
		{name: "en perfect trigger reported by a planning verb", lang: "en",
			text: "Poland's digital ministry announced plans on Monday and said it has already barred Huawei from government networks.",
			want: []step{{country: "PL", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en a modal before a bare trigger stays planned", lang: "en",
			text: "Poland's digital ministry announced plans on Monday to bar Huawei from government networks.",
			want: []step{{country: "PL", action: corpus.ActionBan, status: corpus.StatusPlanned}}},
		{name: "de cue after the trigger", lang: "de",
			text: "Dass Huawei aus dem österreichischen Kernnetz ausgeschlossen werden soll, gilt als sicher.",
			want: []step{{country: "AT", status: corpus.StatusPlanned}}},
	})
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

// Doing without a vendor's products is a phase-out; scoped to new
// purchases, a purchase ban.
func TestDoWithout(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en forgo", lang: "en",
			text: "Austria's interior ministry will forgo Xiaomi phones in its offices.",
			want: []step{{country: "AT", action: corpus.ActionPhaseOut}}},
		{name: "de verzichten", lang: "de",
			text: "Das österreichische Innenministerium will künftig auf Telefone von Xiaomi verzichten.",
			want: []step{{country: "AT", action: corpus.ActionPhaseOut}}},
		{name: "en scoped to new purchases", lang: "en",
			text: "Austria's interior ministry will avoid using Xiaomi phones in new purchases.",
			want: []step{{country: "AT", action: corpus.ActionPurchaseBan}}},
		{name: "en bar from using money to buy", lang: "en",
			text: "A new Austrian law bars transit agencies from using public money to buy electric buses made by BYD.",
			want: []step{{country: "AT", action: corpus.ActionPurchaseBan}}},
		{name: "en exclude from a tender", lang: "en",
			text: "Austria's interior ministry will exclude servers made by Inspur from a tender for its new data centre.",
			want: []step{{country: "AT", action: corpus.ActionPurchaseBan}}},
		{name: "de von der Ausschreibung ausgeschlossen", lang: "de",
			text: "Das österreichische Innenministerium schließt Server von Inspur aus der Ausschreibung für sein Rechenzentrum aus.",
			want: []step{{country: "AT", action: corpus.ActionPurchaseBan}}},
		{name: "de bei Neuanschaffungen", lang: "de",
			text: "Das österreichische Innenministerium will bei Neuanschaffungen auf Telefone der chinesischen Hersteller Xiaomi und Oppo verzichten.",
			want: []step{{country: "AT", action: corpus.ActionPurchaseBan, vendors: []string{"Oppo", "Xiaomi"}}}},
	})
}

// Barring one function of a product (remote access, updates from abroad)
// restricts it; barring the product bans it.
func TestFunctionRestricted(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en remote access prohibited", lang: "en",
			text: "Spain's energy ministry has prohibited remote access by Huawei to solar inverters in the country.",
			want: []step{{country: "ES", action: corpus.ActionRestrict}}},
		{name: "de Fernzugriff untersagt", lang: "de",
			text: "Das spanische Energieministerium hat Huawei den Fernzugriff auf Wechselrichter untersagt.",
			want: []step{{country: "ES", action: corpus.ActionRestrict}}},
		{name: "en the product banned stays a ban", lang: "en",
			text: "Spain's energy ministry has prohibited Huawei inverters in the country.",
			want: []step{{country: "ES", action: corpus.ActionBan}}},
	})
}

// Allowing something only under a condition ("may only", "dürfen nur
// noch") restricts it.
func TestOnlyAllowed(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en may only", lang: "en",
			text: "Under Spain's new rule, hospitals may only store patient records with cloud services certified in the EU.",
			want: []step{{country: "ES", action: corpus.ActionRestrict}}},
		{name: "de dürfen nur noch", lang: "de",
			text: "In Spanien dürfen Kliniken Patientendaten künftig nur noch bei zertifizierten Cloud-Anbietern speichern.",
			want: []step{{country: "ES", action: corpus.ActionRestrict}}},
	})
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

// A denial is the actor's when the vendor left of the cue is what the
// restriction word before it restricts (German puts the cue last); a denial
// of reports governs the clause it introduces ("wonach ...").
func TestDenialShapes(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de verb-final denial after the object", lang: "de",
			text: "Die Staatskanzlei in Dresden hat Berichte über ein Verbot von TikTok auf Diensthandys zurückgewiesen.",
			want: []step{{country: "DE", action: corpus.ActionBan, status: corpus.StatusDenied}}},
		{name: "de vendor denying stays no denial", lang: "de",
			text: "Die Stadt Wien verbietet TikTok auf Diensthandys. TikTok hat die Vorwürfe zurückgewiesen.",
			want: []step{{country: "AT", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "de wonach clause", lang: "de",
			text: "Das Verteidigungsministerium in Berlin hat einen Bericht zurückgewiesen, wonach Soldaten Autos von BYD nicht mehr auf das Gelände fahren dürfen.",
			want: []step{{country: "DE", status: corpus.StatusDenied}}},
		{name: "en no plan", lang: "en",
			text: "\"There is no plan to ban Temu,\" Poland's digital minister said.",
			want: []step{{country: "PL", status: corpus.StatusDenied}}},
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

// A sentence that only names the instrument holding the previous one's
// steps ("Das sieht ein Entwurf vor", "This is set out in a draft") gives
// their status.
func TestInstrumentAfter(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de Entwurf sieht vor", lang: "de",
			text: "Berlin. Kliniken sollen Patientendaten künftig nicht mehr bei Microsoft speichern dürfen. Das sieht ein Entwurf des Gesundheitsministeriums vor.",
			want: []step{{country: "DE", status: corpus.StatusProposed}}},
		{name: "de beschlossen", lang: "de",
			text: "Stuttgart. An Schulen in Baden-Württemberg darf Microsoft 365 nicht mehr eingesetzt werden. Das hat die Landesregierung am Dienstag beschlossen.",
			want: []step{{country: "DE", status: corpus.StatusEnacted}}},
		{name: "en set out in a draft", lang: "en",
			text: "OTTAWA - Hospitals in Canada will no longer be allowed to use Microsoft cloud services. This is set out in a draft regulation of the health ministry.",
			want: []step{{country: "CA", status: corpus.StatusProposed}}},
		{name: "en another sentence", lang: "en",
			text: "OTTAWA - Hospitals in Canada will no longer be allowed to use Microsoft cloud services. Officials described a draft of other rules.",
			want: []step{{country: "CA", status: corpus.StatusPlanned}}},
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

// More wording: decommissioning is a phase-out ("ausmustern"), installing
// no more is a ban ("keine ... mehr verbauen"), lawmakers wanting to
// prohibit propose.
func TestWordingRoundFour(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de ausmustern", lang: "de",
			text: "Frankreichs Verteidigungsministerium will Drohnen von DJI ausmustern.",
			want: []step{{country: "FR", action: corpus.ActionPhaseOut, status: corpus.StatusPlanned}}},
		{name: "en decommission", lang: "en",
			text: "France's defence ministry will decommission its DJI drones.",
			want: []step{{country: "FR", action: corpus.ActionPhaseOut, status: corpus.StatusPlanned}}},
		{name: "de nicht mehr verbauen", lang: "de",
			text: "Ab 2026 dürfen Netzbetreiber in Deutschland keine kritischen Komponenten von Huawei mehr verbauen.",
			want: []step{{country: "DE", vendors: []string{"Huawei"}}}},
		{name: "en added to a list", lang: "en",
			text: "The Federal Communications Commission voted to add Hikvision and Dahua to its list of equipment deemed a threat to national security.",
			want: []step{{country: "US", vendors: []string{"Dahua", "Hikvision"}}}},
		{name: "en draft requires testing", lang: "en",
			text: "NEW DELHI: A draft regulation would require every camera made by Hikvision to pass testing at a government laboratory, including a review of its source code.",
			want: []step{{country: "IN", action: corpus.ActionRestrict, status: corpus.StatusProposed}}},
		{name: "de Zertifizierungspflicht", lang: "de",
			text: "Die Bundesregierung plant eine Zertifizierungspflicht für Router von Huawei.",
			want: []step{{country: "DE", action: corpus.ActionRestrict, status: corpus.StatusPlanned}}},
		{name: "de nicht auszuschließen, dass", lang: "de",
			text: "Daten von Schülern würden an Server in den USA übermittelt, und es sei nicht auszuschließen, dass dortige Behörden darauf zugreifen.",
			none: []string{"US"}},
		{name: "en cannot be excluded that", lang: "en",
			text: "Pupils' data are sent to servers in the United States, and officials said it could not be excluded that authorities there read them.",
			none: []string{"US"}},
		{name: "en lawmakers want to prohibit", lang: "en",
			text: "Lawmakers in Australia want to prohibit WeChat on government phones over espionage fears.",
			want: []step{{country: "AU", action: corpus.ActionBan, status: corpus.StatusProposed}}},
	})
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
