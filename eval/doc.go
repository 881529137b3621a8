// Package eval measures bansift: it loads gold annotations
// (../shared/corpus/FORMAT.md) and the article-extraction benchmark, runs
// the pipeline over them the way `bansift run` does, and scores the result.
//
//	res, err := eval.RunGold(ctx, p, eval.GoldOptions{Articles: "../shared/corpus"}) // p: a *pipeline.Pipeline
//	for _, m := range res.Metrics { // language_accuracy, claims_f1, ... in a fixed order
//		fmt.Println(m.Name, m.Value, m.Count) // claims_f1 0.913 tp 42 fp 3 fn 5
//	}
//	b, err := eval.RunBench(ctx, cleanBody, eval.BenchOptions{Dir: bench, Mode: eval.BenchModeHTML})
//
// Gold scoring (Evaluate) counts claims once per (actor country, vendor)
// pair, or (actor country, target category) when a claim names no vendor,
// matches body lines after NormalizeLine, and leaves optional gold claims
// out either way. The benchmark metric (ScoreBench) is the benchmark's own
// token shingles. Report.Metrics is the one list of metric names: the table
// `bansift eval` prints, its JSON and the floors of Floors.Check all read it.
package eval
