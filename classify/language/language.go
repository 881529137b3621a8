package language

import (
	"fmt"
	"strings"

	"github.com/pemistahl/lingua-go"

	"github.com/bansift/bansift/corpus"
)

// DefaultLanguages are the ISO 639-1 codes a Detector considers by default:
// the languages of the pages bansift is built for and of their neighbours.
var DefaultLanguages = []string{"en", "de", "ar", "fr", "es", "it", "nl", "pt", "ru", "zh", "ja", "ko", "tr", "pl"}

// Options configure a Detector; the zero value works.
type Options struct {
	// Languages are ISO 639-1 codes to choose from; nil means DefaultLanguages.
	Languages []string
	// HighAccuracy uses lingua's full n-gram models: better on short snippets,
	// several times slower and larger. Article bodies do not need it.
	HighAccuracy bool
	// MinConfidence is the confidence below which the language is "und".
	// 0 means DefaultMinConfidence.
	MinConfidence float64
}

// DefaultMinConfidence is the lowest lingua confidence accepted as a decision.
const DefaultMinConfidence = 0.35

// Detector decides the language of a text. It is safe for concurrent use.
type Detector struct {
	lingua        lingua.LanguageDetector
	minConfidence float64
}

// New builds a Detector, loading the models of every language up front.
func New(opts Options) (*Detector, error) {
	codes := opts.Languages
	if codes == nil {
		codes = DefaultLanguages
	}
	var isoCodes []lingua.IsoCode639_1
	for _, c := range codes {
		iso := lingua.GetIsoCode639_1FromValue(c)
		if iso == lingua.UnknownIsoCode639_1 {
			return nil, fmt.Errorf("unknown language code %q (want ISO 639-1, e.g. en, de)", c)
		}
		isoCodes = append(isoCodes, iso)
	}
	// lingua panics on fewer than two languages; say so as an error instead.
	if len(isoCodes) < 2 {
		return nil, fmt.Errorf("need at least two languages to choose from, got %d", len(isoCodes))
	}
	b := lingua.NewLanguageDetectorBuilder().FromIsoCodes639_1(isoCodes...).WithPreloadedLanguageModels()
	if !opts.HighAccuracy {
		b = b.WithLowAccuracyMode()
	}
	minConf := opts.MinConfidence
	if minConf == 0 {
		minConf = DefaultMinConfidence
	}
	return &Detector{lingua: b.Build(), minConfidence: minConf}, nil
}

// Detect returns the language of text with lingua's confidence, or "und"
// when lingua cannot decide or is not confident enough.
func (d *Detector) Detect(text string) corpus.Language {
	values := d.lingua.ComputeLanguageConfidenceValues(text)
	if len(values) == 0 || values[0].Value() < d.minConfidence {
		return corpus.Language{Code: corpus.Undetermined}
	}
	// Equal top values mean lingua found nothing to tell the languages apart
	// (no letters, or only words shared by all).
	if len(values) > 1 && values[0].Value() == values[1].Value() {
		return corpus.Language{Code: corpus.Undetermined}
	}
	return corpus.Language{
		Code:       strings.ToLower(values[0].Language().IsoCode639_1().String()),
		Confidence: round(values[0].Value()),
	}
}

// round keeps two decimals: more would suggest a precision lingua does not have.
func round(x float64) float64 { return float64(int(x*100+0.5)) / 100 }
