package corpus

import (
	"io"
	"testing"
	"time"
)

// TestOpenStdinStreams reads JSONL from a live stream: each article must be
// available as soon as its line is, not when more input or EOF arrives.
func TestOpenStdinStreams(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	r, err := Open([]string{"-"}, ReadOptions{Stdin: pr})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"a", "b"} {
		go io.WriteString(pw, `{"id":"`+id+`","text":"The agency bars the app on work phones."}`+"\n")
		got := make(chan Article, 1)
		go func() {
			a, _ := r.Next()
			got <- a
		}()
		select {
		case a := <-got:
			if a.ID != id || a.Err != nil {
				t.Fatalf("got %q (%+v), want %q", a.ID, a.Err, id)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("article %q was not read before more input came", id)
		}
	}
}
