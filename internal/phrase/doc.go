// Package phrase is the one phrase language of bansift's lexicons: how a
// text is cut into words, how a lexicon phrase is written, and how phrases
// are found among the words. Every stage that matches lexicon phrases
// (extract's tables, relevance's cues) uses it, so a lexicon author gets the
// same behaviour everywhere.
//
// A phrase is a sequence of words separated by spaces:
//
//	ban               the word "ban", in any case
//	prohibit*         a word starting with "prohibit"
//	*verbot           a word ending with "verbot" (German compounds)
//	*verbot*          a word containing "verbot"
//	stop ... buying   up to MaxGap words between "stop" and "buying"
//
// The case rule: a phrase word written in lower case matches a word in any
// case; one written capitalised ("Apple") matches only capitalised words, so
// the fruit is not the company; one written in capitals with two letters or
// more ("BIS") matches only words in capitals, so the German "bis" is not the
// US export office. Punctuation inside a phrase word splits it like text
// ("phase-out" is "phase", "out"), and a "*" stands on the outer side only:
// "foreign-made*" is "foreign" then a word starting with "made".
package phrase
