package pipeline

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// TestWithTimings checks that timing counts every page a run processes,
// names every stage, and changes neither the records nor the pipeline it
// was made from. It asserts no durations: those belong to benchmarks.
func TestWithTimings(t *testing.T) {
	p := testPipeline(t)
	articles := []corpus.Article{
		{ID: "text", Source: corpus.Source{Format: corpus.FormatText}, Content: englishPage},
		{ID: "html", Source: corpus.Source{Format: corpus.FormatHTML}, Content: "<html><body><article><p>" + strings.Repeat("The regulator told operators to remove the equipment. ", 5) + "</p></article></body></html>"},
		{ID: "empty", Source: corpus.Source{Format: corpus.FormatText}, Content: "   "},
	}
	var tm Timings
	timed := p.WithTimings(&tm)
	if p.timings != nil {
		t.Fatal("WithTimings changed the pipeline it was called on")
	}
	var got []corpus.Record
	err := timed.Run(context.Background(), &sliceReader{articles: articles}, 2, func(r corpus.Record) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range articles {
		if want := p.Process(a); !reflect.DeepEqual(got[i], want) {
			t.Errorf("%s: record with timings differs from the one without:\n got %+v\nwant %+v", a.ID, got[i], want)
		}
	}
	if tm.Pages() != len(articles) {
		t.Errorf("Pages() = %d, want %d", tm.Pages(), len(articles))
	}
	s := tm.String()
	for st := range numStages {
		if !strings.Contains(s, st.String()+" ") {
			t.Errorf("String() = %q: no %q", s, st)
		}
	}
}

func TestStageString(t *testing.T) {
	tests := []struct {
		name  string
		stage Stage
		want  string
	}{
		{"first", StageClean, "clean"},
		{"last", StageRelevance, "relevance"},
		{"out of range", numStages, "Stage(5)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.stage.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
