package translation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bansift/bansift/internal/sharedtest"
)

// A credit place's needs only skip lines its expression cannot match: over
// lines written to match each expression, and every line of the shared
// benchmark's text dumps when they are there, a match implies possible.
func TestCreditPlaceNeedsNeverSkipAMatch(t *testing.T) {
	lines := []string{
		"MUSCAT, 6 May (ONA) -- The ministry said",
		"ASHGABAT, November 14, 2016 (WAFA) President received",
		"(MENAFN - Jordan News Agency) The cabinet",
		"Damascus, SANA – The government",
		"Baghdad-AlSHARQIYA   September 28: officials",
		"Shafaq News/ A source said",
		"Source: BNA",
		"via SPA",
		"Rules were issued - Emirates News Agency, WAM -",
		"Plain sentence with no credit at all.",
	}
	if dir := sharedtest.Dir(t); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "bench", "article-extraction", "text", "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	matched := make([]int, len(creditPlaces))
	for _, l := range lines {
		l = strings.TrimSpace(l)
		for i, p := range creditPlaces {
			if p.re.MatchString(l) {
				matched[i]++
				if !p.possible(l) {
					t.Errorf("credit place %d matches %q but its needs skip it", i, l)
				}
			}
		}
	}
	for i, n := range matched {
		if n == 0 {
			t.Errorf("credit place %d matched no line: the test lines no longer exercise it", i)
		}
	}
}
