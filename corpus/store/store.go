package store

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver: pure Go, no cgo

	"github.com/bansift/bansift/corpus"
)

// Store is an open store file. Its methods are safe for concurrent use.
type Store struct {
	db  *sql.DB
	has *sql.Stmt
}

// Open opens the store at path, creating it and its tables when missing.
// The file is in WAL mode: readers (sqlite3, a dataset run) do not block a
// run that writes, and a killed run loses at most its open transaction.
func Open(path string) (*Store, error) {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(30000)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	// A transaction takes the write lock when it begins, so that waiting for
	// another process (a second run, a reader opening the file) goes through
	// busy_timeout; a deferred one that reads first and writes later fails
	// at once with SQLITE_BUSY when another connection wrote in between.
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	// One writer at a time is all SQLite allows; a few connections let
	// lookups run beside the open write transaction.
	db.SetMaxOpenConns(4)
	for _, stmt := range schema {
		if _, err := db.Exec(stmt); err != nil {
			db.Close()
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	has, err := db.Prepare(`SELECT hash FROM pages WHERE id = ?`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return &Store{db: db, has: has}, nil
}

// Close closes the store.
func (s *Store) Close() error {
	s.has.Close()
	return s.db.Close()
}

// DB is the underlying database, for queries the package has no method for.
func (s *Store) DB() *sql.DB { return s.db }

// Hash returns the stored content hash of the page id, and whether the
// store holds the page at all.
func (s *Store) Hash(id string) (string, bool, error) {
	var h string
	err := s.has.QueryRow(id).Scan(&h)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return h, err == nil, err
}

// Pages returns how many pages the store holds.
func (s *Store) Pages() (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM pages`).Scan(&n)
	return n, err
}

// BeginRun records the start of a run and returns its id.
func (s *Store) BeginRun() (int64, error) {
	res, err := s.db.Exec(`INSERT INTO runs (started) VALUES (?)`, now())
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// EndRun records the end of a run and what it did.
func (s *Store) EndRun(id int64, pages, skipped int) error {
	_, err := s.db.Exec(`UPDATE runs SET finished = ?, pages = ?, skipped = ? WHERE id = ?`, now(), pages, skipped, id)
	return err
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// Records calls fn with every record of the store, in the order they were
// first stored (a page stored again keeps its place). It reads one record
// at a time: memory does not grow with the store.
func (s *Store) Records(fn func(corpus.Record) error) error {
	rows, err := s.db.Query(`SELECT record FROM pages ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var raw []byte
		if err := rows.Scan(&raw); err != nil {
			return err
		}
		rec, err := decodeRecord(raw)
		if err != nil {
			return err
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Signatures calls fn with the id, URL and near-duplicate signature of
// every page that has one, in the order pages were first stored.
func (s *Store) Signatures(fn func(id, url string, minhash []byte) error) error {
	rows, err := s.db.Query(`SELECT id, coalesce(url, ''), minhash FROM pages WHERE minhash IS NOT NULL ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, u string
		var sig []byte
		if err := rows.Scan(&id, &u, &sig); err != nil {
			return err
		}
		if err := fn(id, u, sig); err != nil {
			return err
		}
	}
	return rows.Err()
}
