package store

import (
	"cmp"
	"encoding/json"
	"fmt"

	"github.com/bansift/bansift/corpus/dataset"
)

// StableEventIDs gives each event the id the store gave the same event
// before, and then stores the events as they are now. Events are merged
// afresh from every page of the store each time, and an event's computed id
// (a hash of its key and first date) changes when an article dated earlier
// joins it; the store remembers which pages each id was given for, and an
// event that shares pages with a stored event takes its id: the stored
// event with the most shared pages, ties to the smaller id, each stored id
// to one event only.
func (s *Store) StableEventIDs(events []dataset.Event) error {
	taken := map[string]bool{}
	for i := range events {
		e := &events[i]
		shared := map[string]int{}
		for _, m := range e.Mentions {
			rows, err := s.db.Query(`SELECT event_id FROM event_mentions WHERE page_id = ?`, m.RecordID)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				shared[id]++
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		best := ""
		for id, n := range shared {
			if taken[id] {
				continue
			}
			if best == "" || n > shared[best] || (n == shared[best] && cmp.Less(id, best)) {
				best = id
			}
		}
		if best != "" {
			e.ID = best
		}
		for k := 2; taken[e.ID]; k++ {
			e.ID = fmt.Sprintf("%s~%d", e.ID, k)
		}
		taken[e.ID] = true
	}
	return s.putEvents(events)
}

// putEvents replaces the stored events with events, in one transaction.
func (s *Store) putEvents(events []dataset.Event) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{`DELETE FROM event_mentions`, `DELETE FROM events`} {
		if _, err := tx.Exec(q); err != nil {
			return err
		}
	}
	for _, e := range events {
		raw, err := json.Marshal(e)
		if err != nil {
			return err
		}
		key := fmt.Sprintf("%s|%s|%s|%s", e.ActorCountry, e.Action, e.Vendor, e.Category)
		if _, err := tx.Exec(`INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, key, e.ActorCountry,
			string(e.Action), e.Vendor, string(e.Category), string(e.Status), nullable(e.FirstSeen), nullable(e.LastSeen),
			e.MentionCount, e.Confidence, raw); err != nil {
			return err
		}
		for _, m := range e.Mentions {
			if _, err := tx.Exec(`INSERT OR IGNORE INTO event_mentions VALUES (?, ?)`, e.ID, m.RecordID); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
