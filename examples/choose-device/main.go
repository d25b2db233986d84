// Choose a device: run on a GPU when one is usable, else on the CPU, and say
// which. Build with `make cuda && go build -tags cuda ./examples/choose-device`
// for GPU support; without the tag the program runs on the CPU.
//
//	go run ./examples/choose-device -m ggml-model-i2_s.gguf -device auto
package main

import (
	"context"
	"flag"
	"fmt"
	"log"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/cuda"
)

func main() {
	model := flag.String("m", "", "GGUF model file")
	device := flag.String("device", "auto", "auto, cpu or cuda:N")
	precision := flag.String("precision", "fp16", "GPU precision: fp32, fp16 or bf16")
	threads := flag.Int("t", 0, "CPU threads (0: one per physical core)")
	flag.Parse()
	if *model == "" {
		log.Fatal("pass -m MODEL")
	}

	if gpus, err := cuda.Devices(); err != nil {
		fmt.Println("GPUs:", err)
	} else {
		for _, g := range gpus {
			fmt.Printf("GPU %d: %s, compute %s, %d MiB\n", g.Index, g.Name, g.ComputeCapability, g.MemoryTotal>>20)
		}
	}

	m, err := bitnet.Load(context.Background(), *model,
		bitnet.WithDevice(*device), bitnet.WithPrecision(*precision), bitnet.WithThreads(*threads))
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()
	info := m.Info()
	fmt.Println("running on:", info.Engine.Device, info.Engine.Precision)
	if info.Fallback != "" {
		fmt.Println("GPU not used:", info.Fallback)
	}
	res, err := m.Generate(context.Background(), "Hello", bitnet.GenerateOptions{MaxTokens: 16})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q (%.1f tokens/s)\n", res.Text, res.DecodePerSec)
}
