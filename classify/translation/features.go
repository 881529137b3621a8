package translation

import (
	"fmt"
	"math"
	"strings"
)

// The features the model weighs, in the order of data/features.tsv and
// data/model.tsv. Provenance features are counts or 0/1 for the page; the
// others are counted per 1,000 words of the page's body (see perThousand).
const (
	fURLOutlet      = iota // URL on an Arabic outlet, an agency's English desk or a site of translations
	fURLMT                 // URL on a site of machine translations from many languages
	fURLNative             // URL on an outlet that writes in English
	fURLEnglishPath        // URL path or host marks an English edition: /en/, /english/, en.
	fURLArabTLD            // URL host under an Arab country's domain (.sa, .iq, .eg, ...)
	fCreditArabic          // title, dateline or credit line names an Arabic outlet or agency
	fCreditEnglish         // dateline or credit names an outlet or wire that writes English (Reuters, Gulf News)
	fSaysTranslated        // the page says it is translated from Arabic
	fArabicForm            // an unlisted outlet of Arabic form in the title or dateline
	fAndStart              // sentences opening with "And"
	fWhichStack            // sentences with two or more "which"
	fCognate               // verb with a noun of its own root: "stated in a statement"
	fParticiple            // sentence opening with a participle: "Adding that ..."
	fFormula               // Arabic news formulas: "for his part", "it is noteworthy that"
	fRefer                 // "the aforementioned", "the mentioned"
	fTime                  // "today, Monday": a weekday named after today or yesterday
	fCalque                // word-for-word renderings: "electronic security", "tens of"
	fPress                 // Arabic press terms and honorific formulas: "the Zionist entity"
	fHijri                 // Hijri dates
	fQuotedName            // names set in quotation marks: the American "Apple" company
	fArabicPunct           // Arabic punctuation ، ؛ ؟ and guillemets in English text
	fTranslit              // names with the Arabic article: al-, el-, "Al X"
	fDrift                 // one name spelled two ways on the page: Qasem, Qassem
	fNearMiss              // near misses of known names
	fRepeat                // words written twice back to back
	fCitesArabic           // Arabic-language papers cited in the text: "reports Al-Qabas daily"
	fReportVerb            // reporting verbs of Arabic news: "affirmed", "stressed", "lauded"
	fHonorific             // honorifics: "His Highness", "HM the King", "H.E."
	fTheShare              // share of "the" among the words of prose (a share, not a rate)
	fSentenceLength        // mean words per sentence of the body (a length, not a rate)
	nFeatures
)

// featureNames name the features, as in the data files.
var featureNames = [nFeatures]string{
	fURLOutlet: "url_outlet", fURLMT: "url_mt", fURLNative: "url_native",
	fURLEnglishPath: "url_english_path", fURLArabTLD: "url_arab_tld",
	fCreditArabic: "credit_arabic", fCreditEnglish: "credit_english",
	fSaysTranslated: "says_translated", fArabicForm: "arabic_form",
	fAndStart: "and_start", fWhichStack: "which_stack", fCognate: "cognate",
	fParticiple: "participle", fFormula: "formula", fRefer: "refer", fTime: "time",
	fCalque: "calque", fPress: "press", fHijri: "hijri", fQuotedName: "quoted_name",
	fArabicPunct: "arabic_punct", fTranslit: "translit", fDrift: "drift",
	fNearMiss: "near_miss", fRepeat: "repeat", fCitesArabic: "cites_arabic", fReportVerb: "report_verb",
	fHonorific: "honorific", fTheShare: "the_share", fSentenceLength: "sentence_length",
}

// FeatureNames returns the names of the model's features, in order.
func FeatureNames() []string { return append([]string(nil), featureNames[:]...) }

// rateFeatures are counted per 1,000 words; the rest are page-level values.
func isRate(f int) bool { return f >= fAndStart && f != fTheShare && f != fSentenceLength }

// phraseFeatures are the features phrases of data/phrases.tsv may count for.
var phraseFeatures = []string{"and_start", "formula", "refer", "time", "calque", "press", "hijri", "report_verb", "honorific"}

func isPhraseFeature(name string) bool {
	for _, f := range phraseFeatures {
		if f == name {
			return true
		}
	}
	return false
}

func featureIndex(name string) int {
	for i, n := range featureNames {
		if n == name {
			return i
		}
	}
	return -1
}

// maxExamples bounds the examples kept per feature for the evidence.
const maxExamples = 3

// featureSet is what the signals found on one page: a count per feature and
// examples a person can check.
type featureSet struct {
	counts   [nFeatures]float64
	examples [nFeatures][]string
	words    int // words of the body, for the rates
}

// add counts n for feature f, with an example of what was found.
func (s *featureSet) add(f int, n float64, example string) {
	s.counts[f] += n
	if example != "" && len(s.examples[f]) < maxExamples && !containsString(s.examples[f], example) {
		s.examples[f] = append(s.examples[f], example)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ratePrior is added to a page's words before a count becomes a rate, so
// that one calque on a page of forty words is not read as 25 per 1,000.
const ratePrior = 150

// perThousand turns a count into a rate per 1,000 words of the page.
func (s *featureSet) perThousand(n float64) float64 {
	return n * 1000 / float64(s.words+ratePrior)
}

// Values returns the feature vector of the page, in the order of
// FeatureNames: rates per 1,000 words, counts, shares.
func (s *featureSet) values() []float64 {
	out := make([]float64, nFeatures)
	for f := range nFeatures {
		v := s.counts[f]
		if isRate(f) {
			v = s.perThousand(v)
		}
		out[f] = math.Round(v*1000) / 1000
	}
	return out
}

// describe is the evidence line of feature f: what it counts and examples.
func (s *featureSet) describe(f int) string {
	v := s.counts[f]
	var b strings.Builder
	b.WriteString(featureGlosses[f])
	switch {
	case f == fTheShare:
		fmt.Fprintf(&b, ": %.0f%% of the words of prose", 100*v)
	case f == fSentenceLength:
		fmt.Fprintf(&b, ": %.0f words a sentence", v)
	case isRate(f):
		fmt.Fprintf(&b, ": %g (%.1f per 1,000 words)", v, s.perThousand(v))
	case v != 1:
		fmt.Fprintf(&b, ": %g", v)
	}
	if len(s.examples[f]) > 0 {
		b.WriteString(": ")
		b.WriteString(strings.Join(s.examples[f], "; "))
	}
	return b.String()
}

// featureGlosses say what each feature counts, for the evidence.
var featureGlosses = [nFeatures]string{
	fURLOutlet:      "URL on an Arabic outlet or a desk that translates from Arabic",
	fURLMT:          "URL on a site of machine translations",
	fURLNative:      "URL on an outlet that writes in English",
	fURLEnglishPath: "URL marks an English edition",
	fURLArabTLD:     "URL under an Arab country's domain",
	fCreditArabic:   "credited to an Arabic outlet or agency",
	fCreditEnglish:  "credited to an outlet or wire that writes English",
	fSaysTranslated: "the page says it is translated from Arabic",
	fArabicForm:     "names an unlisted outlet whose name has Arabic form",
	fAndStart:       `sentences opening with "And"`,
	fWhichStack:     `sentences stacking "which"`,
	fCognate:        "verb with a noun of its own root",
	fParticiple:     "sentences opening with a participle",
	fFormula:        "Arabic news formulas",
	fRefer:          `"the aforementioned"`,
	fTime:           "weekday named after today or yesterday",
	fCalque:         "word-for-word renderings",
	fPress:          "Arabic press terms",
	fHijri:          "Hijri dates",
	fQuotedName:     "names in quotation marks",
	fArabicPunct:    "Arabic punctuation in English text",
	fTranslit:       "names with the Arabic article",
	fDrift:          "a name spelled two ways",
	fNearMiss:       "near misses of known names (transliteration through Arabic script)",
	fRepeat:         "words repeated back to back",
	fCitesArabic:    "Arabic-language papers cited",
	fReportVerb:     "reporting verbs of Arabic news",
	fHonorific:      "honorifics",
	fTheShare:       `"the"`,
	fSentenceLength: "long sentences",
}
