package pipeline

import (
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tokenize"
	lingua "github.com/pemistahl/lingua-go"

	"github.com/bansift/bansift/classify/language"
)

// depsSampleBytes is the language sample the dependency baseline reads:
// the 4,000 bytes bansift gave lingua before it learned to probe.
const depsSampleBytes = 4000

// BenchmarkDependencies times, on the cleaned bodies of each corpus, what
// the required libraries cost alone, the floor bansift's own code adds to:
// lingua on a 4,000-byte sample of each body, and prose v3 (sentences,
// tokens, part-of-speech tags) on the same bodies. One op is the whole
// corpus; compare ms/page with BenchmarkCorpus's.
//
//	go test -run - -bench 'Corpus|Dependencies' -benchtime 3x ./pipeline
func BenchmarkDependencies(b *testing.B) {
	codes := make([]lingua.IsoCode639_1, 0, len(language.DefaultLanguages))
	for _, c := range language.DefaultLanguages {
		codes = append(codes, lingua.GetIsoCode639_1FromValue(c))
	}
	detector := lingua.NewLanguageDetectorBuilder().FromIsoCodes639_1(codes...).WithPreloadedLanguageModels().Build()
	seg, err := segment.New()
	if err != nil {
		b.Fatal(err)
	}
	tagger, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	tok := tokenize.New()
	for _, set := range benchSets() {
		p, articles := loadSet(b, set)
		var bodies []string
		for _, a := range articles {
			if c, err := p.Clean(a); err == nil && c.Body != "" {
				bodies = append(bodies, c.Body)
			}
		}
		perBody := func(b *testing.B, fn func(string)) {
			cpu := processCPU()
			for b.Loop() {
				for _, body := range bodies {
					fn(body)
				}
			}
			pages := float64(b.N * len(articles))
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/pages, "ms/page")
			if cpu := processCPU() - cpu; cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/1000/pages, "cpu-ms/page")
			}
		}
		b.Run(set.name+"/lingua-4KB", func(b *testing.B) {
			perBody(b, func(s string) { detector.ComputeLanguageConfidenceValues(cut(s, depsSampleBytes)) })
		})
		b.Run(set.name+"/prose", func(b *testing.B) {
			perBody(b, func(s string) {
				seg.Segment(s)
				tagger.TagTokens(tok.Tokenize(s))
			})
		})
	}
}

// cut returns at most n bytes of s, ending at a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
