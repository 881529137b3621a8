package boilerplate

import (
	"math"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
)

// TemplateIndex counts, per site, on how many pages each line occurs. Lines
// that recur on many pages of one site (menus, footers, newsletter boxes)
// are the site's template. Build it in a pre-pass over a batch with Add,
// then give it to New through Options.Templates and clean each page with
// CleanSite. Add and IsTemplate are safe for concurrent use.
//
// Three guards keep the article out of the template (template guards in
// prose.go): a line shaped like prose is never template, however often it
// recurs (a wire paragraph several outlets print, a standing blurb); pages
// of a site that carry the same prose (a re-scrape, one story under several
// ids) count as one page; and on a page where the template would leave no
// article, no line is dropped as template.
type TemplateIndex struct {
	// MinPages is the fewest pages a line must occur on to be template;
	// 0 means 3, so that one article scraped twice is not its own template.
	MinPages int
	// MinShare is the least share of the site's pages a line must occur on;
	// 0 means 0.2.
	MinShare float64

	mu    sync.RWMutex
	pages map[string]int
	seen  map[string]map[uint64]bool // page fingerprints per site
	lines map[string]map[string]int
}

// NewTemplateIndex returns an empty index.
func NewTemplateIndex() *TemplateIndex {
	return &TemplateIndex{pages: map[string]int{}, seen: map[string]map[uint64]bool{}, lines: map[string]map[string]int{}}
}

// Add counts the distinct lines of one page of site. A page whose prose
// an earlier page of the site already had is the same page again and is
// not counted.
func (x *TemplateIndex) Add(site, text string) {
	keys := map[string]bool{}
	var prose []string
	for _, l := range splitLines(text) {
		k := templateKey(l.text)
		switch {
		case k == "":
		case proseShaped(l.text):
			prose = append(prose, k)
		default:
			keys[k] = true
		}
	}
	fp := fingerprint(prose, keys)
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.seen[site] == nil {
		x.seen[site] = map[uint64]bool{}
	}
	if x.seen[site][fp] {
		return
	}
	x.seen[site][fp] = true
	x.pages[site]++
	m := x.lines[site]
	if m == nil {
		m = map[string]int{}
		x.lines[site] = m
	}
	for k := range keys {
		m[k]++
	}
}

// Pages returns how many pages of site were added.
func (x *TemplateIndex) Pages(site string) int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.pages[site]
}

// IsTemplate reports whether line recurs on enough distinct pages of site
// and is not prose.
func (x *TemplateIndex) IsTemplate(site, line string) bool {
	k := templateKey(line)
	if k == "" || proseShaped(line) {
		return false
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	pages := x.pages[site]
	minPages := x.MinPages
	if minPages <= 0 {
		minPages = 3
	}
	share := x.MinShare
	if share <= 0 {
		share = 0.2
	}
	need := max(minPages, int(math.Ceil(share*float64(pages))))
	return x.lines[site][k] >= need
}

// templateKey folds a line so that counters and dates do not hide a
// repeat ("52 comments", "3 comments").
func templateKey(s string) string {
	return strings.TrimSpace(foldCue(strings.TrimFunc(s, isSpace)))
}

// SiteKey returns the key that groups pages of one site: the host of
// rawURL, or else the directory of path.
func SiteKey(rawURL, path string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	if path == "" {
		return ""
	}
	return filepath.Dir(path)
}
