package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/hub"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

const inspectUsage = `usage: bitnet inspect [-sha256[=file|tensors]] [-json] FILE

Prints a GGUF file's metadata (long arrays summarized), its tensors (name,
type, shape, bytes, file offset), totals by tensor type and the file size.
-sha256 adds the SHA-256 of the whole file; -sha256=tensors also that of
each tensor's data.

flags:
`

// inspectHeadLen is how many elements of an array metadata value are shown.
const inspectHeadLen = 5

// inspectMaxString bounds how much of a string value the text output shows.
const inspectMaxString = 120

// shaMode is the -sha256 flag: off, the whole file, or also every tensor.
type shaMode string

func (m *shaMode) String() string { return string(*m) }

func (m *shaMode) Set(s string) error {
	switch strings.ToLower(s) {
	case "false", "off", "":
		*m = ""
	case "true", "file":
		*m = "file"
	case "tensors":
		*m = "tensors"
	default:
		return fmt.Errorf("want file or tensors, got %q", s)
	}
	return nil
}

// IsBoolFlag lets -sha256 stand alone (meaning -sha256=file).
func (m *shaMode) IsBoolFlag() bool { return true }

// inspectReport is what inspect prints; it is also the -json output.
type inspectReport struct {
	File        string          `json:"file"`
	Size        int64           `json:"size"`
	Version     uint32          `json:"version"`
	Alignment   uint64          `json:"alignment"`
	DataOffset  uint64          `json:"data_offset"`
	Arch        string          `json:"arch,omitempty"`
	Family      string          `json:"family,omitempty"` // the registry's name for Arch; "unsupported by this build" when unknown
	Features    string          `json:"features,omitempty"`
	Metadata    []inspectKV     `json:"metadata"`
	Tensors     []inspectTensor `json:"tensors"`
	Totals      []inspectTotal  `json:"totals"`
	TensorBytes uint64          `json:"tensor_bytes"`
	SHA256      string          `json:"sha256,omitempty"`
}

// inspectKV is one metadata pair. Scalars and strings have Value; arrays
// have Len and the first few elements in Head.
type inspectKV struct {
	Key   string `json:"key"`
	Type  string `json:"type"`
	Value any    `json:"value,omitempty"`
	Len   *int   `json:"len,omitempty"`
	Head  []any  `json:"head,omitempty"`

	text string // the text output's rendering of the value
}

type inspectTensor struct {
	Name       string   `json:"name"`
	Type       string   `json:"type"`
	Dims       []uint64 `json:"dims"`
	Elements   uint64   `json:"elements"`
	Bytes      uint64   `json:"bytes"`
	Offset     uint64   `json:"offset"` // in the file
	DataOffset uint64   `json:"data_offset"`
	SHA256     string   `json:"sha256,omitempty"`
}

type inspectTotal struct {
	Type  string `json:"type"`
	Count int    `json:"count"`
	Bytes uint64 `json:"bytes"`
}

// runInspect implements `bitnet inspect`.
func runInspect(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("inspect", stdout, stderr, inspectUsage,
		"bitnet inspect model.gguf",
		"bitnet inspect -json -sha256=tensors model.gguf > model.json")
	var sha shaMode
	fs.Var(&sha, "sha256", "SHA-256 of the file (-sha256 or -sha256=file), and of every tensor (-sha256=tensors)")
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageErrorf(fs, "name one GGUF file")
	}
	r, err := inspectFile(ctx, pos[0], sha, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return r.writeText(stdout)
}

// inspectFile reads the file's header and, when asked, hashes its data.
func inspectFile(ctx context.Context, path string, sha shaMode, stderr io.Writer) (*inspectReport, error) {
	f, err := gguf.OpenContext(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := &inspectReport{File: path, Size: f.Size(), Version: f.Version(), Alignment: f.Alignment(), DataOffset: f.DataOffset()}
	for _, kv := range f.Metadata() {
		r.Metadata = append(r.Metadata, inspectValue(kv.Key, kv.Value))
	}
	if arch, err := f.String("general.architecture"); err == nil {
		r.Arch, r.Family = arch, "unsupported by this build"
		if fam, ok := model.LookupFamily(arch); ok {
			r.Family, r.Features = fam.Name, fam.Features()
			if _, ok := f.Tensor(model.BlockPrefix(0) + fam.Tensors.InputNorms[model.InQ]); ok && fam.InputNorms {
				r.Features += "; this file: per-projection input norms"
			}
			if v, err := f.Uint64(fam.Key("pooling_type")); err == nil && v != 0 {
				r.Features += "; embedding model, pooling " + model.Pooling(v).String()
			}
			if typ, err := f.String(fam.Key("rope.scaling.type")); err == nil && typ != "none" {
				r.Features += "; this file: RoPE scaling " + typ
				if v, err := f.Float32(fam.Key("rope.scaling.factor")); err == nil {
					r.Features += fmt.Sprintf(" x%g", v)
				}
			}
			if _, ok := f.Tensor("rope_freqs.weight"); ok {
				r.Features += "; this file: RoPE frequency factors (rope_freqs, llama3 scaling)"
			}
		}
	}
	totals := map[gguf.Type]*inspectTotal{}
	bar := func() func(done, total int64) { // a fresh bar per pass over the data
		if isTerminalWriter(stderr) {
			return hub.ProgressBar(stderr)
		}
		return nil
	}
	progress := bar()
	infos := f.Tensors()
	var hashTotal, hashed int64
	if sha == "tensors" {
		for _, ti := range infos {
			hashTotal += int64(ti.Size)
		}
	}
	for _, ti := range infos {
		t := inspectTensor{Name: ti.Name, Type: ti.Type.String(), Dims: ti.Dims, Elements: ti.Elements(),
			Bytes: ti.Size, Offset: f.DataOffset() + ti.Offset, DataOffset: ti.Offset}
		if sha == "tensors" {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			data, err := f.TensorData(ti.Name)
			if err != nil {
				return nil, err
			}
			sum := sha256.Sum256(data)
			t.SHA256 = hex.EncodeToString(sum[:])
			hashed += int64(ti.Size)
			if progress != nil {
				progress(hashed, hashTotal)
			}
		}
		r.Tensors = append(r.Tensors, t)
		tot := totals[ti.Type]
		if tot == nil {
			tot = &inspectTotal{Type: ti.Type.String()}
			totals[ti.Type] = tot
		}
		tot.Count++
		tot.Bytes += ti.Size
		r.TensorBytes += ti.Size
	}
	types := make([]gguf.Type, 0, len(totals))
	for t := range totals {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		r.Totals = append(r.Totals, *totals[t])
	}
	if sha != "" {
		if r.SHA256, err = fileSHA256(ctx, path, bar()); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// fileSHA256 hashes the file in chunks, checking ctx and reporting progress.
func fileSHA256(ctx context.Context, path string, progress func(done, total int64)) (string, error) {
	fh, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	buf := make([]byte, 4<<20)
	var done int64
	for {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		n, err := fh.Read(buf)
		h.Write(buf[:n])
		done += int64(n)
		if progress != nil && n > 0 {
			progress(done, st.Size())
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// inspectValue renders one metadata value for both outputs.
func inspectValue(key string, v gguf.Value) inspectKV {
	kv := inspectKV{Key: key, Type: v.Type().String()}
	et, isArray := v.ElemType()
	if !isArray {
		kv.Value = jsonSafe(v.Interface())
		kv.text = scalarText(v)
		return kv
	}
	kv.Type = "array[" + et.String() + "]"
	n := v.Len()
	kv.Len = &n
	parts := make([]string, 0, inspectHeadLen)
	for i := 0; i < v.Len() && i < inspectHeadLen; i++ {
		e, _ := v.Index(i)
		if _, nested := e.ElemType(); nested {
			kv.Head = append(kv.Head, fmt.Sprintf("[%d %s]", e.Len(), e.Type()))
			parts = append(parts, fmt.Sprintf("[%d ...]", e.Len()))
			continue
		}
		kv.Head = append(kv.Head, jsonSafe(e.Interface()))
		parts = append(parts, scalarText(e))
	}
	noun := et.String()
	if et == gguf.ValueTypeString {
		noun = "strings"
	}
	kv.text = fmt.Sprintf("[%d %s]", v.Len(), noun)
	if len(parts) > 0 {
		kv.text += " " + strings.Join(parts, ", ")
		if v.Len() > len(parts) {
			kv.text += ", ..."
		}
	}
	return kv
}

// scalarText renders a scalar or string value for humans.
func scalarText(v gguf.Value) string {
	if s, ok := v.Str(); ok {
		if len(s) > inspectMaxString {
			cut := inspectMaxString
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			return strconv.Quote(s[:cut]) + fmt.Sprintf("... (%d bytes)", len(s))
		}
		return strconv.Quote(s)
	}
	return v.String()
}

// jsonSafe replaces float values JSON cannot hold (NaN, ±Inf) by strings.
func jsonSafe(x any) any {
	switch f := x.(type) {
	case float32:
		if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
			return strconv.FormatFloat(float64(f), 'g', -1, 32)
		}
	case float64:
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return strconv.FormatFloat(f, 'g', -1, 64)
		}
	}
	return x
}

func (r *inspectReport) writeText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "file\t%s\n", r.File)
	fmt.Fprintf(tw, "size\t%d bytes (%.2f GB, %s)\n", r.Size, float64(r.Size)/1e9, humanBytes(r.Size))
	fmt.Fprintf(tw, "format\tGGUF v%d, alignment %d, tensor data at offset %d\n", r.Version, r.Alignment, r.DataOffset)
	if r.Arch != "" {
		fmt.Fprintf(tw, "family\t%s (%s)", r.Family, r.Arch)
		if r.Features != "" {
			fmt.Fprintf(tw, ": %s", r.Features)
		}
		fmt.Fprintln(tw)
	}
	if r.SHA256 != "" {
		fmt.Fprintf(tw, "sha256\t%s\n", r.SHA256)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\nmetadata (%d keys)\n", len(r.Metadata))
	tw = tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, kv := range r.Metadata {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", kv.Key, kv.Type, kv.text)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\ntensors (%d)\n", len(r.Tensors))
	shapes := make([]string, len(r.Tensors))
	wName, wType, wShape, wBytes := len("name"), len("type"), len("shape"), len("bytes")
	for i, t := range r.Tensors {
		dims := make([]string, len(t.Dims))
		for j, d := range t.Dims {
			dims[j] = strconv.FormatUint(d, 10)
		}
		shapes[i] = strings.Join(dims, " x ")
		wName = max(wName, len(t.Name))
		wType = max(wType, len(t.Type))
		wShape = max(wShape, len(shapes[i]))
		wBytes = max(wBytes, len(strconv.FormatUint(t.Bytes, 10)))
	}
	wIdx := len(strconv.Itoa(len(r.Tensors)))
	wOff := len("offset")
	for _, t := range r.Tensors {
		wOff = max(wOff, len(strconv.FormatUint(t.Offset, 10)))
	}
	row := func(idx, name, typ, shape, bytes, offset, sha string) {
		line := fmt.Sprintf("  %*s  %-*s  %-*s  %-*s  %*s  %*s", wIdx, idx, wName, name, wType, typ, wShape, shape, wBytes, bytes, wOff, offset)
		if sha != "" {
			line += "  " + sha
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	shaHeader := ""
	if len(r.Tensors) > 0 && r.Tensors[0].SHA256 != "" {
		shaHeader = "sha256"
	}
	row("#", "name", "type", "shape", "bytes", "offset", shaHeader)
	for i, t := range r.Tensors {
		row(strconv.Itoa(i), t.Name, t.Type, shapes[i], strconv.FormatUint(t.Bytes, 10), strconv.FormatUint(t.Offset, 10), t.SHA256)
	}

	fmt.Fprintln(w, "\ntotals by type")
	wType, wCount, wBytes := len("all"), len(strconv.Itoa(len(r.Tensors))), len(strconv.FormatUint(r.TensorBytes, 10))
	for _, t := range r.Totals {
		wType = max(wType, len(t.Type))
	}
	total := func(typ string, count int, bytes uint64) {
		noun := "tensors"
		if count == 1 {
			noun = "tensor"
		}
		fmt.Fprintf(w, "  %-*s  %*d %-7s  %*d bytes  %s\n", wType, typ, wCount, count, noun, wBytes, bytes, humanBytes(int64(bytes)))
	}
	for _, t := range r.Totals {
		total(t.Type, t.Count, t.Bytes)
	}
	total("all", len(r.Tensors), r.TensorBytes)
	_, err := fmt.Fprintf(w, "\nfile size  %d bytes (%.2f GB)\n", r.Size, float64(r.Size)/1e9)
	return err
}
