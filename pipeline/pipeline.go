package pipeline

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bansift/bansift/classify/boilerplate"
	"github.com/bansift/bansift/classify/htmlclean"
	"github.com/bansift/bansift/classify/language"
	"github.com/bansift/bansift/classify/relevance"
	"github.com/bansift/bansift/classify/translation"
	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/extract"
)

// Options configure a Pipeline; the zero value works.
type Options struct {
	// Boilerplate configures plain-text cleaning.
	Boilerplate boilerplate.Options
	// HTML configures HTML extraction.
	HTML htmlclean.Options
	// Language configures language detection.
	Language language.Options
	// Translation configures translation-origin detection.
	Translation translation.Options
	// Relevance configures the article-level relevance decision.
	Relevance relevance.Options
	// Extract configures claim extraction.
	Extract extract.Options
	// PageTimeout is the time budget of one page in Run: a page that
	// takes longer gets an error record and the batch goes on. 0 means
	// DefaultPageTimeout; a negative value, no budget.
	PageTimeout time.Duration
}

// Pipeline turns one article into one record. It holds only read-only state
// (models, lexicons) built once in New, so one Pipeline serves any number of
// goroutines.
type Pipeline struct {
	text       *boilerplate.Cleaner
	html       *htmlclean.Extractor
	lang       *language.Detector
	translated *translation.Detector
	claims     *extract.Extractor
	relevance  *relevance.Judge
	// pageTimeout is Options.PageTimeout with its default applied.
	pageTimeout time.Duration
	// timings, when set (WithTimings), receives the time of each stage.
	timings *Timings
}

// New builds the shared state of every stage.
func New(opts Options) (*Pipeline, error) {
	text, err := boilerplate.New(opts.Boilerplate)
	if err != nil {
		return nil, fmt.Errorf("boilerplate: %w", err)
	}
	html, err := htmlclean.New(opts.HTML)
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	lang, err := language.New(opts.Language)
	if err != nil {
		return nil, fmt.Errorf("language: %w", err)
	}
	claims, err := extract.New(opts.Extract)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	// One names matcher serves both stages that match names: the
	// extractor's, over the names lists, the user's name files and the
	// extractor's own vendors and countries.
	to := opts.Translation
	to.Names = claims.Names()
	translated, err := translation.New(to)
	if err != nil {
		return nil, fmt.Errorf("translation: %w", err)
	}
	ro := opts.Relevance
	ro.Restrictions = claims.RestrictionPhrases()
	for lang, ps := range opts.Relevance.Restrictions {
		ro.Restrictions[lang] = append(ro.Restrictions[lang], ps...)
	}
	// The judge reads actors and technologies with the extractor's
	// gazetteers, unless the caller gave it others.
	if ro.Gazetteer == nil {
		ro.Gazetteer = claims
	}
	judge, err := relevance.New(ro)
	if err != nil {
		return nil, fmt.Errorf("relevance: %w", err)
	}
	timeout := opts.PageTimeout
	if timeout == 0 {
		timeout = DefaultPageTimeout
	}
	return &Pipeline{
		pageTimeout: timeout,
		text:        text,
		html:        html,
		lang:        lang,
		translated:  translated,
		claims:      claims,
		relevance:   judge,
	}, nil
}

// Cleaned is an article with its boilerplate stripped.
type Cleaned struct {
	Title     string           // the headline, from the page's metadata or its lines
	Published string           // ISO date YYYY-MM-DD, or ""
	Body      string           // the article's paragraphs, separated by a blank line
	Removed   []corpus.Removed // the lines dropped, with their kind
	// URL is the address an HTML page declares for itself, or "".
	URL string
	// Notes are remarks for the record: a page cut to its first lines, an
	// HTML page read by its text.
	Notes []string
}

// Clean strips boilerplate from a, by DOM for HTML and by line classification
// for text. An HTML page too deep or too large for the DOM has its tags
// stripped and is cleaned as text (cleanHTML in fallback.go). A panic in a
// cleaner is returned as an error, so that one bad page cannot end a batch
// or an evaluation.
func (p *Pipeline) Clean(a corpus.Article) (c Cleaned, err error) {
	return p.clean(context.Background(), a)
}

// clean is Clean under ctx, which the text cleaner checks between its
// passes.
func (p *Pipeline) clean(ctx context.Context, a corpus.Article) (c Cleaned, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	if a.Source.Format == corpus.FormatHTML {
		return p.cleanHTML(ctx, a)
	}
	return p.cleanText(ctx, a, a.Content)
}

// cleanText cleans text, the content of a, as a plain-text page.
func (p *Pipeline) cleanText(ctx context.Context, a corpus.Article, text string) (Cleaned, error) {
	var c Cleaned
	text, note := boundLines(text)
	if note != "" {
		c.Notes = append(c.Notes, note)
	}
	// No language hint: the cleaner picks its stop list from the page's own
	// words, and a lingua pass over the raw page changed no score while
	// costing two thirds of the cleaning time.
	r, err := p.text.CleanSiteContext(ctx, text, "", siteKey(a))
	if err != nil {
		return c, err
	}
	c.Title, c.Published, c.Body, c.Removed = r.Title, r.Published, r.Body, r.Removed
	if r.Template > 0 {
		c.Notes = append(c.Notes, templateNote(r.Template))
	}
	return c, nil
}

// Process runs every stage on a and returns its record. It never fails: a
// problem becomes the record's Error.
func (p *Pipeline) Process(a corpus.Article) corpus.Record {
	return p.ProcessContext(context.Background(), a)
}

// ProcessContext is Process under ctx: when ctx is done (the page's time
// budget spent, the run interrupted) the stages stop at their next check and
// the record carries an error saying so (budget.go).
func (p *Pipeline) ProcessContext(ctx context.Context, a corpus.Article) (rec corpus.Record) {
	rec = corpus.Record{
		ID:       a.ID,
		Source:   a.Source,
		Language: corpus.Language{Code: corpus.Undetermined},
		Removed:  []corpus.Removed{},
		Claims:   []corpus.Claim{},
		Notes:    a.Notes,
		Error:    a.Err,
	}
	if a.Err != nil {
		return rec
	}
	sw := p.startStopwatch()
	stage := corpus.StageClean
	defer func() {
		// One broken page must not take the batch down with it.
		if r := recover(); r != nil {
			rec.Error = &corpus.RecordError{Stage: stage, Message: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	c, err := p.clean(ctx, a)
	sw.lap(StageClean)
	rec.Notes = append(rec.Notes, c.Notes...)
	if rec.Error = p.stopped(ctx, stage); rec.Error != nil {
		return rec
	}
	if err != nil {
		rec.Error = &corpus.RecordError{Stage: corpus.StageClean, Message: err.Error()}
		return rec
	}
	rec.Title, rec.Text = c.Title, c.Body
	if rec.Source.URL == nil && c.URL != "" {
		rec.Source.URL = &c.URL
	}
	if c.Published == "" {
		c.Published = a.Date // when it was fetched: a bound, better than nothing
	}
	if c.Published != "" {
		rec.Published = &c.Published
	}
	if c.Removed != nil {
		var note string
		if rec.Removed, note = capRemoved(c.Removed); note != "" {
			rec.Notes = append(rec.Notes, note)
		}
	}
	if strings.TrimSpace(rec.Text) == "" {
		rec.Error = &corpus.RecordError{Stage: corpus.StageClean, Message: "no article text found"}
		return rec
	}
	stage = corpus.StageDetect
	rec.Language = p.lang.DetectBody(rec.Text)
	sw.lap(StageLanguage)
	if note := languageNote(rec.Language.Code); note != "" {
		rec.Notes = append(rec.Notes, note)
	}
	// No article is megabytes long: a page that is gets its claims and
	// translation evidence from its first part, which keeps the cost of one
	// odd page bounded. Offsets into the prefix are offsets into the text.
	text := rec.Text
	if len(text) > maxAnalysedBytes {
		text = prefix(text, maxAnalysedBytes)
		rec.Notes = append(rec.Notes, fmt.Sprintf("text is %d bytes: claims and translation evidence come from its first %d", len(rec.Text), len(text)))
	}
	removed := make([]string, len(rec.Removed))
	for i, r := range rec.Removed {
		removed[i] = r.Text
	}
	url := ""
	if rec.Source.URL != nil {
		url = *rec.Source.URL
	}
	rec.TranslatedFrom = p.translated.Detect(translation.Input{
		Title: rec.Title, Text: text, URL: url, Lines: removed, Language: rec.Language.Code,
	})
	sw.lap(StageTranslation)
	stage = corpus.StageExtract
	if rec.Error = p.stopped(ctx, corpus.StageDetect); rec.Error != nil {
		return rec
	}
	res := p.claims.ExtractResult(extract.Document{
		Title: rec.Title, Text: text, Language: rec.Language.Code, Translated: rec.TranslatedFrom != nil,
		Context: ctx,
	})
	sw.lap(StageExtract)
	if rec.Error = p.stopped(ctx, stage); rec.Error != nil {
		rec.Claims = []corpus.Claim{}
		return rec
	}
	if res.Claims != nil {
		rec.Claims = res.Claims
	}
	// A restriction whose imposer has no known country is no claim, but
	// still makes the article relevant. The article-level decision
	// discounts weakly backed claims; an article judged not relevant keeps
	// none of them (relevant=false with claims would contradict itself, and
	// on general news such claims are a product review's "replaced").
	rel := p.relevance.Decide(relevance.Input{
		Title: rec.Title, Text: text, Language: rec.Language.Code,
		Claims: rec.Claims, Unplaced: res.Unplaced,
	})
	sw.lap(StageRelevance)
	rec.Relevant = rel.Relevance
	if !rel.Label {
		rec.Claims = []corpus.Claim{}
	}
	return rec
}

// sourceURL is the article's URL, or "".
func sourceURL(a corpus.Article) string {
	if a.Source.URL == nil {
		return ""
	}
	return *a.Source.URL
}

// maxAnalysedBytes bounds the text given to translation detection, claim
// extraction and relevance: the longest real articles are a tenth of it.
const maxAnalysedBytes = 512 << 10

// prefix returns at most n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Translation is the pipeline's translation-origin detector, for callers
// that want its reasons on a record (eval --verbose).
func (p *Pipeline) Translation() *translation.Detector { return p.translated }
