// Package neardup finds pages that copy an earlier page's text: a wire story
// carried by several outlets, each with its own boilerplate. It is MinHash
// over word shingles with LSH banding, on xxhash.
//
//	var ix neardup.Index
//	for _, p := range pages { // in the order they were first seen
//		sig, ok := neardup.Sign(p.Text)
//		if !ok { continue } // no words
//		m, found := ix.Add(neardup.Page{ID: p.ID, URL: p.URL, Sig: sig})
//		// found: p copies m.ID, with m.Jaccard its estimated similarity
//	}
//
// A page's text is split into words (letters and digits, lower-cased), and
// every run of Shingle words is one shingle. A Signature keeps, for each of
// Hashes hash functions, the least hash of any shingle: two signatures agree
// at a position with probability equal to the Jaccard similarity of the two
// shingle sets, so the share of agreeing positions estimates it. LSH banding
// (Bands bands of Rows positions) finds candidates without comparing every
// pair: two pages whose similarity is Threshold share a band with
// probability 1−(1−0.5⁴)¹⁶ ≈ 0.64, at 0.8 with 0.999; a candidate counts only
// when its estimate reaches Threshold.
//
// The link goes to the earliest page seen that the new page copies (in a
// store, the order pages were first stored; in a batch, input order), so it
// is deterministic and every copy of one story points at the same page.
// Publication dates are not used: pages arrive before their copies are
// known, and a record already written cannot be changed. A page is never
// linked to a page with the same URL (a re-scrape is the same page, not a
// copy) nor to itself.
//
// Memory: an Index holds about 0.4 KB per page (the signature and its band
// keys).
package neardup
