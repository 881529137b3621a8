package cli

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bansift/bansift/corpus/store"
	"github.com/bansift/bansift/internal/warctest"
)

// TestStoreSurvivesKill builds the binary, kills a run with SIGKILL once
// some batches are committed, runs again and checks that every page is in
// the store exactly once and that the second run did only what was missing.
func TestStoreSurvivesKill(t *testing.T) {
	bin := buildBansift(t)
	dir := t.TempDir()
	const pages = 3000
	var recs []warctest.Record
	for i := range pages {
		recs = append(recs, warctest.Response(fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i),
			fmt.Sprintf("https://news.example/%d", i), "text/html",
			warctest.HTMLPage(fmt.Sprintf("Report number %d", i),
				fmt.Sprintf("The council met on day %d and spoke about roads, parks and item %d of the budget.", i, i*7),
				fmt.Sprintf("Residents asked about the bus timetable and the library's hours for week %d.", i%52))))
	}
	var buf bytes.Buffer
	if err := warctest.Write(&buf, true, recs...); err != nil {
		t.Fatal(err)
	}
	warc := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(warc, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "b.db")
	args := []string{"run", "--templates=false", "--workers", "2", "--store", db, warc}

	first := exec.Command(bin, append(args, "-o", filepath.Join(dir, "first.jsonl"))...)
	var firstErr bytes.Buffer
	first.Stderr = &firstErr
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- first.Wait() }()
	// Kill once at least one batch is committed.
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(5 * time.Millisecond) {
		if n := storedPages(t, db); n >= store.DefaultBatch {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("the first run ended (%v) before it could be killed\n%s", err, firstErr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("no batch committed in two minutes")
		}
	}
	if err := first.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-exited
	afterKill := storedPages(t, db)
	if afterKill >= pages {
		t.Fatalf("the run was killed after it stored all %d pages: the test proves nothing", afterKill)
	}

	out := filepath.Join(dir, "second.jsonl")
	second := exec.Command(bin, append(args, "-o", out)...)
	var stderr bytes.Buffer
	second.Stderr = &stderr
	if err := second.Run(); err != nil {
		t.Fatalf("second run: %v\n%s", err, stderr.String())
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var total, distinct, unfinished int
	if err := s.DB().QueryRow(`SELECT count(*), count(DISTINCT id) FROM pages`).Scan(&total, &distinct); err != nil {
		t.Fatal(err)
	}
	if err := s.DB().QueryRow(`SELECT count(*) FROM runs WHERE finished IS NULL`).Scan(&unfinished); err != nil {
		t.Fatal(err)
	}
	if total != pages || distinct != pages {
		t.Errorf("store holds %d pages (%d distinct), want %d once each", total, distinct, pages)
	}
	if unfinished != 1 {
		t.Errorf("%d unfinished runs, want the killed one", unfinished)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	redone := bytes.Count(data, []byte("\n"))
	if redone != pages-afterKill {
		t.Errorf("second run wrote %d records, want the %d the first did not store", redone, pages-afterKill)
	}
	if want := fmt.Sprintf("%d unchanged inputs skipped", afterKill); !strings.Contains(stderr.String(), want) {
		t.Errorf("summary %q lacks %q", stderr.String(), want)
	}
	t.Logf("killed after %d of %d pages were stored; the second run did the other %d", afterKill, pages, redone)
}

// storedPages counts the pages in the store file, 0 when it is not there yet.
func storedPages(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	s, err := store.Open(path)
	if err != nil {
		return 0
	}
	defer s.Close()
	n, err := s.Pages()
	if err != nil {
		return 0
	}
	return n
}
