//go:build cuda && !cudasim

package cuda

// The normal build links the CUDA runtime statically, so a binary runs on any
// machine with an NVIDIA driver and no toolkit.

/*
#cgo LDFLAGS: -L${SRCDIR}/../kernels/build -L/usr/local/cuda/lib64 -lbitnetcuda -lcudart_static -lstdc++ -ldl -lrt -lpthread -lm
*/
import "C"

// onSimulator reports whether this binary was built to run on GPGPU-Sim.
func onSimulator() bool { return false }
