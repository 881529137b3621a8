package cli

// The printing of `bansift eval`: a table for people, or JSON.

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/bansift/bansift/eval"
)

func printEvalJSON(opts *evalOptions, out evalJSON) error {
	if !opts.Verbose {
		if out.Gold != nil {
			out.Gold.Report.Articles = nil
		}
		for i := range out.Bench {
			out.Bench[i].Pages = nil
		}
	}
	enc := json.NewEncoder(opts.streams.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func printEvalTable(opts *evalOptions, out evalJSON) error {
	w := opts.streams.Out
	if g := out.Gold; g != nil {
		r := g.Report
		fmt.Fprintf(w, "gold %s: %d pages scored from %s in %.2fs", g.Gold, r.Pages, g.Source, g.Seconds)
		if g.Workers > 0 && r.Pages > 0 {
			fmt.Fprintf(w, " (%.0f ms/page wall, %d workers)", 1000*g.Seconds/float64(r.Pages), g.Workers)
		}
		fmt.Fprintln(w)
		for _, n := range g.Notes {
			fmt.Fprintf(w, "note: %s\n", n)
		}
		if len(r.Missing) > 0 {
			fmt.Fprintf(w, "no record for: %s\n", strings.Join(r.Missing, ", "))
		}
		if len(r.Extra) > 0 {
			fmt.Fprintf(w, "not in gold (not scored): %s\n", strings.Join(r.Extra, ", "))
		}
		if opts.Verbose {
			printArticles(w, r.Articles, opts.translationScores)
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "metric\tvalue\tcount")
		for _, m := range g.Metrics {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", m.Name, formatMetric(m), m.Count)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(out.Bench) > 0 {
		if out.Gold != nil {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "benchmark %s\n", opts.Bench)
		if opts.Verbose {
			for _, b := range out.Bench {
				printBenchPages(w, b)
			}
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "mode\tsplit\tpages\tprecision\trecall\tf1\taccuracy\tms/page\terrors")
		for _, b := range out.Bench {
			s, sp := b.Score, b.Spread
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%.1f\t%d\n", b.Mode, b.Split, s.Pages,
				withSpread(s.P, sp, func(x *eval.BenchSpread) float64 { return x.P }),
				withSpread(s.R, sp, func(x *eval.BenchSpread) float64 { return x.R }),
				withSpread(s.F1, sp, func(x *eval.BenchSpread) float64 { return x.F1 }),
				withSpread(s.Accuracy, sp, func(x *eval.BenchSpread) float64 { return x.Accuracy }),
				b.MsPerPage, b.Errors)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, f := range out.Failed {
		fmt.Fprintf(w, "BELOW FLOOR %s\n", f)
	}
	return nil
}

// withSpread formats v, with its ± when a bootstrap was run.
func withSpread(v float64, sp *eval.BenchSpread, get func(*eval.BenchSpread) float64) string {
	if sp == nil {
		return fmt.Sprintf("%.3f", v)
	}
	return fmt.Sprintf("%.3f±%.3f", v, get(sp))
}

func formatMetric(m eval.Metric) string {
	if !m.Defined {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", m.Value)
}

// printArticles writes what each gold page got wrong, for --verbose.
func printArticles(w io.Writer, articles []eval.ArticleReport, translationScores map[string]string) {
	for _, a := range articles {
		fmt.Fprintf(w, "%s: language %s (want %s), relevant %v (want %v)", a.ID, orDash(a.Language), a.WantLanguage, a.Relevant, a.WantRelevant)
		if a.TranslatedFrom != "" || a.WantTranslatedFrom != "" {
			fmt.Fprintf(w, ", translated from %s (want %s)", orDash(a.TranslatedFrom), orDash(a.WantTranslatedFrom))
		}
		fmt.Fprintln(w)
		if s, ok := translationScores[a.ID]; ok {
			fmt.Fprintf(w, "  translation signals: %s\n", s)
		}
		if !a.HasRecord {
			fmt.Fprintln(w, "  no record")
		}
		if a.Error != nil {
			fmt.Fprintf(w, "  error: %s: %s\n", a.Error.Stage, a.Error.Message)
		}
		if b := a.Body; b != nil {
			p, _ := b.Precision()
			r, _ := b.Recall()
			fmt.Fprintf(w, "  body: precision %.3f recall %.3f (tp %d fp %d fn %d), leaked %d/%d boilerplate lines\n",
				p, r, b.TP, b.FP, b.FN, len(a.Leaked), a.BoilerplateLines)
			for _, l := range a.Leaked {
				fmt.Fprintf(w, "    leaked: %q\n", l)
			}
		}
		fmt.Fprintf(w, "  claims: tp %d fp %d fn %d, primary %d/%d\n", a.Claims.TP, a.Claims.FP, a.Claims.FN, a.Primary.Hits, a.Primary.Total)
		for _, m := range a.Matched {
			if len(m.Wrong) == 0 {
				fmt.Fprintf(w, "    matched  %s\n", m.Pair)
				continue
			}
			fmt.Fprintf(w, "    matched  %s; %s\n", m.Pair, strings.Join(m.Wrong, "; "))
		}
		for _, p := range a.Missed {
			fmt.Fprintf(w, "    missed   %s\n", p)
		}
		for _, p := range a.Spurious {
			fmt.Fprintf(w, "    spurious %s\n", p)
		}
		for _, p := range a.Optional {
			fmt.Fprintf(w, "    optional %s (ignored)\n", p)
		}
		for _, p := range a.PrimaryMissed {
			fmt.Fprintf(w, "    primary not marked: %s\n", p)
		}
	}
	fmt.Fprintln(w)
}

// printBenchPages writes one line per page, for --verbose.
func printBenchPages(w io.Writer, b eval.BenchResult) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "pages of mode %s, split %s:\n", b.Mode, b.Split)
	fmt.Fprintln(tw, "page\tprecision\trecall\texact\tms\terror")
	for _, p := range b.Pages {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%v\t%.1f\t%s\n", p.ID, p.P, p.R, p.Exact, p.Ms, p.Error)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
