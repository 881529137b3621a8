package cli

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/bansift/bansift/corpus"
	"github.com/bansift/bansift/pipeline"
)

// pipelineFlags are the flags of run and eval that shape the pipeline, so
// that eval scores what run does.
type pipelineFlags struct {
	// Lexicons are STAGE=PATH data files that extend a stage's built-in ones.
	Lexicons []string
	// Templates reads the inputs twice: first to learn the lines each site's
	// pages share (menus, footers), then to process them without those lines.
	Templates bool
	// PageTimeout is the time budget of one page; 0 means the pipeline's
	// default (a negative value is refused).
	PageTimeout time.Duration
}

func (pf *pipelineFlags) register(f *pflag.FlagSet) {
	f.StringArrayVar(&pf.Lexicons, "lexicon", nil, lexiconHelp())
	f.DurationVar(&pf.PageTimeout, "page-timeout", pipeline.DefaultPageTimeout, "time budget of one page: a page that takes longer gets an error record and the batch goes on (`DURATION`, e.g. 30s)")
	f.BoolVar(&pf.Templates, "templates", true, "first learn the lines many pages of a site share, and drop them (only where inputs can be read twice: not stdin or pipes)")
}

// newPipeline builds the pipeline for a batch read from paths with ro. With
// Templates, and when every path can be read twice, a first pass learns each
// site's template lines.
func (pf *pipelineFlags) newPipeline(ctx context.Context, paths []string, ro corpus.ReadOptions) (*pipeline.Pipeline, error) {
	if pf.PageTimeout < 0 {
		return nil, fmt.Errorf("--page-timeout %v: want a positive duration", pf.PageTimeout)
	}
	opts := pipeline.Options{PageTimeout: pf.PageTimeout}
	if err := applyLexicons(&opts, pf.Lexicons); err != nil {
		return nil, err
	}
	if pf.Templates && rereadable(paths) {
		ro.OnSkip = nil
		r, err := corpus.Open(paths, ro)
		if err != nil {
			return nil, err
		}
		opts.Boilerplate.Templates, err = pipeline.BuildTemplates(ctx, r)
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	return pipeline.New(opts)
}

// rereadable reports whether every path is a folder or a regular file: a
// second read of stdin, a pipe or a device would see only what the first
// left.
func rereadable(paths []string) bool {
	for _, p := range paths {
		info, err := os.Stat(p)
		if p == "-" || err != nil || !(info.IsDir() || info.Mode().IsRegular()) {
			return false
		}
	}
	return len(paths) > 0
}

// lexiconStage is one stage whose embedded data files a user can extend.
type lexiconStage struct {
	name string
	help string
	add  func(o *pipeline.Options, path string)
}

// lexiconStages are the values before "=" in --lexicon STAGE=PATH.
var lexiconStages = []lexiconStage{
	{"boilerplate", "cues_*.txt and stop_<lang>.txt for plain-text cleaning",
		func(o *pipeline.Options, p string) {
			o.Boilerplate.LexiconPaths = append(o.Boilerplate.LexiconPaths, p)
		}},
	{"html", "cue files for HTML extraction",
		func(o *pipeline.Options, p string) { o.HTML.CueFiles = append(o.HTML.CueFiles, p) }},
	{"extract", "files named like extract/data's tables (vendors.tsv, actors.tsv, triggers.tsv, ...)",
		func(o *pipeline.Options, p string) { o.Extract.Lexicons = append(o.Extract.Lexicons, p) }},
	{"outlets", "outlet lists for translation origin, as classify/translation/data/outlets.tsv",
		func(o *pipeline.Options, p string) {
			o.Translation.OutletFiles = append(o.Translation.OutletFiles, p)
		}},
	{"phrases", "translation phrasing lists, as classify/translation/data/phrases.tsv",
		func(o *pipeline.Options, p string) {
			o.Translation.PhraseFiles = append(o.Translation.PhraseFiles, p)
		}},
	{"relevance", "restriction, change and authority cue files, as classify/relevance/data/cues.tsv",
		func(o *pipeline.Options, p string) { o.Relevance.Cues = append(o.Relevance.Cues, p) }},
	{"names", "known people, companies and places (people*.tsv, companies*.tsv, places*.tsv) for near-miss names",
		func(o *pipeline.Options, p string) { o.Extract.NameFiles = append(o.Extract.NameFiles, p) }},
}

// lexiconHelp describes --lexicon for the flag's usage line.
func lexiconHelp() string {
	var names []string
	for _, s := range lexiconStages {
		names = append(names, s.name)
	}
	return "add a data file or folder to a stage's built-in lexicons: STAGE=PATH, STAGE one of " + strings.Join(names, ", ") + " (repeatable)"
}

// applyLexicons adds each STAGE=PATH to o. An unknown stage is an error that
// lists the known ones; the files themselves are read (and checked) by New.
func applyLexicons(o *pipeline.Options, specs []string) error {
	for _, spec := range specs {
		name, path, ok := strings.Cut(spec, "=")
		i := slices.IndexFunc(lexiconStages, func(s lexiconStage) bool { return s.name == name })
		if !ok || path == "" || i < 0 {
			var known []string
			for _, s := range lexiconStages {
				known = append(known, s.name+" ("+s.help+")")
			}
			return fmt.Errorf("--lexicon %q: want STAGE=PATH, STAGE one of:\n  %s", spec, strings.Join(known, "\n  "))
		}
		lexiconStages[i].add(o, path)
	}
	return nil
}
