// Package receipt records what a generation measured — the model file's
// SHA-256 and shape, the backend and host, the kernels actually dispatched,
// token counts and timings, the library's version — as a versioned JSON
// document, and verifies such documents by recomputing what can be recomputed.
//
// A receipt is built only from a finished generation (New refuses a result
// without a finish reason) and written atomically (Write renames a complete
// temporary file into place), so a failed or interrupted run leaves none.
package receipt

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"time"

	"golang.org/x/sys/cpu"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/internal/filehash"
	"github.com/bitnet-go/bitnet-go/internal/outfile"
	"github.com/bitnet-go/bitnet-go/internal/sysinfo"
)

// Schema names the document type; SchemaVersion is bumped on any change of
// meaning or of the field set.
const (
	Schema        = "bitnet-go/receipt"
	SchemaVersion = 1
)

// Kinds of receipt.
const (
	KindRun    = "run"    // one `bitnet run` generation
	KindServer = "server" // one request served by `bitnet serve`
)

// Kernel count sources.
const (
	// SourceDispatch means Kernels.Counts were counted at the dispatch site.
	SourceDispatch = "dispatch-counters"
	// SourceUnavailable means the backend does not count dispatches.
	SourceUnavailable = "unavailable"
)

// Kernel count scopes.
const (
	// ScopeProcess counts everything the model dispatched since it was
	// loaded (a `bitnet run` does exactly one generation).
	ScopeProcess = "process"
	// ScopeRequest counts the difference of the model's counters over one
	// request; Exclusive says whether no other request ran meanwhile.
	ScopeRequest = "request"
)

// Receipt is one measured generation.
type Receipt struct {
	Schema        string    `json:"schema"`
	SchemaVersion int       `json:"schema_version"`
	Kind          string    `json:"kind"`
	ID            string    `json:"id,omitempty"`
	CreatedAt     time.Time `json:"created_at"`
	Library       Library   `json:"library"`
	Host          Host      `json:"host"`
	Model         Model     `json:"model"`
	Backend       Backend   `json:"backend"`
	Kernels       Kernels   `json:"kernels"`
	Run           Run       `json:"run"`
	// Digest is the SHA-256 of the receipt's JSON encoding with Digest empty:
	// it detects a receipt edited or damaged after it was written.
	Digest string `json:"digest"`
}

// Library is the build that produced the receipt.
type Library struct {
	Module    string `json:"module"`
	Version   string `json:"version"`
	Revision  string `json:"revision,omitempty"` // VCS commit; empty when built without VCS stamping
	Modified  bool   `json:"modified,omitempty"`
	GoVersion string `json:"go_version"`
}

// Host is the machine the generation ran on.
type Host struct {
	OS          string   `json:"os"`
	Arch        string   `json:"arch"`
	CPUModel    string   `json:"cpu_model,omitempty"`
	CPUFeatures []string `json:"cpu_features"`
	NumCPU      int      `json:"num_cpu"`
	GPU         string   `json:"gpu,omitempty"` // the device string when the backend is a GPU
}

// Model is the model file and its shape.
type Model struct {
	Path          string `json:"path"`
	SHA256        string `json:"sha256"`
	Size          int64  `json:"size"`
	Name          string `json:"name,omitempty"`
	Arch          string `json:"arch"`
	Layers        int    `json:"layers"`
	Hidden        int    `json:"hidden"`
	FFN           int    `json:"ffn"`
	Heads         int    `json:"heads"`
	KVHeads       int    `json:"kv_heads"`
	Vocab         int    `json:"vocab"`
	ContextLength int    `json:"context_length"` // positions per session
	ChatTemplate  string `json:"chat_template,omitempty"`
	LoadMode      string `json:"load_mode"`
}

// Backend is the engine that ran the model.
type Backend struct {
	Device      string            `json:"device"`
	NumericMode string            `json:"numeric_mode"`
	Precision   string            `json:"precision,omitempty"`
	KVCache     string            `json:"kv_cache,omitempty"` // KV cache element type: f32, f16, bf16
	Threads     int               `json:"threads"`
	KernelSet   map[string]string `json:"kernel_set,omitempty"` // tensor shape or role -> kernel chosen at load
	Features    []string          `json:"features,omitempty"`   // what the engine detected (CPU features, GPU capability)
	Fallback    string            `json:"fallback,omitempty"`   // why "auto" did not pick a GPU
}

// Kernels are the kernel dispatches counted during the generation.
type Kernels struct {
	Source    string            `json:"source"`
	Scope     string            `json:"scope,omitempty"`
	Exclusive bool              `json:"exclusive"` // no other generation shared the counters meanwhile
	Counts    map[string]uint64 `json:"counts,omitempty"`
}

// Run is what the generation measured.
type Run struct {
	PromptTokens        int     `json:"prompt_tokens"`
	CompletionTokens    int     `json:"completion_tokens"`
	TokenIDs            []int32 `json:"token_ids"`
	TokenIDsSHA256      string  `json:"token_ids_sha256"` // of the ids as little-endian int32
	FinishReason        string  `json:"finish_reason"`
	PrefillNs           int64   `json:"prefill_ns"`
	DecodeNs            int64   `json:"decode_ns"`
	TimeToFirstTokenNs  int64   `json:"time_to_first_token_ns"`
	PrefillTokensPerSec float64 `json:"prefill_tokens_per_sec"`
	DecodeTokensPerSec  float64 `json:"decode_tokens_per_sec"` // tokens after the first, over DecodeNs
}

// Input is what New needs.
type Input struct {
	Kind        string        // KindRun or KindServer
	ID          string        // request id (server receipts)
	Info        bitnet.Info   // the model's Info
	ModelSHA256 string        // hex SHA-256 of the model file (see HashFile)
	Result      bitnet.Result // the finished generation
	Kernels     Kernels       // counted dispatches (Source SourceUnavailable if none)
	Now         time.Time     // creation time; zero means time.Now()
}

// ErrIncomplete is returned (wrapped) by New for a result that did not finish.
var ErrIncomplete = errors.New("receipt: generation did not finish")

// New builds and seals a receipt from a finished generation.
func New(in Input) (*Receipt, error) {
	res := in.Result
	switch res.FinishReason {
	case bitnet.FinishStop, bitnet.FinishLength, bitnet.FinishContext:
	default:
		return nil, fmt.Errorf("%w: finish reason %q", ErrIncomplete, res.FinishReason)
	}
	if res.PromptTokens <= 0 {
		return nil, fmt.Errorf("%w: no prompt tokens", ErrIncomplete)
	}
	if !isHexSHA256(in.ModelSHA256) {
		return nil, fmt.Errorf("receipt: model sha256 %q is not 64 hex digits", in.ModelSHA256)
	}
	switch in.Kind {
	case KindRun, KindServer:
	default:
		return nil, fmt.Errorf("receipt: unknown kind %q", in.Kind)
	}
	now := in.Now
	if now.IsZero() {
		now = time.Now()
	}
	info := in.Info
	b := sysinfo.ReadBuild()
	r := &Receipt{
		Schema:        Schema,
		SchemaVersion: SchemaVersion,
		Kind:          in.Kind,
		ID:            in.ID,
		CreatedAt:     now.UTC().Round(0),
		Library: Library{
			Module: "github.com/bitnet-go/bitnet-go", Version: b.Version, Revision: b.Revision,
			Modified: b.Modified, GoVersion: nonEmpty(b.GoVersion, runtime.Version()),
		},
		Host: Host{
			OS: runtime.GOOS, Arch: runtime.GOARCH, CPUModel: sysinfo.CPUModel(),
			CPUFeatures: HostCPUFeatures(), NumCPU: runtime.NumCPU(),
		},
		Model: Model{
			Path: info.Path, SHA256: in.ModelSHA256, Size: info.FileSize, Name: info.Config.Name,
			Arch: info.Config.Arch, Layers: info.Config.Layers, Hidden: info.Config.Hidden, FFN: info.Config.FFN,
			Heads: info.Config.Heads, KVHeads: info.Config.KVHeads, Vocab: info.Config.VocabSize,
			ContextLength: info.ContextLen, ChatTemplate: info.ChatTemplate, LoadMode: info.LoadMode.String(),
		},
		Backend: Backend{
			Device: info.Engine.Device, NumericMode: info.Engine.Mode.String(), Precision: info.Engine.Precision, KVCache: info.Engine.KVCache,
			Threads: info.Engine.Threads, KernelSet: cloneMap(info.Engine.Kernels),
			Features: append([]string(nil), info.Engine.Features...), Fallback: info.Fallback,
		},
		Kernels: in.Kernels,
		Run: Run{
			PromptTokens:        res.PromptTokens,
			CompletionTokens:    len(res.Tokens),
			TokenIDs:            append([]int32{}, res.Tokens...),
			TokenIDsSHA256:      HashTokens(res.Tokens),
			FinishReason:        string(res.FinishReason),
			PrefillNs:           res.PrefillTime.Nanoseconds(),
			DecodeNs:            res.DecodeTime.Nanoseconds(),
			TimeToFirstTokenNs:  res.TimeToFirst.Nanoseconds(),
			PrefillTokensPerSec: res.PrefillPerSec,
			DecodeTokensPerSec:  res.DecodePerSec,
		},
	}
	if r.Kernels.Source == "" {
		r.Kernels.Source = SourceUnavailable
	}
	if r.Kernels.Source == SourceUnavailable {
		r.Kernels.Counts = nil
	}
	r.Kernels.Counts = cloneCounts(r.Kernels.Counts)
	if info.Engine.Device != "cpu" && info.Engine.Device != "" {
		r.Host.GPU = info.Engine.Device
	}
	d, err := r.ComputeDigest()
	if err != nil {
		return nil, err
	}
	r.Digest = d
	return r, nil
}

// ComputeDigest returns the hex SHA-256 of r's JSON encoding with Digest empty.
func (r *Receipt) ComputeDigest() (string, error) {
	c := *r
	c.Digest = ""
	b, err := json.Marshal(&c)
	if err != nil {
		return "", fmt.Errorf("receipt: %w", err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// Marshal returns the receipt as indented JSON.
func (r *Receipt) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("receipt: %w", err)
	}
	return append(b, '\n'), nil
}

// Write stores r at path atomically: a complete temporary file in the same
// directory is renamed over path, so readers never see a partial receipt.
func Write(path string, r *Receipt) error {
	// A rename over a device, pipe or directory would replace it: refuse.
	if err := outfile.Check(path); err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	b, err := r.Marshal()
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".receipt-*.tmp")
	if err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	tmp := f.Name()
	_, werr := f.Write(b)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("receipt: writing %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("receipt: %w", err)
	}
	return nil
}

// MaxSize bounds the receipts Parse accepts (a full 4096-token context of ids
// is well under it).
const MaxSize = 16 << 20

// Parse decodes a receipt strictly: unknown fields and trailing data are
// errors, since a receipt of this schema version has exactly these fields.
func Parse(data []byte) (*Receipt, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("receipt: %d bytes is over the %d-byte limit", len(data), MaxSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r Receipt
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("receipt: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("receipt: trailing data after the receipt")
	}
	return &r, nil
}

// Read reads and parses the receipt at path.
func Read(path string) (*Receipt, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("receipt: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("receipt: %w", err)
	}
	return Parse(data)
}

// HashFile returns the hex SHA-256 of the file at path.
func HashFile(ctx context.Context, path string) (string, error) {
	sum, err := filehash.Sum(ctx, path, sha256.New())
	if err != nil && ctx.Err() == nil {
		return "", fmt.Errorf("receipt: %w", err)
	}
	return sum, err
}

// HashTokens returns the hex SHA-256 of ids as little-endian int32.
func HashTokens(ids []int32) string {
	h := sha256.New()
	var b [4]byte
	for _, id := range ids {
		binary.LittleEndian.PutUint32(b[:], uint32(id))
		h.Write(b[:])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// HostCPUFeatures lists the SIMD features of the host CPU that matter to the
// kernels, sorted.
func HostCPUFeatures() []string {
	x, a := cpu.X86, cpu.ARM64
	var f []string
	for _, c := range []struct {
		ok   bool
		name string
	}{
		{x.HasSSE41, "sse4.1"}, {x.HasSSSE3, "ssse3"}, {x.HasAVX, "avx"}, {x.HasAVX2, "avx2"}, {x.HasFMA, "fma"},
		{x.HasF16C, "f16c"}, {x.HasBMI2, "bmi2"}, {x.HasAVXVNNI, "avxvnni"}, {x.HasAVX512F, "avx512f"},
		{x.HasAVX512BW, "avx512bw"}, {x.HasAVX512VL, "avx512vl"}, {x.HasAVX512VNNI, "avx512vnni"},
		{x.HasAVX512BF16, "avx512bf16"}, {a.HasASIMD, "asimd"}, {a.HasASIMDDP, "asimddp"}, {a.HasFPHP, "fphp"},
		{a.HasI8MM, "i8mm"}, {a.HasSVE, "sve"},
	} {
		if c.ok {
			f = append(f, c.name)
		}
	}
	sort.Strings(f)
	if f == nil {
		f = []string{}
	}
	return f
}

// DiffCounts returns after - before for every kernel whose count grew.
func DiffCounts(before, after map[string]uint64) map[string]uint64 {
	d := make(map[string]uint64, len(after))
	for k, v := range after {
		if v > before[k] {
			d[k] = v - before[k]
		}
	}
	return d
}

func isHexSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

func nonEmpty(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func cloneMap(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func cloneCounts(m map[string]uint64) map[string]uint64 {
	if len(m) == 0 {
		return nil
	}
	c := make(map[string]uint64, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
