package extract

import "github.com/bansift/bansift/internal/phrase"

// Mentions reports what the extractor's gazetteers find in s, with no
// sentence frame around it: whether s names an actor that can impose a
// restriction (a country or a government body, not a company or a
// demonym) and whether it names a technology (a vendor, a product, or a
// specific kind of technology such as "drones" or "the internet"; a generic
// word like "devices" does not count on its own).
//
// It lets the article-level relevance decision read the same vocabulary as
// the claims without a second copy of the gazetteers.
func (e *Extractor) Mentions(s string) (actor, technology bool) {
	toks := phrase.Tokenize(s, 0)
	for _, h := range e.actors.Find(toks) {
		if k := e.actorRows[h.ID].Cols[2]; k == "country" || k == "org" {
			actor = true
			break
		}
	}
	technology = len(e.vendors.Find(toks)) > 0 || len(e.products.Find(toks)) > 0
	if !technology {
		for _, h := range e.tech.Find(toks) {
			if e.techRows[h.ID].Cols[2] == "specific" {
				technology = true
				break
			}
		}
	}
	return actor, technology
}
