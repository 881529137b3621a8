package htmlclean

import (
	"errors"
	"fmt"
	nurl "net/url"
	"slices"
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// ErrNoArticle is returned by Extract when a page holds no article text.
var ErrNoArticle = errors.New("no article text found")

// ErrInternal wraps a panic recovered while extracting one page.
var ErrInternal = errors.New("html extraction failed")

// Options configure an Extractor; the zero value works.
type Options struct {
	// CueFiles are extra cue files, or directories of *.txt cue files, read
	// after the built-in ones (format: see cues/en.txt and cues/dom.txt).
	CueFiles []string
	// SkipRules names rules not to apply, for measuring what each is worth
	// (see RuleNames); an unknown name is an error.
	SkipRules []string
}

// Extractor finds the article in an HTML page. It holds only read-only state
// built in New, so it is safe for concurrent use.
type Extractor struct {
	cues *cueSet
	skip map[string]bool
}

// New builds an Extractor, reading its cue files once.
func New(opts Options) (*Extractor, error) {
	cues, err := loadCues(opts.CueFiles)
	if err != nil {
		return nil, err
	}
	skip := map[string]bool{}
	known := RuleNames()
	for _, s := range opts.SkipRules {
		if !slices.Contains(known, s) {
			return nil, fmt.Errorf("unknown rule %q (known: %s)", s, strings.Join(known, ", "))
		}
		skip[s] = true
	}
	return &Extractor{cues: cues, skip: skip}, nil
}

// RuleNames lists the rules of an Extractor in the order they run: first
// those that drop elements of the page, then those that drop paragraphs of
// the extracted body.
func RuleNames() []string {
	names := []string{paragraphsRule}
	for _, r := range domRules {
		names = append(names, r.name)
	}
	for _, r := range blockRules {
		names = append(names, r.name)
	}
	return names
}

// Result is the article found in a page.
type Result struct {
	Title     string
	Published string // ISO date YYYY-MM-DD, or ""
	Body      string // paragraphs separated by a blank line
	// Removed are the text blocks of the page body that are not in Body,
	// each with the source line of the element holding it.
	Removed []corpus.Removed
	// URL is the address the page declares for itself (canonical link,
	// og:url), or "" when it declares none.
	URL string
}

// paragraphsRule names the step that wraps bare text in paragraphs (see
// paragraphize), for Options.SkipRules.
const paragraphsRule = "paragraphs"

// minWords is the fewest words an article can have. Below it what is left
// is a login form, a menu or an error message; the shortest article of the
// benchmark has 18.
const minWords = 10

// countWords counts runs of letters and digits in s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// Extract returns the article in page; url may be "". A page without
// article text gives ErrNoArticle; a page too deep or too large for the DOM
// gives ErrTooComplex (take its text with StripTags instead).
func (e *Extractor) Extract(page, url string) (r Result, err error) {
	defer func() {
		// The DOM library is third-party code run on hostile input: a
		// panic in it is one bad page, not a crash.
		if p := recover(); p != nil {
			r, err = Result{}, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	if err := checkSize(page); err != nil {
		return Result{}, err
	}
	doc, err := html.Parse(strings.NewReader(annotateLines(page)))
	if err != nil {
		// The parser's one failure on a string is nesting deeper than it
		// allows ("open stack of elements exceeds 512 nodes").
		return Result{}, fmt.Errorf("%w (%v)", ErrTooComplex, strings.TrimPrefix(err.Error(), "html: "))
	}
	lines := takeLines(doc)
	protectSpaces(doc)
	var page0 []block
	if body := findBody(doc); body != nil {
		if !e.skip[paragraphsRule] {
			paragraphize(body)
		}
		page0 = render(body)
	}
	dropped := prune(e.cues, e.skip, doc)

	// Options measured on the benchmark's tuning half with every rule on
	// (F1): FavorRecall 0.980, Balanced 0.979, FavorPrecision 0.949 (it
	// loses whole articles), FavorRecall with the fallback extractors
	// 0.978 (they swing single pages both ways).
	opts := trafilatura.Options{
		ExcludeComments: true,
		PruneSelector:   dropSelector,
		Focus:           trafilatura.FavorRecall,
	}
	if u, err := nurl.ParseRequestURI(url); err == nil && url != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res.ContentNode == nil {
		return Result{}, ErrNoArticle
	}
	r.Title = strings.Join(strings.Fields(unprotect(res.Metadata.Title)), " ")
	if !res.Metadata.Date.IsZero() {
		r.Published = res.Metadata.Date.Format("2006-01-02")
	}
	if u, err := nurl.ParseRequestURI(res.Metadata.URL); err == nil && u.Host != "" {
		r.URL = u.String()
	}
	kept, why := e.filter(render(res.ContentNode), r.Title, page0)
	paras := make([]string, len(kept))
	for i, b := range kept {
		paras[i] = b.Text
	}
	r.Body = strings.Join(paras, "\n\n")
	r.Removed = removedBlocks(e.cues, lines, page0, paras, dropped, why)
	if countWords(r.Body) < minWords {
		return r, ErrNoArticle
	}
	return r, nil
}
