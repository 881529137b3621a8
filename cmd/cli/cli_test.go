package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/bansift/bansift/corpus"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"bansift": func() { os.Exit(Main(System(), os.Args[1:])) },
	})
}

// TestScripts runs the end-to-end cases in testdata/script: each is a
// txtar archive of input files and the commands run on them.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkbytes": cmdMkbytes,
			"records": cmdRecords,
			"chop":    cmdChop,
		},
	})
}

// cmdMkbytes writes a file txtar cannot hold: `mkbytes FILE KIND`, KIND one
// of binary, latin1, utf16, big (6 MiB of text).
func cmdMkbytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkbytes FILE binary|latin1|utf16|big")
	}
	var data []byte
	switch args[1] {
	case "binary":
		data = []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00")
		data = append(data, bytes.Repeat([]byte{0, 1, 2, 0xff}, 256)...)
	case "latin1":
		// "Die Behörde prüft Überwachungskameras" in ISO 8859-1.
		data = []byte("Beh\xf6rde pr\xfcft \xdcberwachungskameras\n\nDie Beh\xf6rde untersagt den Einsatz der Kameras in Ministerien, teilte sie am Montag mit.\n")
	case "utf16":
		data = []byte{0xff, 0xfe}
		for _, r := range "Regulator bans the app\n\nThe regulator has banned the messaging app on official phones, it said on Monday.\n" {
			data = append(data, byte(r), 0)
		}
	case "big":
		data = bytes.Repeat([]byte("The ministry said the ban applies to every agency. "), 6<<20/50)
	default:
		ts.Fatalf("unknown kind %q", args[1])
	}
	if err := os.WriteFile(ts.MkAbs(args[0]), data, 0o644); err != nil {
		ts.Fatalf("%v", err)
	}
}

// cmdChop cuts the final line end off FILE, as a kill mid-record leaves a
// file: `chop FILE`.
func cmdChop(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: chop FILE")
	}
	data := strings.TrimSuffix(ts.ReadFile(args[0]), "\n")
	if err := os.WriteFile(ts.MkAbs(args[0]), []byte(data), 0o644); err != nil {
		ts.Fatalf("%v", err)
	}
}

// cmdRecords checks the records in stdout (or in FILE with -f FILE):
// `records [-f FILE] N [ID=STAGE|ID=ok|ID=lang:CODE|ID=note]...`. Every line
// must validate against the record schema; there must be N of them; each
// ID=... names one record and what it must show.
func cmdRecords(ts *testscript.TestScript, neg bool, args []string) {
	source := "stdout"
	if len(args) > 2 && args[0] == "-f" {
		source, args = args[1], args[2:]
	}
	if neg || len(args) < 1 {
		ts.Fatalf("usage: records [-f FILE] N [ID=STAGE|ID=ok|ID=lang:CODE|ID=note]...")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("records: %v", err)
	}
	byID := map[string]corpus.Record{}
	var order []string
	sc := bufio.NewScanner(strings.NewReader(ts.ReadFile(source)))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if err := corpus.ValidateRecordJSON(line); err != nil {
			ts.Fatalf("record %d does not validate: %v\n%s", len(order)+1, err, line)
		}
		var rec corpus.Record
		if err := json.Unmarshal(line, &rec); err != nil {
			ts.Fatalf("%v", err)
		}
		if _, dup := byID[rec.ID]; dup {
			ts.Fatalf("two records with id %q", rec.ID)
		}
		byID[rec.ID] = rec
		order = append(order, rec.ID)
	}
	if len(order) != want {
		ts.Fatalf("got %d records %v, want %d", len(order), order, want)
	}
	for _, a := range args[1:] {
		id, check, ok := strings.Cut(a, "=")
		rec, found := byID[id]
		if !ok || !found {
			ts.Fatalf("no record %q among %v", id, order)
		}
		switch {
		case check == "ok":
			if rec.Error != nil {
				ts.Fatalf("%s: unexpected error %+v", id, rec.Error)
			}
		case check == "note":
			if len(rec.Notes) == 0 {
				ts.Fatalf("%s: want a note, got none", id)
			}
		case strings.HasPrefix(check, "lang:"):
			if got := rec.Language.Code; got != strings.TrimPrefix(check, "lang:") {
				ts.Fatalf("%s: language %q, want %s", id, got, check)
			}
		default:
			if rec.Error == nil || string(rec.Error.Stage) != check || rec.Error.Message == "" {
				ts.Fatalf("%s: error %+v, want stage %q with a message", id, rec.Error, check)
			}
		}
	}
}

// TestProgressOnlyOnTerminal checks that the progress bar is drawn on a
// terminal and never mixed into captured stderr otherwise, and that records
// go to stdout either way.
func TestProgressOnlyOnTerminal(t *testing.T) {
	dir := t.TempDir()
	for i, who := range []string{"tax agency", "rail operator", "city council"} {
		page := fmt.Sprintf("News from the %s\n\nThe %s said on Friday it will stop buying the cameras for its offices.\n", who, who)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.txt", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, terminal := range []bool{false, true} {
		t.Run(fmt.Sprintf("terminal=%v", terminal), func(t *testing.T) {
			var out, errOut bytes.Buffer
			streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, ErrIsTerminal: terminal}
			if code := Main(streams, []string{"run", "--workers", "2", dir}); code != ExitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, errOut.String())
			}
			if n := strings.Count(out.String(), "\n"); n != 3 {
				t.Errorf("stdout has %d records, want 3", n)
			}
			drawn := strings.Contains(errOut.String(), "\r")
			if drawn != terminal {
				t.Errorf("progress drawn = %v on terminal = %v; stderr: %q", drawn, terminal, errOut.String())
			}
			if !strings.Contains(errOut.String(), "3 pages, 0 errors") {
				t.Errorf("summary line missing from stderr: %q", errOut.String())
			}
		})
	}
}

// TestRunFlagsReachOptions checks the flag wiring without running the pipeline.
func TestRunFlagsReachOptions(t *testing.T) {
	var got *runOptions
	streams := &IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}
	cmd := newRunCmd(streams, func(o *runOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--workers", "3", "-o", "out.jsonl", "--format", "html", "--max-bytes", "100", "a", "b"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Workers != 3 || got.Output != "out.jsonl" || got.Format != "html" || got.MaxBytes != 100 ||
		strings.Join(got.Paths, ",") != "a,b" || got.Progress {
		t.Errorf("options = %+v", got)
	}
	cmd = newRunCmd(streams, func(o *runOptions) error { got = o; return nil })
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got.Paths, ",") != "-" {
		t.Errorf("no path should mean stdin, got %v", got.Paths)
	}
}
