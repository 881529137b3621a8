package extract

import "github.com/bansift/bansift/corpus"

// affected finds who the restriction applies to in trigger t's clause: sector
// phrases outside the actor's own name, or inside it when nothing else is
// there ("the Central Government Procurement Center" buys for government).
func (a *article) affected(s *sent, t hit, ac actorRef) []corpus.Affected {
	var in, out []corpus.Affected
	for _, h := range s.sectors {
		if s.clause[h.From] != s.clause[t.From] {
			continue
		}
		start, end := s.Toks[h.From].Start, s.Toks[h.To-1].End
		af := corpus.Affected{Text: s.src[start:end], Sector: corpus.Sector(a.e.sectorRows[h.ID].Cols[0])}
		inActor := ac.Start < end && start < ac.End && s.Start <= ac.Start && ac.End <= s.End
		if inActor {
			in = appendAffected(in, af)
			continue
		}
		if a.describesVendor(s, h) || (af.Sector == corpus.SectorPrivateSector && s.nationalityBefore(h.From)) {
			continue
		}
		out = appendAffected(out, af)
	}
	// "its staff", "ihre Beschäftigten": the actor's own people.
	for _, h := range s.roles[roleStaff] {
		if s.clause[h.From] != s.clause[t.From] {
			continue
		}
		sector := corpus.SectorGovernment
		if ac.Kind == kindCompany {
			sector = corpus.SectorPrivateSector
		}
		out = appendAffected(out, corpus.Affected{Text: s.text(h.From, h.To), Sector: sector})
	}
	if len(out) > 0 {
		return out
	}
	return in
}

// describesVendor reports whether sector phrase h names a vendor
// ("Chinese companies such as Huawei", "telecom operators Huawei"), not who
// the restriction applies to.
func (a *article) describesVendor(s *sent, h hit) bool {
	for _, tr := range s.targets {
		if tr.From < h.To || tr.From-h.To > 3 {
			continue
		}
		gap := true
		for i := h.To; i < tr.From; i++ {
			if w := s.Toks[i].Lower; w != "such" && w != "as" && w != "like" && w != "including" && w != "wie" {
				gap = false
			}
		}
		if gap {
			return true
		}
	}
	return false
}

// nationalityBefore reports whether a vendor's nationality stands right
// before token i: "Chinese companies" are the makers, not who a
// restriction applies to ("Italian public sector devices" are).
func (s *sent) nationalityBefore(i int) bool {
	for _, ac := range s.actors {
		if !ac.Valid && ac.Kind == kindDemonym && ac.To == i {
			return true
		}
	}
	return false
}

func appendAffected(as []corpus.Affected, af corpus.Affected) []corpus.Affected {
	for _, o := range as {
		if o.Sector == af.Sector {
			return as
		}
	}
	return append(as, af)
}

// defaultSector is who a restriction applies to when the article does not
// say: a government that stops buying stops buying for itself; an export
// control is aimed at another country; otherwise everyone.
func defaultSector(act corpus.Action, ac actorRef, abroad bool) corpus.Sector {
	switch {
	case act == corpus.ActionPurchaseBan && ac.Kind != kindCompany:
		return corpus.SectorGovernment
	case act == corpus.ActionRestrict && abroad:
		return corpus.SectorForeignCountry
	case ac.Kind == kindCompany:
		return corpus.SectorPrivateSector
	}
	return corpus.SectorGeneralPublic
}
