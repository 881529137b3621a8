package extract

import (
	"testing"

	"github.com/bansift/bansift/corpus"
)

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

// A hedge in the grounds given for a step doubts the accusation, not the
// step: the ban stands.
func TestHedgeInGrounds(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en for allegedly", lang: "en",
			text: "Pakistan blocked Telegram in 2022 for allegedly letting extremists recruit on it.",
			want: []step{{country: "PK", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en as it reportedly", lang: "en",
			text: "The Pakistani regulator suspended Telegram on Monday, as the service reportedly ignored takedown orders.",
			want: []step{{country: "PK", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
		{name: "en the step itself hedged", lang: "en",
			text: "Pakistan has reportedly blocked Telegram for letting extremists recruit on it.",
			want: []step{{country: "PK", action: corpus.ActionBan, status: corpus.StatusReported}}},
		{name: "de weil angeblich", lang: "de",
			text: "Pakistan hat Telegram gesperrt, weil der Dienst angeblich Extremisten duldete.",
			want: []step{{country: "PK", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
	})
}

// A legislator asking the government to act proposes the step; a decision
// taking effect at once is enacted though it is told as decided.
func TestAskedAndImmediate(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en an MP calls on the minister", lang: "en",
			text: "A Pakistani MP, Farah Qadir, called on the prime minister and the information minister to ban Telegram across the country.",
			want: []step{{country: "PK", action: corpus.ActionBan, status: corpus.StatusProposed}}},
		{name: "en a minister urging is advice", lang: "en",
			text: "Pakistan's information minister urged parents to stop buying Xiaomi phones for their children.",
			want: []step{{country: "PK", status: corpus.StatusAdvised}}},
		{name: "de Abgeordnete fordern auf", lang: "de",
			text: "Pakistanische Abgeordnete forderten die Regierung auf, Telegram zu verbieten.",
			want: []step{{country: "PK", action: corpus.ActionBan, status: corpus.StatusProposed}}},
		{name: "en decided, effective immediately", lang: "en",
			text: "Pakistan's interior ministry decided to suspend Telegram with immediate effect.",
			want: []step{{country: "PK", action: corpus.ActionBan, status: corpus.StatusEnacted}}},
	})
}

// A review word that qualifies a body ("the investigation bureau", "a
// review commission") names who acts; it leaves the step as the clause
// tells it. A review as the step itself stays under review.
func TestReviewWordInABodysName(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en investigation bureau asks, regulator orders", lang: "en",
			text: "Acting on a request from the national investigation bureau, Pakistan's telecoms regulator ordered providers to block Telegram.",
			want: []step{{country: "PK", status: corpus.StatusEnacted, vendors: []string{"Telegram"}}}},
		{name: "en a review of the ban stays under review", lang: "en",
			text: "Pakistan's telecoms regulator is conducting an investigation into whether to block Telegram.",
			want: []step{{country: "PK", status: corpus.StatusUnderReview, vendors: []string{"Telegram"}}}},
	})
}

// A bill or draft that has been signed is in force: the signing governs
// the proposal cue. A bill only introduced stays proposed.
func TestSignedBillIsEnacted(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en signed into law a bill", lang: "en",
			text: "Utah's governor on Tuesday signed into law a bill that bars state agencies from using DeepSeek, starting in July.",
			want: []step{{country: "US", status: corpus.StatusEnacted}}},
		{name: "en a bill introduced stays proposed", lang: "en",
			text: "A Utah senator introduced a bill that would bar state agencies from using DeepSeek.",
			want: []step{{country: "US", status: corpus.StatusProposed}}},
		{name: "de Gesetzentwurf unterzeichnet", lang: "de",
			text: "Der Präsident Kasachstans hat den Gesetzentwurf unterzeichnet, der Behörden die Nutzung von DeepSeek verbietet.",
			want: []step{{country: "KZ", status: corpus.StatusEnacted}}},
	})
}
