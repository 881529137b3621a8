package store

import (
	"strconv"

	"github.com/cespare/xxhash/v2"

	"github.com/bansift/bansift/corpus"
)

// Hash is the content hash of an input as read: its format, URL and decoded
// content (or, for an input that could not be read, its error). A page whose
// hash the store holds under its id is not processed again.
func Hash(a corpus.Article) string {
	d := xxhash.New()
	d.WriteString(string(a.Source.Format))
	d.WriteString("\x00")
	if a.Source.URL != nil {
		d.WriteString(*a.Source.URL)
	}
	d.WriteString("\x00")
	if a.Err != nil {
		d.WriteString("error:" + a.Err.Message)
	}
	d.WriteString("\x00")
	d.WriteString(a.Content)
	return strconv.FormatUint(d.Sum64(), 16)
}
