package htmlclean

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	x := newExtractor(f, Options{})
	full := page("Rail cameras banned", `<article><h1>Rail cameras banned</h1>`+paras(story...)+`</article><div class="share">Share</div>`)
	for _, seed := range []string{
		"", "<", "<p>", "text only, no tags at all", full, full[:len(full)/2],
		`<html><body><p>a<b>b</p></b>c<table><tr><td>x<td>y</table><pre>a
b</pre><br/><figure><figcaption>cap</figcaption></figure>`,
		"<script>", "<svg><p>x</svg>", "<noscript><p class=share>x</p></noscript>",
		"\xff\xfe<p>\x00</p>",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, page string) {
		r, err := x.Extract(page, "")
		if errors.Is(err, ErrInternal) {
			t.Fatalf("panic during extraction: %v", err)
		}
		if err != nil && !errors.Is(err, ErrNoArticle) {
			t.Fatalf("unexpected error %v", err)
		}
		if err != nil {
			return
		}
		if strings.ContainsRune(r.Body, gap) || strings.ContainsRune(r.Title, gap) {
			t.Error("space marker leaked")
		}
		if strings.Contains(r.Body, "\n\n\n") || r.Body != strings.TrimSpace(r.Body) {
			t.Errorf("body not cleanly separated: %q", r.Body)
		}
		lines := strings.Count(page, "\n") + 1
		for _, rm := range r.Removed {
			if rm.Line < 1 || rm.Line > lines {
				t.Errorf("removed %q at line %d of %d", rm.Text, rm.Line, lines)
			}
		}
		if utf8.ValidString(page) && !utf8.ValidString(r.Body) {
			t.Error("valid page gave an invalid body")
		}
	})
}
