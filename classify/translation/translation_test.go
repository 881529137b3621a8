package translation

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/sharedtest"
	"github.com/bansift/bansift/names"
)

var (
	detOnce sync.Once
	det     *Detector
	detErr  error
)

// detector is the Detector shared by the tests, built once as in production.
func detector(t testing.TB) *Detector {
	detOnce.Do(func() { det, detErr = New(Options{}) })
	if detErr != nil {
		t.Fatal(detErr)
	}
	return det
}

// counts runs every signal on in and returns the raw counts by feature name.
func counts(t *testing.T, in Input) (map[string]float64, *featureSet) {
	t.Helper()
	s := detector(t).features(&in)
	out := map[string]float64{}
	for f, v := range s.counts {
		out[featureNames[f]] = v
	}
	return out, s
}

// TestSignals checks each mechanism on sentences written for it, and on
// native sentences close to them that it must leave alone.
func TestSignals(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		feature string
		want    float64
	}{
		{"and opening a sentence", "The council met at noon. And the minister left early.", "and_start", 1},
		{"and inside a sentence", "The council met at noon and the minister left early.", "and_start", 0},
		{"and after an abbreviation", "Trade between the U.S. and Korea grew.", "and_start", 0},
		{"stacked which", "The tariff, which hit the mills which supply the port, rose again.", "which_stack", 1},
		{"one which", "The tariff, which hit the mills, rose again.", "which_stack", 0},
		{"cognate object", "The ministry stated in a statement that the rule stands.", "cognate", 1},
		{"cognate warning", "The governor warned in a stern warning against hoarding.", "cognate", 1},
		{"said in a statement", "The ministry said in a statement that the rule stands.", "cognate", 0},
		{"participle fragment", "The talks went on. Adding that both delegations agreed.", "participle", 1},
		{"participle with a particle", "Prices rose. Pointing out that stocks were low.", "participle", 1},
		{"participle phrase of English", "Speaking to reporters, the mayor said the bridge would reopen.", "participle", 0},
		{"according to", "According to the report, that figure is low.", "participle", 0},
		{"for his part", "For his part, the envoy praised the plan.", "formula", 1},
		{"noteworthy", "It is noteworthy that the plant closed last year.", "formula", 1},
		{"the two sides and a national side", "The two sides met. The Chinese side declined.", "formula", 2},
		{"aforementioned", "The aforementioned decree takes effect soon.", "refer", 1},
		{"today and a weekday", "The cabinet approved the budget today, Monday.", "time", 1},
		{"yesterday and a weekday in brackets", "Talks resumed yesterday (Sunday) in the capital.", "time", 1},
		{"a weekday alone", "The cabinet approved the budget on Monday.", "time", 0},
		{"fifth generation", "The operator will build a fifth-generation network.", "calque", 1},
		{"electronic attacks", "Banks reported electronic attacks on their systems.", "calque", 1},
		{"tens of thousands is English", "Tens of thousands marched downtown.", "calque", 0},
		{"modal with to", "Importers must to register their goods.", "calque", 1},
		{"press term", "The statement denounced the Zionist entity.", "press", 1},
		{"brotherly country", "He thanked the brotherly country for its support.", "press", 1},
		{"Hijri date", "The decree was dated 12 Rajab 1445 AH.", "hijri", 2},
		{"Gregorian date", "The decree was dated 12 July 2024.", "hijri", 0},
		{"quoted brand and noun", "Users of the “Quillo” application complained.", "quoted_name", 1},
		{"quoted brand after an adjective", "A survey by the Danish \"Pollwise\" found support.", "quoted_name", 1},
		{"quoted title", "She starred in \"The Long Harvest\" last year.", "quoted_name", 0},
		{"scare quotes", "Critics called it the “Gulfification” of the city.", "quoted_name", 0},
		{"Arabic comma", "The meeting was held on 3 May، 2023 in the capital.", "arabic_punct", 1},
		{"Arabic script line", "مرحبا بكم، في الموقع", "arabic_punct", 0},
		{"al- names", "Talks between Nabil al-Sayegh and Huda El-Masri ended.", "translit", 2},
		{"one al- name repeated", "Sheikh Hamad Al-Sabah met Sheikh Nasser Al-Sabah.", "translit", 1},
		{"spelling drift", "Director Samir Harfoush spoke first. Later Harfouche added details.", "drift", 1},
		{"plural is no drift", "The Minister spoke. Two Ministers left.", "drift", 0},
		{"reporting verbs", "The envoy affirmed the ties and lauded the talks.", "report_verb", 2},
		{"honorifics", "His Highness received the delegation with HM the King.", "honorific", 2},
		{"Arabic paper cited", "The ministry will act, reports Al-Qabas daily.", "cites_arabic", 1},
		{"doubled word", "The firm sells Routers Routers to the ministries of the region now.", "repeat", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, s := counts(t, Input{Text: tt.text, Language: "en"})
			if got[tt.feature] != tt.want {
				t.Errorf("%s = %g, want %g (examples %q)", tt.feature, got[tt.feature], tt.want, s.examples[featureIndex(tt.feature)])
			}
		})
	}
}

// TestCredits checks the places a page names its source, and that the same
// names in running text are citations that do not count.
func TestCredits(t *testing.T) {
	tests := []struct {
		name     string
		in       Input
		arabic   float64
		english  float64
		evidence string
	}{
		{"agency closing a dateline", Input{Text: "Muscat, 4 March (ONA) -- The council approved the plan."}, 1, 0, `"Oman News Agency"`},
		{"agency after the place", Input{Text: "Damascus, SANA – The ministry opened a school."}, 1, 0, "Syrian Arab News Agency"},
		{"agency joined to the place", Input{Text: "ADEN-SABA\nThe minister visited the port."}, 1, 0, "Saba News Agency"},
		{"outlet and a slash", Input{Text: "Shafaq News/ A source said the road reopened."}, 1, 0, "Shafaq News"},
		{"aggregator's credit", Input{Text: "(MENAFN - Jordan News Agency) Amman opened a park."}, 1, 0, "Jordan News Agency"},
		{"labelled credit", Input{Text: "The minister opened the fair.\n\nSource : BNA"}, 1, 0, "Bahrain News Agency"},
		{"outlet alone at the foot", Input{Text: "Troops raided the town at dawn.\n\nAl-Wafa News Agency"}, 1, 0, "WAFA"},
		{"title beside the headline", Input{Title: "Ports reopen after storm – Al Quds Al Arabi", Text: "Ports reopened."}, 1, 0, "Al Quds Al Arabi"},
		{"agency after a dated dateline", Input{Text: "KHARTOUM, March 3, 2021 (SUNA) The council met."}, 1, 0, "Sudan News Agency"},
		{"agency named inside a credit", Input{Text: "MAY 2, 2019 (CITING THE NATIONAL NEWS AGENCY - LEBANON) The minister left."}, 1, 0, "National News Agency"},
		{"wire dateline", Input{Text: "DOHA (Reuters) - Talks resumed on Tuesday."}, 0, 1, "Reuters"},
		{"native outlet at the foot", Input{Text: "The mall opened.\n\nKuwait Times"}, 0, 1, "Kuwait Times"},
		{"agency cited in a sentence", Input{Text: "The Saudi Press Agency (SPA) reported that the talks ended."}, 0, 0, ""},
		{"agency named mid-story", Input{Text: "The Bahrain News Agency said the meeting was routine and brief."}, 0, 0, ""},
		{"button text with an agency's acronym", Input{Text: "Hold-tap to replay the clip"}, 0, 0, ""},
		{"photo credit", Input{Text: "The minister opened the plant on Monday (Petra photo)\n\nAMMAN — The plant opened."}, 0, 0, ""},
		{"language menu in Arabic", Input{Text: "English (العربية) - Français"}, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Language = "en"
			got, s := counts(t, tt.in)
			if got["credit_arabic"] != tt.arabic || got["credit_english"] != tt.english {
				t.Fatalf("credit_arabic %g, credit_english %g; want %g, %g (%q %q)", got["credit_arabic"], got["credit_english"],
					tt.arabic, tt.english, s.examples[fCreditArabic], s.examples[fCreditEnglish])
			}
			ev := strings.Join(append(s.examples[fCreditArabic], s.examples[fCreditEnglish]...), "\n")
			if !strings.Contains(ev, tt.evidence) {
				t.Errorf("evidence %q lacks %q", ev, tt.evidence)
			}
		})
	}
}

// TestURL checks what the URL says.
func TestURL(t *testing.T) {
	tests := []struct {
		name string
		url  string
		want []string // features set to 1; every other URL feature 0
	}{
		{"agency's English desk", "https://www.spa.gov.sa/en/news/123", []string{"url_outlet", "url_english_path", "url_arab_tld"}},
		{"English edition by path", "https://shafaq.com/en/Iraq/some-story", []string{"url_outlet", "url_english_path"}},
		{"Arabic house's section of another language", "https://shafaq.com/ar/story", []string{"url_outlet"}},
		{"site of translations", "https://pledgetimes.com/a-story/", []string{"url_outlet"}},
		{"native Gulf daily", "https://gulfnews.com/uae/a-story", []string{"url_native"}},
		{"unlisted English path on an Arab domain", "https://ministry.example.iq/en/press/1", []string{"url_english_path", "url_arab_tld"}},
		{"language subdomain of a native site", "https://en.wikipedia.org/wiki/Doha", []string{"url_native", "url_english_path"}},
		{"translation proxy", "https://www-okaz-com-sa.translate.goog/news?_x_tr_sl=ar&_x_tr_tl=en", []string{"url_outlet", "url_arab_tld", "says_translated"}},
		{"no URL", "", nil},
	}
	urlFeatures := []string{"url_outlet", "url_mt", "url_native", "url_english_path", "url_arab_tld", "says_translated"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := counts(t, Input{Text: "A short note.", URL: tt.url, Language: "en"})
			for _, f := range urlFeatures {
				want := 0.0
				for _, w := range tt.want {
					if w == f {
						want = 1
					}
				}
				if got[f] != want {
					t.Errorf("%s = %g, want %g", f, got[f], want)
				}
			}
		})
	}
}

// Pages written for these tests: one in the manner of an Arab agency's
// English desk, one of native wire copy about the same region.
const (
	agencyPage = `Manama, 9 April (BNA) -- His Highness the Crown Prince received today, Tuesday, the visiting delegation of the brotherly country, and affirmed the depth of the historic relations which bind the two sides, which he said serve the interests of the two peoples.

For his part, the head of the delegation lauded the achievements of the kingdom, stressing the importance of the cooperation in all fields. And the two sides reviewed the aforementioned agreements.

It is noteworthy that the visit comes within the framework of the consultations between the two countries.`
	wirePage = `DUBAI (Reuters) - Gulf airlines expect passenger numbers to climb again this summer as new routes open, executives said on Tuesday, though higher fuel costs could squeeze margins.

"Demand is strong and bookings look healthy," one executive told reporters at an industry event. Analysts said the region's carriers had recovered faster than those elsewhere.

Airport operators in the region are adding capacity, and two new terminals are due to open next year.`
)

// TestDetect checks the model's verdicts on the two written pages, the
// statement rule, and that the evidence names the signals.
func TestDetect(t *testing.T) {
	d := detector(t)
	got := d.Detect(Input{Title: "Crown Prince receives delegation", Text: agencyPage, Language: "en"})
	if got == nil || got.Code != "ar" {
		t.Fatalf("agency page: Detect = %+v, want ar", got)
	}
	ev := strings.Join(got.Evidence, "\n")
	for _, want := range []string{"model: probability", "Bahrain News Agency", "Arabic news formulas", "for his part"} {
		if !strings.Contains(strings.ToLower(ev), strings.ToLower(want)) {
			t.Errorf("evidence lacks %q:\n%s", want, ev)
		}
	}
	if got.Confidence <= 0 || got.Confidence > 1 {
		t.Errorf("confidence %g outside (0, 1]", got.Confidence)
	}
	if got := d.Detect(Input{Title: "Gulf airlines expect busy summer", Text: wirePage, URL: "https://www.reuters.com/business/x", Language: "en"}); got != nil {
		t.Errorf("wire page flagged: %q", got.Evidence)
	}
	// Provenance alone flags a page, unless its URL is on an outlet that
	// writes in English.
	credited := Input{Text: "Muscat, 4 March (ONA) -- The council met.", Language: "en"}
	if got := d.Detect(credited); got == nil || !strings.HasPrefix(got.Evidence[0], "provenance:") {
		t.Errorf("agency credit: Detect = %+v", got)
	}
	credited.URL = "https://www.timesofoman.com/article/1"
	if sc, _ := d.Score(credited); sc.Rule != "" {
		t.Errorf("agency credit on an English daily: rule %q", sc.Rule)
	}
	said := Input{Text: "The cabinet met on Sunday.\n\nTranslated from the Arabic edition.", Language: "en"}
	if got := d.Detect(said); got == nil {
		t.Error("a page that says it is translated from Arabic: not flagged")
	}
	if got := d.Detect(Input{Text: agencyPage, Language: "de"}); got != nil {
		t.Error("text detected as German: flagged")
	}
	sc, ok := d.Score(Input{Text: agencyPage, Language: "en"})
	if !ok || !strings.HasPrefix(sc.String(), "p ") || len(sc.Features) == 0 {
		t.Errorf("Score = %v, %v", sc, ok)
	}
}

// rawInput is a seed page as the detector sees it with no cleaning: the
// whole page as text, its first line as title.
func rawInput(page string) Input {
	in := Input{Text: page}
	for _, l := range strings.Split(page, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			in.Title = l
			break
		}
	}
	return in
}

// TestSeeds runs the detector on the raw seed articles and checks it agrees
// with the gold translated_from, and that seed 004's evidence names the
// outlet in its title and its word-for-word renderings.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedtest.Dir(t), "corpus")
	pages, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Skipf("no seed articles in %s", dir)
	}
	d := detector(t)
	for _, p := range pages {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(id, func(t *testing.T) {
			page, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var gold struct {
				Language       string  `json:"language"`
				TranslatedFrom *string `json:"translated_from"`
			}
			g, err := os.ReadFile(filepath.Join(dir, "gold", id+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(g, &gold); err != nil {
				t.Fatal(err)
			}
			in := rawInput(string(page))
			in.Language = gold.Language
			got := d.Detect(in)
			if (got != nil) != (gold.TranslatedFrom != nil) {
				sc, _ := d.Score(in)
				t.Fatalf("Detect = %+v, gold translated_from = %v; %s", got, gold.TranslatedFrom, sc)
			}
			if got == nil || !strings.HasPrefix(id, "004") {
				return
			}
			ev := strings.Join(got.Evidence, "\n")
			for _, want := range []string{`title names "Al Quds Al Arabi"`, `"electronic security"`} {
				if !strings.Contains(ev, want) {
					t.Errorf("evidence lacks %q:\n%s", want, ev)
				}
			}
		})
	}
}

func TestExtraFiles(t *testing.T) {
	dir := t.TempDir()
	outlets := filepath.Join(dir, "outlets.tsv")
	phrases := filepath.Join(dir, "phrases.tsv")
	if err := os.WriteFile(outlets, []byte("Al Example Daily\tar>en\texample-daily.test\tAED\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(phrases, []byte("@rank\thonourable|venerable\nthe @rank minister\tformula\tmade-up test phrase\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := New(Options{OutletFiles: []string{outlets}, PhraseFiles: []string{phrases}})
	if err != nil {
		t.Fatal(err)
	}
	in := Input{Text: "Riyadh, 2 May (AED) - The venerable minister spoke.", URL: "https://news.example-daily.test/a", Language: "en"}
	s := d.features(&in)
	if s.counts[fURLOutlet] != 1 || s.counts[fCreditArabic] != 1 {
		t.Errorf("extra outlet: url_outlet %g, credit_arabic %g, want 1, 1", s.counts[fURLOutlet], s.counts[fCreditArabic])
	}
	if !strings.Contains(strings.Join(s.examples[fFormula], " "), "made-up test phrase") {
		t.Errorf("extra phrase: formula examples %q", s.examples[fFormula])
	}
	people := filepath.Join(dir, "people_local.tsv")
	if err := os.WriteFile(people, []byte("Karolina Vestergaard\tDK\tdigital minister\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	extra, err := names.Load(people)
	if err != nil {
		t.Fatal(err)
	}
	m, err := names.NewMatcher(extra...)
	if err != nil {
		t.Fatal(err)
	}
	d, err = New(Options{Names: m})
	if err != nil {
		t.Fatal(err)
	}
	if s := d.features(&Input{Text: "Minister Karolina Vestergard spoke."}); s.counts[fNearMiss] == 0 {
		t.Error("extra name: no near miss")
	}
	for name, opts := range map[string]Options{
		"missing outlets file": {OutletFiles: []string{filepath.Join(dir, "missing.tsv")}},
	} {
		if _, err := New(opts); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestConcurrent shares one Detector between goroutines, as the pipeline's
// workers do; run with -race.
func TestConcurrent(t *testing.T) {
	d := detector(t)
	want := d.Detect(Input{Text: agencyPage, Language: "en"})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got := d.Detect(Input{Text: agencyPage, Language: "en"})
				if (got == nil) != (want == nil) || got != nil && got.Confidence != want.Confidence {
					t.Error("concurrent Detect disagrees")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestInProseEndings(t *testing.T) {
	const words = "The spokesman said the ministry would decide on the matter within the month "
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"full stop", words + "soon.", true},
		{"curly double quote", words + "“soon.”", true},
		{"no ending", words + "soon", false},
		{"too short", "Soon.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inProse(tt.line, 0); got != tt.want {
				t.Errorf("inProse(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

var sinkTranslation *corpus.Translation

// BenchmarkDetect times one page: the written agency page repeated to about
// 5 KB, and seed 004 when ../shared is there.
func BenchmarkDetect(b *testing.B) {
	d := detector(b)
	pages := map[string]Input{
		"agency5k": {Title: "Crown Prince receives delegation", Text: strings.Repeat(agencyPage+"\n\n", 5), Language: "en", URL: "https://www.bna.bh/en/news?id=1"},
	}
	if dir := sharedtest.Dir(b); dir != "" {
		if page, err := os.ReadFile(filepath.Join(dir, "corpus", "articles", "004_fbd08bb8052b0ad1.txt")); err == nil {
			in := rawInput(string(page))
			in.Language = "en"
			pages["seed004"] = in
		}
	}
	for name, in := range pages {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in.Text)))
			for b.Loop() {
				sinkTranslation = d.Detect(in)
			}
		})
	}
}
