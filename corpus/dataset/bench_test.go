package dataset

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/bansift/bansift/corpus"
)

// syntheticRecords makes n records shaped like a few years of daily runs:
// a handful of countries, vendors and technologies, dates over four years,
// some undated, translated or German pages, one to three claims each.
func syntheticRecords(n int) []corpus.Record {
	rng := rand.New(rand.NewPCG(7, 11))
	countries := []string{"US", "GB", "DE", "JP", "AU", "IN", "EU", "NO", "SE", "CA"}
	vendors := []string{"Huawei", "ZTE", "Hikvision", "Dahua", "TikTok", "Kaspersky", "DJI", ""}
	cats := []corpus.TargetCategory{corpus.CategoryTelecomEquipment, corpus.CategorySurveillanceCameras,
		corpus.CategoryApps, corpus.CategorySecuritySoftware, corpus.CategoryDrones, corpus.CategorySemiconductors}
	start := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	recs := make([]corpus.Record, n)
	for i := range recs {
		date := ""
		if rng.IntN(10) > 0 {
			date = start.AddDate(0, 0, rng.IntN(4*365)).Format(time.DateOnly)
		}
		lang, tr := "en", ""
		switch rng.IntN(5) {
		case 0:
			lang = "de"
		case 1:
			tr = "ar"
		}
		claims := make([]corpus.Claim, 1+rng.IntN(3))
		for j := range claims {
			c := claimOf(countries[rng.IntN(len(countries))], corpus.Actions[rng.IntN(len(corpus.Actions))],
				corpus.Statuses[rng.IntN(len(corpus.Statuses))], vendors[rng.IntN(len(vendors))],
				cats[rng.IntN(len(cats))], float64(rng.IntN(100))/100, j == 0)
			c.Evidence[0].Text += fmt.Sprintf(" Officials confirmed it in statement %d, adding that the decision followed months of talks with operators and agencies.", i)
			claims[j] = c
		}
		recs[i] = page(fmt.Sprintf("p%05d", i), fmt.Sprintf("https://news%d.example/%d", i%40, i), date, lang, tr, claims...)
	}
	return recs
}

func BenchmarkEvents(b *testing.B) {
	recs := syntheticRecords(10000)
	b.ResetTimer()
	for b.Loop() {
		Events(recs, EventOptions{})
	}
}

func BenchmarkClaims(b *testing.B) {
	recs := syntheticRecords(10000)
	b.ResetTimer()
	for b.Loop() {
		Claims(recs)
	}
}

func BenchmarkWrite(b *testing.B) {
	recs := syntheticRecords(10000)
	rows, events := Claims(recs), Events(recs, EventOptions{})
	for _, f := range Formats() {
		b.Run("claims-"+f, func(b *testing.B) {
			for b.Loop() {
				if err := WriteClaims(io.Discard, f, rows); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("events-"+f, func(b *testing.B) {
			for b.Loop() {
				if err := WriteEvents(io.Discard, f, events); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
