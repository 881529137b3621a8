package htmlclean

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
	"golang.org/x/net/html"
)

// story is article text written for these tests: long enough for the
// extractor to take it for an article.
var story = []string{
	"The transport ministry said on Monday that it would stop buying surveillance cameras from two foreign manufacturers for use in railway stations, citing concerns about remote access to the video feeds.",
	"Officials said the ban covers new purchases from next month, while cameras already installed will be replaced over three years as maintenance contracts expire across the national rail network.",
	"A spokesperson for one of the manufacturers said the company complied with every local data protection law and had offered to let independent auditors inspect the firmware of its devices.",
	"Opposition lawmakers welcomed the decision but asked why the same cameras remain in use in schools and hospitals, which are run by regional authorities and fall outside the ministry's order.",
}

// page wraps body in a minimal HTML document with a title and a date.
func page(title, body string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title>` +
		`<meta property="article:published_time" content="2022-05-17T08:00:00Z"></head><body>` + body + `</body></html>`
}

// paras renders story paragraphs as <p> elements.
func paras(ps ...string) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString("<p>" + p + "</p>\n")
	}
	return b.String()
}

func newExtractor(t testing.TB, opts Options) *Extractor {
	t.Helper()
	x, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestExtract(t *testing.T) {
	x := newExtractor(t, Options{})
	tests := []struct {
		name    string
		html    string
		keep    []string // must be in the body, each inside one paragraph
		drop    []string // must not be in the body
		removed map[string]corpus.RemovedKind
	}{
		{
			name: "comments section",
			html: page("Rail cameras banned", `<article><h1>Rail cameras banned</h1>`+paras(story...)+`</article>
				<section id="comments"><h3>3 Comments</h3>
				<div class="comment-body"><p>Great decision, should have happened years ago if you ask me honestly.</p></div>
				<div class="comment-body"><p>Who pays for the replacements? The passengers as usual, I suppose.</p></div>
				<p>Leave a Reply</p></section>`),
			keep:    story,
			drop:    []string{"Great decision", "Who pays", "Leave a Reply", "Rail cameras banned"},
			removed: map[string]corpus.RemovedKind{"Great decision, should have happened years ago if you ask me honestly.": corpus.RemovedComments},
		},
		{
			name: "newsletter box",
			html: page("Rail cameras banned", `<article>`+paras(story[:2]...)+
				`<div class="newsletter-signup"><h4>Morning Briefing</h4><p>Get the five stories you need every morning, free to your inbox.</p><button>Subscribe</button></div>`+
				paras(story[2:]...)+`<p>Sign up for our daily newsletter to get stories like this one.</p></article>`),
			keep:    story,
			drop:    []string{"Morning Briefing", "five stories you need", "Sign up for our daily"},
			removed: map[string]corpus.RemovedKind{"Morning Briefing": corpus.RemovedNewsletter},
		},
		{
			name: "figure with caption and credit",
			html: page("Rail cameras banned", `<article>`+paras(story[:1]...)+
				`<figure><img src="a.jpg" alt=""><figcaption>A camera above a platform in the capital. <span class="credit">Photo: Agency</span></figcaption></figure>`+
				paras(story[1:]...)+`<p>Photo: A station concourse at rush hour</p></article>`),
			keep:    story,
			drop:    []string{"A camera above a platform", "Agency", "station concourse"},
			removed: map[string]corpus.RemovedKind{"A camera above a platform in the capital. Photo: Agency": corpus.RemovedCaption},
		},
		{
			name: "image then caption in italics",
			html: page("Rail cameras banned", `<article>`+paras(story[:2]...)+
				`<p><img src="b.jpg" alt="platform"></p><p><em>Cameras over the main hall, installed in 2017.</em></p>`+
				paras(story[2:]...)+`</article>`),
			keep:    story,
			drop:    []string{"Cameras over the main hall"},
			removed: map[string]corpus.RemovedKind{"Cameras over the main hall, installed in 2017.": corpus.RemovedCaption},
		},
		{
			name: "related links",
			html: page("Rail cameras banned", `<article>`+paras(story...)+
				`<div class="related-stories"><h3>More on this</h3><ul><li><a href="/a">Airports review their camera suppliers</a></li><li><a href="/b">What the procurement rules say</a></li></ul></div>
				<p><a href="/c">Ports authority opens tender for new scanners</a></p>
				<p>Read more: Cities weigh their own camera bans</p></article>`),
			keep:    story,
			drop:    []string{"Airports review", "procurement rules", "Ports authority", "Cities weigh"},
			removed: map[string]corpus.RemovedKind{"Airports review their camera suppliers": corpus.RemovedRelated},
		},
		{
			name: "share bar",
			html: page("Rail cameras banned", `<article><div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a></div>`+paras(story...)+
				`<p>Share this article</p></article>`),
			keep:    story,
			drop:    []string{"LinkedIn", "Share this article"},
			removed: map[string]corpus.RemovedKind{"Share this article": corpus.RemovedShare},
		},
		{
			name: "cue word on the article container",
			html: page("Rail cameras banned", `<div class="entry-content share-container">`+paras(story...)+`</div>`+
				`<div class="share-container"><a href="#">Share this on social media</a></div>`+
				`<footer>`+strings.Repeat(`<div>This site is published by a small cooperative of reporters and readers, and everything on it may be quoted with a link back to the page.</div>`, 12)+`</footer>`),
			keep: story,
			drop: []string{"Share this on social media"},
		},
		{
			name: "German page",
			html: page("Bahn verbannt Kameras", `<article><h1>Bahn verbannt Kameras</h1>`+
				`<p>Das Verkehrsministerium will keine Überwachungskameras zweier ausländischer Hersteller mehr für Bahnhöfe kaufen, weil es einen Fernzugriff auf die Bilder fürchtet.</p>
				<p>Lesen Sie auch: Flughäfen prüfen ihre Lieferanten</p>
				<p>Das Verbot gilt ab dem kommenden Monat für neue Käufe. Bereits installierte Kameras sollen innerhalb von drei Jahren ersetzt werden, wenn die Wartungsverträge auslaufen.</p>
				<p>Foto: Ein Bahnsteig am Hauptbahnhof</p>
				<p>Ein Sprecher eines der Hersteller sagte, das Unternehmen halte alle Datenschutzgesetze ein und habe unabhängigen Prüfern angeboten, die Firmware seiner Geräte zu untersuchen.</p>
				<div class="teilen"><a href="#">Artikel teilen</a></div>
				<p>Abonnieren Sie unseren Newsletter für die wichtigsten Nachrichten des Tages.</p></article>`),
			keep: []string{"Das Verkehrsministerium will keine Überwachungskameras", "Das Verbot gilt ab dem kommenden Monat", "Ein Sprecher eines der Hersteller"},
			drop: []string{"Lesen Sie auch", "Foto:", "Artikel teilen", "Abonnieren", "Bahn verbannt Kameras"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := x.Extract(tt.html, "https://example.org/news/1")
			if err != nil {
				t.Fatal(err)
			}
			got := strings.Split(r.Body, "\n\n")
			for _, k := range tt.keep {
				if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, k) }) {
					t.Errorf("paragraph %.40q... missing from body:\n%s", k, r.Body)
				}
			}
			for _, d := range tt.drop {
				if strings.Contains(r.Body, d) {
					t.Errorf("%q left in body:\n%s", d, r.Body)
				}
			}
			for text, kind := range tt.removed {
				i := slices.IndexFunc(r.Removed, func(rm corpus.Removed) bool { return rm.Text == text })
				if i < 0 {
					t.Errorf("%q not in Removed: %+v", text, r.Removed)
					continue
				}
				if r.Removed[i].Kind != kind {
					t.Errorf("%q removed as %q, want %q", text, r.Removed[i].Kind, kind)
				}
				if r.Removed[i].Line < 1 {
					t.Errorf("%q removed without a line", text)
				}
			}
			if r.Published != "2022-05-17" {
				t.Errorf("published %q, want 2022-05-17", r.Published)
			}
		})
	}
}

func TestExtractParagraphs(t *testing.T) {
	x := newExtractor(t, Options{})
	body := `<article>` + paras(story[:2]...) +
		`<p>Words around <a href="/x">links</a> and <b>bold</b> text keep their <i>spaces</i>, while a<b>b</b>c stays one word.</p>
		<h2>What happens next</h2>
		<ul><li>First point of the list.</li><li>Second point of the list.</li></ul>
		<p>One line<br>and the next line.</p>` + paras(story[2:]...) + `</article>`
	r, err := x.Extract(page("Rail cameras banned", body), "")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(r.Body, "\n\n")
	for _, want := range []string{
		story[0],
		"Words around links and bold text keep their spaces, while abc stays one word.",
		"What happens next",
		"First point of the list.",
		"Second point of the list.",
		"One line\nand the next line.",
		story[3],
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no paragraph %q in:\n%s", want, strings.Join(got, "\n--\n"))
		}
	}
	if strings.ContainsRune(r.Body, gap) {
		t.Errorf("space marker left in body")
	}
}

func TestExtractBareText(t *testing.T) {
	x := newExtractor(t, Options{})
	body := `<div class="content">` + story[0] + `<br> <br>` + story[1] + `<br><br><img src="x.jpg"><br>` +
		story[2] + ` <em>with emphasis</em> and a link to <a href="/y">the order</a>.<br>` + story[3] + `</div>`
	r, err := x.Extract(page("Rail cameras banned", body), "")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(r.Body, "\n\n")
	want := []string{story[0], story[1], story[2] + " with emphasis and a link to the order.\n" + story[3]}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs:\n%q\nwant\n%q", got, want)
	}
}

func TestExtractTitleAndHeadline(t *testing.T) {
	x := newExtractor(t, Options{})
	r, err := x.Extract(page("Rail cameras banned | Example News", `<article><h1>Rail cameras banned</h1><h2>Ministry cites remote access to feeds</h2>`+paras(story...)+`</article>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Body, story[0]) {
		t.Errorf("body does not start with the first paragraph:\n%s", r.Body)
	}
	if !strings.Contains(r.Title, "Rail cameras banned") {
		t.Errorf("title %q", r.Title)
	}
}

func TestExtractBadPages(t *testing.T) {
	x := newExtractor(t, Options{})
	full := page("Rail cameras banned", `<article>`+paras(story...)+`</article>`)
	tests := []struct {
		name    string
		html    string
		wantErr bool
	}{
		{"empty", "", true},
		{"no article", page("Login", `<nav><a href="/">Home</a></nav><form><input name="u"><button>Log in</button></form>`), true},
		{"only scripts", `<html><body><script>var a = "text that is not an article at all";</script></body></html>`, true},
		{"truncated in a paragraph", full[:len(full)*2/3], false},
		{"truncated in a tag", full[:strings.LastIndex(full, "<p>")+2], false},
		{"unclosed everything", strings.NewReplacer("</p>", "", "</article>", "", "</body>", "", "</html>", "").Replace(full), false},
		{"binary garbage", "\x00\x01<p\x00>" + strings.Repeat("\xff\xfe<", 100), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := x.Extract(tt.html, "not a url")
			if tt.wantErr {
				if !errors.Is(err, ErrNoArticle) {
					t.Errorf("err = %v, want ErrNoArticle (body %q)", err, r.Body)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Body, story[0][:60]) {
				t.Errorf("first paragraph lost:\n%s", r.Body)
			}
		})
	}
}

func TestRemovedLines(t *testing.T) {
	x := newExtractor(t, Options{})
	src, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Extract(string(src), "")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	if len(r.Removed) == 0 {
		t.Fatal("nothing removed")
	}
	for _, rm := range r.Removed {
		if rm.Line < 1 || rm.Line > len(lines) {
			t.Errorf("%q: line %d out of range", rm.Text, rm.Line)
			continue
		}
		if !slices.Contains(corpus.RemovedKinds, rm.Kind) {
			t.Errorf("%q: unknown kind %q", rm.Text, rm.Kind)
		}
		// The block's first words are on its line or the next few.
		first := strings.Fields(rm.Text)[0]
		window := strings.Join(lines[rm.Line-1:min(len(lines), rm.Line+3)], "\n")
		if !strings.Contains(window, first) {
			t.Errorf("%q: line %d is %q", rm.Text, rm.Line, lines[rm.Line-1])
		}
		if strings.Contains(r.Body, rm.Text) {
			t.Errorf("%q both removed and in body", rm.Text)
		}
	}
	for text, kind := range map[string]corpus.RemovedKind{
		"Share on Facebook":     corpus.RemovedShare,
		"Get the Tech Briefing": corpus.RemovedNewsletter,
		"About time this happened, the risks were clear years ago and nobody acted on them.": corpus.RemovedComments,
		"World": corpus.RemovedNavigation,
	} {
		i := slices.IndexFunc(r.Removed, func(rm corpus.Removed) bool { return strings.HasPrefix(rm.Text, text) })
		if i < 0 {
			t.Errorf("%q not removed", text)
		} else if r.Removed[i].Kind != kind {
			t.Errorf("%q removed as %q, want %q", text, r.Removed[i].Kind, kind)
		}
	}
}

func TestCueFiles(t *testing.T) {
	dir := t.TempDir()
	extra := filepath.Join(dir, "site.txt")
	if err := os.WriteFile(extra, []byte("# a user's cues\nads prefix presented by\nrelated class morelikethis\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	html := page("Rail cameras banned", `<article>`+paras(story...)+`<p>Presented by our travel partner: cheap weekend fares.</p>`+
		`<div class="moreLikeThis"><p>Another story about trains and stations you could read next.</p></div></article>`)
	for _, opts := range []Options{{CueFiles: []string{extra}}, {CueFiles: []string{dir}}} {
		r, err := newExtractor(t, opts).Extract(html, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []string{"Presented by", "Another story"} {
			if strings.Contains(r.Body, d) {
				t.Errorf("%v: %q left in body", opts.CueFiles, d)
			}
		}
	}
	r, _ := newExtractor(t, Options{}).Extract(html, "")
	if !strings.Contains(r.Body, "Presented by") {
		t.Errorf("built-in cues alone dropped the user's line")
	}
}

func TestCueErrors(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
	}{
		{"unknown kind", "# c\nspam line buy now\n", 2},
		{"unknown op", "ads regex ^buy\n", 1},
		{"no pattern", "\n\nads line\n", 3},
		{"empty line pattern", "ads line ...\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "bad.txt")
			if err := os.WriteFile(f, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := New(Options{CueFiles: []string{f}})
			var ce *corpus.ParseError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *corpus.ParseError", err)
			}
			if ce.Line != tt.line || ce.Path != f {
				t.Errorf("error at %s:%d, want %s:%d", ce.Path, ce.Line, f, tt.line)
			}
		})
	}
	if _, err := New(Options{CueFiles: []string{filepath.Join(t.TempDir(), "missing.txt")}}); err == nil {
		t.Error("missing cue file accepted")
	}
	if _, err := New(Options{SkipRules: []string{"nosuchrule"}}); err == nil || !strings.Contains(err.Error(), "links") {
		t.Errorf("unknown rule: err = %v, want one listing the known rules", err)
	}
}

func TestMatchText(t *testing.T) {
	x := newExtractor(t, Options{})
	tests := []struct {
		text string
		kind corpus.RemovedKind // "" for body text
	}{
		{"Read more: Operators brace for costs", corpus.RemovedRelated},
		{"[Related: Ten things to know]", corpus.RemovedRelated},
		{"YOU MAY ALSO LIKE", corpus.RemovedRelated},
		{"More than 200 stations are affected by the order.", ""},
		{"Also, the ministry said it would review airports.", ""},
		{"Sign up for our morning newsletter.", corpus.RemovedNewsletter},
		{"The company said it had sent a newsletter to its customers explaining the ban, its reasons and the timetable for replacing the installed cameras, and that it would appeal the decision in court before the end of the year.", ""},
		{"(Reporting by A. Writer; Editing by B. Editor)", corpus.RemovedMetadata},
		{"Lesen Sie auch: Flughäfen prüfen Lieferanten", corpus.RemovedRelated},
		{"Foto: dpa", corpus.RemovedCaption},
		{"Share", corpus.RemovedShare},
		{"Shareholders approved the plan.", ""},
		{"By Jane Roe and Max Muster", corpus.RemovedMetadata},
		{"Von Erika Mustermann", corpus.RemovedMetadata},
		{"by the end of the year", ""},
		{"By 2025 all cameras will be replaced.", ""},
		{"Updated November 20, 2019 at 9:41 a.m. EST", corpus.RemovedMetadata},
		{"Tuesday, 5 March 2019", corpus.RemovedMetadata},
		{"17. Mai 2022, 08:00 Uhr", corpus.RemovedMetadata},
		{"10 p.m.", ""},
		{"May cameras stay?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			k, ok := x.cues.matchText(tt.text)
			if ok != (tt.kind != "") || k != tt.kind {
				t.Errorf("matchText = %q, %v; want %q", k, ok, tt.kind)
			}
		})
	}
}

func TestMatchClass(t *testing.T) {
	x := newExtractor(t, Options{})
	tests := []struct {
		class string
		kind  corpus.RemovedKind
	}{
		{"newsletter-box", corpus.RemovedNewsletter},
		{"article__shareBar", corpus.RemovedShare},
		{"wp-caption-text", corpus.RemovedCaption},
		{"post category-newsletter tag-social-media", ""},
		{"entry-content", ""},
		{"shareholder-news", ""},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: tt.class}}}
			k, ok := (&pruner{cues: x.cues}).matchClass(n)
			if ok != (tt.kind != "") || k != tt.kind {
				t.Errorf("matchClass(%q) = %q, %v; want %q", tt.class, k, ok, tt.kind)
			}
		})
	}
}

func TestClassWords(t *testing.T) {
	tests := []struct {
		attr string
		want []string
	}{
		{"post-shareBar", []string{"post", "share", "bar"}},
		{"comments_list  item", []string{"comments", "list", "item"}},
		{"relatedStories2", []string{"related", "stories2"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.attr, func(t *testing.T) {
			var got []string
			classWords(tt.attr, func(w string) bool { got = append(got, w); return false })
			if !slices.Equal(got, tt.want) {
				t.Errorf("classWords(%q) = %q, want %q", tt.attr, got, tt.want)
			}
		})
	}
}

func TestAnnotateLines(t *testing.T) {
	src := "<html>\n<body>\n<p class=\"a\">one</p>\n<script>if (a<b) { x = '<p>'; }\n</script><br/>\n<div\nid=x>two</div>\n<p"
	got := annotateLines(src)
	for _, want := range []string{
		`<html ` + lineAttr + `="1">`,
		`<body ` + lineAttr + `="2">`,
		`<p class="a" ` + lineAttr + `="3">`,
		`x = '<p>'`, // raw text untouched
		`<br ` + lineAttr + `="5"/>`,
		`<div` + "\n" + `id=x ` + lineAttr + `="6">`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("annotated page lacks %q:\n%s", want, got)
		}
	}
	if !strings.HasSuffix(got, "<p") {
		t.Errorf("cut tag at the end not kept: %q", got[len(got)-10:])
	}
}

// One Extractor serves many goroutines: every one must get the result a
// lone call gets.
func TestExtractConcurrent(t *testing.T) {
	x := newExtractor(t, Options{})
	src := readArticle(t)
	want, err := x.Extract(src, "")
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			r, err := x.Extract(src, "")
			switch {
			case err != nil:
				errs <- err.Error()
			case r.Body != want.Body || len(r.Removed) != len(want.Removed):
				errs <- "different result"
			default:
				errs <- ""
			}
		}()
	}
	for range 8 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
