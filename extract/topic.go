package extract

import "slices"

// The article's topic vendor: a list of national measures ("Latvia: the
// foreign ministry has banned the app on official phones") names the
// vendor once at the top and then only points back at it, further than an
// anaphor's usual reach of a few sentences.

// topicMinMentions is how often the topic vendor must be named, the title
// counting twice, and it must be named more often than any other vendor;
// a vendor the headline names and no other is named anywhere needs less.
const topicMinMentions = 3

// topicVendor is the vendor the article is about, or nil when none stands
// out.
func (a *article) topicVendor() (*targetRef, *sent) {
	count := map[string]int{}
	first := map[string]targetRef{}
	firstIn := map[string]*sent{}
	note := func(s *sent, weight int) {
		seen := map[string]bool{}
		for _, tr := range s.targets {
			if tr.open || tr.Vendor == "" || seen[tr.Vendor] {
				continue
			}
			seen[tr.Vendor] = true
			count[tr.Vendor] += weight
			if _, ok := first[tr.Vendor]; !ok {
				first[tr.Vendor], firstIn[tr.Vendor] = tr, s
			}
		}
	}
	if a.title != nil {
		note(a.title, 2)
	}
	for _, s := range a.sents {
		note(s, 1)
	}
	best, second := "", 0
	for v, n := range count {
		switch {
		case best == "" || n > count[best] || (n == count[best] && v < best):
			if best != "" {
				second = max(second, count[best])
			}
			best = v
		default:
			second = max(second, n)
		}
	}
	// A headline naming the one vendor the article names at all is its
	// topic however seldom the body repeats it.
	alone := len(count) == 1 && a.title != nil && slices.ContainsFunc(a.title.targets, func(tr targetRef) bool { return tr.Vendor == best })
	if best == "" || (count[best] < topicMinMentions && !alone) || count[best] == second {
		return nil, nil
	}
	tr := first[best]
	return &tr, firstIn[best]
}
