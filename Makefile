# bitnet-go: build, test and benchmark targets. `make test` is what CI runs.
GO       ?= go
PKGS     ?= ./...
FUZZTIME ?= 10s
BIN      ?= bin

.PHONY: all build test test-race bench fuzz-short lint cuda cuda-clean build-cuda vet install-cuda gpu-check golden clean cuda-sim cuda-sim-test cuda-sim-cycles openai-go-test

all: build

build:
	$(GO) build -o $(BIN)/bitnet ./cmd/bitnet

test:
	$(GO) test -count=1 $(PKGS)

# The server driven by OpenAI's official Go client (its own module, test/openai-go).
openai-go-test:
	cd test/openai-go && $(GO) test -race -count=1 ./...

test-race:
	$(GO) test -race -count=1 ./bitnet/... ./cpu/... ./server/... ./sample/... ./tokenizer/...

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# Each fuzz target briefly (FUZZTIME each); `make fuzz-short FUZZTIME=5m` for longer runs.
fuzz-short:
	./scripts/fuzz.sh $(FUZZTIME)

vet:
	$(GO) vet $(PKGS)
	$(GO) vet -tags cuda $(PKGS)

lint: vet
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# The CUDA kernels as a static library (kernels/build/libbitnetcuda.a) for `-tags cuda`.
cuda:
	$(MAKE) -C kernels -j$$(nproc)

cuda-clean:
	$(MAKE) -C kernels clean

# GPGPU-Sim (third_party/gpgpu-sim, patched) built into a cache outside the
# repository, and the kernels as compute_75 PTX for it; docs/CUDA.md.
cuda-sim:
	./scripts/build-gpgpu-sim.sh
	$(MAKE) -C kernels sim

# The CUDA tests on the simulator (no GPU needed; tens of minutes on 2 cores).
cuda-sim-test:
	./scripts/cuda-sim-test.sh

# Simulated cycles of single decode kernels at the 2B shapes (GPGPU-Sim's
# performance model of an RTX 2060, not a GPU; tens of minutes on 2 cores).
cuda-sim-cycles:
	./scripts/cuda-sim-cycles.sh

build-cuda: cuda
	$(GO) build -tags cuda -o $(BIN)/bitnet-cuda ./cmd/bitnet

install-cuda:
	./scripts/install-cuda.sh

# Builds the GPU test and benchmark binaries; run scripts/gpu-check.sh on a GPU machine.
gpu-check:
	./scripts/gpu-check.sh build

# Regenerates the golden logits in testdata (prints the difference first).
golden:
	$(GO) test -v ./crossval -run '^TestGolden$$' -update

clean:
	rm -rf $(BIN)
	$(MAKE) -C kernels clean
