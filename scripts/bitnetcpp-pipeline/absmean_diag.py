"""Explains I2_S scale differences between bitnet.cpp's Python pipeline and
`bitnet convert` on a BF16 checkpoint (a test aid, not part of the product).

For every linear master weight it computes the absmean the way
utils/preprocess-huggingface-bitnet.py does (torch float32: w.float().abs()
.mean()) and the way `bitnet convert` does (accumulated in float64, rounded
once to float32), then the I2_S scale each one leads to:
float32(1 / float32(1 / mean)), the magnitude of a ternarized weight that
bitnet.cpp's quantize_i2_s stores. Prints one line per tensor where the
scales differ and a summary line.

usage: python3 absmean_diag.py CHECKPOINT/model.safetensors [THREADS]
(needs torch; the safetensors shim next to it on PYTHONPATH). THREADS sets
torch's intra-op threads (default: torch's own default, which is what the
preprocess step runs with); torch's float32 sum order, and so the last bit of
the mean, depends on it."""

import struct
import sys

import torch
from safetensors import safe_open

LINEAR = ("q_proj.weight", "k_proj.weight", "v_proj.weight", "o_proj.weight",
          "gate_proj.weight", "up_proj.weight", "down_proj.weight")


def bits(x):
    return struct.unpack("<I", struct.pack("<f", float(x)))[0]


def scale(m):
    s = 1.0 / m.clamp(min=1e-5)  # float32, as the preprocess step
    return (1.0 / s).item()  # float32 division, then exact in Python


def main(path):
    n = mean_diff = scale_diff = 0
    with safe_open(path, framework="pt") as f:
        for name in sorted(f.keys()):
            if not any(k in name for k in LINEAR):
                continue
            w = f.get_tensor(name)
            m32 = w.to(torch.float).abs().mean()
            m64 = w.to(torch.float64).abs().mean().to(torch.float32)
            n += 1
            if bits(m32) != bits(m64):
                mean_diff += 1
            s32, s64 = scale(m32), scale(m64)
            if bits(s32) != bits(s64):
                scale_diff += 1
                print(f"{name}: {w.numel()} values: torch mean {m32.item():.9g} ({bits(m32):#010x}), "
                      f"float64 mean {m64.item():.9g} ({bits(m64):#010x}); scale {s32:.9g} vs {s64:.9g}, "
                      f"{bits(s64) - bits(s32):+d} ulp")
    print(f"{n} linear tensors: torch's float32 absmean differs from the correctly rounded one in {mean_diff}, "
          f"the I2_S scale in {scale_diff} (torch {torch.__version__}, {torch.get_num_threads()} threads)")


if __name__ == "__main__":
    if len(sys.argv) > 2:
        torch.set_num_threads(int(sys.argv[2]))
    main(sys.argv[1])
