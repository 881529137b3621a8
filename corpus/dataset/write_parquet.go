package dataset

import (
	"io"

	"github.com/parquet-go/parquet-go"
)

// parquetRowGroup is how many rows a Parquet row group holds: the writer
// keeps one row group in memory, so this bounds what claims cost.
const parquetRowGroup = 10000

// claimParquet is a ClaimRow as a Parquet row: lists are Parquet LIST
// columns, so DuckDB and Spark read them as lists, not strings.
type claimParquet struct {
	RecordID       string   `parquet:"record_id"`
	URL            string   `parquet:"url"`
	Path           string   `parquet:"path"`
	Published      string   `parquet:"published"`
	Language       string   `parquet:"language"`
	TranslatedFrom string   `parquet:"translated_from"`
	Relevant       bool     `parquet:"relevant"`
	RelevanceScore float64  `parquet:"relevance_score"`
	ClaimIndex     int32    `parquet:"claim_index"`
	TargetIndex    int32    `parquet:"target_index"`
	ActorText      string   `parquet:"actor_text"`
	ActorName      string   `parquet:"actor_name"`
	ActorCountry   string   `parquet:"actor_country"`
	Action         string   `parquet:"action"`
	Status         string   `parquet:"status"`
	TargetText     string   `parquet:"target_text"`
	Vendor         string   `parquet:"vendor"`
	Product        string   `parquet:"product"`
	Category       string   `parquet:"category"`
	Sectors        []string `parquet:"sectors,list"`
	Reasons        []string `parquet:"reasons,list"`
	Primary        bool     `parquet:"primary"`
	Confidence     float64  `parquet:"confidence"`
	EvidenceText   string   `parquet:"evidence_text"`
	EvidenceStart  int32    `parquet:"evidence_start"`
	EvidenceEnd    int32    `parquet:"evidence_end"`
	EvidenceCount  int32    `parquet:"evidence_count"`
	NearDuplicate  string   `parquet:"near_duplicate_of"`
}

func toClaimParquet(r ClaimRow) claimParquet {
	return claimParquet{
		RecordID: r.RecordID, URL: r.URL, Path: r.Path, Published: r.Published, Language: r.Language,
		TranslatedFrom: r.TranslatedFrom, Relevant: r.Relevant, RelevanceScore: r.RelevanceScore,
		ClaimIndex: int32(r.ClaimIndex), TargetIndex: int32(r.TargetIndex),
		ActorText: r.ActorText, ActorName: r.ActorName, ActorCountry: r.ActorCountry,
		Action: string(r.Action), Status: string(r.Status), TargetText: r.TargetText, Vendor: r.Vendor,
		Product: r.Product, Category: string(r.Category), Sectors: asStrings(r.Sectors), Reasons: asStrings(r.Reasons),
		Primary: r.Primary, Confidence: r.Confidence, EvidenceText: r.EvidenceText,
		EvidenceStart: int32(r.EvidenceStart), EvidenceEnd: int32(r.EvidenceEnd), EvidenceCount: int32(r.EvidenceCount),
		NearDuplicate: r.NearDuplicateOf,
	}
}

func asStrings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// parquetSink writes rows of T, one row group every parquetRowGroup rows.
type parquetSink[T any, R any] struct {
	w       *parquet.GenericWriter[T]
	convert func(R) T
	buf     []T
	inGroup int
}

func newParquetSink[T any, R any](w io.Writer, convert func(R) T) *parquetSink[T, R] {
	return &parquetSink[T, R]{w: parquet.NewGenericWriter[T](w, parquet.Compression(&parquet.Zstd)), convert: convert}
}

func (p *parquetSink[T, R]) Write(rows ...R) error {
	p.buf = p.buf[:0]
	for _, r := range rows {
		p.buf = append(p.buf, p.convert(r))
	}
	if _, err := p.w.Write(p.buf); err != nil {
		return err
	}
	p.inGroup += len(rows)
	if p.inGroup >= parquetRowGroup {
		p.inGroup = 0
		return p.w.Flush()
	}
	return nil
}

func (p *parquetSink[T, R]) Close() error { return p.w.Close() }

func newParquetClaims(w io.Writer) ClaimSink { return newParquetSink(w, toClaimParquet) }

// countParquet is a Count as a Parquet struct.
type countParquet struct {
	Value string `parquet:"value"`
	Count int32  `parquet:"count"`
}

// mentionParquet is a Mention as a Parquet struct.
type mentionParquet struct {
	RecordID       string  `parquet:"record_id"`
	URL            string  `parquet:"url"`
	Published      string  `parquet:"published"`
	Language       string  `parquet:"language"`
	TranslatedFrom string  `parquet:"translated_from"`
	Status         string  `parquet:"status"`
	Primary        bool    `parquet:"primary"`
	Confidence     float64 `parquet:"confidence"`
	Evidence       string  `parquet:"evidence"`
	Copies         int32   `parquet:"copies"`
}

// eventParquet is an Event as a Parquet row.
type eventParquet struct {
	ID              string           `parquet:"id"`
	ActorCountry    string           `parquet:"actor_country"`
	Actors          []string         `parquet:"actors,list"`
	Action          string           `parquet:"action"`
	Status          string           `parquet:"status"`
	Statuses        []countParquet   `parquet:"statuses,list"`
	Vendor          string           `parquet:"vendor"`
	Category        string           `parquet:"category"`
	Categories      []countParquet   `parquet:"categories,list"`
	Products        []string         `parquet:"products,list"`
	Sectors         []countParquet   `parquet:"sectors,list"`
	Reasons         []countParquet   `parquet:"reasons,list"`
	FirstSeen       string           `parquet:"first_seen"`
	LastSeen        string           `parquet:"last_seen"`
	Languages       []countParquet   `parquet:"languages,list"`
	TranslatedShare float64          `parquet:"translated_share"`
	MentionCount    int32            `parquet:"mention_count"`
	PrimaryCount    int32            `parquet:"primary_mention_count"`
	UndatedCount    int32            `parquet:"undated_mention_count"`
	CopyCount       int32            `parquet:"copy_count"`
	Confidence      float64          `parquet:"confidence"`
	Mentions        []mentionParquet `parquet:"mentions,list"`
}

func counts(cs []Count) []countParquet {
	out := make([]countParquet, len(cs))
	for i, c := range cs {
		out[i] = countParquet{Value: c.Value, Count: int32(c.Count)}
	}
	return out
}

func toEventParquet(e Event) eventParquet {
	ms := make([]mentionParquet, len(e.Mentions))
	for i, m := range e.Mentions {
		ms[i] = mentionParquet{RecordID: m.RecordID, URL: m.URL, Published: m.Published, Language: m.Language,
			TranslatedFrom: m.TranslatedFrom, Status: string(m.Status), Primary: m.Primary,
			Confidence: m.Confidence, Evidence: m.Evidence, Copies: int32(m.Copies)}
	}
	return eventParquet{
		ID: e.ID, ActorCountry: e.ActorCountry, Actors: e.Actors, Action: string(e.Action), Status: string(e.Status),
		Statuses: counts(e.Statuses), Vendor: e.Vendor, Category: string(e.Category), Categories: counts(e.Categories),
		Products: e.Products, Sectors: counts(e.Sectors), Reasons: counts(e.Reasons), FirstSeen: e.FirstSeen,
		LastSeen: e.LastSeen, Languages: counts(e.Languages), TranslatedShare: e.TranslatedShare,
		MentionCount: int32(e.MentionCount), PrimaryCount: int32(e.PrimaryCount), UndatedCount: int32(e.UndatedCount),
		CopyCount: int32(e.CopyCount), Confidence: e.Confidence, Mentions: ms,
	}
}

func writeEventsParquet(w io.Writer, events []Event) error {
	s := newParquetSink(w, toEventParquet)
	if err := s.Write(events...); err != nil {
		return err
	}
	return s.Close()
}
