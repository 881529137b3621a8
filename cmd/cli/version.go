package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// Version is set at build time with -ldflags "-X github.com/bansift/bansift/cmd/cli.Version=v1.2.3".
var Version = ""

func newVersionCmd(streams *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the bansift version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(streams.Out, "bansift", version())
			return err
		},
	}
}

// version is the -ldflags version, else what Go recorded in the binary.
func version() string {
	if Version != "" {
		return Version
	}
	info, ok := debug.ReadBuildInfo()
	return versionFrom(info, ok)
}

// versionFrom reads a version from build info: the module's version when
// it was built as a module at a version (go install ...@v1.2.3, or a
// checkout Go stamps from its tags), else the VCS revision and whether the
// work tree was modified, else "(devel)". The Go version follows.
func versionFrom(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "(devel)"
		rev, when, dirty := "", "", false
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if rev != "" {
			v = "rev " + rev[:min(len(rev), 12)]
			if dirty {
				v += " (modified)"
			}
			if when != "" {
				v += " of " + when
			}
		}
	}
	if info.GoVersion != "" {
		v += ", " + info.GoVersion
	}
	return v
}
