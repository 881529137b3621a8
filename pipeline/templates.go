package pipeline

import (
	"context"
	"errors"
	"io"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/corpus"
)

// siteKey groups the pages of one site for template detection: the URL's
// host, else the page's folder.
func siteKey(a corpus.Article) string {
	return boilerplate.SiteKey(sourceURL(a), a.Source.Path)
}

// BuildTemplates reads every article of r once and counts, per site, the
// lines its plain-text pages share: a batch's menus, footers and newsletter
// boxes. Give the result to New through Options.Boilerplate.Templates before
// processing the same batch. HTML pages are skipped: the DOM stage finds
// their template on its own.
func BuildTemplates(ctx context.Context, r corpus.ArticleReader) (*boilerplate.TemplateIndex, error) {
	idx := boilerplate.NewTemplateIndex()
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			return idx, nil
		}
		if err != nil {
			return nil, err
		}
		if a.Err == nil && a.Source.Format == corpus.FormatText {
			// The same bound as cleaning: the index learns from the lines
			// that will be cleaned, and a page of millions of lines costs
			// no more here than there.
			text, _ := boundLines(a.Content)
			idx.Add(siteKey(a), text)
		}
	}
}
