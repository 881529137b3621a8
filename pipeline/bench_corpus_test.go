package pipeline

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/corpus"
)

// benchSet is a folder of pages timed as one corpus.
type benchSet struct {
	name string
	dir  string
}

// benchSets are the corpora BenchmarkCorpus times: the shared benchmark's
// 181 pages in each rendering when ../shared is beside the checkout, and
// our own sample pages always.
func benchSets() []benchSet {
	sets := []benchSet{{"samples", filepath.Join("..", "samples")}}
	bench := filepath.Join("..", "..", "shared", "bench", "article-extraction")
	for _, mode := range []string{"text", "text-browser", "html"} {
		if dir := filepath.Join(bench, mode); isDir(dir) {
			sets = append(sets, benchSet{mode, dir})
		}
	}
	return sets
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// loadSet reads every page of set and builds the pipeline `bansift run`
// would use on it, templates of the folder included.
func loadSet(b *testing.B, set benchSet) (*Pipeline, []corpus.Article) {
	r, err := corpus.Open([]string{set.dir}, corpus.ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	var articles []corpus.Article
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, a)
	}
	idx, err := BuildTemplates(context.Background(), &sliceReader{articles: articles})
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(Options{Boilerplate: boilerplate.Options{Templates: idx}})
	if err != nil {
		b.Fatal(err)
	}
	return p, articles
}

// BenchmarkCorpus runs the whole pipeline over each corpus, one page after
// the other on one goroutine (so time is CPU time of one worker), and
// reports per page: ms, CPU ms (the garbage collector's included),
// allocations and bytes allocated, and each stage's ms. One op is the whole
// corpus.
//
//	go test -run - -bench Corpus -benchtime 3x ./pipeline
func BenchmarkCorpus(b *testing.B) {
	for _, set := range benchSets() {
		b.Run(set.name, func(b *testing.B) {
			p, articles := loadSet(b, set)
			var tm Timings
			timed := p.WithTimings(&tm)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu := processCPU()
			n := 0
			for b.Loop() {
				for _, a := range articles {
					timed.Process(a)
				}
				n += len(articles)
			}
			cpu = processCPU() - cpu
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(n), "ms/page")
			if cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu-ms/page")
			}
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(n), "allocs/page")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n), "B/page")
			for s := range numStages {
				b.ReportMetric(float64(tm.Total(s).Microseconds())/1000/float64(n), s.String()+"-ms/page")
			}
		})
	}
}

// BenchmarkCorpusRun is the batch runner over each corpus with one worker
// per CPU, as `bansift run` does by default; it reports pages/s.
//
//	go test -run - -bench CorpusRun -benchtime 3x -cpu 2 ./pipeline
func BenchmarkCorpusRun(b *testing.B) {
	for _, set := range benchSets() {
		b.Run(set.name, func(b *testing.B) {
			p, articles := loadSet(b, set)
			n := 0
			for b.Loop() {
				err := p.Run(context.Background(), &sliceReader{articles: articles}, runtime.GOMAXPROCS(0), func(corpus.Record) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
				n += len(articles)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
