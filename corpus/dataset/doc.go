// Package dataset turns the records of `bansift run` into datasets: flat
// claim rows for spreadsheets and data frames, and events that merge the
// reports of one restriction across articles and languages.
//
//	recs, _ := corpus.ReadRecordsFile("records.jsonl")
//	rows := dataset.Claims(recs)                          // one row per (record, claim, target)
//	events := dataset.Events(recs, dataset.EventOptions{}) // one per restriction
//	dataset.WriteEvents(os.Stdout, "csv", events)          // or "jsonl"; see Formats
//
// # Claim rows
//
// Claims gives one ClaimRow per target of every claim (a claim without
// targets still gives one row): the record's id, URL, date, language and
// translation origin beside the claim's actor, action, status, the target's
// vendor, product and category, the claim's sectors and reasons, and its first
// evidence sentence with its byte span in the record's text. Records with an
// error give no rows.
//
// # Events
//
// Events keys every (claim, target) by actor country, action and vendor
// (vendors compared case-insensitively), or target category when the target
// names no vendor. A claim whose actor has no country is keyed by the actor's
// name instead, so that unrelated companies or cities are not merged. One
// source counts once per event, whatever number of claims it states it in:
// pages are told apart by URL (or record id), and a page that copies an
// earlier one (its near_duplicate_of, a syndicated wire story) counts as
// that page; Mention.Copies and Event.CopyCount say how many pages stand
// behind the sources. Within a key, mentions are sorted by publication
// date and a gap longer than EventOptions.Gap (DefaultGap, 180 days) between
// two consecutive dated mentions starts a new event: a ban renewed or widened
// years later is a new event. An undated mention joins its key's latest event,
// or, when the key has no dated mention, all its undated mentions form one
// event without dates.
//
// An event's status follows what an analyst would report:
//
//  1. Only dated mentions count, if there are any.
//  2. "reported" (second-hand) counts only when every mention says so.
//  3. A denial stands unless a mention on or after its date says otherwise;
//     then the firmest status from the denial on wins.
//  4. Otherwise the furthest step any mention reports wins: enacted >
//     planned > proposed > advised > under_review. Articles recalling an
//     earlier step do not move the event back.
//
// Statuses keeps every mention's status with counts, so the rule can be
// checked. Sectors, reasons, categories and languages are counted per
// mention; the event's confidence is 1 − Π(1 − c) over its mentions, capped
// at EventOptions.MaxConfidence. An article that states the restriction in
// several claims is one mention, spoken for by its primary claim, else its
// most confident one. The
// id is a hash of the key and the first date, so it stays the same across
// runs as long as no earlier article joins the event. Events are ordered by
// first date (undated last), then key.
//
// # Output
//
// WriteClaims and WriteEvents write JSONL (one object per line, lists as
// lists), CSV (encoding/csv quoting, a header row, lists joined with ";",
// counted lists as "value:count"; the events CSV reduces mentions to their
// record ids and URLs; a cell that starts like a spreadsheet formula, with =,
// +, -, @, tab or carriage return, gets a leading single quote so that a
// spreadsheet shows it as text) or Parquet (zstd; lists, counted lists and
// mentions as Parquet LIST columns of values or structs). NewClaimSink writes
// claim rows as they come, so a claims table is never held in memory (Parquet
// flushes a row group every 10,000 rows). An unknown format name is an error wrapping
// ErrUnknownFormat that lists the known ones.
package dataset
