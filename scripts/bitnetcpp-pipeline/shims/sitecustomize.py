"""Test shim for running bitnet.cpp's Python converter on Debian bookworm's
torch 1.13, which has no torch.compile (added in torch 2.0).
utils/convert-ms-to-gguf-bitnet.py decorates forward_t with @torch.compile at
import time, but nothing on the path it takes calls forward_t (its only caller,
part_lazy_weight_quant, is commented out there), so the identity decorator
changes no output. Python imports this module at startup when this folder is
on PYTHONPATH."""

try:
    import torch
except ImportError:  # torch is missing: the script reports it
    torch = None

if torch is not None and not hasattr(torch, "compile"):

    def _compile(fn=None, **kwargs):
        if fn is None:
            return lambda f: f
        return fn

    torch.compile = _compile
