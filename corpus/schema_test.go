package corpus

import (
	"encoding/json"
	"flag"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite the enums of record.schema.json from the Go vocabularies")

// schemaEnums are the enums of record.schema.json, by $defs name, as the Go
// code defines them: the schema must never drift from vocab.go.
func schemaEnums() map[string][]string {
	return map[string][]string{
		"Format":         strs([]Format{FormatText, FormatHTML}),
		"Stage":          strs([]Stage{StageRead, StageDetect, StageClean, StageExtract}),
		"RemovedKind":    strs(RemovedKinds),
		"Action":         strs(Actions),
		"Status":         strs(Statuses),
		"TargetCategory": strs(TargetCategories),
		"Sector":         strs(Sectors),
		"ReasonCategory": strs(ReasonCategories),
	}
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func TestSchemaEnums(t *testing.T) {
	want := schemaEnums()
	if *updateSchema {
		data := recordSchema
		for name, vals := range want {
			re := regexp.MustCompile(`("` + name + `": \{\s*"type": "string",\s*"enum": )\[[^\]]*\]`)
			if !re.Match(data) {
				t.Fatalf("no enum for %s in record.schema.json", name)
			}
			list, err := json.Marshal(vals)
			if err != nil {
				t.Fatal(err)
			}
			list = []byte(strings.ReplaceAll(string(list), `","`, `", "`))
			data = re.ReplaceAll(data, append([]byte("${1}"), list...))
		}
		if err := os.WriteFile("record.schema.json", data, 0o644); err != nil {
			t.Fatal(err)
		}
		recordSchema = data
	}
	var schema struct {
		Defs map[string]struct {
			Enum []string `json:"enum"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(recordSchema, &schema); err != nil {
		t.Fatal(err)
	}
	for name, vals := range want {
		if got := schema.Defs[name].Enum; !slices.Equal(got, vals) {
			t.Errorf("record.schema.json $defs/%s enum = %q, vocab.go says %q (go test ./corpus -run TestSchemaEnums -update-schema)", name, got, vals)
		}
	}
}

// validRecord is a hand-made record with every field set, one claim and one
// evidence span that quotes its text.
func validRecord() Record {
	text := "Intro line.\n\nThe ministry will stop buying routers from Acme Networks.\n\nMore later."
	quote := "The ministry will stop buying routers from Acme Networks."
	start := strings.Index(text, quote)
	url := "https://news.example/a"
	date := "2024-03-05"
	return Record{
		ID:        "de/ministry",
		Source:    Source{Path: "pages/de/ministry.txt", URL: &url, Format: FormatText},
		Title:     "Ministry drops Acme routers",
		Published: &date,
		Language:  Language{Code: "en", Confidence: 0.91},
		TranslatedFrom: &Translation{Code: "ar", Confidence: 0.7,
			Evidence: []string{"dates written as 5 March 2024 AD"}},
		Relevant: Relevance{Label: true, Score: 0.8},
		Text:     text,
		Removed:  []Removed{{Line: 2, Text: "Home / World", Kind: RemovedNavigation}},
		Claims: []Claim{{
			Actor:      Actor{Text: "The ministry", Name: "Ministry of Defence", Country: "XY"},
			Action:     ActionPurchaseBan,
			Status:     StatusPlanned,
			Targets:    []Target{{Text: "routers from Acme Networks", Vendor: "Acme", Product: "routers", Category: CategoryNetworkingEquipment}},
			Affected:   []Affected{{Text: "the ministry", Sector: SectorGovernment}},
			Reasons:    []Reason{{Text: "security concerns", Category: ReasonNationalSecurity}},
			Primary:    true,
			Confidence: 0.75,
			Evidence:   []Evidence{{Text: quote, Start: start, End: start + len(quote)}},
		}},
		Notes: []string{"decoded from windows-1252"},
	}
}

func TestValidateRecordJSON(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(r *Record)        // applied to validRecord before encoding
		raw     func(m map[string]any) // applied to the decoded JSON object
		wantErr string                 // "" for valid; else a part of the error
	}{
		{name: "full record"},
		{name: "error record", edit: func(r *Record) {
			*r = Record{ID: "x", Source: Source{Path: "x.txt", Format: FormatText}, Language: Language{Code: Undetermined},
				Error: &RecordError{Stage: StageRead, Message: "empty input"}}
		}},
		{name: "nil lists become empty lists", edit: func(r *Record) {
			r.Removed, r.Claims[0].Affected, r.Claims[0].Reasons, r.TranslatedFrom.Evidence = nil, nil, nil, nil
		}},
		{name: "null published and translation", edit: func(r *Record) { r.Published, r.TranslatedFrom = nil, nil }},
		{name: "unknown action", edit: func(r *Record) { r.Claims[0].Action = "embargo" }, wantErr: "action"},
		{name: "unknown sector", edit: func(r *Record) { r.Claims[0].Affected[0].Sector = "army" }, wantErr: "sector"},
		{name: "unknown removed kind", edit: func(r *Record) { r.Removed[0].Kind = "footer" }, wantErr: "kind"},
		{name: "unknown stage", edit: func(r *Record) { r.Error = &RecordError{Stage: "parse", Message: "x"} }, wantErr: "stage"},
		{name: "unknown format", edit: func(r *Record) { r.Source.Format = "pdf" }, wantErr: "format"},
		{name: "lower-case country", edit: func(r *Record) { r.Claims[0].Actor.Country = "de" }, wantErr: "country"},
		{name: "language name not code", edit: func(r *Record) { r.Language.Code = "english" }, wantErr: "code"},
		{name: "date not ISO", edit: func(r *Record) { d := "05.03.2024"; r.Published = &d }, wantErr: "published"},
		{name: "confidence above 1", edit: func(r *Record) { r.Claims[0].Confidence = 1.5 }, wantErr: "confidence"},
		{name: "line 0", edit: func(r *Record) { r.Removed[0].Line = 0 }, wantErr: "line"},
		{name: "empty id", edit: func(r *Record) { r.ID = "" }, wantErr: "id"},
		{name: "missing text", raw: func(m map[string]any) { delete(m, "text") }, wantErr: "text"},
		{name: "missing claims", raw: func(m map[string]any) { delete(m, "claims") }, wantErr: "claims"},
		{name: "null claims", raw: func(m map[string]any) { m["claims"] = nil }, wantErr: "claims"},
		{name: "extra field allowed", raw: func(m map[string]any) { m["model_version"] = "2" }},
		{name: "near duplicate", edit: func(r *Record) {
			r.NearDuplicateOf = &NearDuplicate{ID: "urn:uuid:1", URL: "https://a.example/1", Jaccard: 0.82}
		}},
		{name: "near duplicate without id", edit: func(r *Record) { r.NearDuplicateOf = &NearDuplicate{Jaccard: 0.82} }, wantErr: "near_duplicate_of"},
		{name: "jaccard above 1", edit: func(r *Record) { r.NearDuplicateOf = &NearDuplicate{ID: "x", Jaccard: 1.2} }, wantErr: "jaccard"},
		{name: "evidence off by one", edit: func(r *Record) { r.Claims[0].Evidence[0].Start++ }, wantErr: "claims[0].evidence[0]"},
		{name: "evidence past the end", edit: func(r *Record) { r.Claims[0].Evidence[0].End = len(r.Text) + 5 }, wantErr: "outside the text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := validRecord()
			if tc.edit != nil {
				tc.edit(&rec)
			}
			var buf strings.Builder
			w := NewJSONLWriter(&buf)
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			data := []byte(buf.String())
			if tc.raw != nil {
				var m map[string]any
				if err := json.Unmarshal(data, &m); err != nil {
					t.Fatal(err)
				}
				tc.raw(m)
				var err error
				if data, err = json.Marshal(m); err != nil {
					t.Fatal(err)
				}
			}
			err := ValidateRecordJSON(data)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("valid record rejected: %v\n%s", err, data)
			case tc.wantErr != "" && err == nil:
				t.Fatalf("invalid record accepted:\n%s", data)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Fatalf("error %q does not mention %q", err, tc.wantErr)
			}
		})
	}
}

func TestValidateRecordJSONNotJSON(t *testing.T) {
	for _, in := range []string{"", "{", "[1,2]", `"id"`} {
		if err := ValidateRecordJSON([]byte(in)); err == nil {
			t.Errorf("ValidateRecordJSON(%q) = nil, want an error", in)
		}
	}
}
