package gguf

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/unix"
)

// benchFile is a ~1.2 GB file with the tensor shapes and metadata sizes of
// microsoft/bitnet-b1.58-2B-4T (docs/MODEL.md): 332 tensors, a 128256-token
// vocabulary and 280147 merges, zero tensor data. It is generated once.
var benchFile = filepath.Join(os.TempDir(), "bitnet-go-gguf-bench-2b4t-v1.gguf")

func benchModel(b *testing.B) string {
	b.Helper()
	if f, err := Open(benchFile); err == nil {
		n := len(f.Tensors())
		_ = f.Close()
		if n == 332 {
			return benchFile
		}
	}
	var st unix.Statfs_t
	if err := unix.Statfs(os.TempDir(), &st); err != nil {
		b.Skipf("SKIP: statfs %s: %v", os.TempDir(), err)
	}
	if free := st.Bavail * uint64(st.Bsize); free < 3<<30 {
		b.Skipf("SKIP: %d bytes free in %s, need 3 GB for the benchmark file", free, os.TempDir())
	}
	w := NewWriter()
	const arch = "bitnet-b1.58"
	w.Set("general.architecture", StringValue(arch))
	w.Set("general.name", StringValue("bench"))
	w.Set("general.file_type", Uint32Value(40))
	for k, v := range map[string]uint32{
		"context_length": 4096, "embedding_length": 2560, "block_count": 30, "feed_forward_length": 6912,
		"attention.head_count": 20, "attention.head_count_kv": 5, "rope.dimension_count": 128, "vocab_size": 128256,
	} {
		w.Set(arch+"."+k, Uint32Value(v))
	}
	w.Set(arch+".rope.freq_base", Float32Value(500000))
	w.Set(arch+".attention.layer_norm_rms_epsilon", Float32Value(1e-5))
	w.Set("tokenizer.ggml.model", StringValue("gpt2"))
	toks := make([]string, 128256)
	types := make([]int32, len(toks))
	for i := range toks {
		toks[i] = fmt.Sprintf("Ġtok%06d", i)
		types[i] = 1
	}
	w.Set("tokenizer.ggml.tokens", StringsValue(toks))
	w.Set("tokenizer.ggml.token_type", Int32sValue(types))
	merges := make([]string, 280147)
	for i := range merges {
		merges[i] = fmt.Sprintf("Ġm%d Ġx%d", i%5000, i)
	}
	w.Set("tokenizer.ggml.merges", StringsValue(merges))
	w.Set("tokenizer.ggml.bos_token_id", Uint32Value(128000))
	w.Set("tokenizer.ggml.eos_token_id", Uint32Value(128001))

	add := func(name string, t Type, dims ...uint64) {
		size, err := TensorBytes(t, dims)
		if err != nil {
			b.Fatal(err)
		}
		if err := w.AddTensorFunc(name, t, dims, func(out io.Writer) error { return writeZeros(out, size) }); err != nil {
			b.Fatal(err)
		}
	}
	add("token_embd.weight", TypeF16, 2560, 128256)
	for l := range 30 {
		p := fmt.Sprintf("blk.%d.", l)
		add(p+"attn_norm.weight", TypeF32, 2560)
		add(p+"attn_q.weight", TypeI2_S, 2560, 2560)
		add(p+"attn_k.weight", TypeI2_S, 2560, 640)
		add(p+"attn_v.weight", TypeI2_S, 2560, 640)
		add(p+"attn_output.weight", TypeI2_S, 2560, 2560)
		add(p+"attn_sub_norm.weight", TypeF32, 2560)
		add(p+"ffn_norm.weight", TypeF32, 2560)
		add(p+"ffn_gate.weight", TypeI2_S, 2560, 6912)
		add(p+"ffn_up.weight", TypeI2_S, 2560, 6912)
		add(p+"ffn_down.weight", TypeI2_S, 6912, 2560)
		add(p+"ffn_sub_norm.weight", TypeF32, 6912)
	}
	add("output_norm.weight", TypeF32, 2560)
	if err := w.WriteFile(context.Background(), benchFile); err != nil {
		b.Fatal(err)
	}
	return benchFile
}

func benchmarkOpen(b *testing.B, mode LoadMode) {
	path := benchModel(b)
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		f, err := Open(path, WithLoadMode(mode))
		if err != nil {
			b.Fatal(err)
		}
		if len(f.Tensors()) != 332 {
			b.Fatal("wrong tensor count")
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenMmap opens the 1.2 GB file in mmap mode: header only.
func BenchmarkOpenMmap(b *testing.B) { benchmarkOpen(b, LoadMmap) }

// BenchmarkOpenRAM reads the whole 1.2 GB file into anonymous memory.
func BenchmarkOpenRAM(b *testing.B) { benchmarkOpen(b, LoadRAM) }
