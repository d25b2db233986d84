// Command ggufcmp is a test helper for scripts/bitnetcpp-convert-compare.sh,
// not part of the product. It writes a synthetic BitNet b1.58 (2B-4T layout)
// BF16 Hugging Face checkpoint and compares two GGUF files tensor by tensor.
//
//	ggufcmp ckpt -layers N -hidden H -ffn F -heads A -kv K -vocab V -seed S DIR
//	ggufcmp compare [-scale-ulps N] A.gguf B.gguf
//
// compare prints one line per tensor whose data differ beyond I2_S's unused
// tail bytes (name, type, dims, and for I2_S the number of differing 2-bit
// codes and both scales), a summary line of counts, and a verdict line:
// "identical in every defined byte" when every tensor is byte-identical or,
// for I2_S, equal in every byte bitnet.cpp's quantize_i2_s writes (the
// 2-bit codes and the float32 scale after them; it never writes the other
// 28 bytes of the 32-byte tail). It exits 1 when a tensor is missing,
// differs in type or shape, or differs beyond what the flags allow.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/quant"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: ggufcmp ckpt [flags] DIR | ggufcmp compare A.gguf B.gguf")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "ckpt":
		err = ckpt(os.Args[2:])
	case "compare":
		var differ bool
		differ, err = compare(os.Args[2:])
		if err == nil && differ {
			os.Exit(1)
		}
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ggufcmp:", err)
		os.Exit(2)
	}
}

func ckpt(args []string) error {
	fs := flag.NewFlagSet("ckpt", flag.ExitOnError)
	c := convert.CheckpointConfig{Special: 16, Context: 512, RopeTheta: 500000, Tied: true}
	fs.IntVar(&c.Layers, "layers", 3, "layers")
	fs.IntVar(&c.Hidden, "hidden", 512, "hidden size (a multiple of 256)")
	fs.IntVar(&c.FFN, "ffn", 1536, "FFN size")
	fs.IntVar(&c.Heads, "heads", 8, "attention heads")
	fs.IntVar(&c.KVHeads, "kv", 2, "KV heads")
	fs.IntVar(&c.Vocab, "vocab", 1536, "vocabulary size")
	fs.Uint64Var(&c.Seed, "seed", 2026, "seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("name the output folder")
	}
	dir := fs.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return convert.WriteCheckpoint(dir, c)
}

func compare(args []string) (differ bool, err error) {
	fs := flag.NewFlagSet("compare", flag.ExitOnError)
	ulps := fs.Int("scale-ulps", 0, "I2_S scales this many float32 ulps apart count as equal (reported either way)")
	if err := fs.Parse(args); err != nil {
		return false, err
	}
	if fs.NArg() != 2 {
		return false, errors.New("usage: ggufcmp compare [-scale-ulps N] A.gguf B.gguf")
	}
	pa, pb := fs.Arg(0), fs.Arg(1)
	a, err := gguf.Open(pa)
	if err != nil {
		return false, err
	}
	defer a.Close()
	b, err := gguf.Open(pb)
	if err != nil {
		return false, err
	}
	defer b.Close()
	// identical: every byte; tailOnly: I2_S codes and scale equal, only the
	// 28 bytes after the scale differ (bitnet.cpp's quantize_i2_s never
	// writes them, so they hold whatever its buffer held; no reader uses
	// them); scaleULP: codes equal, scales within -scale-ulps; other: the rest.
	var identical, tailOnly, scaleULP, other int
	for _, ta := range a.Tensors() {
		tb, ok := b.Tensor(ta.Name)
		if !ok {
			fmt.Printf("%s: only in %s\n", ta.Name, pa)
			other++
			continue
		}
		if ta.Type != tb.Type || !slices.Equal(ta.Dims, tb.Dims) {
			fmt.Printf("%s: %v %v vs %v %v\n", ta.Name, ta.Type, ta.Dims, tb.Type, tb.Dims)
			other++
			continue
		}
		da, err := a.TensorData(ta.Name)
		if err != nil {
			return false, err
		}
		db, err := b.TensorData(ta.Name)
		if err != nil {
			return false, err
		}
		if bytes.Equal(da, db) {
			identical++
			continue
		}
		if ta.Type != gguf.TypeI2_S {
			n := 0
			for i := range da {
				if da[i] != db[i] {
					n++
				}
			}
			fmt.Printf("%s: %v %v: %d of %d bytes differ\n", ta.Name, ta.Type, ta.Dims, n, len(da))
			other++
			continue
		}
		rows, cols := int(ta.Dims[1]), int(ta.Dims[0])
		codes := rows * cols / 4
		nc := 0
		for i := range codes {
			for x := da[i] ^ db[i]; x != 0; x >>= 2 {
				if x&3 != 0 {
					nc++
				}
			}
		}
		sa, err := quant.I2SScale(da, rows, cols)
		if err != nil {
			return false, err
		}
		sb, err := quant.I2SScale(db, rows, cols)
		if err != nil {
			return false, err
		}
		ulp := int64(math.Float32bits(sb)) - int64(math.Float32bits(sa))
		switch {
		case nc == 0 && ulp == 0:
			tailOnly++
			continue
		case nc == 0 && ulp >= -int64(*ulps) && ulp <= int64(*ulps):
			scaleULP++
		default:
			other++
		}
		fmt.Printf("%s: I2_S %v: %d of %d codes differ; scale %.9g (%#08x) vs %.9g (%#08x), %+d ulp\n",
			ta.Name, ta.Dims, nc, rows*cols, sa, math.Float32bits(sa), sb, math.Float32bits(sb), ulp)
	}
	for _, tb := range b.Tensors() {
		if _, ok := a.Tensor(tb.Name); !ok {
			fmt.Printf("%s: only in %s\n", tb.Name, pb)
			other++
		}
	}
	fmt.Printf("%d tensors byte-identical, %d I2_S equal but for the unwritten tail bytes, "+
		"%d I2_S with equal codes and scales within %d ulp, %d differ otherwise\n",
		identical, tailOnly, scaleULP, *ulps, other)
	if scaleULP == 0 && other == 0 {
		fmt.Printf("verdict: identical in every defined byte (%d tensors)\n", identical+tailOnly)
	} else {
		fmt.Printf("verdict: not identical: %d tensors differ (%d only in an I2_S scale within %d ulp)\n", scaleULP+other, scaleULP, *ulps)
	}
	return other > 0, nil
}
