//go:build cuda

package cuda

import (
	"fmt"
	"os"
	"testing"
)

// TestMain says where the device tests run: a binary built with the cudasim
// tag runs every kernel on GPGPU-Sim, a CPU simulator of a compute capability
// 7.5 GPU, not on a GPU; its results check the kernels' arithmetic, not their
// speed, races or the sm_80+ paths.
func TestMain(m *testing.M) {
	if onSimulator() {
		if os.Getenv("BITNET_GPGPUSIM") == "" {
			fmt.Println("cuda tests: built for GPGPU-Sim but not run through scripts/cuda-sim-exec.sh: the system's CUDA runtime is loaded")
		} else {
			lists := "smaller case lists"
			if os.Getenv("BITNET_SIM_FULL") == "1" {
				lists = "the GPU's case lists (BITNET_SIM_FULL=1)"
			}
			fmt.Println("cuda tests: running on GPGPU-Sim (a simulator in functional mode, cc 7.5), not on a GPU; CUDA graphs off; " + lists)
		}
		if devs, err := Devices(); err == nil && len(devs) > 0 {
			fmt.Printf("cuda tests: device 0 is %q, compute capability %s\n", devs[0].Name, devs[0].ComputeCapability)
		}
	}
	code := m.Run()
	if onSimulator() && os.Getenv("BITNET_GPGPUSIM") != "" {
		fmt.Println("cuda tests: ran on GPGPU-Sim (a simulator), not on a GPU")
	}
	os.Exit(code)
}

// simOr returns sim on the simulator and gpu otherwise: the simulator runs a
// few million warp instructions a second, so its case lists are smaller.
// BITNET_SIM_FULL=1 gives the simulator the GPU's lists (for a chosen test
// outside CI: some of them take hours there).
func simOr[T any](gpu, sim T) T {
	if onSimulator() && os.Getenv("BITNET_SIM_FULL") != "1" {
		return sim
	}
	return gpu
}
