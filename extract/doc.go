// Package extract finds technology restrictions in news articles: who
// banned what, for whom and why.
//
// In goes a cleaned article body with its title and language; out come
// corpus.Claim values, one per restriction, each with its actor, action,
// status, targets, affected sectors, reasons, a confidence and evidence
// sentences quoted at their UTF-8 byte offsets in the body:
//
//	ex, err := extract.New(extract.Options{})
//	claims := ex.Extract(extract.Document{
//		Title:    "Japan to stop buying Huawei gear",
//		Text:     "Japan will stop buying equipment from Huawei and ZTE over spying fears.",
//		Language: "en",
//	})
//	// claims[0]: Japan (JP), purchase_ban, planned, Huawei and ZTE
//	// (telecom_equipment), government, espionage; Text[Start:End] quotes it.
//
// ExtractResult returns the claims with Result.Unplaced, the confidence of a
// restriction found whose imposer's country the article never gives (a
// city council, a parliament's administration): relevance.ScoreResult
// counts it.
//
// The work is rules over lexicons, all embedded data files in data/ that a
// user extends with Options.Lexicons:
//
//   - Sentences: line breaks first, then prose's Punkt model for English and
//     a rule splitter for German that knows "z. B.", "Nr." and "4. April".
//   - Triggers (triggers.tsv) name the action; status cues (status.tsv) how
//     far it has got.
//   - Actors (actors.tsv: countries, capitals, demonyms with a government
//     noun, ministries, regulators, companies), vendors (vendors.tsv),
//     products that imply their vendor (products.tsv) and technology words
//     (technology.tsv) are found by phrase, never by prose's entity labels.
//   - roles.tsv tells an actor from a vendor's nationality ("Chinese
//     companies") and from the other side reacting ("a Chinese spokesman").
//   - Sectors and reasons come from sectors.tsv and reasons.tsv, in the
//     trigger's clause and neighbouring sentences.
//   - In machine translations, garbled names ("Hikfision", "New Ziland")
//     are read back to the gazetteers with extract/names.
//
// Each trigger gives a mention: its actor (the name before it, after "by",
// in the sentences before, in the headline), its targets (vendors in its
// clause, vendors an anaphor points back to, or one technology phrase), its
// status, sectors and reasons. Mentions of one restriction (same actor
// country, a shared vendor or, without one, the same category) merge into
// one claim: the most specific action wins, the headline's status first.
// The headline picks the primary claim; prose's part-of-speech tags widen
// English target quotes to their noun phrase.
package extract
