package htmlclean

import (
	"errors"
	"strings"
	"testing"
)

const fallbackStory = "The agency told its staff on Monday to delete the messaging app from their work phones within thirty days."

// TestExtractTooComplex checks that pages the DOM cannot take are refused
// with ErrTooComplex, before any tree is built, and that StripTags still
// finds their text.
func TestExtractTooComplex(t *testing.T) {
	x := newExtractor(t, Options{})
	tests := []struct{ name, page string }{
		{"600 nested divs", strings.Repeat("<div>", 600) + "<p>" + fallbackStory + "</p>" + strings.Repeat("</div>", 600)},
		{"2000 nested tables", strings.Repeat("<table><tr><td>", 2000) + fallbackStory},
		{"100k unclosed b", "<p>" + fallbackStory + strings.Repeat("<b>", 100_000)},
		{"many elements", strings.Repeat("<a href=#>x <p>y", MaxElements/2+1) + "<p>" + fallbackStory},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := x.Extract(tc.page, "")
			if !errors.Is(err, ErrTooComplex) {
				t.Fatalf("err = %v, want ErrTooComplex", err)
			}
			if text := StripTags(tc.page); !strings.Contains(text, fallbackStory) {
				t.Errorf("StripTags lost the story: %.200q", text)
			}
		})
	}
	if _, err := x.Extract(page("Fine", "<article><p>"+fallbackStory+"</p></article>"), ""); errors.Is(err, ErrTooComplex) {
		t.Errorf("an ordinary page is too complex: %v", err)
	}
}

func TestStripTags(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"blocks are paragraphs", "<h1>Title</h1><p>One.</p><p>Two.</p>", "Title\n\nOne.\n\nTwo."},
		{"inline markup joins", "<p>Hu<b>awei</b> and <a href=x>ZTE</a></p>", "Huawei and ZTE"},
		{"scripts and styles dropped", "<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>b</p>", "a\n\nb"},
		{"entities decoded", "<p>AT&amp;T &lt;3 caf&eacute;</p>", "AT&T <3 café"},
		{"white space folded", "<p>  a\n\n   b\t</p>", "a b"},
		{"br breaks", "a<br>b<br/>c", "a\n\nb\n\nc"},
		{"unclosed and broken tags", "<div><p>a<div>b<p", "a\n\nb"},
		{"text only", "no tags at all", "no tags at all"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := StripTags(tc.in); got != tc.want {
				t.Errorf("StripTags(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// FuzzStripTags checks the fallback on any input: it never panics, and its
// output is trimmed paragraphs separated by one blank line.
func FuzzStripTags(f *testing.F) {
	for _, seed := range []string{"", "<", "<p>a</p><p>b", strings.Repeat("<div>", 600) + "x",
		"<script>", "<svg><p>x</svg>y", "a<br>b", "&amp;&#x0;&#xD800;", "\xff<p>\x00</p>"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, page string) {
		out := StripTags(page)
		if strings.Contains(out, "\n\n\n") || out != strings.TrimSpace(out) {
			t.Fatalf("not cleanly separated paragraphs: %q", out)
		}
		for _, para := range strings.Split(out, "\n\n") {
			if out != "" && (para == "" || strings.ContainsAny(para, "\n\t")) {
				t.Fatalf("paragraph %q is not one line of text", para)
			}
		}
	})
}
