package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/bansift/bansift/eval"
)

// evalTestdata is the hand-written gold set shared with the corpus tests.
var evalTestdata = filepath.Join("..", "..", "eval", "testdata")

// runEvalCmd runs `bansift eval args...` as the binary would and returns
// its exit code and captured streams.
func runEvalCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
	code = Main(streams, append([]string{"eval"}, args...))
	return code, out.String(), errOut.String()
}

// tableRow returns the cells of the table row whose first cell is name.
func tableRow(t *testing.T, out, name string) []string {
	t.Helper()
	for line := range strings.Lines(out) {
		f := strings.Fields(line)
		if len(f) > 0 && f[0] == name {
			return f
		}
	}
	t.Fatalf("no row %q in:\n%s", name, out)
	return nil
}

// The records file has hand-made records for a1, a2, a3 (and one without
// gold); the expected scores are worked out in its comments below.
func TestEvalRecordsTable(t *testing.T) {
	code, out, errOut := runEvalCmd(t,
		"--records", filepath.Join(evalTestdata, "records.jsonl"),
		"--articles", filepath.Join(evalTestdata, "corpus"), "--workers", "1")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	tests := []struct {
		metric, value, count string
	}{
		{"language_accuracy", "1.000", "3/3"},
		{"translated_recall", "n/a", "0/0"},
		{"relevance_accuracy", "1.000", "3/3"},
		// a1 keeps "Share on Facebook": 1 of 11 boilerplate lines, 3 tokens.
		{"leak_rate", "0.091", "1/11"},
		{"body_recall", "1.000", "145/145"},
		// gold pairs NO/Hikvision, NO/Dahua, DE/Huawei, DE/ZTE; predicted
		// also US/Huawei (spurious) and DK/[cameras] (optional, ignored).
		{"claims_precision", "0.750", "3/4"},
		{"claims_recall", "0.750", "3/4"},
		{"claims_f1", "0.750", "tp"},
		// DE/ZTE, a primary pair, is missed.
		{"primary_recall", "0.750", "3/4"},
		{"action_accuracy", "1.000", "3/3"},
		{"sector_accuracy", "1.000", "3/3"},
	}
	for _, tt := range tests {
		t.Run(tt.metric, func(t *testing.T) {
			row := tableRow(t, out, tt.metric)
			if len(row) < 3 || row[1] != tt.value || row[2] != tt.count {
				t.Errorf("row %q, want value %s count %s", row, tt.value, tt.count)
			}
		})
	}
	if !strings.Contains(out, "not in gold (not scored): zz") {
		t.Errorf("extra record zz not reported:\n%s", out)
	}
	if strings.Contains(out, "spurious") {
		t.Errorf("per-article lines printed without --verbose:\n%s", out)
	}
}

func TestEvalRecordsVerboseJSON(t *testing.T) {
	code, out, errOut := runEvalCmd(t, "--json", "--verbose",
		"--records", filepath.Join(evalTestdata, "records.jsonl"),
		"--gold", filepath.Join(evalTestdata, "corpus", "gold"))
	if code != ExitOK {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	var got struct {
		Gold struct {
			Report struct {
				Articles []struct {
					ID       string `json:"id"`
					Spurious []struct {
						Country, Vendor string
					} `json:"spurious"`
					Body *json.RawMessage `json:"body"`
				} `json:"articles"`
			} `json:"report"`
			Metrics map[string]*float64 `json:"metrics"`
			Notes   []string            `json:"notes"`
		} `json:"gold"`
		Failed []string `json:"below_floors"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	arts := got.Gold.Report.Articles
	if len(arts) != 3 || arts[1].ID != "a2" || len(arts[1].Spurious) != 1 || arts[1].Spurious[0].Country != "US" {
		t.Errorf("articles = %+v, want a2 with spurious US/Huawei", arts)
	}
	// Without --articles the body cannot be scored.
	if arts[0].Body != nil || got.Gold.Metrics["body_f1"] != nil || len(got.Gold.Notes) == 0 {
		t.Errorf("body scored without article texts: %+v", got.Gold)
	}
	if v := got.Gold.Metrics["claims_f1"]; v == nil || *v != 0.75 {
		t.Errorf("claims_f1 = %v, want 0.75", v)
	}
	if got.Failed == nil || len(got.Failed) != 0 {
		t.Errorf("below_floors = %v, want []", got.Failed)
	}
}

func TestEvalFloors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name     string
		floors   string
		code     int
		inStderr []string
	}{
		{"all met", `{"corpus": {"claims_f1": 0.75, "leak_rate": 0.1, "language_accuracy": 1}}`, ExitOK, nil},
		{"two missed", `{"corpus": {"claims_f1": 0.8, "leak_rate": 0.05, "language_accuracy": 1}}`, ExitBelowFloors,
			[]string{"2 scores miss", "claims_f1 0.7500 below its floor 0.8000", "leak_rate 0.0909 above its ceiling 0.0500"}},
		{"unknown metric", `{"corpus": {"claim_f1": 0.1}}`, ExitError, []string{`unknown metric "claim_f1"`}},
		{"missing section", `{"bench_text": {"f1": 0.1}}`, ExitError, []string{`no section "corpus"`}},
		{"bad json", "{\n  \"corpus\": {\"claims_f1\" 1}\n}", ExitError, []string{":2:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			floors := write(strings.ReplaceAll(tt.name, " ", "_")+".json", tt.floors)
			code, out, errOut := runEvalCmd(t, "--floors", floors,
				"--records", filepath.Join(evalTestdata, "records.jsonl"),
				"--articles", filepath.Join(evalTestdata, "corpus"))
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			for _, s := range tt.inStderr {
				if !strings.Contains(errOut, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errOut)
				}
			}
			if tt.code == ExitBelowFloors && !strings.Contains(out, "BELOW FLOOR corpus: claims_f1") {
				t.Errorf("stdout does not flag the floor:\n%s", out)
			}
		})
	}
}

func TestEvalBench(t *testing.T) {
	bench := filepath.Join(evalTestdata, "bench")
	code, out, errOut := runEvalCmd(t, "--bench", bench, "--mode", "text,text-browser,html", "--workers", "2")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	for _, mode := range []string{"text", "text-browser", "html"} {
		row := tableRow(t, out, mode)
		if len(row) != 9 || row[1] != "all" || row[2] != "2" {
			t.Errorf("%s row %q, want split all over 2 pages", mode, row)
		}
	}

	// The two halves of the split partition the pages; JSON has the pages
	// with --verbose and scores are the same on every run.
	pages := 0
	for _, split := range []string{"tune", "holdout"} {
		code, out, errOut := runEvalCmd(t, "--bench", bench, "--split", split, "--json", "--verbose")
		if code != ExitOK && !strings.Contains(errOut, "no benchmark pages left") {
			t.Fatalf("split %s: exit %d, stderr: %s", split, code, errOut)
		}
		if code != ExitOK {
			continue
		}
		var got struct {
			Bench []struct {
				Split string
				Score struct{ Pages int }
				Pages []struct{ ID string }
			}
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		if len(got.Bench) != 1 || got.Bench[0].Split != split || len(got.Bench[0].Pages) != got.Bench[0].Score.Pages {
			t.Errorf("split %s: %+v", split, got.Bench)
		}
		pages += got.Bench[0].Score.Pages
	}
	if pages != 2 {
		t.Errorf("tune + holdout = %d pages, want 2", pages)
	}

	ids := filepath.Join(t.TempDir(), "ids.txt")
	if err := os.WriteFile(ids, []byte("# only one\np2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runEvalCmd(t, "--bench", bench, "--ids", ids, "--verbose")
	if code != ExitOK {
		t.Fatalf("--ids: exit %d, stderr: %s", code, errOut)
	}
	if row := tableRow(t, out, "text"); row[2] != "1" || !strings.Contains(out, "p2 ") || strings.Contains(out, "p1 ") {
		t.Errorf("--ids p2: row %q, output:\n%s", row, out)
	}
}

func TestEvalBenchFloors(t *testing.T) {
	floors := filepath.Join(t.TempDir(), "floors.json")
	if err := os.WriteFile(floors, []byte(`{"bench_text_browser": {"f1": 1.01}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runEvalCmd(t, "--bench", filepath.Join(evalTestdata, "bench"), "--mode", "text-browser", "--floors", floors)
	if code != ExitBelowFloors || !regexp.MustCompile(`bench_text_browser: f1 [0-9.]+ below its floor 1.0100`).MatchString(errOut) {
		t.Errorf("exit %d, stderr %q; want exit 3 naming bench_text_browser f1", code, errOut)
	}
}

// Running the pipeline itself: the scores depend on every stage, so only
// the shape of the output is checked here.
func TestEvalArticles(t *testing.T) {
	code, out, errOut := runEvalCmd(t, "--articles", filepath.Join(evalTestdata, "corpus"), "--workers", "2")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	if !strings.Contains(out, "3 pages scored") {
		t.Errorf("output does not say 3 pages were scored:\n%s", out)
	}
	for _, m := range []string{"language_accuracy", "body_f1", "leak_rate", "claims_f1", "primary_recall", "category_accuracy"} {
		tableRow(t, out, m)
	}
	if strings.Contains(out, "no record for") {
		t.Errorf("some gold page got no record:\n%s", out)
	}
}

func TestEvalUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"nothing to do", nil, "nothing to evaluate"},
		{"records without gold", []string{"--records", filepath.Join(evalTestdata, "records.jsonl")}, "--gold"},
		{"unknown mode", []string{"--bench", filepath.Join(evalTestdata, "bench"), "--mode", "pdf"}, "known: text, text-browser, html"},
		{"unknown split", []string{"--bench", filepath.Join(evalTestdata, "bench"), "--split", "train"}, "unknown split"},
		{"missing records", []string{"--records", "nope.jsonl", "--gold", filepath.Join(evalTestdata, "corpus")}, "nope.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runEvalCmd(t, tt.args...)
			if code != ExitError || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 1 mentioning %q", code, errOut, tt.want)
			}
		})
	}
}

// The shared seeds and benchmark, when present beside the repo, must score
// without errors (the numbers themselves are the floors' business).
func TestEvalShared(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline on shared data")
	}
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus", "gold")); err != nil {
		t.Skipf("shared data not found at %s", shared)
	}
	code, out, errOut := runEvalCmd(t, "--articles", filepath.Join(shared, "corpus"))
	if code != ExitOK || !strings.Contains(out, "5 pages scored") {
		t.Errorf("shared corpus: exit %d\n%s\n%s", code, out, errOut)
	}
}

// Scores must not depend on how many workers clean the pages.
func TestEvalBenchDeterministic(t *testing.T) {
	bench := filepath.Join(evalTestdata, "bench")
	scores := map[string]string{}
	for _, workers := range []string{"1", "3"} {
		code, out, errOut := runEvalCmd(t, "--bench", bench, "--mode", "text,html", "--json", "--workers", workers)
		if code != ExitOK {
			t.Fatalf("workers %s: exit %d, stderr: %s", workers, code, errOut)
		}
		var got struct {
			Bench []struct {
				Score json.RawMessage `json:"score"`
			} `json:"bench"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		var all []string
		for _, b := range got.Bench {
			all = append(all, string(b.Score))
		}
		scores[workers] = strings.Join(all, "\n")
	}
	if scores["1"] != scores["3"] {
		t.Errorf("scores differ with 1 and 3 workers:\n%s\n%s", scores["1"], scores["3"])
	}
}

// Every floor in the repo's CI file must name a metric eval prints, or the
// floor would never be checked.
func TestCIFloorsNameKnownMetrics(t *testing.T) {
	floors, err := eval.LoadFloors(filepath.Join("..", "..", ".ci", "floors.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(floors) == 0 {
		t.Fatal("no floors")
	}
	for section, fs := range floors {
		metrics := eval.Report{}.Metrics()
		if strings.HasPrefix(section, "bench_") {
			metrics = eval.BenchScore{}.Metrics()
			mode := strings.ReplaceAll(strings.TrimPrefix(section, "bench_"), "_", "-")
			if !slices.Contains(eval.BenchModes, mode) {
				t.Errorf("section %s names no benchmark mode", section)
			}
		}
		for name := range fs {
			if !slices.ContainsFunc(metrics, func(m eval.Metric) bool { return m.Name == name }) {
				t.Errorf("floors %s: unknown metric %q", section, name)
			}
		}
	}
}

func TestEvalBenchBootstrap(t *testing.T) {
	code, out, errOut := runEvalCmd(t, "--bench", filepath.Join(evalTestdata, "bench"), "--bootstrap", "50")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr: %s", code, errOut)
	}
	row := tableRow(t, out, "text")
	for _, cell := range row[3:7] {
		if !regexp.MustCompile(`^[0-9.]+±[0-9.]+$`).MatchString(cell) {
			t.Errorf("cell %q of %q has no ±", cell, row)
		}
	}
}
