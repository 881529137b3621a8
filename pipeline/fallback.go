package pipeline

import (
	"context"
	"errors"
	"fmt"

	"github.com/bansift/bansift/classify/htmlclean"
	"github.com/bansift/bansift/corpus"
)

// cleanHTML extracts the article of an HTML page by its DOM. A page the DOM
// extractor refuses (nested deeper than the parser allows, or with too many
// elements to extract in bounded time and memory) still has text: its tags
// are stripped and the text is cleaned like a text dump, with a note.
func (p *Pipeline) cleanHTML(ctx context.Context, a corpus.Article) (Cleaned, error) {
	r, err := p.html.Extract(a.Content, sourceURL(a))
	if errors.Is(err, htmlclean.ErrTooComplex) {
		c, err2 := p.cleanText(ctx, a, htmlclean.StripTags(a.Content))
		c.Notes = append([]string{fmt.Sprintf("%v: text taken by stripping the tags", err)}, c.Notes...)
		return c, err2
	}
	return Cleaned{Title: r.Title, Published: r.Published, Body: r.Body, Removed: r.Removed, URL: r.URL}, err
}
