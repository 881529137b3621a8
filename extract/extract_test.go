package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/sharedtest"
)

var (
	sharedOnce sync.Once
	sharedEx   *Extractor
	sharedErr  error
)

// extractor builds one Extractor for the whole test binary, as the
// pipeline does.
func extractor(t testing.TB) *Extractor {
	t.Helper()
	sharedOnce.Do(func() { sharedEx, sharedErr = New(Options{}) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedEx
}

// want is what a test expects of one claim; zero fields are not checked.
type want struct {
	country string
	action  corpus.Action
	status  corpus.Status
	vendors []string
	cat     corpus.TargetCategory
	sector  corpus.Sector
	reason  corpus.ReasonCategory
}

func vendorsOf(c corpus.Claim) []string {
	var vs []string
	for _, t := range c.Targets {
		if t.Vendor != "" {
			vs = append(vs, t.Vendor)
		}
	}
	slices.Sort(vs)
	return vs
}

func findClaim(cs []corpus.Claim, country string) (corpus.Claim, bool) {
	for _, c := range cs {
		if c.Actor.Country == country {
			return c, true
		}
	}
	return corpus.Claim{}, false
}

func checkClaim(t *testing.T, cs []corpus.Claim, w want) {
	t.Helper()
	c, ok := findClaim(cs, w.country)
	if !ok {
		t.Fatalf("no claim by %s in %+v", w.country, cs)
	}
	if w.action != "" && c.Action != w.action {
		t.Errorf("action = %s, want %s", c.Action, w.action)
	}
	if w.status != "" && c.Status != w.status {
		t.Errorf("status = %s, want %s", c.Status, w.status)
	}
	if w.vendors != nil {
		want := slices.Clone(w.vendors)
		slices.Sort(want)
		if got := vendorsOf(c); !slices.Equal(got, want) {
			t.Errorf("vendors = %v, want %v", got, want)
		}
	}
	if w.cat != "" && !slices.ContainsFunc(c.Targets, func(tg corpus.Target) bool { return tg.Category == w.cat }) {
		t.Errorf("targets %+v lack category %s", c.Targets, w.cat)
	}
	if w.sector != "" && !slices.ContainsFunc(c.Affected, func(a corpus.Affected) bool { return a.Sector == w.sector }) {
		t.Errorf("affected %+v lack sector %s", c.Affected, w.sector)
	}
	if w.reason != "" && !slices.ContainsFunc(c.Reasons, func(r corpus.Reason) bool { return r.Category == w.reason }) {
		t.Errorf("reasons %+v lack %s", c.Reasons, w.reason)
	}
}

// checkInvariants holds for every extraction: evidence quotes the text at
// its offsets, one claim is primary (or the claims of the actors one
// primary sentence coordinates), every field is filled from the
// vocabularies.
func checkInvariants(t *testing.T, doc Document, cs []corpus.Claim) {
	t.Helper()
	primaries := 0
	for _, c := range cs {
		if c.Primary {
			primaries++
		}
		if len(c.Evidence) == 0 {
			t.Errorf("claim %+v has no evidence", c)
		}
		for _, ev := range c.Evidence {
			if ev.Start < 0 || ev.End > len(doc.Text) || ev.Start >= ev.End || doc.Text[ev.Start:ev.End] != ev.Text {
				t.Errorf("evidence %q does not quote text[%d:%d]", ev.Text, ev.Start, ev.End)
			}
		}
		if c.Actor.Country == "" || c.Actor.Name == "" || c.Actor.Text == "" {
			t.Errorf("actor incomplete: %+v", c.Actor)
		}
		if !slices.Contains(corpus.Actions, c.Action) || !slices.Contains(corpus.Statuses, c.Status) {
			t.Errorf("action/status outside the vocabulary: %s/%s", c.Action, c.Status)
		}
		if len(c.Targets) == 0 || len(c.Affected) == 0 || len(c.Reasons) == 0 {
			t.Errorf("claim has empty targets, affected or reasons: %+v", c)
		}
		for _, tg := range c.Targets {
			if !slices.Contains(corpus.TargetCategories, tg.Category) || tg.Product == "" || tg.Text == "" {
				t.Errorf("target incomplete: %+v", tg)
			}
		}
		for _, a := range c.Affected {
			if !slices.Contains(corpus.Sectors, a.Sector) {
				t.Errorf("sector %q outside the vocabulary", a.Sector)
			}
		}
		for _, r := range c.Reasons {
			if !slices.Contains(corpus.ReasonCategories, r.Category) {
				t.Errorf("reason %q outside the vocabulary", r.Category)
			}
		}
		if c.Confidence <= 0 || c.Confidence > 1 {
			t.Errorf("confidence %v outside (0, 1]", c.Confidence)
		}
	}
	if len(cs) > 0 && primaries == 0 {
		t.Error("no primary claim")
	}
	if primaries > 1 && doc.Title == "" {
		// Only the coordinated actors of one decision share it (or actors
		// a headline names together, told of in separate sentences).
		var ev []corpus.Evidence
		for _, c := range cs {
			if c.Primary {
				if ev != nil && !slices.ContainsFunc(c.Evidence, func(e corpus.Evidence) bool { return slices.Contains(ev, e) }) {
					t.Errorf("primary claims from different sentences: %+v", cs)
				}
				ev = c.Evidence
			}
		}
	}
}

func TestExtractActionsAndStatuses(t *testing.T) {
	tests := []struct {
		name  string
		lang  string
		title string
		text  string
		want  want
	}{
		{"en ban enacted", "en", "",
			"The Indian government has banned the messaging app WeChat on all phones sold in the country.",
			want{country: "IN", action: corpus.ActionBan, status: corpus.StatusEnacted, vendors: []string{"Tencent"}, cat: corpus.CategoryApps}},
		{"de ban enacted", "de", "",
			"Die französische Regierung hat die App TikTok auf Dienstgeräten von Beamten verboten.",
			want{country: "FR", action: corpus.ActionBan, status: corpus.StatusEnacted, vendors: []string{"ByteDance"}, sector: corpus.SectorGovernment}},
		{"en purchase ban planned", "en", "",
			"Canada plans to stop buying Hikvision cameras for federal buildings because of espionage fears.",
			want{country: "CA", action: corpus.ActionPurchaseBan, status: corpus.StatusPlanned, vendors: []string{"Hikvision"}, cat: corpus.CategorySurveillanceCameras, reason: corpus.ReasonEspionage}},
		{"de purchase ban proposed", "de", "",
			"Die Opposition im Bundestag fordert, dass Behörden keine Drohnen von DJI mehr kaufen dürfen.",
			want{country: "DE", action: corpus.ActionPurchaseBan, status: corpus.StatusProposed, vendors: []string{"DJI"}, sector: corpus.SectorGovernment}},
		{"en phase out advised", "en", "",
			"Britain's National Cyber Security Centre urged hospitals to replace Kaspersky antivirus software within a year.",
			want{country: "GB", action: corpus.ActionPhaseOut, status: corpus.StatusAdvised, vendors: []string{"Kaspersky"}, sector: corpus.SectorHealthcare}},
		{"de phase out planned", "de", "",
			"Die Bundesregierung will Bauteile von Huawei bis 2027 aus dem 5G-Netz ausbauen lassen.",
			want{country: "DE", action: corpus.ActionPhaseOut, status: corpus.StatusPlanned, vendors: []string{"Huawei"}, sector: corpus.SectorTelecom}},
		{"en restrict enacted", "en", "",
			"The Commerce Department imposed export controls on Nvidia chips bound for China, citing military use.",
			want{country: "US", action: corpus.ActionRestrict, status: corpus.StatusEnacted, vendors: []string{"Nvidia"}, sector: corpus.SectorForeignCountry, reason: corpus.ReasonMilitaryUse}},
		{"de restrict enacted", "de", "",
			"Die niederländische Regierung hat die Ausfuhr von ASML-Anlagen nach China beschränkt.",
			want{country: "NL", action: corpus.ActionRestrict, status: corpus.StatusEnacted, vendors: []string{"ASML"}}},
		{"en review under review", "en", "",
			"Australia's home affairs department is investigating whether DJI drones used by police pose a security risk.",
			want{country: "AU", action: corpus.ActionReview, status: corpus.StatusUnderReview, vendors: []string{"DJI"}, reason: corpus.ReasonNationalSecurity}},
		{"de review under review", "de", "",
			"Das BSI prüft, ob Router von TP-Link in Behörden ein Sicherheitsrisiko darstellen.",
			want{country: "DE", action: corpus.ActionReview, status: corpus.StatusUnderReview, vendors: []string{"TP-Link"}}},
		{"en reported", "en", "",
			"Tokyo will reportedly bar ZTE phones from ministries, according to people familiar with the matter.",
			want{country: "JP", action: corpus.ActionBan, vendors: []string{"ZTE"}}},
		{"de reported", "de", "",
			"Einem Bericht zufolge hat die polnische Regierung Huawei-Geräte aus Ministerien verbannt.",
			want{country: "PL", status: corpus.StatusReported, vendors: []string{"Huawei"}}},
		{"en denied", "en", "",
			"The Swedish government denied reports that it would ban Zoom on official laptops.",
			want{country: "SE", action: corpus.ActionBan, status: corpus.StatusDenied, vendors: []string{"Zoom"}}},
		{"de denied", "de", "",
			"Das Bundesinnenministerium dementiert, dass es ein Verbot von Telegram auf Diensthandys plant.",
			want{country: "DE", status: corpus.StatusDenied, vendors: []string{"Telegram"}}},
		{"de advised against use", "de", "",
			"Das BSI warnt vor dem Einsatz von Virenschutzsoftware des russischen Herstellers Kaspersky.",
			want{country: "DE", action: corpus.ActionPhaseOut, status: corpus.StatusAdvised, vendors: []string{"Kaspersky"}}},
		{"de considered", "de", "",
			"Die EU-Kommission erwägt, Huawei und ZTE aus den Mobilfunknetzen der Mitgliedstaaten zu verbannen.",
			want{country: "EU", status: corpus.StatusPlanned, vendors: []string{"Huawei", "ZTE"}, sector: corpus.SectorTelecom}},
		{"en proposed bill", "en", "",
			"US lawmakers have introduced legislation that would bar federal contractors from using Kaspersky software.",
			want{country: "US", action: corpus.ActionBan, status: corpus.StatusProposed, vendors: []string{"Kaspersky"}}},
		{"en no longer be used", "en", "",
			"Poland's defence ministry said drones made by DJI may no longer be used at military bases, citing espionage risks.",
			want{country: "PL", action: corpus.ActionBan, vendors: []string{"DJI"}, sector: corpus.SectorMilitaryDefense, reason: corpus.ReasonEspionage}},
		{"en licence requirement", "en", "",
			"Washington will require licences for exports of advanced AI chips from Nvidia and AMD to China.",
			want{country: "US", action: corpus.ActionRestrict, status: corpus.StatusPlanned, vendors: []string{"AMD", "Nvidia"}, sector: corpus.SectorForeignCountry}},
		{"company restricts its staff", "en", "",
			"Apple has banned employees from using ChatGPT at work.",
			want{country: "US", action: corpus.ActionBan, vendors: []string{"OpenAI"}, sector: corpus.SectorPrivateSector}},
		{"product implies vendor", "en", "",
			"Italy's privacy regulator blocked ChatGPT over data protection concerns.",
			want{country: "IT", action: corpus.ActionBan, vendors: []string{"OpenAI"}, reason: corpus.ReasonDataPrivacy}},
		{"iPhone is Apple", "en", "",
			"Chinese authorities have barred officials from using iPhones at work.",
			want{country: "CN", action: corpus.ActionBan, vendors: []string{"Apple"}, cat: corpus.CategorySmartphones}},
	}
	ex := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := Document{Title: tc.title, Text: tc.text, Language: tc.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			checkClaim(t, cs, tc.want)
		})
	}
}

func TestExtractCoordinationAndSides(t *testing.T) {
	tests := []struct {
		name    string
		lang    string
		title   string
		text    string
		want    []want
		notFrom []string // countries that must not be actors
	}{
		{"two vendors", "en", "",
			"Japan's government will stop buying base stations from Huawei and ZTE.",
			[]want{{country: "JP", vendors: []string{"Huawei", "ZTE"}, sector: corpus.SectorGovernment}}, nil},
		{"two countries", "en", "",
			"Australia and New Zealand have banned Huawei from their 5G networks.\n\nIn 2019 the United States banned ZTE.",
			[]want{{country: "AU", vendors: []string{"Huawei"}, sector: corpus.SectorTelecom}, {country: "NZ", vendors: []string{"Huawei"}}}, nil},
		{"de two countries", "de", "",
			"Schweden und Dänemark haben TikTok auf Diensthandys verboten.",
			[]want{{country: "SE", vendors: []string{"ByteDance"}}, {country: "DK", vendors: []string{"ByteDance"}}}, nil},
		{"other side reacts", "en", "Japan bans Huawei gear",
			"Japan has banned Huawei equipment from government networks.\n\nA Chinese foreign ministry spokesperson criticised the ban on Huawei and said Beijing would protect Chinese firms.",
			[]want{{country: "JP", vendors: []string{"Huawei"}}}, []string{"CN"}},
		{"de other side reacts", "de", "",
			"Die Bundesregierung hat Komponenten von ZTE aus dem Kernnetz verbannt.\n\nEin Sprecher des chinesischen Außenministeriums kritisierte das Verbot von ZTE scharf.",
			[]want{{country: "DE", vendors: []string{"ZTE"}}}, []string{"CN"}},
		{"vendor nationality is no actor", "en", "",
			"Britain has barred Chinese companies such as Hikvision from selling cameras to government departments.",
			[]want{{country: "GB", vendors: []string{"Hikvision"}}}, []string{"CN"}},
		{"vendor-less target", "en", "",
			"The Netherlands has restricted exports of advanced chipmaking equipment to China on national security grounds.",
			[]want{{country: "NL", action: corpus.ActionRestrict, vendors: []string{}, cat: corpus.CategoryChipmakingTechnology, reason: corpus.ReasonNationalSecurity}}, []string{"CN"}},
		{"de vendor-less target", "de", "",
			"Der Bundestag hat den Einsatz von KI-Chatbots in der Verwaltung eingeschränkt.",
			[]want{{country: "DE", action: corpus.ActionRestrict, vendors: []string{}, cat: corpus.CategorySoftware, sector: corpus.SectorGovernment}}, nil},
		{"actor from the sentence before", "en", "",
			"Denmark's defence ministry issued new rules on Tuesday.\n\nStaff must delete TikTok from work phones immediately, citing espionage risks.",
			[]want{{country: "DK", vendors: []string{"ByteDance"}, reason: corpus.ReasonEspionage}}, nil},
		{"anaphora", "en", "",
			"Investigators looked at cameras made by Hikvision and Dahua.\n\nWashington later banned federal agencies from buying the two companies' equipment.",
			[]want{{country: "US", action: corpus.ActionPurchaseBan, vendors: []string{"Dahua", "Hikvision"}}}, nil},
	}
	ex := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := Document{Title: tc.title, Text: tc.text, Language: tc.lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			for _, w := range tc.want {
				if w.vendors != nil && len(w.vendors) == 0 {
					w.vendors = nil
					c, ok := findClaim(cs, w.country)
					if ok && len(vendorsOf(c)) > 0 {
						t.Errorf("vendor-less target got vendors %v", vendorsOf(c))
					}
				}
				checkClaim(t, cs, w)
			}
			for _, c := range cs {
				if slices.Contains(tc.notFrom, c.Actor.Country) {
					t.Errorf("claim by %s (%s): the other side is not an actor", c.Actor.Country, c.Actor.Text)
				}
			}
		})
	}
}

// TestExtractNothing covers texts that report no technology restriction.
func TestExtractNothing(t *testing.T) {
	tests := []struct {
		name, lang, title, text string
	}{
		{"smoking ban", "en", "City extends smoking ban", "The city council voted to ban smoking in all parks from next summer."},
		{"fireworks ban", "de", "Böllerverbot in der Innenstadt", "Die Stadt verbietet Feuerwerk in der Altstadt an Silvester."},
		{"platform bans a user", "en", "Streaming site bans popular gamer", "The video platform banned the streamer's account after repeated abuse of other users."},
		{"fine", "en", "Regulator fines Meta", "The Irish regulator fined Meta 400 million euros for breaking data rules."},
		{"malware report", "en", "Malware found in phone apps", "Researchers found malware in 30 Android apps. Google removed the apps from its store."},
		{"security advisory", "en", "Patch now", "CISA urged administrators to patch a critical vulnerability in Cisco routers."},
		{"no target", "en", "", "The government banned public gatherings of more than ten people."},
	}
	ex := extractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := Document{Title: tc.title, Text: tc.text, Language: tc.lang}
			if cs := ex.Extract(doc); len(cs) > 0 {
				t.Errorf("got %d claims, want none: %+v", len(cs), cs)
			}
		})
	}
}

func TestExtractPrimaryFollowsHeadline(t *testing.T) {
	doc := Document{
		Title:    "Sweden bans Kaspersky software in ministries",
		Language: "en",
		Text: "Years ago, the United States prohibited the sale of Huawei phones.\n\n" +
			"Sweden has banned Kaspersky antivirus software on all ministry computers, citing national security.",
	}
	cs := extractor(t).Extract(doc)
	checkInvariants(t, doc, cs)
	for _, c := range cs {
		if c.Primary && c.Actor.Country != "SE" {
			t.Errorf("primary claim by %s, want SE", c.Actor.Country)
		}
	}
	if _, ok := findClaim(cs, "US"); !ok {
		t.Errorf("background US claim missing: %+v", cs)
	}
}

func TestLexiconExtension(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "good")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	vendors := filepath.Join(dir, "vendors.tsv")
	if err := os.WriteFile(vendors, []byte("Acme Robotics\tUS\tdrones\tAcme Robotics|Acme\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		files   []string
		wantErr bool
	}{
		{"file", []string{vendors}, false},
		{"directory", []string{dir}, false},
		{"unknown table", []string{filepath.Join(root, "nouns.tsv")}, true},
		{"bad columns", []string{filepath.Join(root, "actors.tsv")}, true},
		{"missing file", []string{filepath.Join(root, "none", "vendors.tsv")}, true},
	}
	for name, body := range map[string]string{"nouns.tsv": "x\ty\n", "actors.tsv": "only\ttwo\n"} {
		if err := os.WriteFile(filepath.Join(root, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := New(Options{Lexicons: tc.files, NoTagging: true})
			if tc.wantErr {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			cs := ex.Extract(Document{Text: "Taiwan has banned Acme drones from military bases.", Language: "en"})
			checkClaim(t, cs, want{country: "TW", vendors: []string{"Acme Robotics"}, cat: corpus.CategoryDrones})
		})
	}
}

// TestSeeds runs the shared seed pages, raw, for the invariants and the
// headline claim. Skipped when ../shared is not beside the repository.
func TestSeeds(t *testing.T) {
	dir := sharedtest.Dir(t, "corpus")
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed articles in " + dir)
	}
	ex := extractor(t)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		title, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
		lang := "en"
		if strings.Contains(text, " der ") {
			lang = "de"
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			doc := Document{Title: title, Text: text, Language: lang}
			cs := ex.Extract(doc)
			checkInvariants(t, doc, cs)
			if len(cs) == 0 {
				t.Error("no claims on a relevant seed page")
			}
		})
	}
}

func TestExtractCoordinatedPrimary(t *testing.T) {
	doc := Document{Title: "Denmark and Sweden bar TikTok from government phones", Language: "en",
		Text: "Denmark and Sweden have barred civil servants from having TikTok on work phones.\n\nCanada removed the app from government devices last year."}
	cs := extractor(t).Extract(doc)
	checkInvariants(t, doc, cs)
	for _, country := range []string{"DK", "SE", "CA"} {
		c, ok := findClaim(cs, country)
		if !ok {
			t.Fatalf("no claim by %s: %+v", country, cs)
		}
		if want := country != "CA"; c.Primary != want {
			t.Errorf("%s primary = %v, want %v", country, c.Primary, want)
		}
	}
}

// TestExtractConcurrent shares one Extractor among goroutines, as the
// pipeline's workers do; run with -race.
func TestExtractConcurrent(t *testing.T) {
	text, err := os.ReadFile("testdata/bench_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	ex := extractor(t)
	doc := Document{Title: "Canada orders telecom operators to strip Huawei gear from 5G networks", Text: string(text), Language: "en", Translated: true}
	want := len(ex.Extract(doc))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 5 {
				if got := len(ex.Extract(doc)); got != want {
					t.Errorf("got %d claims, want %d", got, want)
				}
			}
		})
	}
	wg.Wait()
}
