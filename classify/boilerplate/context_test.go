package boilerplate

import (
	"context"
	"errors"
	"testing"
)

// TestCleanSiteContext checks that a done context stops the cleaning with
// its error, and that a live one cleans as CleanSite does.
func TestCleanSiteContext(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := "Home | News\n\nMinistry bars the cameras\n\nThe interior ministry said on Thursday that federal agencies may no longer buy the cameras, citing security.\n"
	r, err := c.CleanSiteContext(context.Background(), page, "en", "site")
	if err != nil || r.Body != c.CleanSite(page, "en", "site").Body || r.Body == "" {
		t.Fatalf("live context: body %q, err %v", r.Body, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r, err := c.CleanSiteContext(ctx, page, "en", "site"); !errors.Is(err, context.Canceled) || r.Body != "" {
		t.Errorf("done context: body %q, err %v; want no body and context.Canceled", r.Body, err)
	}
}
