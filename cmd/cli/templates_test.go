package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
)

// TestTemplatesFileAndStdinAgree runs one JSONL batch from a file (where
// the template pass runs) and from stdin (where it cannot): the claims of
// every page are the same. Four pages share a wire paragraph that carries
// the claim, and a masthead line.
func TestTemplatesFileAndStdinAgree(t *testing.T) {
	wire := "The Dutch government has suspended the purchase of surveillance cameras from Hikvision for all ministries, citing the risk of espionage."
	intros := []string{
		"The harbour police will have to replace forty cameras at the port, the mayor said on Tuesday after the decision.",
		"The town hall said on Wednesday that it would check which of its own cameras come from the maker, and how soon.",
		"Provincial offices were asked to follow the ministries and to list every camera of the brand that they bought.",
		"The civil service union welcomed the step on Thursday, saying staff had long worried about cameras of the brand.",
	}
	var batch bytes.Buffer
	for i, intro := range intros {
		text := fmt.Sprintf("Regional News Network | North edition\n\nCameras banned in ministries, part %c\n\n%s\n\n%s\n", 'A'+i, intro, wire)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("p%d", i), "text": text})
		batch.Write(line)
		batch.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "batch.jsonl")
	if err := os.WriteFile(path, batch.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	claims := func(stdin string, args ...string) map[string]string {
		var out, errOut bytes.Buffer
		streams := &IOStreams{In: strings.NewReader(stdin), Out: &out, ErrOut: &errOut}
		if code := Main(streams, append([]string{"run"}, args...)); code != ExitOK {
			t.Fatalf("run %v: exit %d\n%s", args, code, errOut.String())
		}
		got := map[string]string{}
		sc := bufio.NewScanner(&out)
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			var rec corpus.Record
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatal(err)
			}
			c, _ := json.Marshal(rec.Claims)
			got[rec.ID] = string(c)
		}
		return got
	}
	fromFile := claims("", path)
	fromStdin := claims(batch.String(), "-")
	if len(fromFile) != len(intros) {
		t.Fatalf("%d records from the file, want %d", len(fromFile), len(intros))
	}
	found := false
	for id, c := range fromFile {
		if c != fromStdin[id] {
			t.Errorf("%s: claims differ\nfile:  %s\nstdin: %s", id, c, fromStdin[id])
		}
		found = found || strings.Contains(c, "Hikvision")
	}
	if !found {
		t.Error("no page has the wire paragraph's claim: the test shows nothing")
	}
}
