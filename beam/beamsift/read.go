package beamsift

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/bansift/bansift/corpus"
)

func init() {
	register.DoFn3x1[context.Context, inputFile, func(corpus.Article), error](&readFn{})
	register.Emitter1[corpus.Article]()
}

// readFn reads one file into its articles with corpus.OpenFile, so a file
// in a bucket gives the articles the same file on disk gives `bansift run`.
type readFn struct {
	Format   string `json:"format"`
	MaxBytes int64  `json:"max_bytes"`
}

func (fn *readFn) ProcessElement(ctx context.Context, f inputFile, emit func(corpus.Article)) error {
	if f.Err != "" {
		emit(corpus.Article{ID: f.ID, Source: corpus.Source{Path: f.Path, Format: corpus.FormatText},
			Notes: f.Notes, Err: &corpus.RecordError{Stage: corpus.StageRead, Message: f.Err}})
		return nil
	}
	r, err := corpus.OpenFile(corpus.File{Path: f.Path, ID: f.ID, Size: f.Size, Open: func() (io.ReadCloser, error) {
		return openRead(ctx, f.Path)
	}}, corpus.ReadOptions{Format: fn.Format, MaxBytes: fn.MaxBytes})
	if err != nil {
		return err
	}
	defer r.Close()
	for {
		a, err := r.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			// The file broke off as a whole: let the runner retry it.
			return fmt.Errorf("reading %s: %w", f.Path, err)
		}
		a.Notes = append(a.Notes, f.Notes...)
		emit(a)
	}
}

// openRead opens name on its Beam file system; closing the reader closes
// the file system too.
func openRead(ctx context.Context, name string) (io.ReadCloser, error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	rc, err := fs.OpenRead(ctx, name)
	if err != nil {
		fs.Close()
		return nil, err
	}
	return &closeBoth{ReadCloser: rc, fs: fs}, nil
}

// closeBoth closes a file and then its file system.
type closeBoth struct {
	io.ReadCloser
	fs io.Closer
}

func (c *closeBoth) Close() error {
	err := c.ReadCloser.Close()
	if ferr := c.fs.Close(); err == nil {
		err = ferr
	}
	return err
}
