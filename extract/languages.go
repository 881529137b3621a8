package extract

import "slices"

// Languages returns the ISO 639-1 codes whose text the lexicons cover.
// Text in any other language is read with the English rules, which finds
// claims in machine translations into English but rarely in the language
// itself.
func Languages() []string { return slices.Clone(languages) }
