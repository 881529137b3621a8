package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/bansift/bansift/corpus"
)

// DefaultBatch is how many records one transaction holds when
// RunOptions.Batch is 0: large enough that commits cost little, small
// enough that a killed run redoes little.
const DefaultBatch = 256

// RunOptions configure StartRun; the zero value works.
type RunOptions struct {
	// Force processes every input again, even those the store holds
	// unchanged.
	Force bool
	// Batch is the number of records per transaction; 0 means DefaultBatch.
	Batch int
	// OnSkip, if set, is called with each input skipped because the store
	// holds it unchanged.
	OnSkip func(corpus.Article)
}

// Run writes the records of one `bansift run` into the store. Filter and
// Put may be called from different goroutines.
type Run struct {
	s    *Store
	id   int64
	opts RunOptions

	mu      sync.Mutex
	hashes  map[string]string // inputs read but not yet stored: id → hash
	skipped int

	tx     *sql.Tx
	inTx   int
	stored int
}

// StartRun begins a run.
func (s *Store) StartRun(opts RunOptions) (*Run, error) {
	if opts.Batch <= 0 {
		opts.Batch = DefaultBatch
	}
	id, err := s.BeginRun()
	if err != nil {
		return nil, err
	}
	return &Run{s: s, id: id, opts: opts, hashes: map[string]string{}}, nil
}

// Filter returns r without the articles the store holds under the same id
// and hash (unless Force); it remembers the hash of every article it passes
// on, for Put.
func (r *Run) Filter(ar corpus.ArticleReader) corpus.ArticleReader {
	return &filtered{ArticleReader: ar, run: r}
}

type filtered struct {
	corpus.ArticleReader
	run *Run
}

func (f *filtered) Next() (corpus.Article, error) {
	for {
		a, err := f.ArticleReader.Next()
		if err != nil {
			return a, err
		}
		h := Hash(a)
		if !f.run.opts.Force {
			stored, ok, err := f.run.s.Hash(a.ID)
			if err != nil {
				return a, fmt.Errorf("store: %w", err)
			}
			if ok && stored == h {
				f.run.mu.Lock()
				f.run.skipped++
				f.run.mu.Unlock()
				if f.run.opts.OnSkip != nil {
					f.run.opts.OnSkip(a)
				}
				continue
			}
		}
		f.run.mu.Lock()
		f.run.hashes[a.ID] = h
		f.run.mu.Unlock()
		return a, nil
	}
}

// Skipped is how many inputs the store already held unchanged.
func (r *Run) Skipped() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.skipped
}

// Stored is how many records this run has written to the store.
func (r *Run) Stored() int { return r.stored }

// Put stores one record, replacing an earlier one with its id; minhash is
// its near-duplicate signature (nil for none). Records are committed in
// batches: a record is safe once the batch it is in is committed (Finish
// commits the last one).
func (r *Run) Put(rec corpus.Record, minhash []byte) error {
	r.mu.Lock()
	h, ok := r.hashes[rec.ID]
	delete(r.hashes, rec.ID)
	r.mu.Unlock()
	if !ok {
		return fmt.Errorf("store: record %q was not read through Filter", rec.ID)
	}
	if r.tx == nil {
		tx, err := r.s.db.Begin()
		if err != nil {
			return err
		}
		r.tx = tx
	}
	if err := putRecord(r.tx, r.id, h, rec, minhash); err != nil {
		return fmt.Errorf("store: %s: %w", rec.ID, err)
	}
	r.inTx++
	r.stored++
	if r.inTx >= r.opts.Batch {
		return r.commit()
	}
	return nil
}

func (r *Run) commit() error {
	if r.tx == nil {
		return nil
	}
	err := r.tx.Commit()
	r.tx, r.inTx = nil, 0
	return err
}

// Finish commits what is left and records the run's end.
func (r *Run) Finish() error {
	err := r.commit()
	return errors.Join(err, r.s.EndRun(r.id, r.stored, r.Skipped()))
}

// Abort drops the open batch: its inputs are processed again next time.
func (r *Run) Abort() error {
	if r.tx == nil {
		return nil
	}
	err := r.tx.Rollback()
	r.tx, r.inTx = nil, 0
	return err
}

// putRecord writes one record and its claims, targets and evidence.
func putRecord(tx *sql.Tx, run int64, hash string, rec corpus.Record, minhash []byte) error {
	raw, err := encodeRecord(rec)
	if err != nil {
		return err
	}
	var nd *string
	var jac *float64
	if rec.NearDuplicateOf != nil {
		nd, jac = &rec.NearDuplicateOf.ID, &rec.NearDuplicateOf.Jaccard
	}
	var tf *string
	if rec.TranslatedFrom != nil {
		tf = &rec.TranslatedFrom.Code
	}
	var errStage, errMsg *string
	if rec.Error != nil {
		s := string(rec.Error.Stage)
		errStage, errMsg = &s, &rec.Error.Message
	}
	_, err = tx.Exec(`INSERT INTO pages (id, seq, hash, run_id, url, path, format, title, published, language,
			language_confidence, translated_from, relevant, relevance_score, near_duplicate_of,
			near_duplicate_jaccard, error_stage, error_message, minhash, record)
		VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM pages), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, run_id = excluded.run_id, url = excluded.url,
			path = excluded.path, format = excluded.format, title = excluded.title, published = excluded.published,
			language = excluded.language, language_confidence = excluded.language_confidence,
			translated_from = excluded.translated_from, relevant = excluded.relevant,
			relevance_score = excluded.relevance_score, near_duplicate_of = excluded.near_duplicate_of,
			near_duplicate_jaccard = excluded.near_duplicate_jaccard, error_stage = excluded.error_stage,
			error_message = excluded.error_message, minhash = excluded.minhash, record = excluded.record`,
		rec.ID, hash, run, rec.Source.URL, rec.Source.Path, string(rec.Source.Format), rec.Title, rec.Published,
		rec.Language.Code, rec.Language.Confidence, tf, rec.Relevant.Label, rec.Relevant.Score, nd, jac,
		errStage, errMsg, minhash, raw)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM claims WHERE page_id = ?`, rec.ID); err != nil {
		return err
	}
	for ci, c := range rec.Claims {
		if _, err := tx.Exec(`INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, rec.ID, ci, c.Actor.Text,
			c.Actor.Name, c.Actor.Country, string(c.Action), string(c.Status), c.Primary, c.Confidence); err != nil {
			return err
		}
		for ti, t := range c.Targets {
			if _, err := tx.Exec(`INSERT INTO targets VALUES (?, ?, ?, ?, ?, ?, ?)`, rec.ID, ci, ti, t.Text,
				t.Vendor, t.Product, string(t.Category)); err != nil {
				return err
			}
		}
		for ei, e := range c.Evidence {
			if _, err := tx.Exec(`INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?)`, rec.ID, ci, ei, e.Text, e.Start, e.End); err != nil {
				return err
			}
		}
	}
	return nil
}

// encodeRecord is the record as `bansift run` writes it, one JSON object.
func encodeRecord(rec corpus.Record) ([]byte, error) {
	var buf jsonBuffer
	w := corpus.NewJSONLWriter(&buf)
	if err := w.Write(rec); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return buf.b[:len(buf.b)-1], nil // without the line end
}

type jsonBuffer struct{ b []byte }

func (j *jsonBuffer) Write(p []byte) (int, error) { j.b = append(j.b, p...); return len(p), nil }

func decodeRecord(raw []byte) (corpus.Record, error) {
	var rec corpus.Record
	err := json.Unmarshal(raw, &rec)
	return rec, err
}
