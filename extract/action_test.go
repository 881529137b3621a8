package extract

import (
	"testing"

	"github.com/bansift/bansift/corpus"
)

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

// Cutting a country's or a region's connection is a ban of the internet
// service; a verb of shutting off with no technology restricts nothing.
func TestNetworkShutdown(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en cut off the service", lang: "en",
			text: "Pakistan's telecoms ministry cut off mobile internet in three provinces during the vote count.",
			want: []step{{country: "PK", action: corpus.ActionBan, category: corpus.CategoryOther}}},
		{name: "en interruption of services", lang: "en",
			text: "The Pakistani cabinet ordered the interruption of internet services for two hours each morning.",
			want: []step{{country: "PK", action: corpus.ActionBan, category: corpus.CategoryOther}}},
		{name: "en shut down a plant is no claim", lang: "en",
			text: "Pakistan's mining ministry shut down the smelter after the spill.",
			none: []string{"PK"}},
		{name: "en an internet regulator is no target", lang: "en",
			text: "Pakistan's internet regulator is investigating Huawei over its routers.",
			want: []step{{country: "PK", vendors: []string{"Huawei"}}}},
	})
}

// "Stop" governing another verb ("stop flying", "stop selling") bans that
// activity; getting rid of what is owned is a phase-out; avoiding purchases
// is a purchase ban. A court's patent injunction restricts no technology.
func TestComposedTriggers(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en stop + gerund", lang: "en",
			text: "Pakistan's aviation ministry decided that hobby pilots must stop flying drones near the border.",
			want: []step{{country: "PK", action: corpus.ActionBan, category: corpus.CategoryDrones}}},
		{name: "en get rid of", lang: "en",
			text: "The Pakistani cabinet ordered civil servants to get rid of their Xiaomi phones by June.",
			want: []step{{country: "PK", action: corpus.ActionPhaseOut, vendors: []string{"Xiaomi"}}}},
		{name: "en avoid buying", lang: "en",
			text: "Pakistan's cyber agency advised citizens to avoid buying Xiaomi phones.",
			want: []step{{country: "PK", action: corpus.ActionPurchaseBan, status: corpus.StatusAdvised}}},
		{name: "de keine zu kaufen", lang: "de",
			text: "Das pakistanische Innenministerium rät, keine Telefone von Xiaomi zu kaufen und vorhandene loszuwerden.",
			want: []step{{country: "PK", action: corpus.ActionPurchaseBan, status: corpus.StatusAdvised}}},
		{name: "en patent injunction", lang: "en",
			text: "A Pakistani court ordered the phone maker Corvina to stop selling two phone models after finding they infringe a patent.",
			none: []string{"PK"}},
	})
}

// "Prevent" bans when it governs an activity named as a noun ("prevent the
// registration of handsets"); a service declared unauthorised is banned.
// "Kept the firm from getting parts" is not among them: it restricts
// what reaches the vendor, and stays with the blacklist that says so.
func TestPreventAndUnauthorised(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "en prevent the nominal of", lang: "en",
			text: "Kenya's communications authority will prevent the registration of handsets that lack a valid serial number.",
			want: []step{{country: "KE", action: corpus.ActionBan, category: corpus.CategorySmartphones}}},
		{name: "en unauthorised", lang: "en",
			text: "Oman's telecom regulator said video calls through FaceTime are still unauthorised in the sultanate.",
			want: []step{{country: "OM", action: corpus.ActionBan, vendors: []string{"Apple"}}}},
		{name: "en prevent an attack", lang: "en",
			text: "Kenya's cyber agency helped prevent the spread of ransomware across ministries.",
			none: []string{"KE"}},
	})
}

// A German negated approval bans, with the approval's purpose between its
// words: "nicht mehr für den Betrieb zugelassen", "nicht ... erlaubt werden".
func TestGermanNegatedApproval(t *testing.T) {
	runMechanism(t, []mechanismCase{
		{name: "de nicht mehr ... zugelassen", lang: "de",
			text: "Die kanadische Regulierungsbehörde teilte mit, dass Router von ZTE künftig nicht mehr für den Betrieb in Kanada zugelassen sind.",
			want: []step{{country: "CA", action: corpus.ActionBan, vendors: []string{"ZTE"}}}},
	})
}
