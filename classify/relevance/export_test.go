package relevance

// Score is score for the external tests; the package's API is Judge.Decide.
var Score = score
