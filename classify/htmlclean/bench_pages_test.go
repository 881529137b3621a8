package htmlclean

import (
	"os"
	"runtime"
	"testing"

	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/internal/sharedtest"
)

// benchPages returns the HTML pages of the shared benchmark, or skips b
// unless BANSIFT_BENCH is set and ../shared is present.
func benchPages(b *testing.B) []eval.BenchPage {
	if os.Getenv("BANSIFT_BENCH") == "" {
		b.Skip("set BANSIFT_BENCH=1 to time the article-extraction benchmark's pages")
	}
	pages, err := eval.LoadBench(sharedtest.Dir(b, "bench", "article-extraction"), eval.BenchModeHTML)
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

// BenchmarkExtractPages is Extract over the benchmark's 181 pages; one op is
// the whole set, and ms/page, B/page and allocs/page are per page:
//
//	BANSIFT_BENCH=1 go test -run - -bench Pages -benchmem ./classify/htmlclean
func BenchmarkExtractPages(b *testing.B) {
	pages := benchPages(b)
	x := newExtractor(b, Options{})
	perPage(b, pages, func(p eval.BenchPage) { x.Extract(p.Content, p.URL) })
}

// BenchmarkTrafilaturaPages is go-trafilatura alone (its own parser, its
// default options) on the same pages, the cost bansift's wrapper adds to.
func BenchmarkTrafilaturaPages(b *testing.B) {
	pages := benchPages(b)
	perPage(b, pages, func(p eval.BenchPage) { trafilaturaText(p.Content) })
}

// perPage runs fn on every page once per op and reports the time and the
// allocations per page.
func perPage(b *testing.B, pages []eval.BenchPage, fn func(eval.BenchPage)) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		for _, p := range pages {
			fn(p)
		}
		n += len(pages)
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(n), "ms/page")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(n), "allocs/page")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n), "B/page")
}
