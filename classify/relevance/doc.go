// Package relevance decides whether an article reports a technology
// restriction.
//
// In go the article's title, cleaned text and language, the claims extract
// found and the confidence of a restriction it found but could not place
// (extract.Result.Unplaced); out comes a Decision: a corpus.Relevance and
// each claim's support.
//
//	res := extractor.ExtractResult(doc)
//	d := relevance.Default().Decide(relevance.Input{
//		Title: doc.Title, Text: doc.Text, Language: doc.Language,
//		Claims: res.Claims, Unplaced: res.Unplaced,
//	})
//	// d.Label: true for "Japan to stop buying Huawei gear", "Samsung bars
//	// staff from ChatGPT"; false for a laptop review ("Apple replaced the
//	// keyboard"), a car's cameras that "replace the mirrors", a disease
//	// abbreviated "HP", a footballer's ban, "early reviews" of a service.
//
// The extractor reads sentence by sentence, and on general news (where
// restrictions are rare) its few candidates are mostly misreads. So one
// claim is not trusted on its own word: its confidence is discounted when
// its evidence names no restriction (only a change such as "replace",
// "switch", "review") and no public authority or organisation's policy, or
// when its only target is an acronym the text spells out as something
// else; and a claim counts in full only when something beyond its sentence
// backs it: the headline or lead states a restriction, a second claim from
// another sentence names a restriction and an authority, or its own
// evidence names both at high confidence. An unplaced restriction needs a
// headline or lead naming a restriction and an authority, or two such
// sentences in the text. The article is relevant when the best discounted
// score reaches Threshold; Score is that score.
//
// When no claim reaches it, the article's own signals can (frame.go): the
// extractor misses restrictions whose actor it cannot place, whose target
// its gazetteer lacks, or that two verbs carry ("ordered operators to cut
// off the internet"). A sentence frames a restriction when it states one (a
// restriction word, or a halting verb with a control verb or an authority),
// names a technology (a cue word, or a vendor, product or kind of technology
// from Options.Gazetteer, the extractor's), and reports neither the lifting
// of a ban nor a private patent or competition dispute. The headline's frame
// counts with an actor in the headline or lead, a lead sentence's with an
// actor in it or the sentence before, and two frames anywhere with an actor
// in one. An article whose headline or first sentence reports a ban lifted
// has no own signal.
//
// The cue words (restriction, review, change, halt, control, technology,
// lifted, dispute, authority; English and German) are data/cues.tsv,
// embedded; Options.Cues adds the user's files.
//
// Claims of an article judged not relevant are dropped by the pipeline:
// a record saying relevant=false with claims contradicts itself. On the
// annotated seeds and dev pages this changes no claim score (no relevant
// article loses its claims; dropping weakly supported claims of relevant
// articles too cost dev 4 true positives and saved no false one, so those
// are kept), and on the 181 general-news pages of the extraction benchmark
// it removes every false claim.
//
// Judge.Decide is the package's one entry point; Default gives a Judge over
// the built-in cues.
package relevance
