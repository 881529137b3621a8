package dataset

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// listSep joins list values in one CSV cell.
const listSep = ";"

var claimHeader = []string{
	"record_id", "url", "path", "published", "language", "translated_from", "relevant", "relevance_score",
	"claim_index", "target_index", "actor_text", "actor_name", "actor_country", "action", "status",
	"target_text", "vendor", "product", "category", "sectors", "reasons", "primary", "confidence",
	"evidence_text", "evidence_start", "evidence_end", "evidence_count", "near_duplicate_of",
}

// csvClaims writes claim rows as CSV, the header first.
type csvClaims struct {
	cw     *csv.Writer
	header bool
}

func newCSVClaims(w io.Writer) ClaimSink { return &csvClaims{cw: csv.NewWriter(w)} }

func (c *csvClaims) Write(rows ...ClaimRow) error {
	if !c.header {
		c.header = true
		if err := c.cw.Write(claimHeader); err != nil {
			return err
		}
	}
	for _, r := range rows {
		rec := []string{
			r.RecordID, r.URL, r.Path, r.Published, r.Language, r.TranslatedFrom,
			strconv.FormatBool(r.Relevant), formatFloat(r.RelevanceScore),
			strconv.Itoa(r.ClaimIndex), strconv.Itoa(r.TargetIndex),
			r.ActorText, r.ActorName, r.ActorCountry, string(r.Action), string(r.Status),
			r.TargetText, r.Vendor, r.Product, string(r.Category),
			joinList(r.Sectors), joinList(r.Reasons),
			strconv.FormatBool(r.Primary), formatFloat(r.Confidence),
			r.EvidenceText, strconv.Itoa(r.EvidenceStart), strconv.Itoa(r.EvidenceEnd), strconv.Itoa(r.EvidenceCount),
			r.NearDuplicateOf,
		}
		if err := c.cw.Write(guardRow(rec)); err != nil {
			return err
		}
	}
	return nil
}

func (c *csvClaims) Close() error {
	if err := c.Write(); err != nil { // the header of an empty table
		return err
	}
	c.cw.Flush()
	return c.cw.Error()
}

var eventHeader = []string{
	"id", "actor_country", "actors", "action", "status", "statuses", "vendor", "category", "categories",
	"products", "sectors", "reasons", "first_seen", "last_seen", "languages", "translated_share",
	"mention_count", "primary_mention_count", "undated_mention_count", "confidence", "record_ids", "urls",
}

// writeEventsCSV writes one row per event; counted lists read "value:count"
// and the mentions are reduced to their record ids and URLs.
func writeEventsCSV(w io.Writer, events []Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(eventHeader); err != nil {
		return err
	}
	for _, e := range events {
		ids := make([]string, len(e.Mentions))
		var urls []string
		for i, m := range e.Mentions {
			ids[i] = m.RecordID
			if m.URL != "" {
				urls = append(urls, m.URL)
			}
		}
		rec := []string{
			e.ID, e.ActorCountry, joinList(e.Actors), string(e.Action), string(e.Status), joinCounts(e.Statuses),
			e.Vendor, string(e.Category), joinCounts(e.Categories),
			joinList(e.Products), joinCounts(e.Sectors), joinCounts(e.Reasons), e.FirstSeen, e.LastSeen,
			joinCounts(e.Languages), formatFloat(e.TranslatedShare),
			strconv.Itoa(e.MentionCount), strconv.Itoa(e.PrimaryCount), strconv.Itoa(e.UndatedCount),
			formatFloat(e.Confidence), joinList(ids), joinList(urls),
		}
		if err := cw.Write(guardRow(rec)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func joinList[T ~string](vs []T) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(listSep)
		}
		b.WriteString(string(v))
	}
	return b.String()
}

func joinCounts(cs []Count) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.Value + ":" + strconv.Itoa(c.Count)
	}
	return strings.Join(parts, listSep)
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
