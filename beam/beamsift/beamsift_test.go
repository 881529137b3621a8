package beamsift

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/pipeline"
)

// TestMain runs the pipelines of these tests on prism, Beam's local runner,
// in this process and offline; -runner picks another.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// samples is the repository's sample folder, the README's first command.
const samples = "../../samples"

// TestSamplesEqualBansiftRun: the Beam job over the sample pages writes the
// records `bansift run samples` writes, byte for byte, and no others. The
// expected records are made in-process the way `bansift run` makes them
// (its default template pass included).
func TestSamplesEqualBansiftRun(t *testing.T) {
	want := runLikeCLI(t, []string{samples}, true)
	out := filepath.Join(t.TempDir(), "out")
	got, claims := runJob(t, Options{Inputs: []string{samples + "/*"}, Records: out + "/records", Claims: out + "/claims", Shards: 3})
	compareRecords(t, got, want)
	// The claim rows are those of the records, each naming its record.
	wantRows := 0
	for _, line := range want {
		var rec corpus.Record
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		wantRows += countRows(rec)
	}
	if len(claims) != wantRows || wantRows == 0 {
		t.Errorf("%d claim rows, want %d (and some)", len(claims), wantRows)
	}
	for _, row := range claims {
		var r struct {
			RecordID string `json:"record_id"`
		}
		if err := json.Unmarshal([]byte(row), &r); err != nil || want[r.RecordID] == "" {
			t.Errorf("claim row of no record (%v): %.80s", err, row)
		}
	}
}

// TestBadInputsAreRecords: malformed and unreadable inputs each give their
// error record, the good lines beside them still give theirs, and the job
// does not fail. The expected records are `bansift run` on the same files.
func TestBadInputsAreRecords(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"wire.jsonl": `{"id":"ok1","text":` + jsonString(article) + `}` + "\n" +
			`{"id":"broken", "text": ` + "\n" +
			`{"id":"ok2","url":"https://example.org/b"}` + "\n" +
			`{"id":"ok3","html":"<p>Regulators block the chat app on official phones.</p>"}` + "\n",
		"empty.txt":    "",
		"binary.html":  "\x00\x01\x02\xff\xfe",
		"skipped.pdf":  "%PDF-1.4",
		".hidden.txt":  "never read",
		"good.txt":     article,
		"oversize.txt": strings.Repeat("Too long a page. ", 100),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var read []string // what a glob reads: not the .pdf, not the hidden file
	for _, name := range []string{"binary.html", "empty.txt", "good.txt", "oversize.txt", "wire.jsonl"} {
		read = append(read, filepath.Join(dir, name))
	}
	want := runLikeCLI(t, read, false, 1000)
	nothing := filepath.Join(dir, "none", "*.jsonl")
	got, _ := runJob(t, Options{Inputs: []string{dir + "/*", nothing}, Records: filepath.Join(dir, "out", "rec"), MaxBytes: 1000})
	// The glob that matches nothing is a record too, beyond what run gives.
	noMatch, ok := got["*"]
	if !ok || !strings.Contains(noMatch, `"stage":"read"`) || !strings.Contains(noMatch, "no file matches") {
		t.Errorf("the glob that matches nothing: got %q, want a read error record", noMatch)
	}
	delete(got, "*")
	compareRecords(t, got, want)
	for _, tc := range []struct{ id, stage, says string }{
		{"wire:2", "read", "wire.jsonl:2"},
		{"ok2", "read", `no \"html\" or \"text\" field`},
		{"empty", "read", "empty input"},
		{"binary", "read", "binary"},
		{"oversize", "read", "size limit"},
	} {
		rec := got[tc.id]
		if !strings.Contains(rec, `"error":{"stage":"`+tc.stage+`"`) || !strings.Contains(rec, tc.says) {
			t.Errorf("record %q: got %.300s, want a %s error saying %q", tc.id, rec, tc.stage, tc.says)
		}
	}
	for _, id := range []string{"ok1", "ok3", "good"} {
		if rec := got[id]; !strings.Contains(rec, `"error":null`) {
			t.Errorf("record %q: got %.200s, want no error", id, rec)
		}
	}
}

// article is a short invented news page with enough prose to keep a body.
const article = `Ministry orders state offices to replace routers

The interior ministry told every state office on Tuesday to stop buying routers from two foreign makers and to replace the installed ones by the end of next year.

Officials said the devices could send traffic to servers abroad. The makers rejected the claim and said they would ask a court to review the order.

The ministry did not say how many devices are affected, but a spokesperson said the replacement would be paid from the existing budget.
`

// jsonString is s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestIDsFollowTheFolderRules: files that differ only by extension keep it
// in their id, a nested glob's ids are paths below its fixed part, and a
// repeated id is renamed, as `bansift run DIR DIR` does.
func TestIDsFollowTheFolderRules(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"site/a.txt":     "The ministry bans the routers.\n",
		"site/a.html":    "<p>The regulator blocks the app.</p>",
		"site/sub/b.txt": "Officials stop buying the cameras.\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	site := filepath.Join(dir, "site")
	want := runLikeCLI(t, []string{site, filepath.Join(site, "a.txt")}, false)
	got, _ := runJob(t, Options{
		Inputs:  []string{site + "/*", site + "/*/*.txt", filepath.Join(site, "a.txt")},
		Records: filepath.Join(dir, "out", "rec"), Shards: 1,
	})
	compareRecords(t, got, want)
	for _, id := range []string{"a.txt", "a.html", "sub/b", "a"} {
		if got[id] == "" {
			t.Errorf("no record %q", id)
		}
	}
}

// TestOptionsAreChecked: bad options fail when the job is built, not on
// the workers.
func TestOptionsAreChecked(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
	}{
		{"no inputs", Options{Records: "out/r"}},
		{"empty input", Options{Inputs: []string{" "}, Records: "out/r"}},
		{"no output", Options{Inputs: []string{"x/*"}}},
		{"negative shards", Options{Inputs: []string{"x/*"}, Records: "out/r", Shards: -1}},
		{"unknown format", Options{Inputs: []string{"x/*"}, Records: "out/r", Format: "pdf"}},
		{"negative limit", Options{Inputs: []string{"x/*"}, Records: "out/r", MaxBytes: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, s := beam.NewPipelineWithRoot()
			if err := Build(s, tc.opts); err == nil {
				t.Error("want an error")
			}
		})
	}
}

// runJob builds and runs the job of opts and returns its record lines by
// id and its claim rows, after checking that every shard was written.
func runJob(t *testing.T, opts Options) (records map[string]string, claims []string) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, opts); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("the job failed: %v", err)
	}
	n := opts.Shards
	if n == 0 {
		n = DefaultShards
	}
	records = map[string]string{}
	for _, line := range readShards(t, opts.Records, n) {
		var rec struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a record: %v: %.100s", err, line)
		}
		if err := corpus.ValidateRecordJSON([]byte(line)); err != nil {
			t.Errorf("record %q breaks the schema: %v", rec.ID, err)
		}
		if _, dup := records[rec.ID]; dup {
			t.Errorf("record %q written twice", rec.ID)
		}
		records[rec.ID] = line
	}
	if opts.Claims != "" {
		claims = readShards(t, opts.Claims, n)
	}
	return records, claims
}

// readShards reads the lines of every shard under prefix; a missing shard
// fails the test.
func readShards(t *testing.T, prefix string, n int) []string {
	t.Helper()
	var lines []string
	for i := range n {
		data, err := os.ReadFile(ShardName(prefix, i, n))
		if err != nil {
			t.Fatalf("shard %d of %d: %v", i, n, err)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")...)
	}
	out := lines[:0]
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// runLikeCLI returns the record lines, by id, that `bansift run PATHS...`
// writes with its default options (templates on) or with --templates=false,
// made in-process with the root pipeline package; maxBytes is --max-bytes.
func runLikeCLI(t *testing.T, paths []string, templates bool, maxBytes ...int64) map[string]string {
	t.Helper()
	ro := corpus.ReadOptions{}
	if len(maxBytes) > 0 {
		ro.MaxBytes = maxBytes[0]
	}
	var opts pipeline.Options
	if templates {
		r, err := corpus.Open(paths, ro)
		if err != nil {
			t.Fatal(err)
		}
		opts.Boilerplate.Templates, err = pipeline.BuildTemplates(context.Background(), r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	p, err := pipeline.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	r, err := corpus.Open(paths, ro)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	want := map[string]string{}
	err = p.Run(context.Background(), r, 2, func(rec corpus.Record) error {
		line, err := recordLine(rec)
		want[rec.ID] = line
		return err
	})
	if err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	return want
}

// compareRecords reports every id missing, extra or different.
func compareRecords(t *testing.T, got, want map[string]string) {
	t.Helper()
	if len(want) == 0 {
		t.Fatal("no expected records: the test reads nothing")
	}
	for id, w := range want {
		g, ok := got[id]
		switch {
		case !ok:
			t.Errorf("record %q missing", id)
		case g != w:
			t.Errorf("record %q differs:\n got %.400s\nwant %.400s", id, g, w)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("record %q not written by bansift run", id)
		}
	}
}

// countRows is how many claim rows rec gives: one per target, one for a
// claim without targets, none for an error record.
func countRows(rec corpus.Record) int {
	if rec.Error != nil {
		return 0
	}
	n := 0
	for _, c := range rec.Claims {
		n += max(len(c.Targets), 1)
	}
	return n
}
