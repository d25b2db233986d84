//go:build cuda

package cuda

/*
#cgo CFLAGS: -I${SRCDIR}/../kernels
#include "bitnet_cuda.h"
*/
import "C"

import (
	"fmt"
	"unsafe"
)

// Built reports whether this binary was built with the cuda tag.
func Built() bool { return true }

// errBuf receives a C function's error message.
type errBuf [512]C.char

func (b *errBuf) ptr() *C.char { return &b[0] }
func (b *errBuf) len() C.int   { return C.int(len(b)) }
func (b *errBuf) String() string {
	return C.GoString(&b[0])
}

// statusError turns a BNC_* status and its message into an error: a missing
// driver or device, or too little memory, wraps ErrNoDevice so callers fall
// back to the CPU.
func statusError(code C.int, msg string) error {
	if msg == "" {
		msg = fmt.Sprintf("status %d", int(code))
	}
	switch code {
	case C.BNC_ERR_NO_DEVICE, C.BNC_ERR_NO_MEMORY:
		return fmt.Errorf("%w: %s", ErrNoDevice, msg)
	}
	return fmt.Errorf("cuda: %s", msg)
}

// runtimeVersion is the CUDA runtime version linked in, e.g. "11.8".
func runtimeVersion() string {
	var v C.int
	C.bnc_runtime_version(&v)
	return cudaVersionString(int(v))
}

// driverCUDAVersion is the CUDA version the driver supports, e.g. "12.2".
func driverCUDAVersion() (string, error) {
	var v C.int
	var eb errBuf
	if rc := C.bnc_driver_version(&v, eb.ptr(), eb.len()); rc != C.BNC_OK {
		return "", statusError(rc, eb.String())
	}
	return cudaVersionString(int(v)), nil
}

func cudaVersionString(v int) string {
	if v <= 0 {
		return ""
	}
	return fmt.Sprintf("%d.%d", v/1000, v%1000/10)
}

// cudaDevices lists the devices the CUDA runtime sees, in CUDA's order.
func cudaDevices() ([]Device, []pciID, error) {
	var n C.int
	var eb errBuf
	if rc := C.bnc_device_count(&n, eb.ptr(), eb.len()); rc != C.BNC_OK {
		return nil, nil, statusError(rc, eb.String())
	}
	devs := make([]Device, 0, int(n))
	ids := make([]pciID, 0, int(n))
	for i := 0; i < int(n); i++ {
		var p C.bnc_device_props
		if rc := C.bnc_device_props_get(C.int(i), &p, eb.ptr(), eb.len()); rc != C.BNC_OK {
			return nil, nil, statusError(rc, eb.String())
		}
		devs = append(devs, Device{
			Index:             i,
			Name:              C.GoString(&p.name[0]),
			ComputeCapability: fmt.Sprintf("%d.%d", int(p.major), int(p.minor)),
			MemoryTotal:       uint64(p.total_mem),
		})
		ids = append(ids, pciID{domain: uint32(p.pci_domain), bus: uint32(p.pci_bus), device: uint32(p.pci_device)})
	}
	return devs, ids, nil
}

// cudaMemInfo returns a device's free and total memory (creates its context).
func cudaMemInfo(dev int) (free, total uint64, err error) {
	var f, t C.uint64_t
	var eb errBuf
	if rc := C.bnc_mem_info(C.int(dev), &f, &t, eb.ptr(), eb.len()); rc != C.BNC_OK {
		return 0, 0, statusError(rc, eb.String())
	}
	return uint64(f), uint64(t), nil
}

// cFloats returns a C pointer to the first element of a non-empty slice.
func cFloats(s []float32) *C.float {
	if len(s) == 0 {
		return nil
	}
	return (*C.float)(unsafe.Pointer(&s[0]))
}
