// Package relevance decides whether an article reports a technology
// restriction.
//
// In go the article's title, cleaned text and the claims extract found; out
// comes a corpus.Relevance: Label true when some claim reaches Threshold,
// Score the best claim's confidence.
//
//	claims := extractor.Extract(doc)
//	rel := relevance.Score(doc.Title, doc.Text, claims)
//
// ScoreResult also counts what the extractor found but could not make a
// claim of, for want of the imposer's country ("the city council banned
// TikTok"):
//
//	res := extractor.ExtractResult(doc)
//	rel := relevance.ScoreResult(doc.Title, doc.Text, res.Claims, res.Unplaced)
//	// rel.Label: true for "Japan to stop buying Huawei gear", false for a
//	// smoking ban, a fireworks ban, a platform banning a user, a fine, a
//	// malware report or a security advisory.
package relevance
