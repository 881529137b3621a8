// Package cli is the bansift command tree, built on cobra: `bansift run`
// (pages in, records out), `bansift dataset` (records in, claim rows or
// merged events out), `bansift eval` (scores against gold data) and
// `bansift version`.
//
// Each subcommand has an options struct and a run function that tests call
// with buffers instead of a shell:
//
//	streams := &cli.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
//	code := cli.Main(streams, []string{"run", "samples"})
//
// Records go to IOStreams.Out, messages and progress to IOStreams.ErrOut.
package cli
