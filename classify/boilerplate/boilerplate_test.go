package boilerplate_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/corpus"
)

func newCleaner(t testing.TB, opts boilerplate.Options) *boilerplate.Cleaner {
	t.Helper()
	c, err := boilerplate.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// removedKind returns the kind the line starting with prefix was removed
// as, or "" when it was kept.
func removedKind(r boilerplate.Result, prefix string) corpus.RemovedKind {
	for _, x := range r.Removed {
		if strings.HasPrefix(x.Text, prefix) {
			return x.Kind
		}
	}
	return ""
}

func TestCleanPages(t *testing.T) {
	c := newCleaner(t, boilerplate.Options{})
	tests := []struct {
		name, file, lang string
		title, published string
		// body lines (prefixes) that must survive
		body []string
		// removed lines (prefixes) and the kind each must have; "" means
		// any kind.
		removed map[string]corpus.RemovedKind
	}{
		{
			name: "english news page", file: "en_page.txt", lang: "en",
			title:     "Regulators in Freedonia bar state agencies from buying Acme routers",
			published: "2021-03-04",
			body: []string{
				"The government of Freedonia has told",
				"The order, published on Thursday",
				"Acme, which sells its equipment",
				"Analysts said the move follows",
			},
			removed: map[string]corpus.RemovedKind{
				"Skip to main content":           corpus.RemovedNavigation,
				"• Home":                         corpus.RemovedNavigation,
				"Search [":                       "",
				"By Jane Holloway":               corpus.RemovedMetadata,
				"March 4, 2021":                  corpus.RemovedMetadata,
				"4 min read":                     corpus.RemovedNavigation,
				"• Share":                        corpus.RemovedShare,
				"Photo: A router":                corpus.RemovedCaption,
				"Related Articles":               corpus.RemovedRelated,
				"• Five things to know":          "",
				"Sign up for our newsletter":     corpus.RemovedNewsletter,
				"Get the latest technology news": corpus.RemovedNewsletter,
				"Leave a Reply":                  corpus.RemovedComments,
				"Your email address will not be": corpus.RemovedComments,
				"[Post Comment]":                 "",
				"© 2021 Example Media":           corpus.RemovedLegal,
				"Privacy Policy | Terms of Use":  "",
				"We use cookies to improve":      corpus.RemovedLegal,
				"Back to top":                    corpus.RemovedNavigation,
				"Regulators in Freedonia bar":    corpus.RemovedMetadata,
			},
		},
		{
			name: "german news page", file: "de_page.txt", lang: "de",
			title:     "Behörden sollen keine Kameras von Hersteller X mehr kaufen",
			published: "2020-05-27",
			body: []string{
				"Das Innenministerium hat die Bundesbehörden",
				"Bereits installierte Geräte",
				"Der Hersteller wies die Vorwürfe zurück",
			},
			removed: map[string]corpus.RemovedKind{
				"Zum Inhalt springen":               corpus.RemovedNavigation,
				"Startseite":                        corpus.RemovedNavigation,
				"Von Max Mustermann":                corpus.RemovedMetadata,
				"27. Mai 2020, 14:05 Uhr":           corpus.RemovedMetadata,
				"Lesezeit: 3 Min.":                  corpus.RemovedNavigation,
				"In Pocket speichern":               "",
				"(Bild: dpa)":                       corpus.RemovedCaption,
				"Das könnte Sie auch interessieren": corpus.RemovedRelated,
				"Neue Regeln für Messenger-Dienste": "",
				"Newsletter abonnieren":             corpus.RemovedNewsletter,
				"Kommentare":                        corpus.RemovedComments,
				"Impressum | Datenschutz":           "",
				"© 2020 Beispiel Verlag":            corpus.RemovedLegal,
				"Nach oben":                         corpus.RemovedNavigation,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := readFixture(t, tt.file)
			r := c.Clean(text, tt.lang)
			if r.Title != tt.title {
				t.Errorf("title = %q, want %q", r.Title, tt.title)
			}
			if r.Published != tt.published {
				t.Errorf("published = %q, want %q", r.Published, tt.published)
			}
			paras := strings.Split(r.Body, "\n\n")
			if len(paras) != len(tt.body) {
				t.Errorf("body has %d paragraphs, want %d:\n%s", len(paras), len(tt.body), r.Body)
			}
			for _, want := range tt.body {
				if !strings.Contains(r.Body, want) {
					t.Errorf("body lost %q", want)
				}
			}
			for prefix, kind := range tt.removed {
				got := removedKind(r, prefix)
				switch {
				case got == "":
					t.Errorf("%q kept, want removed", prefix)
				case kind != "" && got != kind:
					t.Errorf("%q removed as %s, want %s", prefix, got, kind)
				}
			}
			checkRemoved(t, text, r)
		})
	}
}

// checkRemoved asserts the Removed contract: every non-blank input line is
// either in the body or removed, with its own line number and text and a
// known kind.
func checkRemoved(t *testing.T, text string, r boilerplate.Result) {
	t.Helper()
	lines := strings.Split(text, "\n")
	removed := map[int]bool{}
	for _, x := range r.Removed {
		if x.Line < 1 || x.Line > len(lines) || strings.TrimSpace(lines[x.Line-1]) != x.Text {
			t.Errorf("removed line %d %q does not match the input", x.Line, x.Text)
		}
		known := false
		for _, k := range corpus.RemovedKinds {
			known = known || k == x.Kind
		}
		if !known {
			t.Errorf("removed line %d has unknown kind %q", x.Line, x.Kind)
		}
		removed[x.Line] = true
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l != "" && !removed[i+1] && !strings.Contains(r.Body, l) {
			t.Errorf("line %d %q is neither in the body nor removed", i+1, l)
		}
	}
}

func TestCleanRepairsSplitWords(t *testing.T) {
	c := newCleaner(t, boilerplate.Options{})
	tests := []struct {
		name string
		text string
		want []string // substrings of the body
		not  []string // substrings that must not be in the body
	}{
		{
			name: "word cut across a blank line",
			text: "The agency said the vendor's products had been reviewed by two independent laboratories this spring.\n\n" +
				"The agency published a statement saying that the vendor's produc\n\n" +
				"ts pose serious risks to the networks of critical operators in the country.\n",
			want: []string{"the vendor's products pose serious risks"},
			not:  []string{"produc\n", "produc ts"},
		},
		{
			name: "sentence cut at a word boundary",
			text: "Officials in the capital said on Monday that the ministry would review the\n\n" +
				"contracts it had signed with foreign suppliers of telecommunications equipment.\n\n" +
				"The review is expected to take several months and may lead to new rules for buyers.\n",
			want: []string{"would review the contracts it had signed"},
		},
		{
			name: "hard-wrapped paragraphs",
			text: "The interior ministry told state-owned companies on Thursday that they must\n" +
				"stop buying network equipment from Acme Networks within six months, and\n" +
				"Acme said the decision was political. Its products, the company said, meet\n" +
				"every standard. Analysts expect the state-\n" +
				"owned firms to comply, as they did with earlier rules on produc-\n" +
				"ts from other vendors.\n\n" +
				"A second paragraph follows the first one after a blank line, as it should in any dump of a page.\n",
			want: []string{
				"they must stop buying network equipment from Acme Networks within six months, and Acme said",
				"Analysts expect the state-owned firms",
				"earlier rules on products from other vendors.\n\nA second paragraph",
			},
		},
		{
			name: "new paragraph after a finished sentence is kept apart",
			text: "The ministry confirmed that the ban on the purchase of these devices will take effect in June.\n\n" +
				"officials did not say which agencies would be the first to replace their existing equipment.\n",
			want: []string{"in June.\n\nofficials did not say"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Clean(tt.text, "en")
			for _, w := range tt.want {
				if !strings.Contains(r.Body, w) {
					t.Errorf("body lacks %q:\n%s", w, r.Body)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(r.Body, w) {
					t.Errorf("body has %q:\n%s", w, r.Body)
				}
			}
		})
	}
}

func TestLexiconPaths(t *testing.T) {
	dir := t.TempDir()
	cues := filepath.Join(dir, "cues_extra.txt")
	if err := os.WriteFile(cues, []byte("[ads]\n! brought to you by our friends at\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "The ministry said the new rules for buying network equipment would apply to all federal agencies from next year.\n\n" +
		"This story is brought to you by our friends at a company that sells routers and wants you to read about them all day long.\n\n" +
		"Officials said the list of approved vendors would be published in the spring, after a review by the security agency.\n"
	plain := newCleaner(t, boilerplate.Options{}).Clean(text, "en")
	if removedKind(plain, "This story is brought") != "" {
		t.Fatalf("without the extra cue the line should be kept: %+v", plain.Removed)
	}
	extended := newCleaner(t, boilerplate.Options{LexiconPaths: []string{dir}}).Clean(text, "en")
	if got := removedKind(extended, "This story is brought"); got != corpus.RemovedAds {
		t.Errorf("with the extra cue the line is removed as %q, want ads", got)
	}

	bad := filepath.Join(t.TempDir(), "cues_bad.txt")
	if err := os.WriteFile(bad, []byte("[nonsense]\nfoo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := boilerplate.New(boilerplate.Options{LexiconPaths: []string{bad}})
	var cfe *corpus.ParseError
	if err == nil || !errors.As(err, &cfe) || cfe.Line != 1 {
		t.Errorf("bad cue file: err = %v, want a *corpus.ParseError at line 1", err)
	}
	if _, err := boilerplate.New(boilerplate.Options{LexiconPaths: []string{filepath.Join(dir, "missing.txt")}}); err == nil {
		t.Error("missing lexicon file: no error")
	}
}

func TestTemplates(t *testing.T) {
	page := func(story string) string {
		return "Example Daily\nOur journalism, your weekend: subscribe for one pound a week and read without limits\n\n" +
			story + "\n\nThe paper is owned by a trust and has no shareholders to answer to, which keeps its reporting independent of any owner\n"
	}
	stories := []string{
		"The council voted on Tuesday to stop buying cameras from the vendor after a review found that the devices sent data abroad without consent.",
		"Ministers said the new procurement rules would exclude suppliers whose software could not be inspected by the national security agency.",
		"Hospitals were told to phase out the monitoring devices by the end of next year and to report any that could not be replaced in time.",
		"The regulator opened an investigation into the cloud provider, saying it wanted to know where the data of public bodies was stored.",
	}
	idx := boilerplate.NewTemplateIndex()
	for _, s := range stories {
		idx.Add("example.org", page(s))
	}
	idx.Add("other.org", page(stories[0]))
	footer := "The paper is owned by a trust"
	if !idx.IsTemplate("example.org", footer+" and has no shareholders to answer to, which keeps its reporting independent of any owner") {
		t.Fatal("footer on every page of the site is not template")
	}
	if idx.IsTemplate("other.org", "Example Daily") {
		t.Error("a line of a site with one page is template")
	}
	if idx.IsTemplate("example.org", stories[0]) {
		t.Error("a story seen once is template")
	}

	with := newCleaner(t, boilerplate.Options{Templates: idx}).CleanSite(page(stories[1]), "en", "example.org")
	if strings.Contains(with.Body, footer) {
		t.Errorf("template footer kept in body:\n%s", with.Body)
	}
	if !strings.Contains(with.Body, "Ministers said") {
		t.Errorf("story lost:\n%s", with.Body)
	}
	without := newCleaner(t, boilerplate.Options{}).Clean(page(stories[1]), "en")
	if !strings.Contains(without.Body, footer) {
		t.Skip("the footer is dropped even without templates; nothing to compare")
	}
}

func TestSiteKey(t *testing.T) {
	tests := []struct{ name, url, path, want string }{
		{"host", "https://www.Example.com/a/b.html", "x/y.txt", "example.com"},
		{"no url", "", "batch/site-a/page1.txt", "batch/site-a"},
		{"bad url", "::", "d/p.txt", "d"},
		{"nothing", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := boilerplate.SiteKey(tt.url, tt.path); got != tt.want {
				t.Errorf("SiteKey(%q, %q) = %q, want %q", tt.url, tt.path, got, tt.want)
			}
		})
	}
}

func TestCleanEdgeCases(t *testing.T) {
	c := newCleaner(t, boilerplate.Options{})
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"blank lines", "\n\n   \n"},
		{"one word", "Home"},
		{"crlf", "Menu\r\n\r\nThe ministry said on Monday that it would stop buying the devices, citing security concerns raised by its experts.\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Clean(tt.text, "und")
			checkRemoved(t, strings.ReplaceAll(tt.text, "\r\n", "\n"), r)
		})
	}
}

func BenchmarkClean(b *testing.B) {
	text := readFixture(b, "en_page.txt")
	for _, cfg := range []struct {
		name string
		opts boilerplate.Options
	}{
		{"model", boilerplate.Options{}},
		{"rules", boilerplate.Options{RulesOnly: true}},
	} {
		b.Run(cfg.name, func(b *testing.B) {
			c := newCleaner(b, cfg.opts)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				c.Clean(text, "en")
			}
		})
	}
}

// TestConcurrentClean runs one Cleaner from many goroutines (run with -race).
func TestConcurrentClean(t *testing.T) {
	idx := boilerplate.NewTemplateIndex()
	c := newCleaner(t, boilerplate.Options{Templates: idx})
	en, de := readFixture(t, "en_page.txt"), readFixture(t, "de_page.txt")
	want := c.Clean(en, "en").Body
	done := make(chan string)
	for i := range 8 {
		go func() {
			idx.Add("example.org", de)
			if i%2 == 0 {
				c.CleanSite(de, "de", "example.org")
			}
			done <- c.Clean(en, "en").Body
		}()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Clean gave a different body")
		}
	}
}
