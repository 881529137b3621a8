package cli

import (
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are the command's standard streams. Records go to Out, messages
// and progress to ErrOut; tests give buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrIsTerminal is true when ErrOut is a terminal: only then is progress drawn.
	ErrIsTerminal bool
	// OutIsTerminal is true when Out is a terminal: the progress bar then
	// steps aside for each record written there.
	OutIsTerminal bool
}

// System returns the process's own streams.
func System() *IOStreams {
	return &IOStreams{
		In:            os.Stdin,
		Out:           os.Stdout,
		ErrOut:        os.Stderr,
		ErrIsTerminal: term.IsTerminal(int(os.Stderr.Fd())),
		OutIsTerminal: term.IsTerminal(int(os.Stdout.Fd())),
	}
}
