//go:build cuda

package cuda

import (
	"fmt"
	"strings"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// pciID identifies a GPU across NVML and the CUDA runtime, whose device
// orders differ (CUDA puts the fastest first; CUDA_VISIBLE_DEVICES hides some).
type pciID struct{ domain, bus, device uint32 }

type nvmlDevice struct {
	index       int
	name        string
	cc          string
	total, free uint64
	pci         pciID
}

type nvmlReport struct {
	driver string
	cuda   string
	devs   []nvmlDevice
}

// queryNVML reads the driver version and every GPU's name, compute capability
// and memory through NVML (libnvidia-ml.so.1, loaded at run time: a missing
// library is an error here, never a crash).
func queryNVML() (*nvmlReport, error) {
	lib := nvml.New()
	if ret := lib.Init(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML: %s", ret.Error())
	}
	defer lib.Shutdown()
	r := &nvmlReport{}
	if v, ret := lib.SystemGetDriverVersion(); ret == nvml.SUCCESS {
		r.driver = v
	}
	if v, ret := lib.SystemGetCudaDriverVersion(); ret == nvml.SUCCESS {
		r.cuda = cudaVersionString(v)
	}
	n, ret := lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return r, fmt.Errorf("NVML: device count: %s", ret.Error())
	}
	for i := 0; i < n; i++ {
		d, ret := lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			continue
		}
		nd := nvmlDevice{index: i}
		nd.name, _ = d.GetName()
		if major, minor, ret := d.GetCudaComputeCapability(); ret == nvml.SUCCESS {
			nd.cc = fmt.Sprintf("%d.%d", major, minor)
		}
		if m, ret := d.GetMemoryInfo(); ret == nvml.SUCCESS {
			nd.total, nd.free = m.Total, m.Free
		}
		if p, ret := d.GetPciInfo(); ret == nvml.SUCCESS {
			nd.pci = pciID{domain: p.Domain, bus: p.Bus, device: p.Device}
		}
		r.devs = append(r.devs, nd)
	}
	return r, nil
}

// Devices lists the GPUs in CUDA's order (the index Options.Device takes):
// name, memory and compute capability from the CUDA runtime, free memory and
// the driver version from NVML (or, without NVML, from a CUDA context on each
// device). With no usable device it returns an error wrapping ErrNoDevice that
// says why; when NVML sees GPUs that the CUDA runtime cannot use, the list holds
// NVML's view (NVML indices) and the error says why CUDA cannot use them.
func Devices() ([]Device, error) {
	nv, nvErr := queryNVML()
	devs, ids, err := cudaDevices()
	if err != nil {
		if nv != nil && len(nv.devs) > 0 {
			out := make([]Device, len(nv.devs))
			for i, d := range nv.devs {
				out[i] = Device{Index: d.index, Name: d.name, ComputeCapability: d.cc, MemoryTotal: d.total,
					MemoryFree: d.free, DriverVersion: nv.driver, CUDAVersion: nv.cuda}
			}
			return out, fmt.Errorf("%w (NVML lists %d GPU(s) the CUDA runtime cannot use)", err, len(out))
		}
		if nvErr != nil && !strings.Contains(err.Error(), "driver") {
			return nil, fmt.Errorf("%w; %v", err, nvErr)
		}
		return nil, err
	}
	cudaVer, _ := driverCUDAVersion()
	for i := range devs {
		devs[i].CUDAVersion = cudaVer
		if nv != nil {
			devs[i].DriverVersion = nv.driver
			for _, d := range nv.devs {
				if d.pci == ids[i] {
					devs[i].MemoryFree = d.free
					break
				}
			}
		}
		if devs[i].MemoryFree == 0 {
			if free, _, err := cudaMemInfo(i); err == nil {
				devs[i].MemoryFree = free
			}
		}
	}
	return devs, nil
}
