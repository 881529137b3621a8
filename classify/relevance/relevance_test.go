package relevance_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/bansift/bansift/classify/relevance"
	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/extract"
)

var (
	once sync.Once
	ex   *extract.Extractor
	err  error
)

func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	once.Do(func() { ex, err = extract.New(extract.Options{NoTagging: true}) })
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// decide runs the extractor and the judge on one hand-written article.
func decide(t *testing.T, lang, title, text string) relevance.Decision {
	t.Helper()
	doc := extract.Document{Title: title, Text: text, Language: lang}
	res := extractor(t).ExtractResult(doc)
	return relevance.Default().Decide(relevance.Input{
		Title: title, Text: text, Language: lang, Claims: res.Claims, Unplaced: res.Unplaced,
	})
}

// Whole articles through the extractor and the judge: reports of
// restrictions, and the pages of general news that look like them.
func TestDecideArticles(t *testing.T) {
	tests := []struct {
		name, lang, title, text string
		want                    bool
	}{
		{"purchase ban", "en", "Japan to stop buying Huawei gear",
			"Tokyo's ministries will stop buying network gear made by Huawei and ZTE, the Japanese government said, over espionage concerns.", true},
		{"de ban", "de", "Behörden verbieten TikTok",
			"Die Bundesregierung hat TikTok auf allen Diensthandys verboten.", true},
		{"export control without vendor", "en", "Dutch curb chip tool exports",
			"The Netherlands has restricted exports of advanced chipmaking equipment to China.", true},
		{"denial is still a report", "en", "Ministry denies Zoom ban",
			"The Swedish government denied reports that it would ban Zoom on official laptops.", true},
		{"ministry replaces software", "en", "Ministry to swap out Microsoft Office",
			"The Danish digital ministry will replace Microsoft Office with open-source programs on all its computers by the autumn.", true},
		{"company policy for staff", "en", "Carmaker bars chatbots at work",
			"The German carmaker has told employees they may no longer use ChatGPT on company laptops after an internal leak.", true},
		{"de Landesregierung, drones", "de", "Land verbannt chinesische Drohnen",
			"Die Landesregierung hat der Polizei den Einsatz von Drohnen des chinesischen Herstellers DJI untersagt.", true},

		{"smoking ban", "en", "Council widens smoking ban",
			"The council voted to ban smoking in parks and at bus stops from next summer.", false},
		{"de fireworks ban", "de", "Böllerverbot in der Altstadt",
			"Die Stadt verbietet Feuerwerk in der Altstadt. Wer Böller zündet, muss mit einem Bußgeld rechnen.", false},
		{"platform bans a user", "en", "Platform bans streamer",
			"The video platform banned the streamer's account after repeated harassment of other users.", false},
		{"fine", "en", "Regulator fines Meta",
			"The Irish data regulator fined Meta 400 million euros over its handling of children's data.", false},
		{"malware report", "en", "Researchers find malware in Android apps",
			"Researchers found malware in 30 Android apps. Google said it had removed the apps from its store.", false},
		{"security advisory", "en", "Patch your routers now",
			"CISA urged administrators to patch a critical vulnerability in Cisco routers as soon as possible.", false},
		{"laptop review, replaced", "en", "Hands-on with the new 15-inch Lumen laptop",
			"The maker replaced the shallow keyboard of last year's model with a deeper one.\n\nIt also dropped the touch strip above the keys and brought back a physical escape key. In Europe the laptop ships with a larger battery.", false},
		{"car review, cameras replace mirrors", "en", "First drive: the electric coupe",
			"European buyers can order virtual side mirrors, which replace the glass mirrors with small cameras and screens inside the doors.", false},
		{"medical HP", "en", "How new pillows made a man ill",
			"Doctors in Britain diagnosed hypersensitivity pneumonitis, or HP, after the man switched from synthetic bedding to a feather duvet. He replaced the pillows and recovered.", false},
		{"sports ban", "en", "Striker banned for three games",
			"The league banned the striker for three matches after his red card on Saturday. The club said it would appeal.", false},
		{"early reviews", "en", "First reviews of the game streaming service are in",
			"Early reviews of Google's game streaming service in Canada are mixed: critics say several games run below 4K.", false},
		{"space contracts", "en", "Space agency picks moon lander makers",
			"The US space agency picked SpaceX, Blue Origin and three smaller firms to carry instruments to the moon. Amazon founder Jeff Bezos said his company was ready.", false},
		{"de product test", "de", "Test: Das neue Smartphone im Alltag",
			"Der Hersteller ersetzt den Fingerabdrucksensor durch eine Gesichtserkennung. Im Test hielt der Akku zwei Tage.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := decide(t, tc.lang, tc.title, tc.text)
			if got.Label != tc.want {
				t.Errorf("Label = %v (score %.2f, support %v), want %v", got.Label, got.Score, got.Support, tc.want)
			}
			if got.Score < 0 || got.Score > 1 {
				t.Errorf("Score %v outside [0, 1]", got.Score)
			}
		})
	}
}

// article builds a text from paragraphs and a claim whose evidence is one
// of them, with offsets into the text, as the extractor gives it.
type article struct {
	title string
	paras []string
}

func (a article) text() string { return strings.Join(a.paras, "\n\n") }

func (a article) claim(para int, actor string, conf float64, targets ...corpus.Target) corpus.Claim {
	text := a.text()
	start := strings.Index(text, a.paras[para])
	return corpus.Claim{
		Actor:      corpus.Actor{Text: actor, Name: actor, Country: "XX"},
		Targets:    targets,
		Confidence: conf,
		Evidence:   []corpus.Evidence{{Text: a.paras[para], Start: start, End: start + len(a.paras[para])}},
	}
}

func vendor(text, v string) corpus.Target {
	return corpus.Target{Text: text, Vendor: v, Category: corpus.CategoryConsumerDevices}
}

// The judge's rules on claims shaped like the extractor's misreads of
// general news, and like its good reads of reports.
func TestDecideClaims(t *testing.T) {
	car := article{"Electric coupe revealed", []string{
		"The coupe goes on sale next spring.",
		"Europe will get optional virtual mirrors, which replace the glass mirrors with tiny cameras.",
	}}
	ill := article{"Man falls ill after new bedding", []string{
		"Doctors suspected hypersensitivity pneumonitis, or HP, a lung condition.",
		"The couple had recently switched from synthetic bedding to feathers, the HP report says.",
	}}
	ministry := article{"Ministry orders staff to remove Kaspersky", []string{
		"The interior ministry has told all agencies to remove Kaspersky antivirus software by June.",
	}}
	buried := article{"Opinion: The long campaign ahead", []string{
		"Voters are tired of the debate.",
		"The party has a new leader and an old problem.",
		"Officials said the records had been placed on a classified server under investigation.",
	}}
	solid := article{"The year in review", []string{
		"It was a busy year for the industry.",
		"The government banned Huawei equipment from its 5G networks in March.",
	}}
	twoBacked := article{"What the year meant for chipmakers", []string{
		"It was a busy year.",
		"The commerce department restricted exports of AI chips to China.",
		"In October the government also banned sales of Nvidia accelerators to the country.",
	}}
	leadStates := article{"Government bars TikTok from official phones", []string{
		"Staff must delete the app within a week.",
		"The rule follows similar steps abroad.",
	}}
	tests := []struct {
		name   string
		a      article
		claims func(a article) []corpus.Claim
		want   bool
	}{
		{"a product replaces a part", car, func(a article) []corpus.Claim {
			return []corpus.Claim{a.claim(1, "Europe", 0.65, corpus.Target{Text: "cameras", Category: corpus.CategorySurveillanceCameras})}
		}, false},
		{"acronym spelled out as a disease", ill, func(a article) []corpus.Claim {
			return []corpus.Claim{a.claim(1, "UK", 0.8, vendor("HP", "HP"))}
		}, false},
		{"ministry removes software", ministry, func(a article) []corpus.Claim {
			return []corpus.Claim{a.claim(0, "interior ministry", 0.8, vendor("Kaspersky antivirus software", "Kaspersky"))}
		}, true},
		{"one weak claim buried in opinion", buried, func(a article) []corpus.Claim {
			return []corpus.Claim{a.claim(2, "Officials", 0.65, corpus.Target{Text: "server", Category: corpus.CategoryServers})}
		}, false},
		{"restriction and authority at high confidence", solid, func(a article) []corpus.Claim {
			return []corpus.Claim{a.claim(1, "The government", 0.8, vendor("Huawei equipment", "Huawei"))}
		}, true},
		{"two backed claims", twoBacked, func(a article) []corpus.Claim {
			return []corpus.Claim{
				a.claim(1, "commerce department", 0.65, corpus.Target{Text: "AI chips", Category: corpus.CategorySemiconductors}),
				a.claim(2, "the government", 0.65, vendor("Nvidia accelerators", "Nvidia")),
			}
		}, true},
		{"headline states the restriction", leadStates, func(a article) []corpus.Claim {
			return []corpus.Claim{a.claim(0, "Government", 0.65, vendor("the app", "TikTok"))}
		}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := tc.claims(tc.a)
			got := relevance.Default().Decide(relevance.Input{Title: tc.a.title, Text: tc.a.text(), Language: "en", Claims: cs})
			if got.Label != tc.want {
				t.Errorf("Label = %v (score %.3f, support %v), want %v", got.Label, got.Score, got.Support, tc.want)
			}
			if len(got.Support) != len(cs) {
				t.Fatalf("%d supports for %d claims", len(got.Support), len(cs))
			}
			for i, s := range got.Support {
				if s > cs[i].Confidence || s < 0 {
					t.Errorf("support %v of claim %d outside [0, confidence %v]", s, i, cs[i].Confidence)
				}
			}
			if got.Label != (got.Score >= relevance.Threshold) {
				t.Errorf("Label %v disagrees with score %v", got.Label, got.Score)
			}
		})
	}
}

// Without claims or an unplaced restriction nothing is relevant, and the
// score never exceeds the best evidence given.
func TestDecideBounds(t *testing.T) {
	tests := []struct {
		name string
		in   relevance.Input
		want bool
	}{
		{"nothing", relevance.Input{Title: "Government bans TikTok", Text: "The government banned TikTok."}, false},
		{"weak unplaced", relevance.Input{Title: "Council bans TikTok", Text: "The council banned TikTok.", Unplaced: relevance.Threshold - 0.01}, false},
		{"unplaced with a stated lead", relevance.Input{Title: "Council bans TikTok", Text: "The council banned TikTok.", Unplaced: 0.7}, true},
		{"unplaced, lead without authority", relevance.Input{Title: "Touch bar returns", Text: "The laptop brings back the escape key and drops the bar.", Unplaced: 0.7}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := relevance.Default().Decide(tc.in)
			if got.Label != tc.want {
				t.Errorf("Label = %v (score %.3f), want %v", got.Label, got.Score, tc.want)
			}
			if got.Score > max(tc.in.Unplaced, 0) {
				t.Errorf("score %v above the evidence %v", got.Score, tc.in.Unplaced)
			}
		})
	}
}

// Decide also counts restrictions the extractor found but could not
// make claims of, for want of the imposer's country; hard negatives stay
// negative.
func TestDecideUnplaced(t *testing.T) {
	tests := []struct {
		name, lang, title, text string
		want                    bool
	}{
		{"en city council, no country", "en", "Council bars TikTok from staff phones",
			"The city council has banned TikTok on all phones it issues to staff.", true},
		{"de Stadtverwaltung, no country", "de", "Stadt erlässt Nutzungsverbot für TikTok",
			"Die Stadtverwaltung hat ein Nutzungsverbot für TikTok auf allen Diensthandys erlassen.", true},
		{"en headline only", "en", "TikTok ban for parliament devices takes effect",
			"Members who need the app for their work can ask for an exemption.", true},
		{"en lifted, no country", "en", "Council lifts TikTok ban",
			"The city council lifted the ban on TikTok on staff phones.", false},
		{"de smoking ban, no country", "de", "Rauchverbot am Bahnhof",
			"Die Stadtverwaltung hat ein Rauchverbot am Bahnhof erlassen.", false},
		{"en platform bans a user, no country", "en", "Platform bans streamer",
			"The video platform banned the streamer's account after repeated harassment.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := extract.Document{Title: tc.title, Text: tc.text, Language: tc.lang}
			res := extractor(t).ExtractResult(doc)
			if len(res.Claims) > 0 {
				t.Fatalf("want no claims (no country), got %+v", res.Claims)
			}
			got := relevance.Default().Decide(relevance.Input{Title: tc.title, Text: tc.text, Claims: res.Claims, Unplaced: res.Unplaced})
			if got.Label != tc.want {
				t.Errorf("Label = %v (score %.2f), want %v", got.Label, got.Score, tc.want)
			}
			if old := relevance.Default().Decide(relevance.Input{Title: tc.title, Text: tc.text, Claims: res.Claims}); old.Label && !tc.want {
				t.Errorf("the claims alone say relevant")
			}
		})
	}
}

// A claim whose trigger the extractor reads as a restriction is read as one
// here too when the pipeline hands over the extractor's trigger phrases;
// without them the same claim is discounted for naming no restriction.
func TestExtractorRestrictionPhrases(t *testing.T) {
	title := "Regulator acts against the Quorbit messenger"
	text := "Pakistan's telecoms regulator on Tuesday suspended the WhatsApp service across the country, citing misuse by criminal groups."
	doc := extract.Document{Title: title, Text: text, Language: "en"}
	res := extractor(t).ExtractResult(doc)
	if len(res.Claims) == 0 {
		t.Fatalf("no claim in %q", text)
	}
	in := relevance.Input{Title: title, Text: text, Language: "en", Claims: res.Claims}
	if d := relevance.Default().Decide(in); d.Label {
		t.Fatalf("built-in cues alone: want the claim discounted, got %+v", d.Relevance)
	}
	j, err := relevance.New(relevance.Options{Restrictions: extractor(t).RestrictionPhrases()})
	if err != nil {
		t.Fatal(err)
	}
	if d := j.Decide(in); !d.Label {
		t.Errorf("with the extractor's phrases: want relevant, got %+v", d.Relevance)
	}
}
