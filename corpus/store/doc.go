// Package store keeps the records of many runs in one SQLite file (pure Go,
// no cgo; WAL mode), so that a crawl is processed once: a later run skips the
// inputs the store holds unchanged, and a run killed halfway resumes.
//
//	s, _ := store.Open("bansift.db")
//	run, _ := s.StartRun(store.RunOptions{})
//	reader = run.Filter(reader)           // drops inputs stored with the same id and content hash
//	... run.Put(record, minhash) ...       // for every record; committed every RunOptions.Batch records
//	run.Finish()
//
// A page is keyed by its record id and carries a content hash (xxhash64 of
// the input's format, URL and decoded content). Put replaces a page stored
// under the same id, with its claims, in the same transaction, and commits
// every Batch records: a run killed at any point leaves whole batches, and
// the next run processes exactly the inputs that are missing, so every page
// is stored once.
//
// # Tables
//
// Queryable with sqlite3 (`sqlite3 bansift.db 'SELECT ...'`):
//
//	runs(id, started, finished, pages, skipped)      one row per run; finished is NULL for a run that was killed
//	pages(id, seq, hash, run_id, url, path, format, title, published, language,
//	      language_confidence, translated_from, relevant, relevance_score,
//	      near_duplicate_of, near_duplicate_jaccard, error_stage, error_message,
//	      minhash, record)                           one row per page; record is the whole JSON record,
//	                                                 seq the order pages were first stored
//	claims(page_id, claim, actor_text, actor_name, actor_country, action, status, is_primary, confidence)
//	targets(page_id, claim, target, text, vendor, product, category)
//	evidence(page_id, claim, evidence, text, start, "end")   byte offsets into the record's text
//	events(id, key, actor_country, action, vendor, category, status, first_seen, last_seen,
//	       mention_count, confidence, event)         written by `bansift dataset --kind events --store`;
//	                                                 event is the whole JSON event
//	event_mentions(event_id, page_id)                which pages an event's id was given for
//
// claim, target and evidence are 0-based indexes into the record's lists.
// Deleting a page deletes its claims, targets and evidence.
package store
