package corpus

// Record is one output line of `bansift run`: everything bansift found in one
// input article. Field names and vocabularies are the contract in
// ../shared/corpus/RECORD.md; new fields may be added, none renamed.
type Record struct {
	ID             string       `json:"id"`
	Source         Source       `json:"source"`
	Title          string       `json:"title"`
	Published      *string      `json:"published"` // ISO date YYYY-MM-DD, or null
	Language       Language     `json:"language"`
	TranslatedFrom *Translation `json:"translated_from"`
	Relevant       Relevance    `json:"relevant"`
	Text           string       `json:"text"` // cleaned body, paragraphs separated by a blank line
	Removed        []Removed    `json:"removed"`
	Claims         []Claim      `json:"claims"`
	Notes          []string     `json:"notes,omitempty"` // non-fatal remarks, e.g. "decoded from windows-1252"
	Error          *RecordError `json:"error"`
	// NearDuplicateOf names the earliest page this one copies (a wire story
	// syndicated with other boilerplate); absent when it copies none.
	NearDuplicateOf *NearDuplicate `json:"near_duplicate_of,omitempty"`
}

// NearDuplicate links a page to the earlier page whose text it copies.
type NearDuplicate struct {
	ID      string  `json:"id"`            // the earlier page's record id
	URL     string  `json:"url,omitempty"` // and its URL, when it has one
	Jaccard float64 `json:"jaccard"`       // estimated Jaccard similarity of their word shingles, 0..1
}

// Source says where an article came from.
type Source struct {
	Path   string  `json:"path"`
	URL    *string `json:"url"`
	Format Format  `json:"format"`
}

// Format is how the article reached bansift.
type Format string

const (
	FormatText Format = "text"
	FormatHTML Format = "html"
)

// Language is the detected language of the cleaned body.
type Language struct {
	Code       string  `json:"code"` // ISO 639-1, or "und"
	Confidence float64 `json:"confidence"`
}

// Undetermined is the language code used when no language can be decided.
const Undetermined = "und"

// Translation says that English text reads as a translation, and why.
type Translation struct {
	Code       string   `json:"code"` // ISO 639-1 of the original
	Confidence float64  `json:"confidence"`
	Evidence   []string `json:"evidence"` // reasons a person can check
}

// Relevance says whether the article reports a technology restriction.
type Relevance struct {
	Label bool    `json:"label"`
	Score float64 `json:"score"`
}

// Removed is one input line dropped as boilerplate.
type Removed struct {
	Line int         `json:"line"` // 1-based line number in the input text
	Text string      `json:"text"`
	Kind RemovedKind `json:"kind"`
}

// RemovedKind says why a line was dropped.
type RemovedKind string

const (
	RemovedNavigation RemovedKind = "navigation"
	RemovedNewsletter RemovedKind = "newsletter"
	RemovedComments   RemovedKind = "comments"
	RemovedShare      RemovedKind = "share"
	RemovedRelated    RemovedKind = "related"
	RemovedAds        RemovedKind = "ads"
	RemovedLegal      RemovedKind = "legal"
	RemovedMetadata   RemovedKind = "metadata"
	RemovedCaption    RemovedKind = "caption"
	RemovedOther      RemovedKind = "other"
)

// RemovedKinds lists every RemovedKind, in contract order.
var RemovedKinds = []RemovedKind{RemovedNavigation, RemovedNewsletter, RemovedComments, RemovedShare,
	RemovedRelated, RemovedAds, RemovedLegal, RemovedMetadata, RemovedCaption, RemovedOther}

// Claim is one technology restriction an article reports.
type Claim struct {
	Actor      Actor      `json:"actor"`
	Action     Action     `json:"action"`
	Status     Status     `json:"status"`
	Targets    []Target   `json:"targets"`
	Affected   []Affected `json:"affected"`
	Reasons    []Reason   `json:"reasons"`
	Primary    bool       `json:"primary"`
	Confidence float64    `json:"confidence"`
	Evidence   []Evidence `json:"evidence"`
}

// Actor is who imposes a restriction.
type Actor struct {
	Text    string `json:"text"`    // as the article says it
	Name    string `json:"name"`    // canonical, in English
	Country string `json:"country"` // ISO 3166-1 alpha-2, "EU" for the European Union
}

// Target is what a restriction is aimed at.
type Target struct {
	Text     string         `json:"text"`    // as the article says it
	Vendor   string         `json:"vendor"`  // canonical company name, "" when the target is a technology
	Product  string         `json:"product"` // canonical, in English
	Category TargetCategory `json:"category"`
}

// Affected is who a restriction applies to.
type Affected struct {
	Text   string `json:"text"`
	Sector Sector `json:"sector"`
}

// Reason is why a restriction was imposed.
type Reason struct {
	Text     string         `json:"text"`
	Category ReasonCategory `json:"category"`
}

// Evidence is a quoted sentence of the record's Text: Text == record.Text[Start:End].
type Evidence struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // UTF-8 byte offset into the record's text
	End   int    `json:"end"`
}

// RecordError says which stage failed for an input and why.
type RecordError struct {
	Stage   Stage  `json:"stage"`
	Message string `json:"message"`
}

// Stage names a pipeline stage in a RecordError.
type Stage string

const (
	StageRead    Stage = "read"
	StageDetect  Stage = "detect"
	StageClean   Stage = "clean"
	StageExtract Stage = "extract"
)
