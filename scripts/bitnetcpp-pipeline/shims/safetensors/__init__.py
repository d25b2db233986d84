"""Test shim, not the safetensors package: only what bitnet.cpp's
utils/preprocess-huggingface-bitnet.py calls (safe_open(path, framework='pt')
with keys() and get_tensor(name)). Debian bookworm does not package
safetensors; scripts/bitnetcpp-convert-compare.sh puts this folder on
PYTHONPATH. The format: an 8-byte little-endian header length, a JSON header
{name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {...}},
then the data section the offsets point into."""

import json
import struct

# Not "import torch": importing the submodule safetensors.torch rebinds the
# package attribute (this module's global) named torch.
import torch as _torch

DTYPES = {
    "BF16": _torch.bfloat16,
    "F16": _torch.float16,
    "F32": _torch.float32,
    "F64": _torch.float64,
    "U8": _torch.uint8,
    "I8": _torch.int8,
    "I16": _torch.int16,
    "I32": _torch.int32,
    "I64": _torch.int64,
}


def read_header(path):
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n))
    return header, 8 + n


class safe_open:
    def __init__(self, path, framework="pt", device="cpu"):
        if framework != "pt":
            raise ValueError("this shim only supports framework='pt'")
        self._path = path
        self._header, self._base = read_header(path)
        self._header.pop("__metadata__", None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def keys(self):
        return list(self._header.keys())

    def get_tensor(self, name):
        info = self._header[name]
        begin, end = info["data_offsets"]
        with open(self._path, "rb") as f:
            f.seek(self._base + begin)
            buf = bytearray(f.read(end - begin))
        dtype = DTYPES[info["dtype"]]
        if len(buf) == 0:
            return _torch.empty(info["shape"], dtype=dtype)
        return _torch.frombuffer(buf, dtype=dtype).reshape(info["shape"]).clone()
