package receipt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"slices"
	"strings"
)

// Status is the outcome of one check.
type Status string

// Check outcomes.
const (
	Pass Status = "ok"
	Fail Status = "FAIL"
	Warn Status = "warn"
	Skip Status = "skip"
)

// Finding is the outcome of one check.
type Finding struct {
	Check  string
	Status Status
	Detail string
}

// Report is the list of checks Verify ran.
type Report struct {
	Findings []Finding
}

// OK reports whether no check failed.
func (r Report) OK() bool {
	for _, f := range r.Findings {
		if f.Status == Fail {
			return false
		}
	}
	return true
}

// Failures returns the failed checks.
func (r Report) Failures() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Status == Fail {
			out = append(out, f)
		}
	}
	return out
}

// WriteText prints one line per check.
func (r Report) WriteText(w io.Writer) error {
	for _, f := range r.Findings {
		if _, err := fmt.Fprintf(w, "%-4s  %-22s %s\n", f.Status, f.Check, f.Detail); err != nil {
			return err
		}
	}
	return nil
}

// VerifyOptions controls Verify.
type VerifyOptions struct {
	// ModelPath is the model file to hash; "" means the receipt's own path,
	// checked only if a file is there.
	ModelPath string
	// SkipModelHash skips hashing the model file (it reads the whole file).
	SkipModelHash bool
}

// relTol is the relative tolerance for recomputed rates: the writer computes
// them from the same durations, so only float rounding may differ.
const relTol = 1e-9

// Verify checks a receipt: its schema and digest, that every field it needs
// is there and well formed, that the recorded counts, hashes and rates agree
// with the token ids and durations, that the kernel counts are real counts,
// and, when the model file can be found, its SHA-256 and size.
func Verify(ctx context.Context, r *Receipt, o VerifyOptions) Report {
	var rep Report
	add := func(check string, s Status, format string, args ...any) {
		rep.Findings = append(rep.Findings, Finding{Check: check, Status: s, Detail: fmt.Sprintf(format, args...)})
	}
	check := func(name string, ok bool, okDetail, failFormat string, args ...any) {
		if ok {
			add(name, Pass, "%s", okDetail)
		} else {
			add(name, Fail, failFormat, args...)
		}
	}

	// Schema.
	if r.Schema != Schema || r.SchemaVersion != SchemaVersion {
		add("schema", Fail, "got %q version %d, want %q version %d", r.Schema, r.SchemaVersion, Schema, SchemaVersion)
		return rep // nothing else can be interpreted
	}
	add("schema", Pass, "%s v%d", r.Schema, r.SchemaVersion)

	// Digest.
	d, err := r.ComputeDigest()
	switch {
	case err != nil:
		add("digest", Fail, "%v", err)
	case d != r.Digest:
		add("digest", Fail, "recorded %s, recomputed %s: the receipt was changed after it was written", short(r.Digest), short(d))
	default:
		add("digest", Pass, "%s", short(d))
	}

	// Required fields.
	var missing []string
	need := func(name string, ok bool) {
		if !ok {
			missing = append(missing, name)
		}
	}
	need("kind", r.Kind == KindRun || r.Kind == KindServer)
	need("created_at", !r.CreatedAt.IsZero())
	need("library.version", r.Library.Version != "")
	need("library.go_version", r.Library.GoVersion != "")
	need("host.os", r.Host.OS != "")
	need("host.arch", r.Host.Arch != "")
	need("host.num_cpu", r.Host.NumCPU > 0)
	need("model.sha256", isHexSHA256(r.Model.SHA256))
	need("model.arch", r.Model.Arch != "")
	need("model.size", r.Model.Size > 0)
	need("model.layers", r.Model.Layers > 0)
	need("model.vocab", r.Model.Vocab > 0)
	need("model.context_length", r.Model.ContextLength > 0)
	need("backend.device", r.Backend.Device != "")
	need("backend.numeric_mode", r.Backend.NumericMode == "exact" || r.Backend.NumericMode == "bitnetcpp")
	need("run.finish_reason", slices.Contains([]string{"stop", "length", "context"}, r.Run.FinishReason))
	check("fields", len(missing) == 0, "all required fields present", "missing or invalid: %s", strings.Join(missing, ", "))
	if r.Library.Revision == "" {
		add("revision", Warn, "no VCS revision: the binary was built without VCS stamping (-buildvcs=false or outside git)")
	} else {
		add("revision", Pass, "%s%s", short(r.Library.Revision), map[bool]string{true: " (modified)"}[r.Library.Modified])
	}

	// Tokens.
	run := r.Run
	check("completion_tokens", run.CompletionTokens == len(run.TokenIDs),
		fmt.Sprintf("%d = len(token_ids)", run.CompletionTokens),
		"completion_tokens %d but %d token ids", run.CompletionTokens, len(run.TokenIDs))
	check("token_ids_sha256", HashTokens(run.TokenIDs) == run.TokenIDsSHA256, "recomputed from token_ids",
		"recorded %s, recomputed %s", short(run.TokenIDsSHA256), short(HashTokens(run.TokenIDs)))
	bad := -1
	for i, id := range run.TokenIDs {
		if id < 0 || (r.Model.Vocab > 0 && int(id) >= r.Model.Vocab) {
			bad = i
			break
		}
	}
	check("token_ids_range", bad < 0, fmt.Sprintf("all in [0, %d)", r.Model.Vocab),
		"token_ids[%d] is outside [0, %d)", bad, r.Model.Vocab)
	total := run.PromptTokens + run.CompletionTokens
	check("context", run.PromptTokens > 0 && total <= r.Model.ContextLength,
		fmt.Sprintf("%d prompt + %d generated <= %d", run.PromptTokens, run.CompletionTokens, r.Model.ContextLength),
		"%d prompt + %d generated tokens do not fit a context of %d (or no prompt)", run.PromptTokens, run.CompletionTokens, r.Model.ContextLength)
	if run.FinishReason == "context" {
		// Generation stops at a full context: the last generated token is
		// held unfed, so the session holds prompt+generated == context.
		check("finish_context", total >= r.Model.ContextLength, "context was full",
			"finish reason context but only %d of %d positions used", total, r.Model.ContextLength)
	}

	// Timings and rates.
	check("timings", run.PrefillNs >= 0 && run.DecodeNs >= 0 && run.TimeToFirstTokenNs >= run.PrefillNs,
		fmt.Sprintf("prefill %v, first token %v, decode %v", ns(run.PrefillNs), ns(run.TimeToFirstTokenNs), ns(run.DecodeNs)),
		"inconsistent: prefill %d ns, first token %d ns (must be >= prefill), decode %d ns", run.PrefillNs, run.TimeToFirstTokenNs, run.DecodeNs)
	wantPrefill := 0.0
	if run.PrefillNs > 0 && run.PromptTokens > 0 {
		wantPrefill = float64(run.PromptTokens) / (float64(run.PrefillNs) / 1e9)
	}
	check("prefill_tokens_per_sec", approxEqual(run.PrefillTokensPerSec, wantPrefill),
		fmt.Sprintf("%.3f = %d tokens / %v", wantPrefill, run.PromptTokens, ns(run.PrefillNs)),
		"recorded %g, recomputed %g", run.PrefillTokensPerSec, wantPrefill)
	wantDecode := 0.0
	if run.CompletionTokens > 1 && run.DecodeNs > 0 {
		wantDecode = float64(run.CompletionTokens-1) / (float64(run.DecodeNs) / 1e9)
	}
	check("decode_tokens_per_sec", approxEqual(run.DecodeTokensPerSec, wantDecode),
		fmt.Sprintf("%.3f = %d tokens / %v", wantDecode, max(run.CompletionTokens-1, 0), ns(run.DecodeNs)),
		"recorded %g, recomputed %g", run.DecodeTokensPerSec, wantDecode)

	// Kernels.
	k := r.Kernels
	switch k.Source {
	case SourceUnavailable:
		check("kernels", len(k.Counts) == 0, "backend does not count dispatches",
			"source %q but %d counts recorded", k.Source, len(k.Counts))
	case SourceDispatch:
		var sum uint64
		for _, v := range k.Counts {
			sum += v
		}
		validScope := k.Scope == ScopeProcess || k.Scope == ScopeRequest
		check("kernels", validScope && sum > 0,
			fmt.Sprintf("%d kernels, %d dispatches (%s scope, exclusive=%v)", len(k.Counts), sum, k.Scope, k.Exclusive),
			"source %q, scope %q, %d dispatches: a generation that ran dispatches kernels", k.Source, k.Scope, sum)
	default:
		add("kernels", Fail, "unknown source %q", k.Source)
	}

	// Model file.
	path, explicit := o.ModelPath, o.ModelPath != ""
	if path == "" {
		path = r.Model.Path
	}
	switch st, err := os.Stat(path); {
	case o.SkipModelHash:
		add("model_file", Skip, "hashing skipped")
	case path == "" || (!explicit && errors.Is(err, fs.ErrNotExist)):
		add("model_file", Skip, "%s not found here: SHA-256 not recomputed", nonEmpty(path, "no path"))
	case err != nil:
		add("model_file", Fail, "%v", err)
	case st.Size() != r.Model.Size:
		add("model_file", Fail, "%s has %d bytes, receipt says %d", path, st.Size(), r.Model.Size)
	default:
		sum, err := HashFile(ctx, path)
		switch {
		case err != nil:
			add("model_file", Fail, "%v", err)
		case sum != r.Model.SHA256:
			add("model_file", Fail, "%s has SHA-256 %s, receipt says %s", path, short(sum), short(r.Model.SHA256))
		default:
			add("model_file", Pass, "%s SHA-256 %s matches", path, short(sum))
		}
	}
	return rep
}

func approxEqual(got, want float64) bool {
	if got == want {
		return true
	}
	if math.IsNaN(got) || math.IsInf(got, 0) {
		return false
	}
	return math.Abs(got-want) <= relTol*math.Max(math.Abs(got), math.Abs(want))
}

func short(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

func ns(n int64) string {
	return fmt.Sprintf("%.3fms", float64(n)/1e6)
}
