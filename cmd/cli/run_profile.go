package cli

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/pflag"

	"github.com/bansift/bansift/pipeline"
)

// profileFlags are the flags of `bansift run` that show where a corpus
// spends its time.
type profileFlags struct {
	// CPUProfile is a file for a CPU profile of the run (go tool pprof), or "".
	CPUProfile string
	// MemProfile is a file for an allocation profile written when the run
	// ends, or "".
	MemProfile string
	// Verbose adds the mean time per page of each stage to the summary line.
	Verbose bool
}

func (pf *profileFlags) register(f *pflag.FlagSet) {
	f.StringVar(&pf.CPUProfile, "cpuprofile", "", "write a CPU profile of the run to `FILE` (read it with go tool pprof)")
	f.StringVar(&pf.MemProfile, "memprofile", "", "write an allocation profile to `FILE` when the run ends")
	f.BoolVarP(&pf.Verbose, "verbose", "v", false, "add the time per page of each stage to the summary line")
}

// startProfiles creates the profile files asked for, so that a bad path
// fails before any work, and starts the CPU profile. stop ends it and writes
// the allocation profile.
func (pf *profileFlags) startProfiles() (stop func() error, err error) {
	var cpu, mem *os.File
	closeAll := func() {
		for _, f := range []*os.File{cpu, mem} {
			if f != nil {
				f.Close()
			}
		}
	}
	if pf.CPUProfile != "" {
		if cpu, err = os.Create(pf.CPUProfile); err != nil {
			return nil, fmt.Errorf("--cpuprofile: %w", err)
		}
	}
	if pf.MemProfile != "" {
		if mem, err = os.Create(pf.MemProfile); err != nil {
			closeAll()
			return nil, fmt.Errorf("--memprofile: %w", err)
		}
	}
	if cpu != nil {
		if err := pprof.StartCPUProfile(cpu); err != nil {
			closeAll()
			return nil, fmt.Errorf("--cpuprofile: %w", err)
		}
	}
	return func() error {
		var errs []error
		if cpu != nil {
			pprof.StopCPUProfile()
			errs = append(errs, cpu.Close())
		}
		if mem != nil {
			runtime.GC() // the figures of the last allocations
			errs = append(errs, pprof.Lookup("allocs").WriteTo(mem, 0), mem.Close())
		}
		if err := errors.Join(errs...); err != nil {
			return fmt.Errorf("writing a profile: %w", err)
		}
		return nil
	}, nil
}

// timed returns p timing its stages when --verbose is given, with the
// timings it adds to; otherwise p itself, which reads no clock, and nil.
func (pf *profileFlags) timed(p *pipeline.Pipeline) (*pipeline.Pipeline, *pipeline.Timings) {
	if !pf.Verbose {
		return p, nil
	}
	t := &pipeline.Timings{}
	return p.WithTimings(t), t
}

// stageSummary is the end of the summary line with --verbose: the mean time
// per page of each stage, summed over workers; "" without it.
func stageSummary(t *pipeline.Timings) string {
	if t == nil {
		return ""
	}
	return "; per page: " + t.String()
}
