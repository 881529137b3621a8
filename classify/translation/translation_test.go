package translation

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/sharedtest"
)

var (
	detOnce sync.Once
	det     *Detector
	detErr  error
)

// detector is the Detector shared by the tests, built once as in production.
func detector(t testing.TB) *Detector {
	detOnce.Do(func() { det, detErr = New() })
	if detErr != nil {
		t.Fatal(detErr)
	}
	return det
}

// evidenceOf joins the evidence of findings for substring checks.
func evidenceOf(fs []finding) string {
	var s []string
	for _, f := range fs {
		s = append(s, f.evidence)
	}
	return strings.Join(s, "\n")
}

func TestProvenance(t *testing.T) {
	d := detector(t)
	tests := []struct {
		name   string
		in     Input
		want   string // substring of the evidence, "" for no finding
		strong bool
	}{
		{"title suffix", Input{Title: "Japan to stop buying network gear – Al Quds Al Arabi"},
			`title names the Arabic-language outlet "Al Quds Al Arabi"`, true},
		{"title suffix hyphenated spelling", Input{Title: "Japan to stop buying network gear | Al-Quds al-Arabi"},
			`"Al Quds Al Arabi"`, true},
		{"title prefix", Input{Title: "Asharq Al-Awsat - Cairo weighs a ban on foreign apps"},
			`"Asharq Al-Awsat"`, true},
		{"title naming an English edition", Input{Title: "Cairo weighs a ban on foreign apps - Ahram Online"}, "", false},
		{"title mentioning an outlet mid-sentence", Input{Title: "Why Al Arabiya says Cairo weighs a ban"}, "", false},
		{"credit line among removed lines", Input{Title: "x", Lines: []string{"Font size", "Source: Youm7"}},
			`credit line "Source: Youm7" names the Arabic-language outlet "Youm7"`, true},
		{"credit line left in the body", Input{Title: "x", Text: "A ban was announced.\nSOURCE: Sky News Arabia\n"},
			`"Sky News Arabia"`, true},
		{"credit label may be a picture's", Input{Title: "x", Lines: []string{"Credit: Al Arabiya"}},
			`credit line "Credit: Al Arabiya" names "Al Arabiya" (perhaps a picture's credit)`, false},
		{"credit label without separator is a sentence", Input{Title: "x", Text: "Sources told Youm7 a ban is near.\n"}, "", false},
		{"copyright line", Input{Title: "x", Lines: []string{"© 2019 Al-Masry Al-Youm. All rights reserved."}},
			`"Al-Masry Al-Youm"`, true},
		{"outlet cited in a body sentence", Input{Title: "x",
			Text: "The ban was first reported on Sunday by Al Arabiya, which cited two officials familiar with the plan and a draft of the decree."}, "", false},
		{"outlet with Arabic and English editions", Input{Title: "x", Lines: []string{"Source: Al Jazeera"}},
			`an outlet publishing in ar, en`, false},
		{"same, on the English edition's site", Input{Title: "x", Lines: []string{"Source: Al Jazeera"},
			URL: "https://www.aljazeera.com/news/2019/1/1/story"}, "", false},
		{"Arabic house name in the title, English edition's URL", Input{Title: "Cairo weighs a ban | Al Arabiya",
			URL: "https://english.alarabiya.net/News/2020/01/01/story"}, "", false},
		{"URL host", Input{Title: "x", URL: "https://www.alquds.co.uk/some-story/"},
			`URL host "alquds.co.uk"`, true},
		{"URL of an English subdomain", Input{Title: "x", URL: "https://english.aawsat.com/node/1"}, "", false},
		{"URL of an Arabic section", Input{Title: "x", URL: "https://www.bbc.com/arabic/world-123"},
			`URL host "bbc.com/arabic"`, true},
		{"URL of another section", Input{Title: "x", URL: "https://www.bbc.com/news/world-123"}, "", false},
		{"translation proxy host", Input{Title: "x", URL: "https://www-alquds-co-uk.translate.goog/story/?_x_tr_tl=en"},
			`URL host "alquds.co.uk"`, true},
		{"translation proxy source language", Input{Title: "x", URL: "https://example-com.translate.goog/a?_x_tr_sl=ar&_x_tr_tl=en"},
			"source language Arabic", true},
		{"page says so", Input{Title: "x", Lines: []string{"Translated from Arabic by our desk"}},
			"translated from Arabic", true},
		{"nothing", Input{Title: "Japan to stop buying network gear", Text: "Body.", URL: "https://example.com/a"}, "", false},
		{"title line among removed lines", Input{Title: "Cairo weighs a ban on foreign apps",
			Lines: []string{"Home   News   Sports", "Cairo weighs a ban on foreign apps – Youm7", "2 hours ago"}},
			`title names the Arabic-language outlet "Youm7"`, true},
		{"title line at the top of the body", Input{Title: "Cairo weighs a ban on foreign apps",
			Text: "Cairo weighs a ban on foreign apps | Al-Shorouk\nCairo – The ministry said on Monday that it would study a ban."},
			`"Al-Shorouk"`, true},
		{"another headline with an outlet is a link, not the title line", Input{Title: "Cairo weighs a ban on foreign apps",
			Lines: []string{"Gulf states speed up their networks – Youm7"}}, "", false},
		{"title line far down the page is a share card", Input{Title: "Cairo weighs a ban on foreign apps",
			Lines: append(make([]string, maxTitleLines), "Cairo weighs a ban on foreign apps – Youm7")}, "", false},
		{"partners footer", Input{Title: "x", Lines: []string{"Our partners: Al Arabiya | Sky News Arabia | Youm7"}}, "", false},
		{"related link naming an outlet", Input{Title: "x", Lines: []string{"Read also: Youm7 says the Gulf speeds up 5G"}}, "", false},
		{"unlisted outlet of Arabic form", Input{Title: "Cairo weighs a ban on foreign apps – Al Sharq Al Jadid"},
			`title names "Al Sharq Al Jadid", an unlisted outlet whose name has Arabic form`, false},
		{"unlisted outlet of Arabic form on the title line", Input{Title: "Cairo weighs a ban",
			Lines: []string{"Cairo weighs a ban - Al-Nahar Al-Jadid"}}, `"Al-Nahar Al-Jadid"`, false},
		{"headline that starts with Al", Input{Title: "Al Qaeda video shows new drones in the desert – Example News"}, "", false},
		{"English edition of Arabic form", Input{Title: "Cairo weighs a ban on foreign apps – Al-Monitor"}, "", false},
		{"dateline naming an unlisted outlet of Arabic form", Input{Title: "x", Lines: []string{"Print", "Riyadh – Al Souq Al Gharbi"}},
			`dateline "Riyadh – Al Souq Al Gharbi" names "Al Souq Al Gharbi"`, false},
		{"dateline opening the first paragraph", Input{Title: "x", Text: "Cairo – (Youm7) – The ministry said on Monday that it would study a ban."},
			`names the Arabic-language outlet "Youm7"`, true},
		{"native dateline", Input{Title: "x", Text: "LONDON — Britain told operators on Tuesday to stop buying Huawei kit."}, "", false},
		{"dateline-like line far down the page", Input{Title: "x",
			Lines: append(make([]string, maxTopLines), "Riyadh – Al Souq Al Gharbi")}, "", false},
		{"article inside the outlet's name", Input{Title: "Cairo weighs a ban on foreign apps – Akhbar Al Khaleej"},
			`"Akhbar Al Khaleej", an unlisted outlet`, false},
		{"el inside the outlet's name", Input{Title: "Cairo weighs a ban on foreign apps | Sada El Balad"},
			`"Sada El Balad", an unlisted outlet`, false},
		{"a person called Al is no outlet", Input{Title: "Why the ban matters – Al Gore on the climate"}, "", false},
		{"title line with the headline cut short", Input{Title: "Cairo weighs a ban on foreign apps after a long review",
			Lines: []string{"Cairo weighs a ban on foreign apps after a… | Youm7"}}, `"Youm7"`, true},
		{"title line of another, similar story", Input{Title: "Cairo weighs a ban on foreign apps after a long review",
			Lines: []string{"Riyadh weighs a ban on foreign games before the summer | Youm7"}}, "", false},
		{"Spanish article is not Arabic", Input{Title: "Madrid weighs a ban on foreign apps – El Mundo"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.provenance(&tt.in)
			ev := evidenceOf(got)
			if tt.want == "" {
				if len(got) > 0 {
					t.Fatalf("got evidence %q, want none", ev)
				}
				return
			}
			if !strings.Contains(ev, tt.want) {
				t.Fatalf("evidence %q, want it to contain %q", ev, tt.want)
			}
			strong := false
			for _, f := range got {
				strong = strong || f.strong
			}
			if strong != tt.strong {
				t.Errorf("strong = %v, want %v", strong, tt.strong)
			}
		})
	}
}

// TestArabicFormOnce checks that one unlisted outlet named in the title and
// again in the dateline, spelled two ways, counts once.
func TestArabicFormOnce(t *testing.T) {
	in := Input{Title: "Banks must keep data at home – Al Souq Al Gharbi Online",
		Lines: []string{"Riyadh – Al Souq Al Gharbi"}}
	got := detector(t).provenance(&in)
	total := 0.0
	for _, f := range got {
		total += f.weight
	}
	if len(got) != 2 || total != weightArabicForm {
		t.Errorf("findings %q weigh %.2f, want two findings weighing %.2f", evidenceOf(got), total, weightArabicForm)
	}
}

func TestNearMissSignal(t *testing.T) {
	d := detector(t)
	tests := []struct {
		name, text string
		want       string // substring of the evidence, "" for none
	}{
		{"garbled full name", "Government spokesman Yoshihidi Soja declined to comment.",
			`"Yoshihidi Soja" is a near miss of "Yoshihide Suga" (e/i, u/o, g/j`},
		{"garbled name in the title only", "", ""}, // filled below
		{"exact name", "Government spokesman Yoshihide Suga declined to comment.", ""},
		{"possessive of an exact name", "Donald Trump's order took effect.", ""},
		{"one-word near miss is not evidence", "Officials in Columbia said so.", ""},
		{"Arabic-origin name spelled another way", "Crown Prince Mohamad bin Salman met them.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := Input{Text: tt.text}
			if tt.name == "garbled name in the title only" {
				in = Input{Title: "Mike Bombeo warns allies", Text: "He spoke on Monday."}
				tt.want = `"Mike Bombeo" is a near miss of "Mike Pompeo" (p/b`
			}
			ev := evidenceOf(d.nearMisses(&in))
			if (tt.want == "") != (ev == "") || !strings.Contains(ev, tt.want) {
				t.Errorf("evidence %q, want %q", ev, tt.want)
			}
		})
	}
}

func TestRepeatSignal(t *testing.T) {
	d := detector(t)
	tests := []struct {
		name, text string
		want       int
	}{
		{"doubled word in a sentence", "Japan plans to ban the purchase of equipment from Huawei Technologies Technologies and ZTE.", 1},
		{"same word twice counts once", "The chips chips ban hit the chips chips makers hard in the second quarter.", 1},
		{"two words", "The rights rights of the workers and the networks networks were discussed.", 2},
		{"menu line", "Search Search\nHome News World", 0},
		{"legitimate doubling", "He said that that was the plan the ministry had had in mind all along.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.repeats(&Input{Text: tt.text}); len(got) != tt.want {
				t.Errorf("got %d findings (%q), want %d", len(got), evidenceOf(got), tt.want)
			}
		})
	}
	removed := []struct {
		name  string
		lines []string
		want  int
	}{
		{"teaser headline among removed lines", []string{"Most read", "The prices of the gold rise rise with the dollar"}, 1},
		{"menu in title case", []string{"Home Home News Sports Video Opinion"}, 0},
		{"short teaser", []string{"Gold rise rise"}, 0},
	}
	for _, tt := range removed {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.repeats(&Input{Lines: tt.lines}); len(got) != tt.want {
				t.Errorf("got %d findings (%q), want %d", len(got), evidenceOf(got), tt.want)
			}
		})
	}
}

func TestPhrasing(t *testing.T) {
	d := detector(t)
	tests := []struct {
		name, text string
		want       []string // quoted phrases expected in the evidence
	}{
		{"5G and cybersecurity calques", "the fifth generation mobile network and electronic security",
			[]string{`"fifth generation mobile network" (for 5G)`, `"electronic security" (for cybersecurity)`}},
		{"case folded", "The Fifth-Generation Networks", []string{`"Fifth-Generation Networks"`}},
		{"fighter jets are native English", "fifth-generation fighter jets", nil},
		{"US department called a ministry", "the American Ministry of Commerce said", []string{`"Ministry" for a US department`}},
		{"native wording", "5G networks and cybersecurity", nil},
		{"for its part, word for word", "The ministry spoke. In its side, the embassy said no.", []string{`"In its side,"`}},
		{"a side of a border is native", "Troops stayed on its side of the border.", nil},
		{"year with its article", "it was listed in the year 2020", []string{`(for "in 2020"`}},
		{"agency named as in Arabic", "according to the Reuters agency", []string{`agency named as in Arabic`}},
		{"news agency is native", "the Xinhua news agency said", nil},
		{"article on an abstract noun", "for reasons of the national security.", []string{`article before an abstract noun`}},
		{"national security adviser is native", "the national security adviser said", nil},
		{"national security interests are native", "contrary to the national security and foreign policy interests", nil},
		{"construct state", "the company Hikvision said", []string{`construct state`}},
		{"company as a subject is native", "the company said on Monday", nil},
		{"tens of companies", "it added tens of Chinese companies to the list", []string{`for "dozens"`}},
		{"tens of thousands is native", "tens of thousands of users signed up", nil},
		{"hours ago", "Since 5 hours", []string{`for "N hours ago"`}},
		{"called on is native", "called on Washington to stop", nil},
		{"modal with to", "the banks must to use local centres", []string{`modal verb with "to"`}},
		{"must be is native", "the banks must be told", nil},
		{"quoted company", `cloud firms such as "Amazon" and "Microsoft"`, []string{`company name in quotes`}},
		{"all the rights", "All the rights reserved ©", []string{`for "all rights reserved"`}},
		{"all rights is native", "All rights reserved.", nil},
		{"Hijri date", "Monday 23 Shaaban 1445 – 4 March 2024", []string{`Hijri date`}},
		{"social media calque", "reports circulated on the sites of the social communication", []string{`for "social media"`}},
		{"social media is native", "reports circulated on social media sites", nil},
		{"information technology calque", "the Ministry of the Communications and the Technology of the Information", []string{`for "information technology"`}},
		{"adjective after a quoted name", `the phones of the company "Shaomi" the Chinese in Egypt`, []string{`adjective after a quoted name`}},
		{"statement to him", "the minister said in a statement to him", []string{`for "told"`}},
		{"statement to a wire is native", "the minister said in a statement to Reuters", nil},
		{"electronic sites", "the electronic sites of the ministry", []string{`for websites or online`}},
		{"menu item for Home", "The main   Local   Banks   Markets", []string{`menu item for "Home"`}},
		{"the main point is native", "The main reason is cost.", nil},
		{"called without on", "called Washington to stop the sanctions", []string{`called on ... to`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := evidenceOf(d.phrasing(&Input{Text: tt.text}))
			if tt.want == nil && got != "" {
				t.Fatalf("evidence %q, want none", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("evidence %q, want it to contain %q", got, w)
				}
			}
		})
	}
}

// TestCombination checks the rule: no single weak kind of signal flags a
// page, two kinds that reach the threshold do, strong provenance does alone.
func TestCombination(t *testing.T) {
	d := detector(t)
	const sentence = " The decision was announced by the ministry on Monday after a long review."
	tests := []struct {
		name string
		in   Input
		want bool
	}{
		{"nothing", Input{Text: "Japan will stop buying Huawei gear." + sentence}, false},
		{"one doubled word", Input{Text: "Japan will stop buying Huawei Technologies Technologies gear." + sentence}, false},
		{"several doubled words", Input{Text: "The chips chips and the rights rights and the networks networks of the firms." + sentence}, false},
		{"one garbled name", Input{Text: "Spokesman Yoshihidi Soja declined to comment." + sentence}, false},
		{"two garbled names", Input{Text: "Yoshihidi Soja and Mike Bombeo spoke." + sentence}, false},
		{"style only", Input{Text: theHeavy}, false},
		{"style and phrasing", Input{Text: theHeavy + " It is noteworthy that the ban covers the electronic security of the state."}, true},
		{"phrasing only", Input{Text: "The fifth generation network, electronic security and electronic piracy and the common gains." + sentence}, false},
		{"weak provenance only", Input{Text: "Japan will stop buying." + sentence, Lines: []string{"Source: Al Jazeera"}}, false},
		{"garbled name and doubled word", Input{Text: "Spokesman Yoshihidi Soja said the ban covers Huawei Technologies Technologies." + sentence}, true},
		{"garbled name and phrasing", Input{Text: "Spokesman Yoshihidi Soja spoke of electronic security." + sentence}, true},
		{"doubled word and phrasing", Input{Text: "The ban covers Huawei Technologies Technologies in the fifth generation networks and electronic security." + sentence}, true},
		{"strong provenance alone", Input{Title: "Japan will stop buying Huawei gear – Al Quds Al Arabi", Text: "Japan will stop buying." + sentence}, true},
		{"strong provenance, German text", Input{Title: "Japan kauft nicht mehr – Al Quds Al Arabi", Text: "Japan kauft keine Geräte mehr.", Language: "de"}, false},
		{"signals in a text of unknown language that is English", Input{Text: "Spokesman Yoshihidi Soja said it was the ban that covers Huawei Technologies Technologies." + sentence, Language: ""}, true},
		{"signals in a text of unknown language that is not English", Input{Title: "Japan kauft nicht mehr – Al Quds Al Arabi", Text: "Japan kauft keine Geräte mehr von Huawei und ZTE, sagte die Regierung."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			if in.Language == "" && !strings.Contains(tt.name, "unknown language") {
				in.Language = "en"
			}
			got := d.Detect(in)
			if (got != nil) != tt.want {
				t.Fatalf("Detect = %+v, want flagged=%v", got, tt.want)
			}
			if got == nil {
				return
			}
			if got.Code != "ar" || got.Confidence < 0.5 || got.Confidence >= 1 || len(got.Evidence) < 1 {
				t.Errorf("Detect = %+v, want code ar, confidence in [0.5, 1), evidence", got)
			}
		})
	}
}

// theHeavy is a page of prose in which "the" is a fifth of the words, as in
// a literal translation from Arabic, with no other sign of one.
const theHeavy = "The decision of the government came after the review of the risks of the equipment of the " +
	"suppliers, and the minister said that the protection of the networks of the state is the priority of the " +
	"ministry in the coming period.\n" +
	"The operators will have to replace the devices in the core of the networks within the deadline, and the " +
	"regulator will follow the progress of the work through the reports of the companies.\n" +
	"The measures come as the countries of the region review the role of the foreign suppliers in the " +
	"infrastructure of the communications and the data."

func TestStyle(t *testing.T) {
	d := detector(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"article on every noun", theHeavy, true},
		{"native prose", "Britain told operators on Tuesday to stop buying Huawei kit for their 5G networks from " +
			"next year and to strip it out entirely by 2027, a reversal that followed months of pressure from " +
			"Washington and from lawmakers in its own party.\nCarriers said the change would cost them billions " +
			"and delay their rollouts by up to three years, while officials insisted that security had to come " +
			"first.\nChina's embassy called the decision disappointing and wrong, and warned that British firms " +
			"could face consequences in one of their largest markets.", false},
		{"too short to tell", "The ban of the state on the devices of the company and the review of the risks of the suppliers.", false},
		{"menus are not prose", strings.Repeat("The News\nThe World\nThe Sports\n", 20), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := d.style(&Input{Text: tt.text})
			if (len(got) > 0) != tt.want {
				t.Errorf("style = %q, want a finding: %v", evidenceOf(got), tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		parse func(string) error
		in    string
		line  int
	}{
		{"outlet without languages", func(s string) error { _, err := ParseOutlets(strings.NewReader(s), "o.tsv"); return err },
			"# c\nAl Foo\tar\nAl Bar\n", 3},
		{"phrase with a bad pattern", func(s string) error { _, err := ParsePhrases(strings.NewReader(s), "p.tsv"); return err },
			"\\bgood\\b\t0.1\tok\n(bad\t0.1\tx\n", 2},
		{"phrase with a bad weight", func(s string) error { _, err := ParsePhrases(strings.NewReader(s), "p.tsv"); return err },
			"x\t2\ty\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pe *ParseError
			if err := tt.parse(tt.in); !errors.As(err, &pe) || pe.Line != tt.line {
				t.Errorf("err = %v, want a ParseError at line %d", err, tt.line)
			}
		})
	}
}

func TestExtraFiles(t *testing.T) {
	dir := t.TempDir()
	outlets := filepath.Join(dir, "outlets.tsv")
	phrases := filepath.Join(dir, "phrases.tsv")
	if err := os.WriteFile(outlets, []byte("Al Example Daily\tar\texample-daily.test\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(phrases, []byte(`\bthe honourable minister\b`+"\t0.3\tmade-up test phrase\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := NewWithOptions(Options{OutletFiles: []string{outlets}, PhraseFiles: []string{phrases}})
	if err != nil {
		t.Fatal(err)
	}
	got := d.Detect(Input{Title: "x", Text: "A ban.", URL: "https://news.example-daily.test/a", Language: "en"})
	if got == nil || !strings.Contains(got.Evidence[0], "Al Example Daily") {
		t.Errorf("extra outlet: Detect = %+v", got)
	}
	if ev := evidenceOf(d.phrasing(&Input{Text: "The honourable minister said"})); !strings.Contains(ev, "made-up test phrase") {
		t.Errorf("extra phrase: evidence %q", ev)
	}
	// A folder of outlet lists, and a gazetteer of people.
	sub := filepath.Join(dir, "outlets")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "more.tsv"), []byte("Al Sample Post\tar\tsample-post.test\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	people := filepath.Join(dir, "people_local.tsv")
	if err := os.WriteFile(people, []byte("Karolina Vestergaard\tDK\tdigital minister\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err = NewWithOptions(Options{OutletFiles: []string{sub}, NameFiles: []string{people}})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Detect(Input{Title: "x", Text: "A ban.", URL: "https://sample-post.test/a", Language: "en"}); got == nil {
		t.Error("outlet from a folder: not flagged")
	}
	if ev := evidenceOf(d.nearMisses(&Input{Text: "Minister Karolina Vestergard spoke."})); !strings.Contains(ev, `"Karolina Vestergaard"`) {
		t.Errorf("extra name: evidence %q", ev)
	}
	if _, err := NewWithOptions(Options{NameFiles: []string{filepath.Join(dir, "misc.tsv")}}); err == nil {
		t.Error("missing names file: no error")
	}
	if _, err := NewWithOptions(Options{OutletFiles: []string{filepath.Join(dir, "missing.tsv")}}); err == nil {
		t.Error("missing extra file: no error")
	}
}

// paragraphs reads a testdata file of paragraphs separated by blank lines.
func paragraphs(t testing.TB, name string) []string {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range strings.Split(string(b), "\n\n") {
		if p = strings.TrimSpace(p); p != "" && !strings.HasPrefix(p, "#") {
			out = append(out, p)
		}
	}
	return out
}

// TestParagraphs measures recall on translation-style paragraphs and the
// false-positive rate on native ones, each judged alone with no provenance.
// Run with -v for the numbers.
func TestParagraphs(t *testing.T) {
	d := detector(t)
	trans, native := paragraphs(t, "translated.txt"), paragraphs(t, "native.txt")
	if len(trans) < 30 || len(native) < 30 {
		t.Fatalf("%d translated and %d native paragraphs, want 30 of each", len(trans), len(native))
	}
	hits, fps := 0, 0
	for _, p := range trans {
		if d.Detect(Input{Text: p, Language: "en"}) != nil {
			hits++
		} else {
			t.Logf("missed: %.70s…", p)
		}
	}
	for _, p := range native {
		if got := d.Detect(Input{Text: p, Language: "en"}); got != nil {
			fps++
			t.Errorf("false positive: %.70s… %q", p, got.Evidence)
		}
	}
	recall := float64(hits) / float64(len(trans))
	t.Logf("recall %d/%d = %.2f, false positives %d/%d = %.2f", hits, len(trans), recall, fps, len(native),
		float64(fps)/float64(len(native)))
	if recall < 0.55 {
		t.Errorf("recall %.2f, want at least 0.55", recall)
	}
}

// TestParagraphPages judges the paragraphs three at a time, as pages of
// about 110 words: long enough for the style signal, which needs 80 words of
// prose. The native officialese paragraphs (heavy on "the") make a page of
// their own. Run with -v for the numbers.
func TestParagraphPages(t *testing.T) {
	d := detector(t)
	pages := func(ps []string) []string {
		var out []string
		for i := 0; i+3 <= len(ps); i += 3 {
			out = append(out, strings.Join(ps[i:i+3], "\n\n"))
		}
		return out
	}
	trans, native := pages(paragraphs(t, "translated.txt")), pages(paragraphs(t, "native.txt"))
	hits, fps := 0, 0
	for _, p := range trans {
		if d.Detect(Input{Text: p, Language: "en"}) != nil {
			hits++
		} else {
			t.Logf("missed page: %.70s…", p)
		}
	}
	for _, p := range native {
		if got := d.Detect(Input{Text: p, Language: "en"}); got != nil {
			fps++
			t.Errorf("false positive page: %.70s… %q", p, got.Evidence)
		}
	}
	t.Logf("pages of three paragraphs: recall %d/%d, false positives %d/%d", hits, len(trans), fps, len(native))
	if float64(hits) < 0.8*float64(len(trans)) {
		t.Errorf("recall %d/%d, want at least 80%%", hits, len(trans))
	}
}

// rawInput makes an Input of a raw page dump: the first non-blank line is
// the title, the whole page the text.
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
// with the gold translated_from, and that seed 004's evidence names each
// signal it shows.
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
				t.Fatalf("Detect = %+v, gold translated_from = %v", got, gold.TranslatedFrom)
			}
			if got == nil {
				return
			}
			if got.Code != *gold.TranslatedFrom {
				t.Errorf("code %q, gold %q", got.Code, *gold.TranslatedFrom)
			}
			t.Logf("confidence %.2f, evidence:\n%s", got.Confidence, strings.Join(got.Evidence, "\n"))
			if !strings.HasPrefix(id, "004") {
				return
			}
			ev := strings.Join(got.Evidence, "\n")
			for _, want := range []string{
				`title names the Arabic-language outlet "Al Quds Al Arabi"`,
				`"Yoshihidi Soja" is a near miss of "Yoshihide Suga"`,
				`word repeated back to back: "Technologies Technologies"`,
				`(for 5G)`, `"electronic security"`,
			} {
				if !strings.Contains(ev, want) {
					t.Errorf("evidence lacks %q", want)
				}
			}
		})
	}
}

// TestBenchmarkPages runs the detector on the 181 raw page dumps of the
// article-extraction benchmark, every one taken as English and given its URL,
// and wants none flagged: none is a translation from Arabic.
func TestBenchmarkPages(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the 181 benchmark pages in -short mode")
	}
	dir := filepath.Join(sharedtest.Dir(t), "bench", "article-extraction")
	pages, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Skipf("no benchmark pages in %s", dir)
	}
	d := detector(t)
	flagged := 0
	for _, p := range pages {
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		page, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in := rawInput(string(page))
		in.Language = "en"
		var gold struct {
			URL string `json:"url"`
		}
		if g, err := os.ReadFile(filepath.Join(dir, "gold", id+".json")); err == nil {
			if err := json.Unmarshal(g, &gold); err != nil {
				t.Fatal(err)
			}
			in.URL = gold.URL
		}
		if got := d.Detect(in); got != nil {
			flagged++
			t.Errorf("%s (%s) flagged: %q", id[:12], in.URL, got.Evidence)
		}
	}
	t.Logf("%d of %d benchmark pages flagged", flagged, len(pages))
}

var sinkTranslation *corpus.Translation

// BenchmarkDetect times one page: the translation-style paragraphs of
// testdata as one article of about 5 KB, and seed 004 when ../shared is there.
func BenchmarkDetect(b *testing.B) {
	d := detector(b)
	pages := map[string]Input{
		"paragraphs": {Title: "Huawei ban", Text: strings.Join(paragraphs(b, "translated.txt"), "\n\n"), Language: "en"},
	}
	if page, err := os.ReadFile(filepath.Join(sharedDirOrEmpty(), "corpus", "articles", "004_fbd08bb8052b0ad1.txt")); err == nil {
		in := rawInput(string(page))
		in.Language = "en"
		pages["seed004"] = in
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

// sharedDirOrEmpty is sharedDir for benchmarks that do without it.
func sharedDirOrEmpty() string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func TestRequiredSets(t *testing.T) {
	tests := []struct {
		name, pattern string
		pass, fail    string // a text the prefilter lets through, one it stops
	}{
		{"plain words", `\belectronic security\b`, "the electronic security unit", "security"},
		{"every part of a sequence", `\bMinist(?:er|ry) of the (?:Industry|Economy)\b`,
			"the ministry of the economy", "the minister of the interior"},
		{"alternation", `\b(?:Huawei|ZTE)\b`, "zte said", "nokia said"},
		{"small character class", `["“«](?:Amazon|Apple)["”»]`, `such as "amazon"`, "such as amazon"},
		{"upper case folded", `\bThe Hebrew State\b`, "the hebrew state said", "the state said"},
		{"nothing to require", `\d+`, "anything", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Phrase{need: requiredSets(tt.pattern)}
			if !p.mayMatch(tt.pass) {
				t.Errorf("prefilter %q stops %q", p.need, tt.pass)
			}
			if tt.fail != "" && p.mayMatch(tt.fail) {
				t.Errorf("prefilter %q lets %q through", p.need, tt.fail)
			}
		})
	}
}

// TestPrefilterKeepsMatches checks on every embedded phrase that the
// prefilter never stops a text the pattern matches.
func TestPrefilterKeepsMatches(t *testing.T) {
	d := detector(t)
	texts := append(paragraphs(t, "translated.txt"), paragraphs(t, "native.txt")...)
	texts = append(texts, "the banks must to use", `such as "Amazon"`, "All the rights reserved", "23 Shaaban 1445",
		"The ministry spoke. In its side, the embassy", "the Reuters agency", "Since 5 hours", "France Press")
	for _, p := range d.phrases {
		for _, text := range texts {
			if p.Pattern.MatchString(text) && !p.mayMatch(strings.ToLower(text)) {
				t.Errorf("prefilter %q of %s stops %q", p.need, p.Pattern, text)
			}
		}
	}
}

// TestConcurrent shares one Detector between goroutines, as the pipeline's
// workers do; run with -race.
func TestConcurrent(t *testing.T) {
	d := detector(t)
	texts := paragraphs(t, "translated.txt")
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, p := range texts {
				d.Detect(Input{Title: "x – Al Quds Al Arabi", Text: p, Language: "en"})
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
		{"straight quote", words + `"soon."`, true},
		{"curly double quote", words + "“soon.”", true},
		{"curly single quote", words + "‘soon.’", true},
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
