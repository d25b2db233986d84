#!/usr/bin/python3
"""Writes testdata/tokenizer/llama2_spm_model_ids.json: the ids Google's
SentencePiece library (Debian's python3-sentencepiece) gives for every
string of testdata/tokenizer/llama2_real_ids.json with a real LLaMA-2
tokenizer.model, plus that file's SHA-256. Only strings and ids are
committed; tokenizer's TestSentencePieceModelReal reads the model file from
BITNET_LLAMA2_SPM_MODEL.

    apt-get install python3-sentencepiece
    /usr/bin/python3 scripts/gen-spm-model-ids.py path/to/tokenizer.model
"""
import hashlib
import json
import sys

import sentencepiece as spm

path = sys.argv[1]
with open(path, "rb") as f:
    sha = hashlib.sha256(f.read()).hexdigest()
sp = spm.SentencePieceProcessor(model_file=path)
with open("testdata/tokenizer/llama2_real_ids.json", encoding="utf-8") as f:
    texts = [c["text"] for c in json.load(f)["cases"]]
doc = {
    "generator": "scripts/gen-spm-model-ids.py with sentencepiece %s" % spm.__version__,
    "model_sha256": sha,
    "vocab_size": sp.vocab_size(),
    "bos_id": sp.bos_id(), "eos_id": sp.eos_id(), "unk_id": sp.unk_id(), "pad_id": sp.pad_id(),
    "cases": [{"text": t, "ids": sp.encode(t)} for t in texts],
}
with open("testdata/tokenizer/llama2_spm_model_ids.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")
print("wrote %d cases" % len(doc["cases"]))
