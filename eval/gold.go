package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/bansift/bansift/corpus"
)

// Gold is one article's annotation in the format of ../shared/corpus/FORMAT.md.
type Gold struct {
	ID             string      `json:"id"`
	Language       string      `json:"language"`        // ISO 639-1 of the text as written
	TranslatedFrom *string     `json:"translated_from"` // ISO 639-1 of the original, or null
	Relevant       bool        `json:"relevant"`
	Title          string      `json:"title"`
	Published      *string     `json:"published"` // YYYY-MM-DD, or null
	Lines          GoldLines   `json:"lines"`
	Claims         []GoldClaim `json:"claims"`
	// Path is the file the annotation was read from.
	Path string `json:"-"`
}

// GoldLines lists the input lines that are not article body. Every other
// non-blank input line is body. Lines compare after NormalizeLine.
type GoldLines struct {
	Boilerplate []string `json:"boilerplate"`
	Meta        []string `json:"meta"` // neither body nor boilerplate: not scored
}

// GoldClaim is one annotated restriction.
type GoldClaim struct {
	Actor            string                  `json:"actor"`
	ActorCountry     string                  `json:"actor_country"` // ISO 3166-1 alpha-2, or EU
	Action           corpus.Action           `json:"action"`
	Status           corpus.Status           `json:"status"`
	Vendors          []string                `json:"vendors"` // empty when the target is a technology
	Products         []string                `json:"products"`
	TargetCategory   corpus.TargetCategory   `json:"target_category"`
	Affected         string                  `json:"affected"`
	AffectedSectors  []corpus.Sector         `json:"affected_sectors"`
	Reasons          string                  `json:"reasons"`
	ReasonCategories []corpus.ReasonCategory `json:"reason_categories"` // any one listed counts
	Primary          bool                    `json:"primary"`
	Optional         bool                    `json:"optional"` // neither rewarded nor penalised
}

// GoldError is a problem in a gold file: where, and what. Line and Column
// are set for JSON syntax and type errors; Field (e.g. "claims[1].action")
// for values outside the format.
type GoldError struct {
	Path   string
	Line   int // 1-based, 0 when unknown
	Column int // 1-based, 0 when unknown
	Field  string
	Err    error
}

func (e *GoldError) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *GoldError) Unwrap() error { return e.Err }

// ErrNotInVocabulary is wrapped by a GoldError for a value outside a fixed
// vocabulary of FORMAT.md.
var ErrNotInVocabulary = errors.New("not in the vocabulary")

// LoadGold reads every *.json annotation of dir, or of dir/gold when dir
// holds a gold folder, keyed by id. Every file is checked against FORMAT.md;
// all problems found are returned together (errors.Join of *GoldError).
func LoadGold(dir string) (map[string]Gold, error) {
	if st, err := os.Stat(filepath.Join(dir, "gold")); err == nil && st.IsDir() {
		dir = filepath.Join(dir, "gold")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no gold *.json in %s: %w", dir, fs.ErrNotExist)
	}
	slices.Sort(paths)
	golds := make(map[string]Gold, len(paths))
	var errs []error
	for _, p := range paths {
		g, err := ReadGoldFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := golds[g.ID]; dup {
			errs = append(errs, &GoldError{Path: p, Field: "id", Err: fmt.Errorf("%q also in %s", g.ID, prev.Path)})
			continue
		}
		golds[g.ID] = g
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return golds, nil
}

// ReadGoldFile reads and checks one annotation. Unknown fields are errors:
// a misspelt key would otherwise silently score as empty.
func ReadGoldFile(path string) (Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, err
	}
	return ParseGold(data, path)
}

// ParseGold decodes and checks one annotation; path names it in errors and
// its base name must be the id.
func ParseGold(data []byte, path string) (Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Gold{}, jsonGoldError(path, data, err)
	}
	g.Path = path
	if errs := g.check(strings.TrimSuffix(filepath.Base(path), ".json")); len(errs) > 0 {
		for _, e := range errs {
			e.Path = path
		}
		return Gold{}, errors.Join(asErrors(errs)...)
	}
	return g, nil
}

func asErrors(errs []*GoldError) []error {
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return out
}

// jsonGoldError positions a decoding error at its line and column.
func jsonGoldError(path string, data []byte, err error) error {
	ge := &GoldError{Path: path, Err: err}
	var offset int64 = -1
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		offset = syn.Offset
	case errors.As(err, &typ):
		offset, ge.Field = typ.Offset, typ.Field
	}
	if offset >= 0 {
		ge.Line, ge.Column = lineColumn(data, int(min(offset, int64(len(data)))))
	}
	return ge
}

func lineColumn(data []byte, offset int) (line, col int) {
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = offset - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// check returns every way g breaks FORMAT.md; stem is its file name.
func (g *Gold) check(stem string) []*GoldError {
	var errs []*GoldError
	bad := func(field, format string, args ...any) {
		errs = append(errs, &GoldError{Field: field, Err: fmt.Errorf(format, args...)})
	}
	vocab := func(field, value string) {
		errs = append(errs, &GoldError{Field: field, Err: fmt.Errorf("%q %w", value, ErrNotInVocabulary)})
	}
	switch {
	case g.ID == "":
		bad("id", "missing")
	case g.ID != stem:
		bad("id", "%q differs from the file name %q", g.ID, stem)
	}
	if !isLanguageCode(g.Language) && g.Language != corpus.Undetermined {
		bad("language", "%q is not an ISO 639-1 code", g.Language)
	}
	if g.TranslatedFrom != nil && !isLanguageCode(*g.TranslatedFrom) {
		bad("translated_from", "%q is not an ISO 639-1 code", *g.TranslatedFrom)
	}
	if g.Published != nil {
		if _, err := time.Parse(time.DateOnly, *g.Published); err != nil {
			bad("published", "%q is not a YYYY-MM-DD date", *g.Published)
		}
	}
	for i, c := range g.Claims {
		f := fmt.Sprintf("claims[%d].", i)
		if !isCountryCode(c.ActorCountry) {
			bad(f+"actor_country", "%q is not an ISO 3166-1 alpha-2 code or EU", c.ActorCountry)
		}
		if !slices.Contains(corpus.Actions, c.Action) {
			vocab(f+"action", string(c.Action))
		}
		if !slices.Contains(corpus.Statuses, c.Status) {
			vocab(f+"status", string(c.Status))
		}
		if !slices.Contains(corpus.TargetCategories, c.TargetCategory) {
			vocab(f+"target_category", string(c.TargetCategory))
		}
		for j, v := range c.Vendors {
			if strings.TrimSpace(v) == "" {
				bad(fmt.Sprintf("%svendors[%d]", f, j), "empty vendor name")
			}
		}
		for j, s := range c.AffectedSectors {
			if !slices.Contains(corpus.Sectors, s) {
				vocab(fmt.Sprintf("%saffected_sectors[%d]", f, j), string(s))
			}
		}
		for j, r := range c.ReasonCategories {
			if !slices.Contains(corpus.ReasonCategories, r) {
				vocab(fmt.Sprintf("%sreason_categories[%d]", f, j), string(r))
			}
		}
	}
	return errs
}

func isLanguageCode(s string) bool {
	return len(s) == 2 && 'a' <= s[0] && s[0] <= 'z' && 'a' <= s[1] && s[1] <= 'z'
}

func isCountryCode(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

// NormalizeLine trims s and folds every run of white space to one space:
// the form in which gold lines and output lines are compared.
func NormalizeLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// normalizedLines returns the non-blank lines of text, normalised.
func normalizedLines(text string) []string {
	var out []string
	for line := range strings.Lines(text) {
		if n := NormalizeLine(line); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// BodyLines returns the gold body of text: every non-blank line, normalised,
// that g does not list as boilerplate or meta.
func (g Gold) BodyLines(text string) []string {
	skip := make(map[string]bool, len(g.Lines.Boilerplate)+len(g.Lines.Meta))
	for _, l := range g.Lines.Boilerplate {
		skip[NormalizeLine(l)] = true
	}
	for _, l := range g.Lines.Meta {
		skip[NormalizeLine(l)] = true
	}
	var body []string
	for _, l := range normalizedLines(text) {
		if !skip[l] {
			body = append(body, l)
		}
	}
	return body
}

// CheckGoldLines reports every boilerplate or meta line of g that is not a
// line of the article text: such a line can never match and is usually a
// typo in the annotation.
func CheckGoldLines(g Gold, text string) error {
	have := make(map[string]bool)
	for _, l := range normalizedLines(text) {
		have[l] = true
	}
	var errs []error
	check := func(kind string, lines []string) {
		for i, l := range lines {
			if !have[NormalizeLine(l)] {
				errs = append(errs, &GoldError{Path: g.Path, Field: fmt.Sprintf("lines.%s[%d]", kind, i),
					Err: fmt.Errorf("%q is not a line of the article", l)})
			}
		}
	}
	check("boilerplate", g.Lines.Boilerplate)
	check("meta", g.Lines.Meta)
	return errors.Join(errs...)
}

// LoadGoldArticles reads the plain-text article of each gold id from dir
// (dir/articles when it exists): <id>.txt. Ids without a .txt file are left
// out; body scores then skip them.
func LoadGoldArticles(dir string, gold map[string]Gold) (map[string]string, error) {
	if st, err := os.Stat(filepath.Join(dir, "articles")); err == nil && st.IsDir() {
		dir = filepath.Join(dir, "articles")
	}
	texts := make(map[string]string, len(gold))
	for id := range gold {
		data, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		texts[id] = string(data)
	}
	return texts, nil
}
