package relevance_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/relevance"
	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/extract"
	"github.com/bansift/bansift/internal/sharedtest"
	"github.com/bansift/bansift/pipeline"
)

// maxBenchFP is how many of the benchmark's 181 general-news pages may be
// judged relevant, per mode. None reports a technology restriction (one
// mentions a licence extension for Huawei in passing, in a markets story).
const maxBenchFP = 1

// TestGeneralNewsFalsePositives runs the whole pipeline on the 181 pages of
// the article-extraction benchmark (news, reviews, blogs: no restriction
// reports) and counts those judged relevant. It takes several seconds, so
// it runs only with BANSIFT_BENCH=1.
func TestGeneralNewsFalsePositives(t *testing.T) {
	if os.Getenv("BANSIFT_BENCH") == "" {
		t.Skip("set BANSIFT_BENCH=1 to run the pipeline on the 181 benchmark pages")
	}
	shared := sharedtest.Dir(t)
	if shared == "" {
		t.Skip("../shared (the benchmark pages) not found beside the repository")
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"html", "text", "text-browser"} {
		t.Run(mode, func(t *testing.T) {
			dir := filepath.Join(shared, "bench", "article-extraction", mode)
			r, err := corpus.Open([]string{dir}, corpus.ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			n, fp, claims := 0, 0, 0
			err = p.Run(context.Background(), r, 2, func(rec corpus.Record) error {
				n++
				claims += len(rec.Claims)
				if rec.Relevant.Label {
					fp++
					t.Logf("relevant (score %.2f, %d claims): %s %q", rec.Relevant.Score, len(rec.Claims), rec.ID[:12], rec.Title)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d/%d pages judged relevant, %d claims", mode, fp, n, claims)
			if n != 181 {
				t.Errorf("read %d pages, want 181", n)
			}
			if fp > maxBenchFP {
				t.Errorf("%d false positives, want at most %d", fp, maxBenchFP)
			}
		})
	}
}

// benchArticle is a long report in the shape of a wire story, written for
// this benchmark.
var benchArticle = article{
	title: "Ministry orders agencies to remove Chinese-made cameras from public buildings",
	paras: []string{
		"The interior ministry on Tuesday ordered all federal agencies to remove surveillance cameras made by Hikvision and Dahua from public buildings within eighteen months, citing the risk that footage could be passed to foreign intelligence services.",
		"Agencies must also stop buying the companies' recorders and cloud services with immediate effect, according to a directive seen by reporters.",
		"Officials said an audit last year had found more than 3,000 such cameras in ministries, courts and police stations, many of them connected to the internet without a firewall.",
		"Both companies have denied that their products pose a security risk and say they comply with the laws of every market they sell in.",
		"Similar steps have been taken elsewhere: the United States barred federal purchases from both makers in 2019, and Britain told departments to stop fitting them on sensitive sites in 2022.",
		"Industry groups warned that replacing the cameras would cost tens of millions and asked for more time. Opposition lawmakers welcomed the order but said it came years too late.",
	},
}

// BenchmarkDecide measures the judge alone on a realistic report with the
// claims the extractor finds in it.
func BenchmarkDecide(b *testing.B) {
	text := benchArticle.text()
	res := extractor(b).ExtractResult(extract.Document{Title: benchArticle.title, Text: text, Language: "en"})
	in := relevance.Input{Title: benchArticle.title, Text: text, Language: "en", Claims: res.Claims, Unplaced: res.Unplaced}
	j := relevance.Default()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		j.Decide(in)
	}
}

const marketsParagraph = "Shares of chipmakers rose for a third day on Wednesday as investors bet that demand for data-centre processors would hold up into next year. " +
	"Analysts said the rally was helped by stronger than expected results from two large suppliers and by hopes of lower interest rates. " +
	"Some fund managers warned that valuations were stretched and that a weaker holiday season could weigh on consumer electronics makers."

// BenchmarkDecideLongNoClaims is the common case on general news: a long
// page with an unplaced candidate, so the whole text is scanned.
func BenchmarkDecideLongNoClaims(b *testing.B) {
	text := strings.Repeat(marketsParagraph+"\n\n", 30)
	in := relevance.Input{Title: "Markets rally as tech shares rebound", Text: text, Language: "en", Unplaced: 0.6}
	j := relevance.Default()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		j.Decide(in)
	}
}
