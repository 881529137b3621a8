package relevance

import "github.com/bansift/bansift/corpus"

// Score decides whether an article reports a technology restriction.
func Score(title, text string, claims []corpus.Claim) corpus.Relevance {
	return corpus.Relevance{Label: len(claims) > 0}
}
