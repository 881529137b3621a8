package relevance

import "github.com/bansift/bansift/corpus"

// Threshold is the claim confidence from which an article counts as
// reporting a technology restriction. The extractor drops weaker candidates
// already (extract.DefaultMinConfidence); this bar is a little higher, so a
// lone, loosely backed candidate (no vendor, actor taken from elsewhere)
// does not make a page relevant on its own.
const Threshold = 0.5

// Score decides whether an article reports a technology restriction: it
// does when one of its claims is confident enough. The score is the best
// claim's confidence, 0 without claims.
//
// Title and text are not read again: hard negatives (a smoking ban, a
// platform banning a user, a fine, a malware report) are told apart by the
// extractor, which finds no technology target, no trigger, or an off-topic
// headline there. They stay in the signature so a text-level signal can be
// added without changing callers.
func Score(title, text string, claims []corpus.Claim) corpus.Relevance {
	best := 0.0
	for _, c := range claims {
		best = max(best, c.Confidence)
	}
	return corpus.Relevance{Label: best >= Threshold, Score: best}
}

// ScoreResult is Score with the extractor's evidence of a restriction it
// could not make a claim of, for want of the imposer's country
// (extract.Result.Unplaced): "Die Stadtverwaltung hat TikTok verboten"
// reports a restriction though no claim can say whose. It counts against
// the same threshold as a claim's confidence.
func ScoreResult(title, text string, claims []corpus.Claim, unplaced float64) corpus.Relevance {
	r := Score(title, text, claims)
	if unplaced > r.Score {
		r = corpus.Relevance{Label: unplaced >= Threshold, Score: unplaced}
	}
	return r
}
