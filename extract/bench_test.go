package extract

import (
	"os"
	"testing"
)

// BenchmarkExtract measures one realistic news article, 2.5 kB of English
// with several restrictions, a reaction from the other side and background.
func BenchmarkExtract(b *testing.B) {
	text, err := os.ReadFile("testdata/bench_article.txt")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		opts Options
	}{{"tagging", Options{}}, {"no-tagging", Options{NoTagging: true}}} {
		ex, err := New(bc.opts)
		if err != nil {
			b.Fatal(err)
		}
		doc := Document{Title: "Canada orders telecom operators to strip Huawei gear from 5G networks", Text: string(text), Language: "en"}
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				ex.Extract(doc)
			}
		})
	}
}

// BenchmarkNew measures building an Extractor: lexicons and prose's models.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
