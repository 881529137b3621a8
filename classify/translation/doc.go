// Package translation tells when English text is a translation from Arabic,
// by machine or by a news desk, and says why in words a person can check.
//
// Language detection cannot see it: the text is English. What gives it away
// is where the page comes from and what translation from Arabic does to
// English sentences. Detect counts signals of three kinds on the page
// (features.go), each a general mechanism:
//
//   - provenance (provenance.go): the URL's host or section belongs to an
//     Arabic-language outlet, an Arab state agency's English desk or a site
//     of machine translations (data/outlets.tsv: kinds ar, ar>en, mt), or to
//     an outlet that writes in English (kind en, evidence against); the path
//     marks an English edition (/en/, /english/) or the host is under an
//     Arab country's domain; the title, a dateline ("Muscat, 3 June (ONA)
//     --", "Damascus, SANA –"), a credit line or an aggregator's credit names
//     an outlet; the page says it is translated from Arabic. The same names
//     in running text ("the Saudi Press Agency reported") are citations, not
//     credits;
//   - construction (construction.go, data/phrases.tsv): sentences opening
//     with "And", stacked "which", verbs with a noun of their own root
//     ("stated in a statement"), participle fragments ("Adding that ..."),
//     news formulas ("for his part", "it is noteworthy that"), "the
//     aforementioned", a weekday after "today", word-for-word terms, Arabic
//     press terms and honorifics, Hijri dates, names set in quotation marks,
//     the reporting verbs of Arabic news, long chained sentences, the share
//     of "the";
//   - transliteration: Arabic punctuation (، ؛ ؟ «») in English text, names
//     with the Arabic article (al-, el-), one name spelled two ways on a page
//     (Harfoush, Harfouche), near misses of known names and words written
//     twice (package names), Arabic-language papers cited.
//
// Rates are counted per 1,000 words. Every phrase of the phrase list is
// matched in one walk of one token trie (phrases.go), whatever the list's
// length. A logistic regression (model.go, data/model.tsv) weighs the
// signals into a probability; the page is flagged from the threshold in the
// model file, chosen for at most one false flag among held-out native pages.
// Provenance that is explicit decides alone (decidingRule): the page says it
// is translated from Arabic, or its URL, a dateline or a credit puts it on an
// Arabic outlet or an agency's English desk while its URL is not on an outlet
// that writes in English. The model is trained by
// `go generate` (internal/train) on data/features.tsv, the signal counts of
// labelled real pages (numbers, no text), which internal/features computes
// where the page texts are. The evidence gives the model's probability and
// every signal that raised it, strongest first, with examples.
//
// Users extend the outlets and phrases with Options (OutletFiles,
// PhraseFiles: files or folders in the embedded files' formats); names come
// with Options.Names, the matcher the pipeline shares with extract.
//
//	d, _ := translation.New(translation.Options{})
//	t := d.Detect(translation.Input{Title: title, Text: body, URL: url, Lines: removed, Language: "en"})
//	// t == nil, or &corpus.Translation{Code: "ar", Confidence: 0.93, Evidence: []string{
//	//	"model: probability 0.93 of translation from Arabic (threshold 0.64)",
//	//	`credited to an Arabic outlet or agency: credit "Muscat, 3 June (ONA) --" names "Oman News Agency" (+1.71)`,
//	//	`Arabic news formulas: 2 (4.1 per 1,000 words): "For his part" ... (+1.02)`, ...}}
//	sc, _ := d.Score(in) // every signal's value and contribution, for --verbose
package translation
