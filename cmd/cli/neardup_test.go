package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/corpus/dataset"
	"github.com/bansift/bansift/internal/warctest"
)

// The stories below are invented for this test.
const (
	cameraStory = `The German interior ministry said on Monday that federal agencies must stop buying surveillance cameras from Hikvision, citing security risks. ` +
		`The rule covers all new purchases from July, and existing cameras will be replaced within two years. ` +
		`Hikvision said it complies with all German laws and was not consulted before the decision was announced.`
	cameraStoryDE = `Das Bundesinnenministerium hat am Montag angeordnet, dass Bundesbehörden keine Überwachungskameras von Hikvision mehr kaufen dürfen, und verweist auf Sicherheitsrisiken. ` +
		`Die Regel gilt für alle neuen Käufe ab Juli; vorhandene Kameras werden binnen zwei Jahren ersetzt.`
	cameraOther = `Months before the federal decision, the state of Hesse had quietly told its police to stop buying Hikvision cameras for new stations. ` +
		`A spokesman for the state police said the step followed advice from the federal cyber agency and cost little, since few such cameras were in use.`
)

// outletPage is an outlet's HTML page around a story: its own menu, title
// line and footer.
func outletPage(outlet, title, story string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<html><head><title>%s | %s</title></head><body><nav><a href='/'>%s</a> <a href='/politics'>Politics</a> <a href='/sport'>Sport</a></nav><article><h1>%s</h1>", title, outlet, outlet, title)
	for _, s := range strings.SplitAfter(story, ". ") {
		fmt.Fprintf(&b, "<p>%s</p>", s)
	}
	fmt.Fprintf(&b, "</article><footer><p>Subscribe to the %s newsletter.</p><p>© %s. All rights reserved.</p></footer></body></html>", outlet, outlet)
	return b.String()
}

func writeWARC(t *testing.T, path string, recs ...warctest.Record) {
	t.Helper()
	var buf bytes.Buffer
	if err := warctest.Write(&buf, true, recs...); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func page(id, url, date, html string) warctest.Record {
	r := warctest.Response("urn:uuid:"+id, url, "text/html; charset=utf-8", html)
	r.Date = date
	return r
}

func runMain(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Main(&IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, args); code != ExitOK {
		t.Fatalf("bansift %s: exit %d\n%s", strings.Join(args, " "), code, errOut.String())
	}
	return errOut.String()
}

// TestCopiesAcrossRunsAndStableEvents: syndicated copies link to the first
// page, in one run and across runs of one store; the events from the store
// count sources, not copies, and keep their id when an earlier article
// joins in a later run.
func TestCopiesAcrossRunsAndStableEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	day1 := "2024-03-04T09:00:00Z"
	writeWARC(t, filepath.Join(dir, "one.warc.gz"),
		page("herald", "https://herald.example/cameras", day1, outletPage("Coastal Herald", "Berlin bars Hikvision cameras", cameraStory)),
		page("times", "https://times.example/a/1", day1, outletPage("Harbour Times", "Ministry stops camera purchases", cameraStory)),
		page("zeitung", "https://zeitung.example/kameras", day1, outletPage("Morgenzeitung", "Berlin stoppt Kamerakauf", cameraStoryDE)),
	)
	runMain(t, "run", "--store", db, "-o", filepath.Join(dir, "one.jsonl"), filepath.Join(dir, "one.warc.gz"))
	links := nearLinks(t, filepath.Join(dir, "one.jsonl"))
	if links["times"] != "herald" || links["herald"] != "" || links["zeitung"] != "" {
		t.Fatalf("links after the first run: %v", links)
	}
	ev1 := storeEvent(t, dir, db, "hikvision")
	if ev1.MentionCount != 2 || ev1.CopyCount != 3 {
		t.Errorf("first event: %d sources, %d pages; want 2 sources (herald+times, zeitung), 3 pages", ev1.MentionCount, ev1.CopyCount)
	}

	// A later run: one more copy, and an article dated earlier than the
	// event's first date (its computed id would change).
	writeWARC(t, filepath.Join(dir, "two.warc.gz"),
		page("daily", "https://daily.example/x", "2024-03-05T09:00:00Z", outletPage("Maritime Daily", "Camera ban for agencies", cameraStory)),
		page("hesse", "https://hesse.example/police", "2024-01-10T09:00:00Z", outletPage("Hesse Post", "Hesse police dropped Hikvision", cameraOther)),
	)
	runMain(t, "run", "--store", db, "-o", filepath.Join(dir, "two.jsonl"), filepath.Join(dir, "two.warc.gz"))
	links = nearLinks(t, filepath.Join(dir, "two.jsonl"))
	if links["daily"] != "herald" || links["hesse"] != "" {
		t.Fatalf("links after the second run: %v (the copy should link to the stored page)", links)
	}
	ev2 := storeEvent(t, dir, db, "hikvision")
	if ev2.ID != ev1.ID {
		t.Errorf("event id changed from %s to %s when later articles joined", ev1.ID, ev2.ID)
	}
	if ev2.MentionCount != 3 || ev2.CopyCount != 5 {
		t.Errorf("second event: %d sources, %d pages; want 3 sources (the three copies, zeitung, hesse), 5 pages", ev2.MentionCount, ev2.CopyCount)
	}
	if ev2.FirstSeen >= ev1.FirstSeen {
		t.Errorf("first_seen %s: the earlier article did not join (test proves nothing)", ev2.FirstSeen)
	}
}

// nearLinks maps each record's short id to the short id it copies.
func nearLinks(t *testing.T, path string) map[string]string {
	t.Helper()
	recs, err := corpus.ReadRecordsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if err := corpus.ValidateRecordJSON(line); err != nil {
			t.Errorf("record from a WARC does not follow the schema: %v", err)
		}
	}
	out := map[string]string{}
	for _, r := range recs {
		id := strings.TrimPrefix(r.ID, "urn:uuid:")
		out[id] = ""
		if r.NearDuplicateOf != nil {
			out[id] = strings.TrimPrefix(r.NearDuplicateOf.ID, "urn:uuid:")
		}
	}
	return out
}

// storeEvent runs dataset --kind events on the store and returns the event
// whose vendor is vendor.
func storeEvent(t *testing.T, dir, db, vendor string) dataset.Event {
	t.Helper()
	out := filepath.Join(dir, "events.jsonl")
	runMain(t, "dataset", "--kind", "events", "--store", db, "-o", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var e dataset.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		if strings.EqualFold(e.Vendor, vendor) && e.ActorCountry == "DE" {
			return e
		}
	}
	t.Fatalf("no DE event about %s in %s", vendor, data)
	return dataset.Event{}
}
