package extract

import (
	"github.com/bansift/bansift/internal/phrase"
	"github.com/bansift/bansift/names"
)

// nearMissMatcher builds the names matcher that reads garbled spellings of
// machine translations ("Hwawei", "Nyu Zilanda") back to our vendors and
// countries: every vendor and country of the gazetteers is added to the
// names package's own lists, with the user's name files.
func nearMissMatcher(vendorRows, actorRows []row, files []string) (*names.Matcher, error) {
	extra, err := names.Load(files...)
	if err != nil {
		return nil, err
	}
	for _, r := range vendorRows {
		extra = append(extra, names.Name{Canonical: r.Cols[0], Aliases: r.Phrases, Kind: names.KindCompany, Country: r.Cols[1]})
	}
	for _, r := range actorRows {
		if r.Cols[2] == string(kindCountry) {
			extra = append(extra, names.Name{Canonical: r.Cols[0], Aliases: r.Phrases, Kind: names.KindPlace, Country: r.Cols[1]})
		}
	}
	return names.NewMatcher(extra...)
}

// Names is the matcher of near-miss names the extractor reads garbled
// names with; other stages share it rather than build their own.
func (e *Extractor) Names() *names.Matcher { return e.names }

// addNearMisses adds the vendors and countries a translated sentence spells
// wrongly: names' near misses that resolve, by their canonical spelling, to
// a gazetteer entry and overlap nothing found already.
func (e *Extractor) addNearMisses(s *sent) {
	if e.names == nil {
		return
	}
	taken := func(start, end int) bool {
		for _, t := range s.targets {
			if s.Toks[t.From].Start < end && start < s.Toks[t.To-1].End {
				return true
			}
		}
		for _, a := range s.actors {
			if a.Start < end && start < a.End {
				return true
			}
		}
		return false
	}
	text := s.src[s.Start:s.End]
	for _, f := range e.names.Find(text) {
		start, end := s.Start+f.Start, s.Start+f.End
		if !f.Near || taken(start, end) {
			continue
		}
		from, to := -1, -1
		for i, t := range s.Toks {
			if t.Start >= start && t.End <= end {
				if from < 0 {
					from = i
				}
				to = i + 1
			}
		}
		if from < 0 {
			continue
		}
		known := phrase.Tokenize(f.Known, 0)
		switch f.Kind {
		case names.KindCompany:
			if h := e.vendors.Find(known); len(h) == 1 && h[0].From == 0 && h[0].To == len(known) {
				r := e.vendorRows[h[0].ID]
				s.targets = append(s.targets, targetRef{
					Target: targetOf(s.text(from, to), r),
					From:   from, To: to, Country: r.Cols[1],
				})
				sortTargets(s.targets)
			}
		case names.KindPlace:
			if h := e.actors.Find(known); len(h) == 1 && h[0].From == 0 && h[0].To == len(known) {
				r := e.actorRows[h[0].ID]
				a := actorRef{Name: r.Cols[0], Country: r.Cols[1], Kind: actorKind(r.Cols[2]), From: from, To: to}
				e.qualifyActor(s, &a)
				a.Text = s.text(a.From, a.To)
				a.Start, a.End = s.Toks[a.From].Start, s.Toks[a.To-1].End
				s.actors = append(s.actors, a)
				sortActors(s.actors)
			}
		}
	}
}

func sortActors(a []actorRef) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].From < a[j-1].From; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
