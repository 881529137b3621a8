package boilerplate

import (
	"testing"

	"github.com/bansift/bansift/corpus"
)

func TestLineFeatures(t *testing.T) {
	tests := []struct {
		name                   string
		text                   string
		bullet, form, sentence bool
	}{
		{"w3m bullet", "  • World", true, false, false},
		{"numbered item", "1. Technology", true, false, false},
		{"dash in text", "-5 degrees tonight", false, false, false},
		{"input box", "Search [                    ]", false, true, false},
		{"button", "[Submit]", false, true, false},
		{"image alt is no form", "[vw-id-concept-6-1]", false, false, false},
		{"bracketed citation", "He said [the ministry] would act.", false, false, true},
		{"sentence in quotes", `"They threaten cyber security."`, false, false, true},
		{"ellipsis teaser", "Read the full story...", false, false, false},
		{"headline", "China bans IBM servers", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := splitLines(tt.text)
			if len(ls) != 1 {
				t.Fatalf("%d lines", len(ls))
			}
			l := ls[0]
			measure(l)
			if l.bullet != tt.bullet || l.form != tt.form || l.sentence != tt.sentence {
				t.Errorf("bullet %v form %v sentence %v; want %v %v %v", l.bullet, l.form, l.sentence, tt.bullet, tt.form, tt.sentence)
			}
		})
	}
}

func TestFoldCue(t *testing.T) {
	tests := []struct{ in, want string }{
		{"52 Kommentare lesen", " kommentare lesen "},
		{"• Share on Facebook!", " share on facebook "},
		{"Editor’s Picks", " editor's picks "},
		{"E-Mail-Adresse:", " e-mail-adresse "},
		{"123 !!", ""},
	}
	for _, tt := range tests {
		if got := foldCue(tt.in); got != tt.want {
			t.Errorf("foldCue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDetectMeta(t *testing.T) {
	tests := []struct {
		text string
		want corpus.RemovedKind
	}{
		{"By Jane Holloway", corpus.RemovedMetadata},
		{"Von Max Mustermann", corpus.RemovedMetadata},
		{"By the end of the year the ban will apply to all agencies.", ""},
		{"Source: Reuters", corpus.RemovedMetadata},
		{"Quelle: dpa", corpus.RemovedMetadata},
		{"6 hours ago", corpus.RemovedMetadata},
		{"Chris Davies - Nov 19, 2019, 10:31 pm CST", corpus.RemovedMetadata},
		{"(Bild: dpa, Illustration)", corpus.RemovedCaption},
		{"A router on display at a fair in the capital. (Photo: Reuters)", corpus.RemovedCaption},
		{"BERLIN, GERMANY - MAY 27: Officials arrive for a meeting at the ministry.", corpus.RemovedCaption},
		{"In this Monday, May 27, 2019, file photo, officials arrive for a meeting.", corpus.RemovedCaption},
		{"Officials inspect a router at the ministry in the capitalCredit: Example Agency", corpus.RemovedCaption},
		{"A drone on display at the county fair last summer. Staff photo", corpus.RemovedCaption},
		{"Jane Doe is a freelance writer based in Toronto who covers technology policy.", corpus.RemovedMetadata},
		{"The ministry is a large employer in the capital and a buyer of routers.", ""},
		{"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			l := splitLines(tt.text)[0]
			measure(l)
			if got, _ := detectMeta(l); got != tt.want {
				t.Errorf("detectMeta = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGluedTeaser(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Regulators Bar State Agencies From Buying Routers Made By AcmeThe government said on Thursday that agencies must stop", true},
		{"Five Things To Know About The New Router Rules (Explainer)Officials published a list of approved vendors on Monday", true},
		{"The company said its JavaScript library and the SoftBank deal were not affected by the new rules in any way at all.", false},
		{"Guitarists Ann Morrow and Lee Varga, keyboardist McKenna and others will tour the coast together next summer.", false},
		{"Short HeadlineThe text", false},
		{"A man admitted in court that he had threatened the mayor[mayor_photo_01]Jane MayorCity Hall news in brief", true},
	}
	for _, tt := range tests {
		t.Run(tt.text[:20], func(t *testing.T) {
			if got := isTeaser(tt.text); got != tt.want {
				t.Errorf("isTeaser = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPageRules checks the rules that look beyond one line, on small pages.
func TestPageRules(t *testing.T) {
	body := "The ministry said on Monday that state agencies must stop buying routers from the vendor within six months, citing security risks.\n\n" +
		"Officials said the order did not apply to private companies, but that they were advised to review their own equipment as well.\n\n"
	tail := "The vendor said it was disappointed and would ask for talks with the ministry about how its software updates are checked.\n"
	tests := []struct {
		name    string
		text    string
		dropped []string
		kept    []string
	}{
		{
			name:    "run of short lines is a menu",
			text:    "News\nSport\nWeather\nTravel\nCulture\n\n" + body + tail,
			dropped: []string{"News", "Sport", "Weather", "Travel", "Culture"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name:    "repeated widget lines",
			text:    body + tail + "\nComments\n\nAlex\nReply\n\nI think this decision was long overdue and other countries will follow soon enough, mark my words on this one.\n\nSam\nReply\n\nNonsense, the vendor has never been caught doing anything wrong and this is pure politics from start to end.\n\nKim\nReply\n",
			dropped: []string{"Reply", "Comments", "I think this decision", "Nonsense, the vendor"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name:    "duplicated caption",
			text:    "A router on display at a trade fair in the capital last year\n\n" + body + "A router on display at a trade fair in the capital last year\n\n" + tail,
			dropped: []string{"A router on display"},
			kept:    []string{"The ministry said", "Officials said", "The vendor said"},
		},
		{
			name:    "comment headings",
			text:    body + tail + "\n12. jane says:\n\nThis is exactly what I expected from the ministry after last year's report, and it is still not enough.\n\n13. max says:\n\nI disagree completely with the previous commenter, the ban is far too broad and will hurt small firms.\n",
			dropped: []string{"12. jane says:", "This is exactly what", "I disagree completely"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name: "an article about privacy keeps its words",
			text: "The regulator said the company uses cookies to track visitors and must ask them to accept cookies before it collects their personal data.\n\n" +
				"Comments submitted to the regulator by consumer groups said the cookie policy of the site hid what it did with your personal data.\n\n" + tail,
			kept: []string{"The regulator said", "Comments submitted to the regulator", "The vendor said"},
		},
		{
			name: "list under a heading",
			text: body + "Where the ban applies first\n\nInterior ministry - from May 1\nFinance ministry - from June 1\nDefence ministry - from July 1\n\n" + tail,
			kept: []string{"Where the ban applies first", "Finance ministry - from June 1", "The vendor said"},
		},
		{
			name:    "company blurb after the release",
			text:    body + tail + "\nAbout Acme Networks\n\nAcme Networks is a global provider of routers and switches, with offices in forty countries and about 9,000 employees.\n",
			dropped: []string{"About Acme Networks", "Acme Networks is a global provider"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name: "short article before a longer comment thread",
			text: "Freedonia bans Acme routers in ministries\n\nBy Jane Holloway\nMay 27, 2014\n\n" + body +
				"\nmarko_p\nMay 27, 2014 at 9:12 am\n\nI have worked with these routers for years and never once saw anything that looked like a back door, so I would like to see the evidence before anyone bans them across the board.\n\n" +
				"Lena W.\nMay 27, 2014 at 10:40 am\n\nThe evidence is classified, which is exactly how it should be, and I would rather the ministries be careful than be sorry about it when the next breach hits the news.\n\n" +
				"greybeard\nMay 28, 2014 at 7:03 pm\n\nWe went through the same thing with switches a decade ago and in the end the vendor simply rebranded and sold the same hardware to the same ministries again.\n\n" +
				"T. Okafor\nMay 29, 2014 at 1:15 pm\n\nMy company uses them in every branch office and nobody has told us anything, so either the risk is overblown or the ministry is keeping business in the dark on purpose.\n",
			dropped: []string{"I have worked with these routers", "The evidence is classified", "We went through the same thing", "My company uses them"},
			kept:    []string{"The ministry said", "Officials said"},
		},
		{
			name: "teaser card printed as a list item and as its heading",
			text: body + tail + "\n• Why the old switches in the ministry basement will still be running next year\n\nWhy the old switches in the ministry basement will still be running next year\n\n" +
				"The procurement office has no budget to replace them before the next fiscal year starts, officials say.\n",
			dropped: []string{"• Why the old switches", "Why the old switches"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name: "table drawn in columns between paragraphs",
			text: body + "Agency          Routers     Deadline\nInterior        1,200       May 2015\nFinance         800         June 2015\nDefence         3,400       July 2015\n\n" + tail,
			kept: []string{"Agency          Routers", "Finance         800", "Defence         3,400", "The vendor said"},
		},
		{
			name:    "list of headlines inside the article is a box of links",
			text:    body + "• Acme shares fall after ministry order\n• Opinion: the ban comes years too late\n• What the order means for small firms\n\n" + tail,
			dropped: []string{"• Acme shares fall", "• What the order means"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name:    "short last paragraph above the tags",
			text:    body + tail + "\nThe ministry did not reply to questions.\n\nTags: routers, security, ministry\n\nLeave a Reply\n",
			dropped: []string{"Tags: routers", "Leave a Reply"},
			kept:    []string{"The ministry said", "The ministry did not reply"},
		},
		{
			name:    "subscription prompt under the article",
			text:    body + tail + "\nSupport local journalism. Subscribe today for $1 a week.\n\nMost Read\n\nFair board picks new director\n",
			dropped: []string{"Support local journalism", "Most Read"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name: "comment heads that end with a relative time",
			text: "Freedonia bans Acme routers in ministries\n\nBy Jane Holloway\n\n" + body +
				"\nmarko_p • 3 years ago\n\nI have worked with these routers for years and never once saw anything that looked like a back door, so I would like to see the evidence before anyone bans them across the board.\n\n" +
				"Lena W. • a year ago\n\nThe evidence is classified, which is exactly how it should be, and I would rather the ministries be careful than be sorry about it when the next breach hits the news.\n\n" +
				"greybeard • 2 years ago\n\nWe went through the same thing with switches a decade ago and in the end the vendor simply rebranded and sold the same hardware to the same ministries again.\n",
			dropped: []string{"I have worked with these routers", "The evidence is classified", "We went through the same thing"},
			kept:    []string{"The ministry said", "Officials said"},
		},
		{
			name:    "lead of names and figures under the date line",
			text:    "Menu\n\nFreedonia orders Acme routers out of ministries\n\nMay 27, 2014 at 9:45 am\n\nKRAKOW, Freedonia (AP) — Freedonia Interior Ministry orders 12,000 Acme Networks X200 routers removed by June 2015.\n\n" + body + tail,
			dropped: []string{"May 27, 2014"},
			kept:    []string{"KRAKOW, Freedonia (AP)", "The ministry said", "The vendor said"},
		},
		{
			name: "short article under its headline outweighed by one long comment",
			text: "Home\nNews\nWorld\nSport\n\nMinistry tells state agencies to stop buying vendor routers\n\n" + body +
				"\nLeave a Reply\n\nmarko_p\n\nI have worked with routers from this vendor for many years in three different ministries, and I can tell you that the procurement rules were never the problem here. I have worked with routers from this vendor for many years in three different ministries, and I can tell you that the procurement rules were never the problem here. I have worked with routers from this vendor for many years in three different ministries, and I can tell you that the procurement rules were never the problem here. I have worked with routers from this vendor for many years in three different ministries, and I can tell you that the procurement rules were never the problem here. I have worked with routers from this vendor for many years in three different ministries, and I can tell you that the procurement rules were never the problem here. I have worked with routers from this vendor for many years in three different ministries, and I can tell you that the procurement rules were never the problem here.\n",
			dropped: []string{"Leave a Reply", "I have worked with routers"},
			kept:    []string{"The ministry said", "Officials said"},
		},
		{
			name:    "line of figures under a caption inside the article",
			text:    "Freedonia orders Acme routers out of ministries\n\n" + body + "Photo: Example Agency\n\nInterior 12,000 X200 units, Finance 4,000 X300 units, Defence 900 Z1 units, Health 350 units: EUR 14.2 million.\n\n" + tail + "\nLeave a Reply\n",
			dropped: []string{"Photo: Example Agency", "Leave a Reply"},
			kept:    []string{"Interior 12,000 X200", "The ministry said", "The vendor said"},
		},
		{
			name:    "article goes on after an ad box with a paragraph of names and figures",
			text:    "Freedonia orders Acme routers out of ministries\n\n" + body + tail + "\nADVERTISEMENT\nThanks for watching!\n\nKRAKOW 12,000 Acme X200 units, 4,000 X300 units, 900 Z1 units: EUR 14.2 million, Interior Ministry figures.\n\nTags\nrouters\n",
			dropped: []string{"ADVERTISEMENT", "Tags"},
			kept:    []string{"KRAKOW 12,000 Acme", "The ministry said", "The vendor said"},
		},
		{
			name:    "headline repeated as a bulleted image title inside the article",
			text:    "Freedonia orders Acme routers out of ministries\n\nBy Jane Holloway\n\n" + body + "• Freedonia orders Acme routers out of ministries\n\n" + tail,
			dropped: []string{"• Freedonia orders Acme routers"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name: "teasers under a heading right after the article",
			text: body + "Under the order, each agency has to send the ministry a list of the vendor's devices it runs, with the date each was bought and the name of the office that manages it, by the end of next month, and to name one official who answers for the replacement.\n\n" +
				"The ministry did not say how much the replacement would cost, but a parliamentary report last year put the number of the vendor's routers in state offices at more than twelve thousand, most of them bought in the last five years under a framework contract.\n\n" +
				tail + "\nTop stories\nMinistry opens tender for new switches\nThe tender covers core and edge switches for eleven ministries and closes at the end of June, officials said.\n" +
				"Court hears vendor's appeal against earlier fine\nJudges will rule next month on whether the regulator followed its own procedure when it fined the company last year.\n" +
				"Parliament debates data retention bill\nLawmakers argued for six hours over how long providers should keep records of their customers' connections, and the vote was put off until after the summer recess.\n" +
				"Regulator publishes list of approved firewall makers\nThe list names nine companies whose products passed the new certification tests, and the regulator said more would follow once the backlog of applications has been cleared.\n",
			dropped: []string{"Top stories", "The tender covers", "Judges will rule", "Lawmakers argued"},
			kept:    []string{"The ministry said", "The vendor said"},
		},
		{
			name: "list under a question heading",
			text: body + tail + "\nWhich ministries come first?\n\nInterior ministry - from May 1\nFinance ministry - from June 1\nDefence ministry - from July 1\n\nLeave a Reply\n",
			kept: []string{"Which ministries come first?", "Finance ministry - from June 1", "The vendor said"},
		},
		{
			name: "list under a two-word heading",
			text: body + tail + "\nAffected agencies\n\nInterior ministry - from May 1\nFinance ministry - from June 1\nDefence ministry - from July 1\n\nLeave a Reply\n",
			kept: []string{"Affected agencies", "Finance ministry - from June 1", "The vendor said"},
		},
		{
			name:    "announced list",
			text:    body + "The order names these devices:\nEdge routers\nCore switches\nWireless access points\nFirewall appliances\n\n" + tail,
			dropped: nil,
			kept:    []string{"The order names these devices:", "Core switches", "Firewall appliances", "The vendor said"},
		},
	}
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Clean(tt.text, "en")
			removed := map[string]bool{}
			for _, x := range r.Removed {
				removed[x.Text] = true
			}
			has := func(prefix string) bool {
				for text := range removed {
					if len(text) >= len(prefix) && text[:len(prefix)] == prefix {
						return true
					}
				}
				return false
			}
			for _, d := range tt.dropped {
				if !has(d) {
					t.Errorf("%q kept, want dropped; body:\n%s", d, r.Body)
				}
			}
			for _, k := range tt.kept {
				if has(k) {
					t.Errorf("%q dropped, want kept; body:\n%s", k, r.Body)
				}
			}
		})
	}
}

func TestIsPostSignature(t *testing.T) {
	for text, want := range map[string]bool{
		"— Jane Doe (@janedoe) November 18, 2019": true,
		"- Example News (@example) May 2, 2019":   true,
		"— a dash that opens a quote, no handle":  false,
		"Jane Doe (@janedoe) wrote on Monday":     false,
	} {
		if got := isPostSignature(text); got != want {
			t.Errorf("isPostSignature(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestIsMarkup(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`&lt;span data-mce-type="bookmark" style="display: inline-block;"&gt;&lt;/span&gt;`, true},
		{`window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}`, true},
		{`"We will review [the contracts] next year," the minister said.`, false},
		{`The ratio {a, b} was cited once in the report.`, false},
	}
	for _, tt := range tests {
		if got := isMarkup(tt.text); got != tt.want {
			t.Errorf("isMarkup(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	body := map[string]bool{"ministry": true, "routers": true, "acme": true, "daily": false}
	tests := []struct{ in, want string }{
		{"Ministry bans Acme routers – Example Daily News", "Ministry bans Acme routers"},
		{"Ministry bans Acme routers | Example", "Ministry bans Acme routers"},
		{"Ministry bans routers - Acme", "Ministry bans routers - Acme"}, // the body names Acme
		{"Routers - banned", "Routers - banned"},                         // too short a head
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.in, body); got != tt.want {
			t.Errorf("stripSiteName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitleSharesBodyWords(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Freedonia will stop buying routers made by Acme\n\nBusiness / Security / Tech\nGadget Weekly Review\n\n" +
		"The government of Freedonia has decided to stop buying routers made by Acme, officials said on Friday, citing security risks.\n\n" +
		"The decision applies to all ministries and will take effect next month, according to a statement from the interior ministry.\n"
	if got := c.Clean(text, "en").Title; got != "Freedonia will stop buying routers made by Acme" {
		t.Errorf("title = %q", got)
	}
}

func TestContactLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"jane.holloway@example.com", true},
		{"twitter.com/janeholloway", true},
		{"https://www.example.org/about", true},
		{"Jane Holloway @jholloway", true},
		{"Write to jane.holloway@example.com with tips.", false},
		{"example.com", true},
		{"The ban starts in May.", false},
		{"U.S. officials", false},
	}
	for _, tt := range tests {
		if got := contactRe.MatchString(tt.text); got != tt.want {
			t.Errorf("contactRe(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTokenArtefact(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"ez-comwrap-banner", true},
		{"hero_img_2019", true},
		{"state-of-the-art", true},
		{"well-known", false},
		{"E-Mail-Adresse", false},
		{"a state-of-the-art router", false},
	}
	for _, tt := range tests {
		if got := isTokenArtefact(tt.text); got != tt.want {
			t.Errorf("isTokenArtefact(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestSectionCues(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		kind corpus.RemovedKind
	}{
		{"関連記事", corpus.RemovedRelated},
		{"관련기사", corpus.RemovedRelated},
		{"相关新闻", corpus.RemovedRelated},
		{"コメント", corpus.RemovedComments},
		{"Related stories", corpus.RemovedRelated},
		{"Advertisements", corpus.RemovedAds},
		{"An email with an activation link has been sent to your address.", corpus.RemovedNewsletter},
		{"Stay up to date with Acme.", corpus.RemovedNewsletter},
		{"Get breaking news alerts and special reports, delivered every morning.", corpus.RemovedNewsletter},
		{"Reuters staff in Berlin contributed to this report.", corpus.RemovedMetadata},
		{"Lesezeit: 2 Min.", corpus.RemovedNavigation},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			l := splitLines(tt.text)[0]
			measure(l)
			cu := c.lex.findCue(l)
			if cu == nil || cu.kind != tt.kind {
				t.Fatalf("cue %+v, want kind %s", cu, tt.kind)
			}
		})
	}
}

func TestStripAltPrefix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[router-photo]The ministry said on Monday.", "The ministry said on Monday."},
		{"[img_1][img_2]Officials said so.", "Officials said so."},
		{"[1] See the appendix.", "[1] See the appendix."},
		{"[the ministry]said so", "[the ministry]said so"},
		{"[photo]", "[photo]"},
		{"[x]Short token is kept", "[x]Short token is kept"},
		{"No bracket at all.", "No bracket at all."},
	}
	for _, tt := range tests {
		if got := stripAltPrefix(tt.in); got != tt.want {
			t.Errorf("stripAltPrefix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
