"""Golden values for quant.TorchSum: torch's own float32 x.sum() and
x.abs().mean() on the CPU (a test aid, not part of the product).

usage:
  go test ./quant -run TestTorchSumGolden -args -torchsum-inputs DIR
  python3 torchsum_golden.py DIR THREADS... >> testdata/quant/torchsum-golden.txt
  ATEN_CPU_CAPABILITY=avx512 python3 torchsum_golden.py DIR THREADS... >> ...

The Go test writes each case's input (NAME.f32, raw little-endian float32,
generated from a fixed seed) and cases.txt (NAME ROWS COLS; ROWS 0 is a 1-D
tensor). For every case and thread count this prints
NAME CAPABILITY THREADS SUM_BITS ABSMEAN_BITS (hex float32 bit patterns),
CAPABILITY being the vector kernel torch dispatched to (AVX2 unless
ATEN_CPU_CAPABILITY says otherwise)."""

import os
import re
import struct
import sys

import numpy
import torch


def bits(t):
    return struct.unpack("<I", struct.pack("<f", t.item()))[0]


def main(folder, threads):
    cap = re.search(r"CPU capability usage: (\S+)", torch.__config__.show()).group(1)
    print(f"# torch {torch.__version__}, {cap} kernel, threads {' '.join(map(str, threads))}")
    with open(os.path.join(folder, "cases.txt")) as f:
        cases = [line.split() for line in f if line.strip()]
    for name, rows, cols in cases:
        x = torch.from_numpy(numpy.fromfile(os.path.join(folder, name + ".f32"), dtype="<f4"))
        if int(rows) > 0:
            x = x.reshape(int(rows), int(cols))
        assert x.is_contiguous() and x.dtype == torch.float32
        for n in threads:
            torch.set_num_threads(n)
            assert torch.get_num_threads() == n
            print(f"{name} {cap} {n} {bits(x.sum()):08x} {bits(x.abs().mean()):08x}")


if __name__ == "__main__":
    main(sys.argv[1], [int(a) for a in sys.argv[2:]] or [1])
