package store

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// articles is a reader over fixed articles.
type articles struct{ as []corpus.Article }

func (a *articles) Next() (corpus.Article, error) {
	if len(a.as) == 0 {
		return corpus.Article{}, io.EOF
	}
	x := a.as[0]
	a.as = a.as[1:]
	return x, nil
}

func (a *articles) Close() error { return nil }

func page(id, content string) corpus.Article {
	return corpus.Article{ID: id, Source: corpus.Source{Path: id + ".txt", Format: corpus.FormatText}, Content: content}
}

// record stands in for the pipeline: one claim per article.
func record(a corpus.Article) corpus.Record {
	return corpus.Record{ID: a.ID, Source: a.Source, Text: a.Content, Language: corpus.Language{Code: "en"},
		Claims: []corpus.Claim{{Actor: corpus.Actor{Country: "US"}, Action: "export_ban", Status: "enacted",
			Targets:  []corpus.Target{{Vendor: "Acme", Category: "other"}},
			Evidence: []corpus.Evidence{{Text: a.Content, Start: 0, End: len(a.Content)}}}}}
}

// runOnce runs inputs through a store run and returns the ids processed.
func runOnce(t *testing.T, s *Store, opts RunOptions, inputs ...corpus.Article) []string {
	t.Helper()
	run, err := s.StartRun(opts)
	if err != nil {
		t.Fatal(err)
	}
	r := run.Filter(&articles{inputs})
	var done []string
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := run.Put(record(a), nil); err != nil {
			t.Fatal(err)
		}
		done = append(done, a.ID)
	}
	if err := run.Finish(); err != nil {
		t.Fatal(err)
	}
	return done
}

func count(t *testing.T, s *Store, query string) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow(query).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRunsSkipAndReprocess(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, b, c := page("a", "first text"), page("b", "second text"), page("c", "third text")
	for _, step := range []struct {
		name   string
		opts   RunOptions
		inputs []corpus.Article
		want   []string // processed
	}{
		{"first run stores all", RunOptions{Batch: 2}, []corpus.Article{a, b, c}, []string{"a", "b", "c"}},
		{"same inputs: nothing to do", RunOptions{}, []corpus.Article{a, b, c}, nil},
		{"a changed, d new", RunOptions{}, []corpus.Article{page("a", "first text, corrected"), b, page("d", "fourth")}, []string{"a", "d"}},
		{"force redoes all", RunOptions{Force: true}, []corpus.Article{b, c}, []string{"b", "c"}},
	} {
		got := runOnce(t, s, step.opts, step.inputs...)
		if len(got) != len(step.want) {
			t.Fatalf("%s: processed %v, want %v", step.name, got, step.want)
		}
		for i := range got {
			if got[i] != step.want[i] {
				t.Fatalf("%s: processed %v, want %v", step.name, got, step.want)
			}
		}
	}
	if n := count(t, s, `SELECT count(*) FROM pages`); n != 4 {
		t.Errorf("%d pages, want 4", n)
	}
	// Replacing a page replaces its claims: one per page, never two.
	if n := count(t, s, `SELECT count(*) FROM claims`); n != 4 {
		t.Errorf("%d claims, want 4", n)
	}
	if n := count(t, s, `SELECT count(*) FROM targets JOIN evidence USING (page_id, claim)`); n != 4 {
		t.Errorf("%d target×evidence rows, want 4", n)
	}
	// a keeps its place in the order though it was stored again.
	var ids []string
	if err := s.Records(func(r corpus.Record) error { ids = append(ids, r.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(ids) != 4 || ids[0] != "a" || ids[3] != "d" {
		t.Errorf("records in order %v, want a b c d", ids)
	}
	var text string
	if err := s.DB().QueryRow(`SELECT json_extract(record, '$.text') FROM pages WHERE id = 'a'`).Scan(&text); err != nil || text != "first text, corrected" {
		t.Errorf("page a holds %q (%v), want the changed text", text, err)
	}
}

// TestAbortLosesOnlyTheOpenBatch: what was committed stays, what was not is
// processed again by the next run.
func TestAbortLosesOnlyTheOpenBatch(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var in []corpus.Article
	for _, id := range []string{"p1", "p2", "p3", "p4", "p5"} {
		in = append(in, page(id, "text of "+id))
	}
	run, err := s.StartRun(RunOptions{Batch: 2})
	if err != nil {
		t.Fatal(err)
	}
	r := run.Filter(&articles{append([]corpus.Article(nil), in...)})
	for range 3 { // p1, p2 committed; p3 in the open batch
		a, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		if err := run.Put(record(a), nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := run.Abort(); err != nil {
		t.Fatal(err)
	}
	got := runOnce(t, s, RunOptions{}, in...)
	if len(got) != 3 || got[0] != "p3" {
		t.Errorf("second run processed %v, want p3 p4 p5", got)
	}
	if n := count(t, s, `SELECT count(DISTINCT id) FROM pages`); n != 5 {
		t.Errorf("%d pages, want 5", n)
	}
}

// BenchmarkPut stores records of a realistic size (a 6 KB text, one claim):
// the store's cost per page beside the pipeline's.
func BenchmarkPut(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	run, err := s.StartRun(RunOptions{})
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("The ministry said agencies must stop buying the cameras. ", 100)
	i := 0
	for b.Loop() {
		a := page(fmt.Sprintf("p%d", i), text)
		i++
		if _, err := run.Filter(&articles{[]corpus.Article{a}}).Next(); err != nil {
			b.Fatal(err)
		}
		if err := run.Put(record(a), make([]byte, 256)); err != nil {
			b.Fatal(err)
		}
	}
	if err := run.Finish(); err != nil {
		b.Fatal(err)
	}
}
