// device.cu: device discovery through the CUDA runtime (the Go side prefers
// NVML and uses these when NVML is missing or to map NVML's devices to CUDA
// indices). The static runtime loads libcuda.so.1 on the first call, so a
// machine without a driver gets cudaErrorInsufficientDriver here, never an
// abort at start-up.
#include <string.h>

#include "internal.h"

using namespace bnc;

extern "C" {

int bnc_runtime_version(int *v) {
    *v = CUDART_VERSION;
    return BNC_OK;
}

int bnc_driver_version(int *v, char *err, int errlen) {
    *v = 0;
    cudaError_t e = cudaDriverGetVersion(v);
    if (e != cudaSuccess) {
        cudaGetLastError();
        return cuda_err(err, errlen, e, "cudaDriverGetVersion");
    }
    if (*v == 0) return set_err(err, errlen, BNC_ERR_NO_DEVICE, "no NVIDIA driver found (libcuda.so.1 is missing)");
    return BNC_OK;
}

int bnc_device_count(int *n, char *err, int errlen) {
    *n = 0;
    int drv = 0;
    if (cudaDriverGetVersion(&drv) == cudaSuccess && drv == 0)
        return set_err(err, errlen, BNC_ERR_NO_DEVICE, "no NVIDIA driver found (libcuda.so.1 is missing)");
    cudaError_t e = cudaGetDeviceCount(n);
    if (e != cudaSuccess) {
        cudaGetLastError();
        *n = 0;
        if (e == cudaErrorInsufficientDriver && drv > 0 && drv < CUDART_VERSION)
            return set_err(err, errlen, BNC_ERR_NO_DEVICE,
                           "the NVIDIA driver supports CUDA %d.%d, this build needs %d.%d or newer", drv / 1000,
                           drv % 1000 / 10, CUDART_VERSION / 1000, CUDART_VERSION % 1000 / 10);
        return cuda_err(err, errlen, e, "cudaGetDeviceCount");
    }
    if (*n == 0) return set_err(err, errlen, BNC_ERR_NO_DEVICE, "no CUDA-capable device is detected");
    return BNC_OK;
}

int bnc_device_props_get(int dev, bnc_device_props *p, char *err, int errlen) {
    memset(p, 0, sizeof *p);
    cudaDeviceProp prop;
    cudaError_t e = cudaGetDeviceProperties(&prop, dev);
    if (e != cudaSuccess) {
        cudaGetLastError();
        return cuda_err(err, errlen, e, "cudaGetDeviceProperties");
    }
    snprintf(p->name, sizeof p->name, "%s", prop.name);
    p->major = prop.major;
    p->minor = prop.minor;
    p->sm_count = prop.multiProcessorCount;
    p->total_mem = prop.totalGlobalMem;
    p->pci_domain = prop.pciDomainID;
    p->pci_bus = prop.pciBusID;
    p->pci_device = prop.pciDeviceID;
    return BNC_OK;
}

int bnc_mem_info(int dev, uint64_t *free_bytes, uint64_t *total_bytes, char *err, int errlen) {
    *free_bytes = *total_bytes = 0;
    BNC_CHECK(cudaSetDevice(dev), err, errlen);
    size_t f = 0, t = 0;
    BNC_CHECK(cudaMemGetInfo(&f, &t), err, errlen);
    *free_bytes = f;
    *total_bytes = t;
    return BNC_OK;
}

}  // extern "C"
