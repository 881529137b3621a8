package relevance_test

import (
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

func extractor(t *testing.T) *extract.Extractor {
	t.Helper()
	once.Do(func() { ex, err = extract.New(extract.Options{NoTagging: true}) })
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func TestScoreArticles(t *testing.T) {
	tests := []struct {
		name, lang, title, text string
		want                    bool
	}{
		{"purchase ban", "en", "Japan to stop buying Huawei gear",
			"The Japanese government will stop buying equipment from Huawei and ZTE over espionage concerns.", true},
		{"de ban", "de", "Behörden verbieten TikTok",
			"Die Bundesregierung hat TikTok auf allen Diensthandys verboten.", true},
		{"export control without vendor", "en", "Dutch curb chip tool exports",
			"The Netherlands has restricted exports of advanced chipmaking equipment to China.", true},
		{"denial is still a report", "en", "Ministry denies Zoom ban",
			"The Swedish government denied reports that it would ban Zoom on official laptops.", true},
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := extract.Document{Title: tc.title, Text: tc.text, Language: tc.lang}
			got := relevance.Score(tc.title, tc.text, extractor(t).Extract(doc))
			if got.Label != tc.want {
				t.Errorf("Label = %v (score %.2f), want %v", got.Label, got.Score, tc.want)
			}
			if got.Score < 0 || got.Score > 1 {
				t.Errorf("Score %v outside [0, 1]", got.Score)
			}
		})
	}
}

func TestScoreThreshold(t *testing.T) {
	tests := []struct {
		name  string
		confs []float64
		want  bool
	}{
		{"no claims", nil, false},
		{"weak claim", []float64{relevance.Threshold - 0.01}, false},
		{"at threshold", []float64{relevance.Threshold}, true},
		{"best of several", []float64{0.2, 0.9}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var cs []corpus.Claim
			for _, c := range tc.confs {
				cs = append(cs, corpus.Claim{Confidence: c})
			}
			if got := relevance.Score("", "", cs); got.Label != tc.want {
				t.Errorf("Label = %v, want %v", got.Label, tc.want)
			}
		})
	}
}

// ScoreResult also counts restrictions the extractor found but could not
// make claims of, for want of the imposer's country; hard negatives stay
// negative.
func TestScoreResultUnplaced(t *testing.T) {
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
			got := relevance.ScoreResult(tc.title, tc.text, res.Claims, res.Unplaced)
			if got.Label != tc.want {
				t.Errorf("Label = %v (score %.2f), want %v", got.Label, got.Score, tc.want)
			}
			if old := relevance.Score(tc.title, tc.text, res.Claims); old.Label && !tc.want {
				t.Errorf("Score alone says relevant")
			}
		})
	}
}
