package phrase

// Hit is a phrase found in a token list: tokens [From, To) and the ID the
// phrase was added with.
type Hit struct {
	From, To int
	ID       int
}

// Matcher finds a set of phrases in token lists. Phrases are indexed by
// their first word, so a text is checked at each word only against the
// phrases that word can start: exact first words by the word, prefix and
// suffix first words by their first or last byte; only infix first words
// ("*verbot*") are tried everywhere.
type Matcher struct {
	exact    map[string][]int // first word -> phrase indexes, in the order added
	byFirst  [256][]int       // prefix first words, by their first byte
	byLast   [256][]int       // suffix first words, by their last byte
	anywhere []int            // infix first words
	pats     [][]word
	ids      []int // the ID each phrase was added with
}

// Add adds a compiled phrase with an ID that its hits carry; an ID may have
// many phrases.
func (m *Matcher) Add(p Pattern, id int) {
	if len(p.words) == 0 {
		return
	}
	if m.exact == nil {
		m.exact = map[string][]int{}
	}
	i := len(m.pats)
	m.pats = append(m.pats, p.words)
	m.ids = append(m.ids, id)
	switch w := p.words[0]; w.kind {
	case exact:
		m.exact[w.s] = append(m.exact[w.s], i)
	case prefix:
		m.byFirst[w.s[0]] = append(m.byFirst[w.s[0]], i)
	case suffix:
		m.byLast[w.s[len(w.s)-1]] = append(m.byLast[w.s[len(w.s)-1]], i)
	default:
		m.anywhere = append(m.anywhere, i)
	}
}

// Len is the number of phrases added.
func (m *Matcher) Len() int { return len(m.pats) }

// Find returns the non-overlapping hits in toks in text order: at each
// position the longest hit, and among equally long ones the phrase added
// first (a phrase with an exact first word before a wildcard one).
func (m *Matcher) Find(toks []Token) []Hit {
	var out []Hit
	for i := 0; i < len(toks); {
		end, pi := m.longestAt(toks, i)
		if pi < 0 {
			i++
			continue
		}
		out = append(out, Hit{i, end, m.ids[pi]})
		i = end
	}
	return out
}

// Has reports whether any phrase occurs in toks.
func (m *Matcher) Has(toks []Token) bool {
	for i := range toks {
		if _, pi := m.longestAt(toks, i); pi >= 0 {
			return true
		}
	}
	return false
}

// longestAt returns the end and index of the longest phrase matching at
// toks[i], or -1.
func (m *Matcher) longestAt(toks []Token, i int) (best, bestPat int) {
	best, bestPat = -1, -1
	lower := toks[i].Lower
	for _, pi := range m.exact[lower] {
		if end, ok := matchAt(m.pats[pi], toks, i); ok && end > best {
			best, bestPat = end, pi
		}
	}
	// Wildcard phrases come after every exact one on ties; among
	// themselves the one added first wins, as if tried in order.
	exactBest := bestPat
	try := func(cands []int) {
		for _, pi := range cands {
			end, ok := matchAt(m.pats[pi], toks, i)
			if !ok {
				continue
			}
			if end > best || (end == best && bestPat != exactBest && pi < bestPat) {
				best, bestPat = end, pi
			}
		}
	}
	if lower != "" {
		try(m.byFirst[lower[0]])
		try(m.byLast[lower[len(lower)-1]])
	}
	try(m.anywhere)
	return best, bestPat
}
