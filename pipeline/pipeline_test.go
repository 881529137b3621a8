package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/corpus"
)

var (
	sharedOnce sync.Once
	shared     *Pipeline
	sharedErr  error
)

// testPipeline builds the default pipeline once: its models are the slow part.
func testPipeline(t testing.TB) *Pipeline {
	sharedOnce.Do(func() { shared, sharedErr = New(Options{}) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

// sliceReader is an ArticleReader over a fixed list, optionally failing after it.
type sliceReader struct {
	articles []corpus.Article
	fail     error
}

func (r *sliceReader) Next() (corpus.Article, error) {
	if len(r.articles) == 0 {
		if r.fail != nil {
			return corpus.Article{}, r.fail
		}
		return corpus.Article{}, io.EOF
	}
	a := r.articles[0]
	r.articles = r.articles[1:]
	return a, nil
}

func (r *sliceReader) Close() error { return nil }

const englishPage = `Home | World | Business | Tech

Regulator orders carriers to rip out equipment from two suppliers

The national communications regulator told mobile operators on Monday to remove network equipment made by the two suppliers from their core networks within three years.

Officials said the decision followed a security review that found the gear could be used for espionage.

Share this article
`

func textArticle(id, content string) corpus.Article {
	return corpus.Article{ID: id, Source: corpus.Source{Path: id + ".txt", Format: corpus.FormatText}, Content: content}
}

func TestProcess(t *testing.T) {
	p := testPipeline(t)
	readErr := &corpus.RecordError{Stage: corpus.StageRead, Message: "empty input"}
	tests := []struct {
		name      string
		article   corpus.Article
		wantStage corpus.Stage // "" for no error
		wantLang  string
	}{
		{"english page", textArticle("en", englishPage), "", "en"},
		{"read error travels", corpus.Article{ID: "bad", Err: readErr}, corpus.StageRead, corpus.Undetermined},
		{"blank page", textArticle("blank", "\n  \n\t\n"), corpus.StageClean, corpus.Undetermined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := p.Process(tt.article)
			if rec.ID != tt.article.ID {
				t.Errorf("ID = %q, want %q", rec.ID, tt.article.ID)
			}
			gotStage := corpus.Stage("")
			if rec.Error != nil {
				gotStage = rec.Error.Stage
			}
			if gotStage != tt.wantStage {
				t.Fatalf("error = %+v, want stage %q", rec.Error, tt.wantStage)
			}
			if rec.Language.Code != tt.wantLang {
				t.Errorf("language = %q, want %q", rec.Language.Code, tt.wantLang)
			}
			if rec.Claims == nil || rec.Removed == nil {
				t.Errorf("claims and removed must be [] not null: %v %v", rec.Claims, rec.Removed)
			}
			for _, c := range rec.Claims {
				for _, ev := range c.Evidence {
					if ev.Start < 0 || ev.End > len(rec.Text) || rec.Text[ev.Start:ev.End] != ev.Text {
						t.Errorf("evidence %+v does not quote text[start:end]", ev)
					}
				}
			}
		})
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	p := testPipeline(t)
	var articles []corpus.Article
	for i := range 40 {
		content := englishPage
		if i%3 == 0 {
			content = "" // fast error records interleaved with slow full ones
		}
		articles = append(articles, textArticle(fmt.Sprintf("a%02d", i), content))
	}
	var got []string
	err := p.Run(context.Background(), &sliceReader{articles: articles}, 4, func(rec corpus.Record) error {
		got = append(got, rec.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(articles) {
		t.Fatalf("got %d records, want %d", len(got), len(articles))
	}
	for i, id := range got {
		if id != articles[i].ID {
			t.Fatalf("record %d is %q, want %q (order must follow input)", i, id, articles[i].ID)
		}
	}
}

func TestRunStops(t *testing.T) {
	p := testPipeline(t)
	many := func() []corpus.Article {
		var as []corpus.Article
		for i := range 50 {
			as = append(as, textArticle(fmt.Sprint(i), englishPage))
		}
		return as
	}
	t.Run("emit error", func(t *testing.T) {
		stop := errors.New("disk full")
		n := 0
		err := p.Run(context.Background(), &sliceReader{articles: many()}, 2, func(corpus.Record) error {
			n++
			if n == 3 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) {
			t.Fatalf("Run() = %v, want %v", err, stop)
		}
	})
	t.Run("reader failure", func(t *testing.T) {
		broken := errors.New("listing failed")
		err := p.Run(context.Background(), &sliceReader{articles: many()[:2], fail: broken}, 2, func(corpus.Record) error { return nil })
		if !errors.Is(err, broken) {
			t.Fatalf("Run() = %v, want %v", err, broken)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		err := p.Run(ctx, &sliceReader{articles: many()}, 2, func(corpus.Record) error {
			n++
			if n == 2 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run() = %v, want context.Canceled", err)
		}
		if n >= 50 {
			t.Errorf("emitted all %d records after cancel", n)
		}
	})
}

func BenchmarkProcess(b *testing.B) {
	p := testPipeline(b)
	a := textArticle("bench", strings.Repeat(englishPage, 4))
	b.SetBytes(int64(len(a.Content)))
	for b.Loop() {
		p.Process(a)
	}
}

func TestTemplatesDropSiteLines(t *testing.T) {
	// A line that reads like body but is no sentence of prose: only its
	// recurrence marks it as template. (A prose sentence never is: see
	// TestTemplatesKeepArticleText.)
	const footer = "Our reporters cover the regional economy from offices in three cities across the province"
	// Body lines differ in words, not only in numbers: the index folds digits.
	agencies := []string{"energy regulator", "rail authority", "tax office", "health ministry", "port agency", "water board"}
	page := func(i int) corpus.Article {
		content := fmt.Sprintf("What the %s decided\n\n"+
			"The %s said that it had finished its review of the supplier and would publish the findings soon, officials added.\n\n"+
			"%s\n", agencies[i], agencies[i], footer)
		return corpus.Article{ID: fmt.Sprint(i), Source: corpus.Source{Path: "site/" + fmt.Sprint(i) + ".txt", Format: corpus.FormatText}, Content: content}
	}
	var batch []corpus.Article
	for i := range 6 {
		batch = append(batch, page(i))
	}
	idx, err := BuildTemplates(context.Background(), &sliceReader{articles: batch})
	if err != nil {
		t.Fatal(err)
	}
	with, err := New(Options{Boilerplate: boilerplate.Options{Templates: idx}})
	if err != nil {
		t.Fatal(err)
	}
	if without := testPipeline(t).Process(batch[0]); !strings.Contains(without.Text, footer) {
		t.Fatalf("without templates the line should read as body; text:\n%s", without.Text)
	}
	rec := with.Process(batch[0])
	if strings.Contains(rec.Text, footer) {
		t.Errorf("the line shared by every page of the site is still in the text:\n%s", rec.Text)
	}
	if !strings.Contains(rec.Text, "finished its review") {
		t.Errorf("the body was lost:\n%s", rec.Text)
	}
	if broken, err := BuildTemplates(context.Background(), &sliceReader{fail: errors.New("boom")}); err == nil || broken != nil {
		t.Errorf("BuildTemplates on a failing reader = %v, %v; want the error", broken, err)
	}
}

func TestProcessTakesURLFromPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Agency drops the app</title>
<link rel="canonical" href="https://news.example.org/tech/agency-drops-app"></head>
<body><article><h1>Agency drops the app</h1>
<p>The agency told its staff on Monday to delete the messaging app from their work phones within thirty days.</p>
<p>Officials said the app sent contact lists to servers abroad, which broke the data protection rules of the agency.</p>
</article></body></html>`
	given := "https://mirror.example.net/copy"
	tests := []struct {
		name string
		url  *string
		want string
	}{
		{"page declares it", nil, "https://news.example.org/tech/agency-drops-app"},
		{"the input's own URL wins", &given, given},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := testPipeline(t).Process(corpus.Article{ID: "p", Source: corpus.Source{Format: corpus.FormatHTML, URL: tt.url}, Content: page})
			if rec.Error != nil || rec.Source.URL == nil || *rec.Source.URL != tt.want {
				t.Fatalf("source = %+v, error %+v; want url %q", rec.Source, rec.Error, tt.want)
			}
		})
	}
}

func TestBuildTemplatesStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	idx, err := BuildTemplates(ctx, &sliceReader{articles: []corpus.Article{textArticle("a", englishPage)}})
	if !errors.Is(err, context.Canceled) || idx != nil {
		t.Fatalf("BuildTemplates on a cancelled context = %v, %v", idx, err)
	}
}

// blockingReader yields its articles, then blocks in Next until released,
// as a reader of a terminal or an idle pipe does.
type blockingReader struct {
	sliceReader
	release chan struct{}
}

func (r *blockingReader) Next() (corpus.Article, error) {
	if len(r.articles) == 0 {
		<-r.release
		return corpus.Article{}, io.EOF
	}
	return r.sliceReader.Next()
}

func TestRunCancelWhileReaderBlocks(t *testing.T) {
	p := testPipeline(t)
	r := &blockingReader{sliceReader: sliceReader{articles: []corpus.Article{textArticle("a", englishPage)}}, release: make(chan struct{})}
	defer close(r.release)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- p.Run(ctx, r, 2, func(corpus.Record) error {
			cancel() // the first record is out; the reader now blocks
			return nil
		})
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run() = %v, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel while the reader was blocked")
	}
}

func TestProcessBoundsAnalysisOfHugeText(t *testing.T) {
	var b strings.Builder
	b.WriteString("Germany bans Huawei parts from 5G core networks\n\n")
	b.WriteString("The German government has banned Huawei components from the core of the country's 5G networks, citing national security.\n\n")
	for i := 0; b.Len() < 2*maxAnalysedBytes; i++ {
		fmt.Fprintf(&b, "Paragraph %d of the archive reports on the weather, the harvest and the local football results in plain words.\n\n", i)
	}
	rec := testPipeline(t).Process(textArticle("huge", b.String()))
	if rec.Error != nil {
		t.Fatalf("error %+v", rec.Error)
	}
	if len(rec.Text) <= maxAnalysedBytes {
		t.Fatalf("the text itself must stay whole: %d bytes", len(rec.Text))
	}
	noted := false
	for _, n := range rec.Notes {
		noted = noted || strings.Contains(n, "first")
	}
	if !noted {
		t.Errorf("no note says the analysis was bounded: %v", rec.Notes)
	}
	for _, c := range rec.Claims {
		for _, ev := range c.Evidence {
			if ev.End > maxAnalysedBytes || rec.Text[ev.Start:ev.End] != ev.Text {
				t.Errorf("evidence %+v outside the analysed prefix or not a quote", ev)
			}
		}
	}
}

func TestPrefixCutsAtRuneBoundary(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7} {
		got := prefix("aäöü€", n)
		if len(got) > n || !utf8.ValidString(got) {
			t.Errorf("prefix(_, %d) = %q", n, got)
		}
	}
}
