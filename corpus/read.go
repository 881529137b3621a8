package corpus

import (
	"errors"
	"io"
)

// DefaultMaxBytes is the default size limit of one input.
const DefaultMaxBytes = 5 << 20

// ReadOptions configure Open; the zero value works.
type ReadOptions struct {
	// Format is "auto" or "" (by extension and content), "text", "html" or "jsonl".
	Format string
	// MaxBytes is the size limit of one input; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Open returns a reader over every article under paths.
func Open(paths []string, opts ReadOptions) (ArticleReader, error) {
	return nil, errors.New("not yet")
}
