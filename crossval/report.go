package crossval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Verdict is the outcome of a comparison under a policy.
type Verdict string

const (
	// Pass: every row is within the policy's bound.
	Pass Verdict = "PASS"
	// Fail: some row is over the bound, or holds a NaN or Inf.
	Fail Verdict = "FAIL"
	// Unchecked: the policy has no bound, so the numbers were measured but
	// nothing was checked. It is not a pass.
	Unchecked Verdict = "UNCHECKED"
)

// ErrToleranceExceeded is wrapped by the error a failed Report returns.
var ErrToleranceExceeded = errors.New("tolerance exceeded")

// ToleranceError says which policy a comparison broke and where.
type ToleranceError struct {
	Policy Policy
	Worst  float64 // worst max relative error
	Pos    int32   // position of the first row over the bound
	Rows   int     // rows over the bound
}

func (e *ToleranceError) Error() string {
	return fmt.Sprintf("%v: %d row(s) over %s, first at position %d; worst max relative error %.3g",
		ErrToleranceExceeded, e.Rows, e.Policy, e.Pos, e.Worst)
}

// Unwrap makes errors.Is(err, ErrToleranceExceeded) true.
func (e *ToleranceError) Unwrap() error { return ErrToleranceExceeded }

// ExitCode is the status `bitnet crossval` exits with when a policy is broken.
func (e *ToleranceError) ExitCode() int { return 3 }

// Summary aggregates a report's rows. Positions are -1 where nothing qualifies.
type Summary struct {
	Rows              int   `json:"rows"`
	WorstMaxRel       Float `json:"worst_max_rel"`
	WorstPos          int32 `json:"worst_pos"`
	WorstToken        int32 `json:"worst_token"`
	MaxAbs            Float `json:"max_abs"`
	MaxRMSRel         Float `json:"max_rms_rel"`
	MinCosine         Float `json:"min_cosine"`
	MaxKL             Float `json:"max_kl"`
	MeanKL            Float `json:"mean_kl"`
	Top1Agree         int   `json:"top1_agree"`   // rows with the same argmax
	TopKOverlap       Float `json:"topk_overlap"` // mean fraction of the top-k sets shared
	FirstDivergence   int32 `json:"first_divergence"`
	FirstTop1Mismatch int32 `json:"first_top1_mismatch"`
	Exceeding         int   `json:"exceeding"` // rows over the bound (or non-finite)
	NonFiniteRows     int   `json:"non_finite_rows"`
}

// Report is the result of comparing a test's logits with a reference's, row
// by row, under a policy.
type Report struct {
	Test      string     `json:"test"`      // what was measured
	Reference string     `json:"reference"` // what it was measured against
	Policy    Policy     `json:"policy"`
	Rows      []RowStats `json:"rows"`
	Summary   Summary    `json:"summary"`
	Verdict   Verdict    `json:"verdict"`
	Notes     []string   `json:"notes,omitempty"`
}

// Err returns a *ToleranceError when the verdict is Fail, else nil.
func (r *Report) Err() error {
	if r.Verdict != Fail {
		return nil
	}
	return &ToleranceError{Policy: r.Policy, Worst: float64(r.Summary.WorstMaxRel), Pos: r.Summary.FirstDivergence, Rows: r.Summary.Exceeding}
}

// Comparison builds a Report one row at a time, so that large dumps are
// compared as they stream.
type Comparison struct {
	r Report
}

// NewComparison starts a report of test against reference under p.
func NewComparison(test, reference string, p Policy) *Comparison {
	return &Comparison{r: Report{Test: test, Reference: reference, Policy: p}}
}

// Add measures one row (test and ref of equal length) and returns its stats.
func (c *Comparison) Add(pos, token int32, test, ref []float32) RowStats {
	st := CompareRow(test, ref)
	if len(test) != len(ref) {
		st.NonFinite = true // a length mismatch is as wrong as a NaN
		c.Note(fmt.Sprintf("row %d: %d test logits vs %d reference logits", len(c.r.Rows), len(test), len(ref)))
	}
	st.Row, st.Pos, st.Token = len(c.r.Rows), pos, token
	st.Exceeds = c.r.Policy.exceeds(&st)
	c.r.Rows = append(c.r.Rows, st)
	return st
}

// Note adds a line to the report's notes (what was and was not measured).
func (c *Comparison) Note(s string) { c.r.Notes = append(c.r.Notes, s) }

// Report finishes the summary and verdict. The Comparison may keep adding
// rows afterwards; each call reports on the rows so far.
func (c *Comparison) Report() *Report {
	r := c.r
	r.Rows = append([]RowStats(nil), c.r.Rows...)
	r.Notes = append([]string(nil), c.r.Notes...)
	s := Summary{Rows: len(r.Rows), WorstPos: -1, WorstToken: -1, FirstDivergence: -1, FirstTop1Mismatch: -1, MinCosine: 1}
	var klSum, topK float64
	for i := range r.Rows {
		st := &r.Rows[i]
		if st.NonFinite {
			s.NonFiniteRows++
		}
		if s.WorstPos < 0 || st.MaxRel > s.WorstMaxRel || math.IsNaN(float64(st.MaxRel)) {
			s.WorstMaxRel, s.WorstPos, s.WorstToken = st.MaxRel, st.Pos, st.Token
		}
		s.MaxAbs = max(s.MaxAbs, st.MaxAbs)
		s.MaxRMSRel = max(s.MaxRMSRel, st.RMSRel)
		if st.Cosine < s.MinCosine || math.IsNaN(float64(st.Cosine)) {
			s.MinCosine = st.Cosine
		}
		s.MaxKL = max(s.MaxKL, st.KL)
		klSum += float64(st.KL)
		if st.Top1() {
			s.Top1Agree++
		} else if s.FirstTop1Mismatch < 0 {
			s.FirstTop1Mismatch = st.Pos
		}
		if st.K > 0 {
			topK += float64(st.TopKMatch) / float64(st.K)
		}
		if st.Exceeds {
			s.Exceeding++
			if s.FirstDivergence < 0 {
				s.FirstDivergence = st.Pos
			}
		}
	}
	if n := len(r.Rows); n > 0 {
		s.MeanKL = Float(klSum / float64(n))
		s.TopKOverlap = Float(topK / float64(n))
	}
	r.Summary = s
	switch {
	case s.Exceeding > 0:
		r.Verdict = Fail
	case len(r.Rows) == 0 || !r.Policy.Bounded():
		r.Verdict = Unchecked
	default:
		r.Verdict = Pass
	}
	return &r
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteText writes the report for people: the configurations, a per-position
// table (when table is true), the summary and the verdict.
func (r *Report) WriteText(w io.Writer, table bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "test:      %s\nreference: %s\npolicy:    %s\n", r.Test, r.Reference, r.Policy)
	if table && len(r.Rows) > 0 {
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "row\tpos\ttoken\tmax_abs\tmax_rel\trms_rel\t1-cos\tKL\ttop1 test/ref\ttop5\t\t")
		for i := range r.Rows {
			st := &r.Rows[i]
			mark := ""
			if st.Exceeds {
				mark = "!"
			}
			top1 := "="
			if !st.Top1() {
				top1 = "x"
			}
			fmt.Fprintf(tw, "%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%d/%d %s\t%d/%d\t%s\t\n", st.Row, st.Pos, st.Token,
				st.MaxAbs.short(), st.MaxRel.short(), st.RMSRel.short(), (1 - st.Cosine).short(), st.KL.short(),
				st.Top1Test, st.Top1Ref, top1, st.TopKMatch, st.K, mark)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	s := &r.Summary
	fmt.Fprintf(&b, "summary:   %d rows; worst max rel %s at position %d (token %d); max abs %s; max rms rel %s; min cosine %s\n",
		s.Rows, s.WorstMaxRel.short(), s.WorstPos, s.WorstToken, s.MaxAbs.short(), s.MaxRMSRel.short(), s.MinCosine.long())
	fmt.Fprintf(&b, "           KL max %s mean %s; top-1 agree %d/%d; top-%d overlap %.1f%%; first position over the bound: %s; first top-1 mismatch: %s\n",
		s.MaxKL.short(), s.MeanKL.short(), s.Top1Agree, s.Rows, TopK, 100*float64(s.TopKOverlap), posOrNone(s.FirstDivergence), posOrNone(s.FirstTop1Mismatch))
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note:      %s\n", n)
	}
	fmt.Fprintf(&b, "verdict:   %s: %s\n", r.Verdict, r.verdictLine())
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) verdictLine() string {
	s := &r.Summary
	switch {
	case s.Rows == 0:
		return "no rows compared"
	case s.NonFiniteRows > 0:
		return fmt.Sprintf("%d row(s) hold NaN or Inf logits (first at position %d); worst max relative error %s",
			s.NonFiniteRows, s.FirstDivergence, s.WorstMaxRel.short())
	case r.Verdict == Unchecked:
		return fmt.Sprintf("worst max relative error %s at position %d; policy %s has no bound (%s)",
			s.WorstMaxRel.short(), s.WorstPos, r.Policy.Name, r.Policy.Basis)
	case r.Verdict == Fail:
		return fmt.Sprintf("worst max relative error %s at position %d > %.3g (policy %s); %d of %d rows over, first at position %d",
			s.WorstMaxRel.short(), s.WorstPos, r.Policy.MaxRel, r.Policy.Name, s.Exceeding, s.Rows, s.FirstDivergence)
	}
	return fmt.Sprintf("worst max relative error %s at position %d <= %.3g (policy %s)",
		s.WorstMaxRel.short(), s.WorstPos, r.Policy.MaxRel, r.Policy.Name)
}

func posOrNone(p int32) string {
	if p < 0 {
		return "none"
	}
	return strconv.Itoa(int(p))
}

// Float is a float64 whose JSON form spells NaN and infinities as the
// strings "NaN", "+Inf" and "-Inf" (plain JSON numbers cannot hold them).
type Float float64

// MarshalJSON implements json.Marshaler.
func (f Float) MarshalJSON() ([]byte, error) {
	v := float64(f)
	switch {
	case math.IsNaN(v):
		return []byte(`"NaN"`), nil
	case math.IsInf(v, 1):
		return []byte(`"+Inf"`), nil
	case math.IsInf(v, -1):
		return []byte(`"-Inf"`), nil
	}
	return strconv.AppendFloat(nil, v, 'g', -1, 64), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (f *Float) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Errorf("crossval: float %q: %w", s, err)
		}
		*f = Float(v)
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*f = Float(v)
	return nil
}

func (f Float) short() string { return strconv.FormatFloat(float64(f), 'g', 3, 64) }
func (f Float) long() string  { return strconv.FormatFloat(float64(f), 'g', 9, 64) }

// WriteMatrix writes one line per configuration of a RunMatrix result
// (verdict over all sequences, policy, worst max relative error, rows
// compared, or why it was skipped), then the worst case over the
// configurations that ran.
func WriteMatrix(w io.Writer, results []MatrixResult) error {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "configuration\treference\tverdict\tpolicy\tworst max rel\tat pos\ttop-1\tfirst over")
	var worst *MatrixResult
	ran, skipped, failed := 0, 0, 0
	for i := range results {
		res := &results[i]
		wr := res.Worst()
		if wr == nil {
			skipped++
			fmt.Fprintf(tw, "%s\t\tSKIP\t\t\t\t\t%s\n", res.Config, res.Skip)
			continue
		}
		ran++
		v := res.Verdict()
		if v == Fail {
			failed++
		}
		rows, top1 := 0, 0
		for _, rep := range res.Reports {
			rows += rep.Summary.Rows
			top1 += rep.Summary.Top1Agree
		}
		s := &wr.Summary
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d/%d\t%s\n", wr.Test, wr.Reference, v, wr.Policy.Name,
			s.WorstMaxRel.short(), s.WorstPos, top1, rows, posOrNone(s.FirstDivergence))
		if worst == nil || worse(wr, worst.Worst()) {
			worst = res
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(&b, "%d configurations: %d compared (%d failed), %d skipped\n", len(results), ran, failed, skipped)
	if worst != nil {
		wr := worst.Worst()
		s := &wr.Summary
		fmt.Fprintf(&b, "worst case: %s vs %s: max relative error %s at position %d (token %d) of a %d-row sequence, %s\n",
			wr.Test, wr.Reference, s.WorstMaxRel.short(), s.WorstPos, s.WorstToken, s.Rows, wr.Verdict)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
