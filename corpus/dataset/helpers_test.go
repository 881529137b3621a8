package dataset

import (
	"fmt"

	"github.com/bansift/bansift/corpus"
)

// page builds a record the way `bansift run` would write it; date "" means
// undated, translated "" means not a translation. The text holds the
// evidence of every claim so that spans are real.
func page(id, url, date, lang, translated string, claims ...corpus.Claim) corpus.Record {
	r := corpus.Record{
		ID:       id,
		Source:   corpus.Source{Path: "pages/" + id + ".txt", Format: corpus.FormatText},
		Language: corpus.Language{Code: lang, Confidence: 0.9},
		Relevant: corpus.Relevance{Label: len(claims) > 0, Score: 0.8},
	}
	if url != "" {
		r.Source.URL = &url
	}
	if date != "" {
		r.Published = &date
	}
	if translated != "" {
		r.TranslatedFrom = &corpus.Translation{Code: translated, Confidence: 0.7, Evidence: []string{"calqued phrasing"}}
	}
	for i, c := range claims {
		for j, e := range c.Evidence {
			if r.Text != "" {
				r.Text += "\n\n"
			}
			claims[i].Evidence[j].Start = len(r.Text)
			r.Text += e.Text
			claims[i].Evidence[j].End = len(r.Text)
		}
	}
	r.Claims = claims
	return r
}

// claimOf builds a claim: vendor "" makes a technology target of the category.
func claimOf(country string, action corpus.Action, status corpus.Status, vendor string, category corpus.TargetCategory, conf float64, primary bool) corpus.Claim {
	return corpus.Claim{
		Actor:      corpus.Actor{Text: "the government", Name: "Government of " + country, Country: country},
		Action:     action,
		Status:     status,
		Targets:    []corpus.Target{{Text: vendor + " kit", Vendor: vendor, Product: "equipment", Category: category}},
		Affected:   []corpus.Affected{{Text: "ministries", Sector: corpus.SectorGovernment}},
		Reasons:    []corpus.Reason{{Text: "spying fears", Category: corpus.ReasonEspionage}},
		Primary:    primary,
		Confidence: conf,
		Evidence:   []corpus.Evidence{{Text: fmt.Sprintf("The %s government moved against %s.", country, vendor)}},
	}
}

// huawei is the claim most tests merge: Norway phases out a vendor's gear.
func huawei(status corpus.Status, conf float64) corpus.Claim {
	return claimOf("NO", corpus.ActionPhaseOut, status, "Huawei", corpus.CategoryTelecomEquipment, conf, true)
}
