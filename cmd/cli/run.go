package cli

import "github.com/spf13/cobra"

type runOptions struct{}

func newRunCmd(streams *IOStreams, runF func(*runOptions) error) *cobra.Command {
	return &cobra.Command{Use: "run [PATH...]", Short: "Run the full pipeline"}
}
