//go:build !unix

package pipeline

import "time"

// processCPU cannot be read here; the benchmarks then report no CPU figure.
func processCPU() time.Duration { return 0 }
