package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/extract"
)

// languageNote says when a page's language is one claims are not extracted
// for, so that "relevant: false, no claims" on a Russian page is not read as
// "reports no restriction". "" for a covered or undetermined language.
func languageNote(code string) string {
	langs := extract.Languages()
	if code == "" || code == corpus.Undetermined || slices.Contains(langs, code) {
		return ""
	}
	return fmt.Sprintf("language %s is not one claims are extracted for (only %s)", code, strings.Join(langs, ", "))
}

// templateNote says how many lines the template pass dropped, so that a
// reader of the record knows which lines went for recurring on other pages
// of the site rather than for their own look.
func templateNote(n int) string {
	return fmt.Sprintf("dropped %d %s as the site's template (recurring on other pages of the site; --templates=false keeps them)", n, plural(n, "line", "lines"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
