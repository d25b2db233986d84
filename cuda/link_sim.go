//go:build cuda && cudasim

package cuda

// The cudasim build (tags "cuda cudasim", see scripts/cuda-sim-test.sh) links
// the dynamic CUDA runtime and the kernels compiled to compute_75 PTX only
// (kernels/build-sim), so that GPGPU-Sim's libcudart.so, put first on
// LD_LIBRARY_PATH, replaces the runtime and interprets the kernels' PTX on the
// CPU. Such a binary never touches a GPU.

/*
#cgo LDFLAGS: -L${SRCDIR}/../kernels/build-sim -lbitnetcuda -lcudart -lstdc++ -ldl -lrt -lpthread -lm
*/
import "C"

// onSimulator reports whether this binary was built to run on GPGPU-Sim.
func onSimulator() bool { return true }
