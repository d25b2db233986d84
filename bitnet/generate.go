package bitnet

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/bitnet-go/bitnet-go/grammar"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/sample"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// SamplingParams are the sampling settings; the zero value is greedy decoding.
type SamplingParams = sample.Params

// DefaultSampling returns llama.cpp-like sampling defaults (temperature 0.8,
// top-k 40, top-p 0.95, min-p 0.05).
func DefaultSampling() SamplingParams { return sample.DefaultParams() }

// DefaultMaxTokens is used when GenerateOptions.MaxTokens is 0.
const DefaultMaxTokens = 256

// GenerateOptions controls one generation.
type GenerateOptions struct {
	// MaxTokens caps the generated tokens: 0 means DefaultMaxTokens, a negative
	// value means until a stop or the context is full.
	MaxTokens int
	// Sampling parameters; the zero value is greedy (deterministic).
	Sampling SamplingParams
	// Stop strings end generation; they are matched across token boundaries
	// and never part of the output.
	Stop []string
	// StopTokens end generation in addition to the model's end-of-turn tokens.
	StopTokens []int32
	// IgnoreEOS keeps generating past end-of-turn tokens.
	IgnoreEOS bool
	// Logprobs computes each generated token's log probability; TopLogprobs
	// adds that many most likely alternatives.
	Logprobs    bool
	TopLogprobs int
	// ParseSpecial lets special-token texts in a text prompt ("<|eot_id|>")
	// become their token ids.
	ParseSpecial bool
	// Grammar, if set, constrains the generated text to its sentences: each
	// step masks the tokens that cannot continue it, end-of-turn tokens are
	// allowed only once the text is complete, and generation stops (FinishStop)
	// when nothing can follow. Compile one with grammar.ParseGBNF,
	// grammar.FromJSONSchema or grammar.JSON; it can be shared by generations.
	Grammar *grammar.Grammar
	// Adjust holds OpenAI's logit_bias and frequency/presence penalties,
	// counted over the tokens this call generates (see sample.Adjust); nil
	// means none. Sampling's own penalties (llama.cpp's, over a window of
	// the whole session) apply as well.
	Adjust *sample.Adjust
}

// Token is one generated token.
type Token struct {
	// ID is the token id, or -1 for the text released when generation ends
	// (held-back bytes of a partial character or of a possible stop string).
	ID int32
	// Text is the text this token releases. It can be empty while a UTF-8
	// sequence or a possible stop string is incomplete.
	Text        string
	Logprob     float32
	TopLogprobs []sample.TokenLogprob
}

// FinishReason says why generation ended.
type FinishReason string

// Finish reasons.
const (
	FinishStop    FinishReason = "stop"    // end-of-turn token, stop token or stop string
	FinishLength  FinishReason = "length"  // MaxTokens reached
	FinishContext FinishReason = "context" // the context window is full
)

// Result is a finished generation.
type Result struct {
	Text          string
	Tokens        []int32 // generated tokens (a stop token is not included)
	PromptTokens  int
	FinishReason  FinishReason
	StopToken     int32  // the token that stopped generation, or -1
	StopString    string // the stop string matched, if any
	PrefillTime   time.Duration
	DecodeTime    time.Duration
	TimeToFirst   time.Duration // from the call to the first sampled token
	PrefillPerSec float64       // prompt tokens per second
	DecodePerSec  float64       // generated tokens per second after the first
	// DeviceSampled counts the tokens sampled on the GPU (the CUDA engine's
	// device sampler; only their ids crossed from the device), 0 on the CPU
	// or when the request needs host sampling (grammar, logit bias,
	// penalties, logprobs).
	DeviceSampled int
}

// Generate completes a text prompt (BOS added when the model asks for it).
func (m *Model) Generate(ctx context.Context, prompt string, o GenerateOptions) (Result, error) {
	return m.GenerateStream(ctx, prompt, o, nil)
}

// GenerateStream completes a text prompt, calling fn for every token as it is
// produced. An error from fn stops generation and is returned.
func (m *Model) GenerateStream(ctx context.Context, prompt string, o GenerateOptions, fn func(Token) error) (Result, error) {
	ids := m.tok.Encode(prompt, tokenizer.EncodeOptions{AddBOS: m.tok.AddBOS(), ParseSpecial: o.ParseSpecial})
	return m.generateIDs(ctx, ids, o, fn)
}

// Stream is GenerateStream as an iterator: range over it to receive tokens;
// breaking out of the loop stops generation. A failure arrives as the last
// pair with a non-nil error.
func (m *Model) Stream(ctx context.Context, prompt string, o GenerateOptions) iter.Seq2[Token, error] {
	return streamOf(func(fn func(Token) error) error {
		_, err := m.GenerateStream(ctx, prompt, o, fn)
		return err
	})
}

// Chat answers a conversation using the model's chat template.
func (m *Model) Chat(ctx context.Context, msgs []Message, o GenerateOptions) (Result, error) {
	return m.ChatStream(ctx, msgs, o, nil)
}

// ChatStream is Chat with a callback per token.
func (m *Model) ChatStream(ctx context.Context, msgs []Message, o GenerateOptions, fn func(Token) error) (Result, error) {
	ids, err := m.RenderChat(msgs)
	if err != nil {
		return Result{}, err
	}
	return m.generateIDs(ctx, ids, o, fn)
}

// GenerateTokens completes a tokenized prompt.
func (m *Model) GenerateTokens(ctx context.Context, prompt []int32, o GenerateOptions, fn func(Token) error) (Result, error) {
	return m.generateIDs(ctx, prompt, o, fn)
}

func (m *Model) generateIDs(ctx context.Context, ids []int32, o GenerateOptions, fn func(Token) error) (Result, error) {
	s, err := m.NewSession()
	if err != nil {
		return Result{}, err
	}
	defer s.Close()
	return s.Generate(ctx, ids, o, fn)
}

var errStopIteration = errors.New("iteration stopped")

func streamOf(run func(fn func(Token) error) error) iter.Seq2[Token, error] {
	return func(yield func(Token, error) bool) {
		err := run(func(t Token) error {
			if !yield(t, nil) {
				return errStopIteration
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStopIteration) {
			yield(Token{ID: -1}, err)
		}
	}
}

// Generate appends prompt to the session and samples up to o.MaxTokens tokens
// after it, calling fn (if not nil) for each. Generated tokens, and the
// end-of-turn token that stopped generation, stay in the session, so a
// conversation continues from them with the next Generate. Cancelling ctx
// stops within one token.
func (s *Session) Generate(ctx context.Context, prompt []int32, o GenerateOptions, fn func(Token) error) (Result, error) {
	start := time.Now()
	res := Result{PromptTokens: len(prompt), StopToken: -1}
	sampler, err := sample.New(o.Sampling)
	if err != nil {
		return res, fmt.Errorf("bitnet: %w", err)
	}
	// Decode steps sample on the device when the engine can and nothing
	// else needs the logits on the host: only the token id crosses PCIe.
	// Such a step runs alone (the state's own ForwardSample) while this is
	// the only sequence running, and as a row of the shared step, sampled
	// there, while others run (the policy is in sched.go, above stepper);
	// the tokens are the same either way.
	defer s.generation()()
	ds, _ := s.state.(engine.DeviceSampler)
	if ds == nil || !ds.SamplesOnDevice() || o.Grammar != nil || o.Adjust.On() || o.Logprobs || o.TopLogprobs > 0 {
		ds = nil
	}
	if o.TopLogprobs < 0 {
		return res, fmt.Errorf("bitnet: TopLogprobs %d must be >= 0", o.TopLogprobs)
	}
	if err := o.Adjust.Validate(); err != nil {
		return res, fmt.Errorf("bitnet: %w", err)
	}
	var gm *grammar.Matcher
	if o.Grammar != nil {
		gm = grammar.NewMatcher(o.Grammar, s.m.gvocab())
	}
	var work []float32 // adjusted and masked copy of the logits
	var counts []int32 // scratch for Adjust
	if err := s.Append(ctx, prompt); err != nil {
		return res, err
	}
	if err := s.hostLogits(); err != nil { // an empty prompt after a device-sampled step
		return res, err
	}
	if s.logits == nil {
		return res, fmt.Errorf("bitnet: nothing to generate from: empty prompt and empty session")
	}
	res.PrefillTime = time.Since(start)
	if res.PrefillTime > 0 && len(prompt) > 0 {
		res.PrefillPerSec = float64(len(prompt)) / res.PrefillTime.Seconds()
	}
	maxTokens := o.MaxTokens
	if maxTokens == 0 {
		maxTokens = DefaultMaxTokens
	}
	stops := o.StopTokens
	if !o.IgnoreEOS {
		stops = append(append([]int32(nil), stops...), s.m.stops...)
	}
	dec := s.m.tok.NewStreamDecoder()
	matcher := sample.NewStopMatcher(o.Stop)
	var text []byte
	var lp []float32
	emit := func(t Token) error {
		text = append(text, t.Text...)
		if fn != nil {
			return fn(t)
		}
		return nil
	}
	decodeStart := time.Time{}
	devNext := int32(-1) // a token the device already sampled from the current logits
	for n := 0; ; n++ {
		if maxTokens > 0 && n >= maxTokens {
			res.FinishReason = FinishLength
			break
		}
		if err := ctx.Err(); err != nil {
			return res, err
		}
		logits := s.logits
		if gm != nil || o.Adjust.On() {
			work = append(work[:0], s.logits...)
			if o.Adjust.On() {
				if len(counts) < len(work) {
					counts = make([]int32, len(work))
				}
				o.Adjust.Apply(work, res.Tokens, counts)
			}
			if gm != nil {
				if gm.Done() && (o.IgnoreEOS || len(stops) == 0) {
					res.FinishReason = FinishStop // the grammar is complete and no end token may end it
					break
				}
				gm.Mask(work, stops)
				if err := gm.Err(); err != nil {
					return res, fmt.Errorf("bitnet: %w", err)
				}
			}
			logits = work
		}
		id := devNext
		if id < 0 {
			id = sampler.Sample(logits, s.tokens)
		} else {
			res.DeviceSampled++
		}
		devNext = -1
		if n == 0 {
			res.TimeToFirst = time.Since(start)
			decodeStart = time.Now()
		}
		if containsID(stops, id) {
			res.FinishReason, res.StopToken = FinishStop, id
			s.pending = append(s.pending, id)
			break
		}
		tok := Token{ID: id}
		if o.Logprobs || o.TopLogprobs > 0 {
			lp = growF32(lp, len(s.logits))
			sample.LogSoftmax(s.logits, lp)
			tok.Logprob = lp[id]
			if o.TopLogprobs > 0 {
				tok.TopLogprobs = sample.TopLogprobs(s.logits, o.TopLogprobs)
			}
		}
		if gm != nil {
			if err := gm.Accept(id); err != nil {
				// Only a token outside the mask gets here: every allowed
				// logit was -Inf or NaN and the sampler fell back to greedy.
				return res, fmt.Errorf("bitnet: grammar: no allowed token has a finite logit: %w", err)
			}
		}
		res.Tokens = append(res.Tokens, id)
		var stopped bool
		tok.Text, stopped = matcher.Push(dec.Next(id))
		s.pending = append(s.pending, id)
		if err := emit(tok); err != nil {
			return res, err
		}
		if stopped {
			res.FinishReason, res.StopString = FinishStop, matcher.Matched()
			break
		}
		if s.Len() >= s.Cap() {
			res.FinishReason = FinishContext
			break
		}
		if maxTokens > 0 && n+1 >= maxTokens {
			continue // the loop ends at the top; the last token stays pending
		}
		if ds != nil {
			if devNext, err = s.appendSample(ctx, ds, sampler); err != nil {
				return res, err
			}
		} else if err := s.Append(ctx, nil); err != nil {
			return res, err
		}
	}
	if !matcher.Stopped() {
		tail, stopped := matcher.Push(dec.Flush())
		if stopped {
			res.FinishReason, res.StopString = FinishStop, matcher.Matched()
		} else {
			tail += matcher.Flush()
		}
		if tail != "" {
			if err := emit(Token{ID: -1, Text: tail}); err != nil {
				return res, err
			}
		}
	}
	res.Text = string(text)
	if !decodeStart.IsZero() {
		res.DecodeTime = time.Since(decodeStart)
		if len(res.Tokens) > 1 && res.DecodeTime > 0 {
			res.DecodePerSec = float64(len(res.Tokens)-1) / res.DecodeTime.Seconds()
		}
	}
	return res, nil
}

func growF32(s []float32, n int) []float32 {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]float32, n)
}
