package relevance_test

import (
	"strings"
	"testing"

	"github.com/bansift/bansift/classify/relevance"
	"github.com/bansift/bansift/extract"
)

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
