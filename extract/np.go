package extract

import "strings"

// nounPhrase widens an English target quote to its noun phrase with prose's
// part-of-speech tags: "Huawei" in "Chinese electronics makers Huawei and
// ZTE" quotes "Chinese electronics makers Huawei". prose's entity labels are
// not used: they call Huawei a person and Micron a place.
func (e *Extractor) nounPhrase(s *sent, quote string) string {
	if e.tagger == nil || s.title || s.lang != "en" || quote == "" {
		return quote
	}
	text := s.src[s.Start:s.End]
	at := strings.Index(text, quote)
	if at < 0 {
		return quote
	}
	toks := e.tokenizer.Tokenize(text)
	e.tagger.TagTokens(toks)
	first, last := -1, -1
	for i, t := range toks {
		if t.Start >= at && t.Start+len(t.Text) <= at+len(quote) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return quote
	}
	np := func(tag string) bool {
		return strings.HasPrefix(tag, "NN") || tag == "JJ" || tag == "CD" || tag == "POS" || tag == "HYPH"
	}
	for first > 0 && np(toks[first-1].Tag) {
		first--
	}
	for last+1 < len(toks) && strings.HasPrefix(toks[last+1].Tag, "NN") {
		last++
	}
	return text[toks[first].Start : toks[last].Start+len(toks[last].Text)]
}
