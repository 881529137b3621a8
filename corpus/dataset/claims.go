package dataset

import (
	"slices"

	"github.com/bansift/bansift/corpus"
)

// ClaimRow is one (record, claim, target) triple, flat, for spreadsheets and
// data frames. A claim without targets still gives one row, with the target
// columns empty, so that no claim is lost.
type ClaimRow struct {
	RecordID       string  `json:"record_id"`
	URL            string  `json:"url"`       // "" when the record has none
	Path           string  `json:"path"`      // the input the record came from
	Published      string  `json:"published"` // YYYY-MM-DD, "" when unknown
	Language       string  `json:"language"`
	TranslatedFrom string  `json:"translated_from"` // ISO 639-1 of the original, "" when not a translation
	Relevant       bool    `json:"relevant"`
	RelevanceScore float64 `json:"relevance_score"`
	// ClaimIndex and TargetIndex point back into the record: Claims[ClaimIndex].Targets[TargetIndex]
	// (TargetIndex is -1 for a claim without targets).
	ClaimIndex   int                   `json:"claim_index"`
	TargetIndex  int                   `json:"target_index"`
	ActorText    string                `json:"actor_text"`
	ActorName    string                `json:"actor_name"`
	ActorCountry string                `json:"actor_country"`
	Action       corpus.Action         `json:"action"`
	Status       corpus.Status         `json:"status"`
	TargetText   string                `json:"target_text"`
	Vendor       string                `json:"vendor"`
	Product      string                `json:"product"`
	Category     corpus.TargetCategory `json:"category"`
	// Sectors and Reasons are all of the claim's, deduplicated, in the order
	// the claim gives them.
	Sectors    []corpus.Sector         `json:"sectors"`
	Reasons    []corpus.ReasonCategory `json:"reasons"`
	Primary    bool                    `json:"primary"`
	Confidence float64                 `json:"confidence"`
	// EvidenceText is the claim's first evidence sentence, at
	// record.Text[EvidenceStart:EvidenceEnd]; EvidenceCount says how many
	// sentences the claim quotes in all (the rest are in the record).
	EvidenceText  string `json:"evidence_text"`
	EvidenceStart int    `json:"evidence_start"`
	EvidenceEnd   int    `json:"evidence_end"`
	EvidenceCount int    `json:"evidence_count"`
	// NearDuplicateOf is the id of the earlier page the record copies, ""
	// when it copies none.
	NearDuplicateOf string `json:"near_duplicate_of"`
}

// Claims flattens records into one row per (record, claim, target), in
// record, claim and target order. Records that carry an error or no claims
// give no rows.
func Claims(records []corpus.Record) []ClaimRow {
	var rows []ClaimRow
	for _, rec := range records {
		if rec.Error != nil {
			continue
		}
		for ci, c := range rec.Claims {
			base := claimRow(rec, ci, c)
			if len(c.Targets) == 0 {
				base.TargetIndex = -1
				rows = append(rows, base)
				continue
			}
			for ti, t := range c.Targets {
				row := base
				row.TargetIndex = ti
				row.TargetText, row.Vendor, row.Product, row.Category = t.Text, t.Vendor, t.Product, t.Category
				rows = append(rows, row)
			}
		}
	}
	return rows
}

// claimRow fills the columns a claim's rows share.
func claimRow(rec corpus.Record, ci int, c corpus.Claim) ClaimRow {
	row := ClaimRow{
		RecordID:       rec.ID,
		URL:            deref(rec.Source.URL),
		Path:           rec.Source.Path,
		Published:      deref(rec.Published),
		Language:       rec.Language.Code,
		Relevant:       rec.Relevant.Label,
		RelevanceScore: rec.Relevant.Score,
		ClaimIndex:     ci,
		ActorText:      c.Actor.Text,
		ActorName:      c.Actor.Name,
		ActorCountry:   c.Actor.Country,
		Action:         c.Action,
		Status:         c.Status,
		Sectors:        sectors(c),
		Reasons:        reasons(c),
		Primary:        c.Primary,
		Confidence:     c.Confidence,
		EvidenceCount:  len(c.Evidence),
	}
	if rec.TranslatedFrom != nil {
		row.TranslatedFrom = rec.TranslatedFrom.Code
	}
	if rec.NearDuplicateOf != nil {
		row.NearDuplicateOf = rec.NearDuplicateOf.ID
	}
	if len(c.Evidence) > 0 {
		e := c.Evidence[0]
		row.EvidenceText, row.EvidenceStart, row.EvidenceEnd = e.Text, e.Start, e.End
	}
	return row
}

// sectors returns the claim's sectors, each once, never nil (JSON []).
func sectors(c corpus.Claim) []corpus.Sector {
	out := make([]corpus.Sector, 0, len(c.Affected))
	for _, a := range c.Affected {
		if a.Sector != "" && !slices.Contains(out, a.Sector) {
			out = append(out, a.Sector)
		}
	}
	return out
}

// reasons returns the claim's reason categories, each once, never nil.
func reasons(c corpus.Claim) []corpus.ReasonCategory {
	out := make([]corpus.ReasonCategory, 0, len(c.Reasons))
	for _, r := range c.Reasons {
		if r.Category != "" && !slices.Contains(out, r.Category) {
			out = append(out, r.Category)
		}
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
