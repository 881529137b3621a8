// Package beamsift runs bansift as an Apache Beam pipeline, so that a batch
// too large for one machine (a year of a news crawl) runs on an engine that
// already exists: Dataflow, Flink, Spark, or prism on a laptop.
//
// Pages go in as files matched by globs on any file system Beam knows
// (local paths, gs://...): page files (.txt, .html, .htm) and JSONL files
// (.jsonl, .ndjson, one page per line). Records come out as JSONL shards,
// the same records `bansift run` writes, and claim rows (corpus/dataset's
// ClaimRow, what `bansift dataset` writes) as a second set of shards:
//
//	p, s := beam.NewPipelineWithRoot()
//	err := beamsift.Build(s, beamsift.Options{
//		Inputs:  []string{"gs://crawl/2026/*.jsonl"},
//		Records: "gs://out/records", // gs://out/records-00000-of-00004.jsonl, ...
//		Claims:  "gs://out/claims",
//	})
//	_, err = beam.Run(ctx, "dataflow", p)
//
// The steps: list the inputs and give each file its id (the rules of
// `bansift run` on a folder), reshuffle the files over the workers, read each
// file into articles with corpus.OpenFile, reshuffle the articles, process
// each with a bansift pipeline built once per worker in Setup, and write.
// A page that cannot be read or processed is a record with its error, like
// any other record: nothing is dropped, and the job does not fail for it.
//
// What `bansift run` does that this does not: the template pass
// (--templates, which learns the lines many pages of a site share before
// processing the batch), user lexicons (--lexicon), and renaming a JSONL id
// that an earlier line already used (file ids are still made unique).
package beamsift
