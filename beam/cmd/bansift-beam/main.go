// Command bansift-beam runs bansift as an Apache Beam job: page files and
// JSONL files matched by globs in, record shards and claim-row shards out.
// The runner and its options are Beam's own flags:
//
//	bansift-beam --input 'samples/*' --records out/records --claims out/claims            # prism, in this process
//	bansift-beam --runner dataflow --project P --region R --temp_location gs://B/tmp \
//	    --staging_location gs://B/staging --input 'gs://B/crawl/*.jsonl' --records gs://B/out/records
//	bansift-beam --runner flink --endpoint localhost:8099 --environment_type LOOPBACK ...
//
// See the README's "Running at cluster scale" and `bansift-beam --help`.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	// beamx brings the local and gs:// file systems; s3:// serves Flink
	// and Spark clusters on AWS. The Go SDK has no HDFS.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/bansift/bansift/beam/beamsift"
)

func main() {
	opts := registerFlags(flag.CommandLine)
	flag.Usage = usage
	flag.Parse()
	// On a worker, Init runs the Beam harness and never returns.
	beam.Init()
	if err := run(context.Background(), opts, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "bansift-beam:", err)
		os.Exit(1)
	}
}

// inputs is the repeatable --input flag.
type inputs []string

func (in *inputs) String() string { return strings.Join(*in, " ") }
func (in *inputs) Set(v string) error {
	*in = append(*in, v)
	return nil
}

// registerFlags adds bansift's own flags to fs, beside the ones Beam's
// packages register (--runner, --endpoint, --project, ...).
func registerFlags(fs *flag.FlagSet) *beamsift.Options {
	o := &beamsift.Options{}
	fs.Var((*inputs)(&o.Inputs), "input", "a glob or file to read, on any file system Beam knows (repeatable): .txt/.html/.htm pages, .jsonl/.ndjson files")
	fs.StringVar(&o.Records, "records", "", "prefix of the record shards: PREFIX-00000-of-00004.jsonl (required)")
	fs.StringVar(&o.Claims, "claims", "", "prefix of the claim-row shards (default: none)")
	fs.IntVar(&o.Shards, "shards", beamsift.DefaultShards, "files per output")
	fs.StringVar(&o.Format, "format", "auto", "input format: auto, text, html or jsonl")
	// prism logs every step of a job at info; a skipped file is a warning.
	fs.StringVar(&beamlog.LogLevel, "log_level", "warn", "Beam's log level: debug, info, warn or error")
	fs.Int64Var(&o.MaxBytes, "max-bytes", 0, "size limit of one input (a page file or a JSONL line), in bytes (default 5 MiB)")
	return o
}

// run builds the job of opts and runs it on the runner --runner names
// (prism by default), then prints what it did when the runner says.
func run(ctx context.Context, opts *beamsift.Options, stderr io.Writer) error {
	p, s := beam.NewPipelineWithRoot()
	if err := beamsift.Build(s, *opts); err != nil {
		return err
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	if res == nil { // an async submission: the runner's console has the rest
		return nil
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "bansift" {
			counts[c.Name()] += c.Result()
		}
	}
	fmt.Fprintf(stderr, "bansift-beam: %d pages, %d errors, %d relevant, %d claims\n",
		counts["pages"], counts["errors"], counts["relevant"], counts["claims"])
	return nil
}

func usage() {
	out := flag.CommandLine.Output()
	fmt.Fprintf(out, `Usage: bansift-beam --input GLOB [--input GLOB...] --records PREFIX [--claims PREFIX] [flags]

Runs bansift as an Apache Beam job. bansift's flags:
  --input, --records, --claims, --shards, --format, --max-bytes
The runner: --runner prism (default, in this process), dataflow, flink, spark,
universal; their options are Beam's flags below (dataflow: --project, --region,
--temp_location, --staging_location; flink and spark: --endpoint of the job
server, --environment_type, --environment_config).

All flags:
`)
	flag.PrintDefaults()
}
