// Command features computes the translation detector's features (numbers, no
// text) of the labelled real pages and writes them to
// classify/translation/data/features.tsv, the training set of the model
// (internal/train). It runs by hand, where the page texts are:
//
//	go run ./classify/translation/internal/features            # from the repository root
//
// The pages are the dev split of testdata/real (label from the gold
// translated_from) and the pages of testdata/real/translation-labels.tsv;
// their texts are read from /work/realpages/texts/<id>.txt (BANSIFT_REAL
// overrides /work/realpages). The heldout split is never read. Each page goes
// through the whole pipeline, so its features are those the detector sees in
// a run: cleaned text, title, removed lines and URL.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/bansift/bansift/classify/translation"
	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/pipeline"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "features:", err)
		os.Exit(1)
	}
}

// page is one labelled page.
type page struct {
	id, set, url, label string
}

func run(args []string, stdout, stderr io.Writer) error {
	root := os.Getenv("BANSIFT_REAL")
	if root == "" {
		root = "/work/realpages"
	}
	flags := flag.NewFlagSet("features", flag.ContinueOnError)
	flags.SetOutput(stderr)
	texts := flags.String("texts", filepath.Join(root, "texts"), "folder of page texts, <id>.txt")
	real := flags.String("real", "testdata/real", "folder of the manifests, gold annotations and translation-labels.tsv")
	labels := flags.String("labels", "", "pages labelled for translation only (default: translation-labels.tsv in -real)")
	score := flags.Bool("score", false, "instead of writing features, run the detector on the pages and print its scores, recall and false flags")
	out := flags.String("out", "classify/translation/data/features.tsv", `where to write the features ("-" for stdout)`)
	if err := flags.Parse(args); err != nil {
		return err
	}
	if *labels == "" {
		*labels = filepath.Join(*real, "translation-labels.tsv")
	}
	pages, err := labelledPages(*real, *labels)
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return err
	}
	d, err := translation.New(translation.Options{})
	if err != nil {
		return err
	}
	var rows []string
	tally := map[string]*[4]int{} // set → translated flagged, translated, native flagged, native
	for _, pg := range pages {
		b, err := os.ReadFile(filepath.Join(*texts, pg.id+".txt"))
		if errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(stderr, "features: %s: no text in %s, left out\n", pg.id, *texts)
			continue
		} else if err != nil {
			return err
		}
		in, ok := pageInput(p, pg, string(b))
		if *score {
			printScore(stdout, d, pg, in, ok, tally)
			continue
		}
		x := d.Features(in)
		if !ok || x == nil {
			fmt.Fprintf(stderr, "features: %s: not read as English, left out\n", pg.id)
			continue
		}
		cols := []string{pg.id, pg.set, pg.label}
		for _, v := range x {
			cols = append(cols, strconv.FormatFloat(v, 'g', -1, 64))
		}
		rows = append(rows, strings.Join(cols, "\t"))
	}
	if *score {
		for _, set := range []string{"dev", "labels"} {
			if t := tally[set]; t != nil {
				fmt.Fprintf(stdout, "%s: recall %d/%d, false flags %d/%d\n", set, t[0], t[1], t[2], t[3])
			}
		}
		return nil
	}
	return write(*out, stdout, rows, stderr)
}

// printScore prints the detector's score of one page and tallies it.
func printScore(w io.Writer, d *translation.Detector, pg page, in translation.Input, ok bool, tally map[string]*[4]int) {
	if tally[pg.set] == nil {
		tally[pg.set] = &[4]int{}
	}
	t := tally[pg.set]
	flagged := ok && d.Detect(in) != nil
	k := 2
	if pg.label == "ar" {
		k = 0
	}
	t[k+1]++
	if flagged {
		t[k]++
	}
	verdict := map[bool]string{true: "FLAGGED", false: "-"}[flagged]
	sc, _ := d.Score(in)
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", pg.id, pg.label, verdict, sc)
}

// pageInput runs the pipeline on a page and returns the detector's input as
// the pipeline gives it: cleaned text, title, removed lines, URL, language.
func pageInput(p *pipeline.Pipeline, pg page, text string) (translation.Input, bool) {
	u := pg.url
	rec := p.Process(corpus.Article{ID: pg.id, Source: corpus.Source{Path: pg.id + ".txt", URL: &u, Format: corpus.FormatText}, Content: text})
	if rec.Error != nil {
		return translation.Input{}, false
	}
	lines := make([]string, len(rec.Removed))
	for i, r := range rec.Removed {
		lines[i] = r.Text
	}
	return translation.Input{Title: rec.Title, Text: rec.Text, URL: u, Lines: lines, Language: rec.Language.Code}, true
}

// write writes the features file, its header naming the columns.
func write(path string, stdout io.Writer, rows []string, stderr io.Writer) error {
	w := stdout
	if path != "-" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Code generated by go run ./classify/translation/internal/features; DO NOT EDIT.")
	fmt.Fprintln(bw, "# Features of labelled real pages (testdata/real dev split and translation-labels.tsv): numbers only, no text.")
	fmt.Fprintln(bw, "# Rates are per 1,000 words of the page's body; see classify/translation/features.go.")
	fmt.Fprintln(bw, strings.Join(append([]string{"id", "set", "label"}, translation.FeatureNames()...), "\t"))
	for _, r := range rows {
		fmt.Fprintln(bw, r)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "features: %d pages -> %s\n", len(rows), path)
	return nil
}

// labelledPages returns the English dev pages with gold and the pages of
// translation-labels.tsv, in a stable order.
func labelledPages(real, labels string) ([]page, error) {
	var out []page
	manifests, err := filepath.Glob(filepath.Join(real, "manifest-*.tsv"))
	if err != nil {
		return nil, err
	}
	for _, m := range manifests {
		err := eachRow(m, func(c []string) error {
			if len(c) < 3 || c[1] != "dev" {
				return nil // the heldout split is never read
			}
			b, err := os.ReadFile(filepath.Join(real, "dev", "gold", c[0]+".json"))
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			} else if err != nil {
				return err
			}
			var g struct {
				Language       string  `json:"language"`
				TranslatedFrom *string `json:"translated_from"`
			}
			if err := json.Unmarshal(b, &g); err != nil {
				return fmt.Errorf("%s: %w", c[0], err)
			}
			if g.Language != "en" {
				return nil
			}
			label := "native"
			if g.TranslatedFrom != nil && *g.TranslatedFrom == "ar" {
				label = "ar"
			}
			out = append(out, page{id: c[0], set: "dev", url: c[2], label: label})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err = eachRow(labels, func(c []string) error {
		if len(c) < 3 || (c[2] != "ar" && c[2] != "native") {
			return fmt.Errorf("translation-labels.tsv: bad row %q", strings.Join(c, "\t"))
		}
		out = append(out, page{id: c[0], set: "labels", url: c[1], label: c[2]})
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// eachRow calls fn with the tab-separated columns of every non-comment line.
func eachRow(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if err := fn(strings.Split(l, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}
