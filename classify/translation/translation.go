package translation

import (
	"strings"
	"unicode"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/internal/lexfile"
	"github.com/bansift/bansift/internal/lr"
	"github.com/bansift/bansift/names"
)

// Input is what the detector looks at.
type Input struct {
	Title    string
	Text     string   // cleaned body
	URL      string   // "" when unknown
	Lines    []string // lines removed from the page (source and credit lines live here)
	Language string   // detected ISO 639-1 code of Text; "" or "und" when unknown
}

// Options configure a Detector; the zero value works.
type Options struct {
	// OutletFiles are extra outlet lists in the format of data/outlets.tsv,
	// or folders of them (their .tsv files), read after the embedded one; a
	// later host entry wins over an earlier one.
	OutletFiles []string
	// PhraseFiles are extra phrase lists in the format of data/phrases.tsv,
	// or folders of them.
	PhraseFiles []string
	// Names finds near-miss names; nil means names.Default(). The pipeline
	// hands in the one matcher it builds for every stage.
	Names *names.Matcher
}

// Detector tells whether English text reads as a translation from Arabic.
// It is read-only after New, so one Detector serves any number of goroutines.
type Detector struct {
	outlets []Outlet
	byName  map[string]int // normalized name or alias → outlets index
	byHost  map[string]int // host or host/path → outlets index
	trie    *phraseTrie
	cites   *phraseTrie // names of Arabic-language outlets, as cited in a text
	names   *names.Matcher
	english map[string]bool
	model   *lr.Model
	// threshold is the probability from which a page is flagged.
	threshold float64
}

// New builds a Detector over the embedded data and opts' files; the zero
// Options work.
func New(opts Options) (*Detector, error) {
	outlets, err := loadAll("data/outlets.tsv", opts.OutletFiles, ParseOutlets)
	if err != nil {
		return nil, err
	}
	phrases, err := loadAll("data/phrases.tsv", opts.PhraseFiles, ParsePhrases)
	if err != nil {
		return nil, err
	}
	trie, err := newPhraseTrie(phrases)
	if err != nil {
		return nil, err
	}
	english, err := lexfile.WordSet(data, "data/english.txt")
	if err != nil {
		return nil, err
	}
	model, threshold, err := readModel(modelData)
	if err != nil {
		return nil, err
	}
	d := &Detector{outlets: outlets, byName: map[string]int{}, byHost: map[string]int{},
		trie: trie, names: opts.Names, english: english, model: model, threshold: threshold}
	if d.names == nil {
		d.names = names.Default()
	}
	for i, o := range outlets {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			if ambiguousName(n) {
				continue
			}
			d.byName[normalize(n)] = i
		}
		for _, h := range o.Hosts {
			d.byHost[h] = i
		}
	}
	if d.cites, err = citationTrie(outlets); err != nil {
		return nil, err
	}
	return d, nil
}

// Detect returns nil when in does not read as a translation from Arabic.
func (d *Detector) Detect(in Input) *corpus.Translation {
	sc, ok := d.score(&in)
	if !ok || !sc.Flagged {
		return nil
	}
	// Flagged by provenance alone, the page is at least as likely as the
	// threshold says a translation is.
	return &corpus.Translation{Code: "ar", Confidence: round2(max(sc.Probability, sc.Threshold)), Evidence: sc.evidence()}
}

// Features returns the feature vector of in, in the order of FeatureNames,
// as data/features.tsv keeps it; nil when in is not English.
func (d *Detector) Features(in Input) []float64 {
	if !d.isEnglish(&in) {
		return nil
	}
	return d.features(&in).values()
}

// features runs every signal on in.
func (d *Detector) features(in *Input) *featureSet {
	s := &featureSet{}
	toks := tokenize(in.Text)
	for _, t := range toks {
		if t.text != "^" && isWord(t.text) {
			s.words++
		}
	}
	for _, sig := range signals {
		sig(d, in, toks, s)
	}
	return s
}

// signal finds one kind of evidence and counts it into s.
type signal func(d *Detector, in *Input, toks []token, s *featureSet)

// signals run in this order; the order of the evidence is the model's.
var signals = []signal{
	// Where the page says it comes from: title, datelines, credits, URL.
	func(d *Detector, in *Input, _ []token, s *featureSet) { d.provenance(in, s) },
	// Phrases of the phrase list: formulas, calques, press terms, dates.
	// The title and the removed lines count too: a page's date line and
	// teasers come out of the same translation as its body.
	func(d *Detector, in *Input, toks []token, s *featureSet) {
		d.phrasing(toks, in.Text, s)
		extra := in.Title + "\n" + strings.Join(in.Lines, "\n")
		d.phrasing(tokenize(extra), extra, s)
	},
	// Arabic-language papers the text cites: a digest of the Arabic press.
	func(d *Detector, in *Input, toks []token, s *featureSet) { d.citations(toks, in.Text, s) },
	// Constructions of Arabic syntax carried into English.
	func(_ *Detector, in *Input, toks []token, s *featureSet) {
		sents := sentences(toks)
		s.counts[fSentenceLength] = sentenceLength(sents)
		stackedWhich(sents, in.Text, s)
		participles(sents, in.Text, s)
		cognates(toks, in.Text, s)
		quotedNames(toks, in.Text, s)
	},
	// Marks of Arabic script and of transliteration.
	func(_ *Detector, in *Input, toks []token, s *featureSet) {
		arabicPunctuation(in.Text, s)
		transliterated(toks, in.Text, s)
		spellingDrift(toks, in.Text, s)
	},
	// Names garbled as back-transliteration through Arabic script garbles
	// them, and words written twice.
	func(d *Detector, in *Input, _ []token, s *featureSet) {
		d.nearMisses(in, s)
		d.repeats(in, s)
	},
	// Arabic's definite article carried onto every noun.
	func(_ *Detector, in *Input, _ []token, s *featureSet) { s.counts[fTheShare] = theShare(in.Text) },
}

// minEnglishShare is the share of function words from which text of unknown
// language is taken as English.
const minEnglishShare = 0.08

// isEnglish reports whether in is English: as the caller says, or, when the
// caller does not know, by the share of frequent English function words.
func (d *Detector) isEnglish(in *Input) bool {
	switch in.Language {
	case "en":
		return true
	case "", corpus.Undetermined:
	default:
		return false
	}
	words, hits := 0, 0
	for _, w := range strings.FieldsFunc(in.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		if d.english[strings.ToLower(w)] {
			hits++
		}
		if words == 2000 {
			break
		}
	}
	// Function words are a third of running English and a tenth of a page
	// dump heavy with menus; a few percent of other languages share some.
	return words > 0 && float64(hits)/float64(words) >= minEnglishShare
}

// ambiguousName reports whether an outlet's name is one word of Arabic
// script: most such names are also common words (العربية is "Arabic",
// اليوم "today", الشرق "the East") and appear on English pages in language
// menus and captions.
func ambiguousName(n string) bool {
	f := strings.Fields(n)
	if len(f) != 1 {
		return false
	}
	for _, r := range f[0] {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}
