package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit codes of the bansift command.
const (
	ExitOK          = 0 // every input processed, no record carries an error
	ExitError       = 1 // the run could not go on (bad flags, a missing input path, unwritable output, interrupted)
	ExitSomeFailed  = 2 // the run finished, but some records carry an error
	ExitBelowFloors = 3 // eval: a score fell below its floor
)

// exitError carries an exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// NewRootCmd builds the command tree.
func NewRootCmd(streams *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:           "bansift",
		Short:         "Turn scraped news pages into a dataset of technology restrictions",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(streams.In)
	root.SetOut(streams.Out)
	root.SetErr(streams.ErrOut)
	root.AddCommand(newRunCmd(streams, nil), newEvalCmd(streams), newVersionCmd(streams), newDatasetCmd(streams))
	return root
}

// Main runs the command line args and returns the process exit code.
func Main(streams *IOStreams, args []string) int {
	root := NewRootCmd(streams)
	root.SetArgs(args)
	// Ctrl-C, and SIGTERM (what schedulers and `kill` send), cancel the
	// run: workers stop and what was written stays written.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first signal, a second one kills the process as usual.
	context.AfterFunc(ctx, stop)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.code != ExitSomeFailed {
			fmt.Fprintln(streams.ErrOut, "bansift:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(streams.ErrOut, "bansift:", err)
	return ExitError
}
