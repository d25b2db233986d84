package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"golang.org/x/sys/cpu"

	"github.com/bitnet-go/bitnet-go/cuda"
)

// deviceReport is what `bitnet devices` prints (also as JSON).
type deviceReport struct {
	CPU struct {
		Model    string   `json:"model"`
		Arch     string   `json:"arch"`
		Threads  int      `json:"threads"`
		Features []string `json:"features"`
	} `json:"cpu"`
	CUDABuilt bool          `json:"cuda_built"`
	GPUs      []cuda.Device `json:"gpus"`
	GPUError  string        `json:"gpu_error,omitempty"`
}

// runDevices lists the CPU (model, threads, SIMD features) and the GPUs this
// binary can use, or why it can use none. It succeeds without a GPU.
func runDevices(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("devices", stdout, stderr, "[--json]", "bitnet devices", "bitnet devices --json")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var r deviceReport
	r.CPU.Model = cpuModelName()
	r.CPU.Arch = runtime.GOARCH
	r.CPU.Threads = runtime.NumCPU()
	r.CPU.Features = cpuFeatureNames()
	r.CUDABuilt = cuda.Built()
	if r.CUDABuilt {
		devs, err := cuda.Devices()
		r.GPUs = devs
		if err != nil {
			r.GPUError = err.Error()
		}
	} else {
		r.GPUError = cuda.ErrNotBuilt.Error()
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	feats := strings.Join(r.CPU.Features, " ")
	if feats == "" {
		feats = "none detected"
	}
	fmt.Fprintf(stdout, "cpu: %s (%s), %d threads, features: %s\n", r.CPU.Model, r.CPU.Arch, r.CPU.Threads, feats)
	for _, d := range r.GPUs {
		fmt.Fprintf(stdout, "cuda:%d: %s, compute capability %s, %d MiB total, %d MiB free", d.Index, d.Name,
			d.ComputeCapability, d.MemoryTotal>>20, d.MemoryFree>>20)
		if d.DriverVersion != "" {
			fmt.Fprintf(stdout, ", driver %s", d.DriverVersion)
		}
		if d.CUDAVersion != "" {
			fmt.Fprintf(stdout, ", CUDA %s", d.CUDAVersion)
		}
		fmt.Fprintln(stdout)
	}
	if r.GPUError != "" {
		fmt.Fprintf(stdout, "gpu: none usable: %s\n", r.GPUError)
	}
	return nil
}

// cpuModelName reads the processor's name (Linux /proc/cpuinfo), or says it is unknown.
func cpuModelName() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown processor"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "model name", "Model", "cpu model", "Hardware":
			if v := strings.TrimSpace(val); v != "" {
				return v
			}
		}
	}
	return "unknown processor"
}

// cpuFeatureNames lists the SIMD features the CPU kernels can use.
func cpuFeatureNames() []string {
	var out []string
	add := func(ok bool, name string) {
		if ok {
			out = append(out, name)
		}
	}
	x := cpu.X86
	add(x.HasSSE42, "sse4.2")
	add(x.HasAVX, "avx")
	add(x.HasAVX2, "avx2")
	add(x.HasFMA, "fma")
	add(x.HasAVX512F, "avx512f")
	add(x.HasAVX512BW, "avx512bw")
	add(x.HasAVX512VL, "avx512vl")
	add(x.HasAVX512VNNI, "avx512vnni")
	add(x.HasAVXVNNI, "avxvnni")
	a := cpu.ARM64
	add(a.HasASIMD, "neon")
	add(a.HasASIMDDP, "dotprod")
	add(a.HasSVE, "sve")
	return out
}
