package neardup

// Page is one page for the index.
type Page struct {
	ID  string
	URL string // "" when unknown
	Sig Signature

	link  int32   // position of the page it copies, -1 for none
	linkJ float64 // and the estimate
}

// Match is the earlier page a page copies.
type Match struct {
	ID      string
	URL     string
	Jaccard float64 // estimated, rounded to 3 decimals
}

// Index holds the pages seen so far, in the order they were added. The zero
// value is empty and ready. It is not safe for concurrent use.
type Index struct {
	pages   []Page
	pos     map[string]int32   // id → its first position in pages
	buckets map[uint64][]int32 // band key → positions
}

// Len is the number of pages added.
func (ix *Index) Len() int { return len(ix.pages) }

// Add looks for the earliest page added before p that p copies, then adds
// p. A page whose id was added before keeps its first place, and is only
// linked to pages before it.
func (ix *Index) Add(p Page) (Match, bool) {
	if ix.pos == nil {
		ix.pos, ix.buckets = map[string]int32{}, map[uint64][]int32{}
	}
	self, seen := ix.pos[p.ID]
	if !seen {
		self = int32(len(ix.pages))
	}
	best, same := int32(-1), int32(-1)
	var bestJ float64
	keys := make([]uint64, Bands)
	done := map[int32]bool{}
	for b := range Bands {
		keys[b] = p.Sig.bandKey(b)
		for _, c := range ix.buckets[keys[b]] {
			if c >= self || done[c] || ix.pages[c].ID == p.ID {
				continue
			}
			done[c] = true
			q := &ix.pages[c]
			j := p.Sig.Jaccard(&q.Sig)
			switch {
			case j < Threshold:
			case p.URL != "" && q.URL == p.URL:
				// A re-scrape is the same page: it copies what that page copies.
				if same < 0 || c < same {
					same = c
				}
			case best < 0 || c < best:
				best, bestJ = c, j
			}
		}
	}
	if same >= 0 {
		best, bestJ = ix.pages[same].link, ix.pages[same].linkJ
	}
	p.link, p.linkJ = best, bestJ
	if !seen {
		ix.pos[p.ID] = self
		ix.pages = append(ix.pages, p)
	} else {
		ix.pages[self] = p // processed again: its text may have changed
	}
	for _, k := range keys {
		ix.buckets[k] = append(ix.buckets[k], self)
	}
	if best < 0 {
		return Match{}, false
	}
	q := ix.pages[best]
	return Match{ID: q.ID, URL: q.URL, Jaccard: float64(int(bestJ*1000+0.5)) / 1000}, true
}
