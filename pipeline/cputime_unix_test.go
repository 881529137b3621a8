//go:build unix

package pipeline

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used (user and system, every
// thread, the garbage collector's included), or 0 where it cannot be read.
// On a shared machine it moves less than wall time when others load it.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
