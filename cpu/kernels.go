package cpu

import (
	"fmt"

	"golang.org/x/sys/cpu"
)

// selectKernels returns the kernel set named (or the best available for "auto").
func selectKernels(name string) (kernels, error) {
	switch name {
	case "", "auto", "ref":
		return refKernels(), nil
	}
	return kernels{}, fmt.Errorf("cpu: unknown kernel set %q (want auto or ref)", name)
}

func featureList() []string {
	var f []string
	x := cpu.X86
	for _, c := range []struct {
		ok   bool
		name string
	}{
		{x.HasAVX2, "avx2"}, {x.HasFMA, "fma"}, {x.HasAVX512F, "avx512f"}, {x.HasAVX512BW, "avx512bw"},
		{x.HasAVX512VL, "avx512vl"}, {x.HasAVX512VNNI, "avx512vnni"}, {x.HasAVXVNNI, "avxvnni"},
	} {
		if c.ok {
			f = append(f, c.name)
		}
	}
	if cpu.ARM64.HasASIMD {
		f = append(f, "neon")
	}
	return f
}
