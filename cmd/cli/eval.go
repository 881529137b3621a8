package cli

import "github.com/spf13/cobra"

// newEvalCmd is written by the eval work; this placeholder keeps the tree building.
func newEvalCmd(streams *IOStreams) *cobra.Command {
	return &cobra.Command{Use: "eval", Short: "Score records against gold data"}
}
