package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/eval"
	"github.com/bansift/bansift/internal/sharedtest"
)

// TestRunSharedCorpus runs the CLI on the real seed pages: one valid record
// per page, each in the language its gold annotation gives.
func TestRunSharedCorpus(t *testing.T) {
	shared := sharedtest.Dir(t)
	gold, err := eval.LoadGold(filepath.Join(shared, "corpus", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
	if code := Main(streams, []string{"run", filepath.Join(shared, "corpus", "articles")}); code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut.String())
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 16<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := corpus.ValidateRecordJSON(sc.Bytes()); err != nil {
			t.Errorf("record %d: %v", n, err)
		}
		var rec corpus.Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		g, ok := gold[rec.ID]
		if !ok {
			t.Errorf("record %q has no gold annotation", rec.ID)
			continue
		}
		if rec.Language.Code != g.Language {
			t.Errorf("%s: language %q, gold %q", rec.ID, rec.Language.Code, g.Language)
		}
	}
	if n != len(gold) {
		t.Errorf("%d records for %d seed pages", n, len(gold))
	}
}
