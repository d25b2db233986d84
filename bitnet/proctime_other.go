//go:build !unix

package bitnet

import "time"

// processCPU is not measured on this system: the step trace reports 0.
func processCPU() time.Duration { return 0 }
