package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/grammar"
	"github.com/bitnet-go/bitnet-go/receipt"
	"github.com/bitnet-go/bitnet-go/sample"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// prepared is a request ready to run on the model.
type prepared struct {
	g    *genRequest
	ids  []int32
	opts bitnet.GenerateOptions
}

// prepare checks a decoded request against the model and turns it into
// prompt tokens and generation options.
func (st *modelState) prepare(g *genRequest, o *Options) (*prepared, *APIError) {
	if g.model != "" && g.model != st.id {
		return nil, errNotFound("model_not_found", "the model %q does not exist (this server serves %q)", g.model, st.id)
	}
	var ids []int32
	switch {
	case g.chat:
		var err error
		ids, err = st.model.RenderChat(g.messages)
		if err != nil {
			return nil, badParam("messages", "invalid_value", "%v", err)
		}
	case g.hasIDs:
		vocab := st.info.Config.VocabSize
		for i, id := range g.promptIDs {
			if int(id) >= vocab {
				return nil, badParam("prompt", "invalid_value", "prompt token %d at index %d is outside the vocabulary [0, %d)", id, i, vocab)
			}
		}
		ids = g.promptIDs
	default:
		ids = st.model.Tokenize(g.prompt)
	}
	if len(ids) == 0 {
		return nil, badParam("prompt", "invalid_value", "the prompt is empty")
	}
	ctxLen := st.info.ContextLen
	room := ctxLen - len(ids)
	if room < 1 {
		return nil, badParam("messages", "context_length_exceeded",
			"this model's maximum context length is %d tokens, but the prompt has %d tokens", ctxLen, len(ids)).withParam(g)
	}
	maxTok := g.maxTokens
	switch {
	case maxTok == 0:
		maxTok = min(o.DefaultMaxTokens, room)
	case o.MaxTokens > 0 && maxTok > o.MaxTokens:
		return nil, badParam(maxTokensParam(g), "invalid_value", "max_tokens %d is over this server's limit of %d", maxTok, o.MaxTokens)
	case maxTok > room:
		return nil, badParam(maxTokensParam(g), "context_length_exceeded",
			"this model's maximum context length is %d tokens; you requested %d tokens (%d in the prompt, %d for the completion)",
			ctxLen, len(ids)+maxTok, len(ids), maxTok)
	}
	sp := *o.Sampling
	setF := func(dst *float32, v *float64) {
		if v != nil {
			*dst = float32(*v)
		}
	}
	setF(&sp.Temperature, g.temperature)
	setF(&sp.TopP, g.topP)
	setF(&sp.MinP, g.minP)
	setF(&sp.RepeatPenalty, g.repeat)
	// frequency_penalty and presence_penalty are OpenAI's (over the
	// generated tokens): see genRequest.adjust.
	if g.topK != nil {
		sp.TopK = *g.topK
	}
	if g.topP != nil && *g.topP == 0 {
		sp.Temperature = 0 // OpenAI's top_p 0 keeps only the most likely token
	}
	if g.seed != nil {
		sp.Seed = uint64(*g.seed)
	} else {
		sp.Seed = rand.Uint64()
	}
	if err := sp.Validate(); err != nil {
		var pe *sample.ParamError
		if errors.As(err, &pe) {
			return nil, badRequest("invalid_value", "%v", pe)
		}
		return nil, badRequest("invalid_value", "%v", err)
	}
	opts := bitnet.GenerateOptions{
		MaxTokens: maxTok, Sampling: sp, Stop: g.stop, IgnoreEOS: g.ignoreEOS,
		Logprobs: g.logprobs, TopLogprobs: g.topLogprobs,
	}
	if e := st.prepareExtras(g, &opts); e != nil {
		return nil, e
	}
	return &prepared{g: g, ids: ids, opts: opts}, nil
}

func (e *APIError) withParam(g *genRequest) *APIError {
	if !g.chat {
		e.Param = strp("prompt")
	}
	return e
}

func maxTokensParam(g *genRequest) string {
	if g.maxParam != "" {
		return g.maxParam
	}
	return "max_tokens"
}

// handleGenerate serves both generation endpoints.
func (s *Server) handleGenerate(chat bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ri := infoOf(r)
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			fail(w, r, errMethod("POST"))
			return
		}
		st := s.state()
		if st == nil {
			fail(w, r, errUnavailable("model_loading", "the model is still loading", 5))
			return
		}
		if s.draining.Load() {
			fail(w, r, errUnavailable("shutting_down", "the server is shutting down", 5))
			return
		}
		body, e := s.readBody(w, r)
		if e != nil {
			fail(w, r, e)
			return
		}
		var g *genRequest
		if chat {
			g, e = decodeChat(body)
		} else {
			g, e = decodeCompletion(body)
		}
		if e != nil {
			fail(w, r, e)
			return
		}
		p, e := st.prepare(g, &s.opts)
		if e != nil {
			fail(w, r, e)
			return
		}
		ri.prompt, ri.stream = len(p.ids), g.stream
		if s.opts.LogPrompts {
			ri.promptText = g.prompt
			if chat {
				b, _ := json.Marshal(g.messages)
				ri.promptText = string(b)
			}
		}

		ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
		defer cancel()
		stopHard := context.AfterFunc(s.hardStop, cancel)
		defer stopHard()

		queued := time.Now()
		sl, err := st.sched.acquire(ctx, p.ids, p.opts.MaxTokens)
		ri.queueWait = time.Since(queued)
		if err != nil {
			s.notifyDone(ri.id, 0, err)
			switch {
			case errors.Is(err, errQueueFull):
				s.met.rejected.WithLabelValues("queue_full").Inc()
				fail(w, r, errBusy(s.retryAfter()))
			case errors.Is(err, errClosed), s.hardStop.Err() != nil:
				fail(w, r, errUnavailable("shutting_down", "the server is shutting down", 5))
			case r.Context().Err() != nil:
				ri.clientGone = true
			case errors.Is(err, context.DeadlineExceeded):
				s.met.rejected.WithLabelValues("timeout").Inc()
				fail(w, r, errUnavailable("timeout", "timed out waiting for a free slot", s.retryAfter()))
			default:
				s.opts.Logger.Error("acquiring a slot failed", "id", ri.id, "err", err)
				fail(w, r, errInternal("could not start a session"))
			}
			return
		}
		defer st.sched.release(sl)
		s.met.queueWait.Observe(ri.queueWait.Seconds())
		s.met.vllm.queue.WithLabelValues(st.id).Observe(ri.queueWait.Seconds())
		if s.afterAcquire != nil {
			s.afterAcquire(ctx)
		}
		run := &genRun{s: s, st: st, p: p, w: w, r: r, ri: ri, sess: sl.sess, cached: sl.cached, arrived: queued, ctx: ctx,
			id: idPrefix(chat) + ri.id, created: time.Now().Unix()}
		if p.g.x.n > 1 || p.g.x.tools != nil {
			run.runChoices()
			return
		}
		run.run()
	}
}

func idPrefix(chat bool) string {
	if chat {
		return "chatcmpl-"
	}
	return "cmpl-"
}

// retryAfter is the Retry-After hint in seconds.
func (s *Server) retryAfter() int { return 2 }

func (s *Server) notifyDone(id string, n int, err error) {
	if s.onDone != nil {
		s.onDone(id, n, err)
	}
}

// genRun is one generation holding a slot.
type genRun struct {
	s       *Server
	st      *modelState
	p       *prepared
	w       http.ResponseWriter
	r       *http.Request
	ri      *reqInfo
	sess    *bitnet.Session
	cached  int       // prompt tokens the session holds already (prefix cache)
	arrived time.Time // when the request asked for admission
	lastTok time.Time // when the previous token was generated
	ctx     context.Context
	id      string
	created int64

	sse    *sseWriter
	offset int // bytes of completion text so far (completions text_offset)
	chatLP []TokenLogprob
	compLP *CompletionLogprobs
}

func (g *genRun) run() {
	s, p := g.s, g.p
	receipts := s.opts.ReceiptDir != ""
	var before map[string]uint64
	var sp *span
	if receipts {
		sp = s.overlap.begin()
		before = g.st.model.KernelCounts()
	}
	if p.g.stream {
		g.sse = newSSE(g.w, s.opts.WriteTimeout)
		if p.g.chat {
			role := ChatOut{Role: "assistant", Content: new(string)}
			g.sse.event(g.chatChunk(ChatChoice{Delta: &role}))
		}
	} else if p.opts.Logprobs {
		if p.g.chat {
			g.chatLP = []TokenLogprob{}
		} else {
			g.compLP = &CompletionLogprobs{Tokens: []string{}, TokenLogprobs: []float32{}, TextOffset: []int{}}
		}
	}
	// The session may hold a cached prefix of the prompt: only the rest runs.
	// res.PromptTokens counts the tokens computed (the receipt's prefill
	// speed); usage reports the whole prompt, cached tokens included.
	res, err := g.sess.Generate(g.ctx, p.ids[g.cached:], p.opts, g.onToken)
	prompt := len(p.ids)
	var overlapped bool
	if receipts {
		overlapped = s.overlap.end(sp)
	}
	g.ri.completion, g.ri.ttft, g.ri.finish = len(res.Tokens), res.TimeToFirst, string(res.FinishReason)
	if s.opts.LogPrompts {
		g.ri.completeText = res.Text
	}
	if err == nil && g.sse != nil && g.sse.err != nil {
		err = g.sse.err // the stream broke on the last write
	}
	s.notifyDone(g.ri.id, len(res.Tokens), err)
	if err != nil {
		g.failed(err)
		return
	}
	s.met.promptToks.Add(float64(prompt))
	s.met.genToks.Add(float64(len(res.Tokens)))
	s.met.ttft.Observe(res.TimeToFirst.Seconds())
	vm, model := s.met.vllm, g.st.id
	vm.ttft.WithLabelValues(model).Observe((g.ri.queueWait + res.TimeToFirst).Seconds())
	vm.e2e.WithLabelValues(model).Observe(time.Since(g.arrived).Seconds())
	vm.promptToks.WithLabelValues(model).Add(float64(prompt))
	vm.genToks.WithLabelValues(model).Add(float64(len(res.Tokens)))
	vm.prefixQ.WithLabelValues(model).Add(float64(prompt))
	vm.prefixHit.WithLabelValues(model).Add(float64(g.cached))
	if res.PrefillPerSec > 0 {
		s.met.prefillTPS.Observe(res.PrefillPerSec)
	}
	if res.DecodePerSec > 0 {
		s.met.decodeTPS.Observe(res.DecodePerSec)
	}
	usage := &Usage{PromptTokens: prompt, CompletionTokens: len(res.Tokens), TotalTokens: prompt + len(res.Tokens),
		PromptTokensDetails: &PromptTokensDetails{CachedTokens: g.cached}}
	finish := finishReason(res.FinishReason)
	var werr error
	if g.sse != nil {
		if p.g.chat {
			g.sse.event(g.chatChunk(ChatChoice{Delta: &ChatOut{}, FinishReason: &finish}))
		} else {
			g.sse.event(g.compChunk(CompletionChoice{FinishReason: &finish}))
		}
		if p.g.includeUsage {
			if p.g.chat {
				g.sse.event(ChatResponse{ID: g.id, Object: "chat.completion.chunk", Created: g.created, Model: g.st.id,
					SystemFingerprint: g.st.fingerprint, Choices: []ChatChoice{}, Usage: usage})
			} else {
				g.sse.event(CompletionResponse{ID: g.id, Object: "text_completion", Created: g.created, Model: g.st.id,
					SystemFingerprint: g.st.fingerprint, Choices: []CompletionChoice{}, Usage: usage})
			}
		}
		g.sse.done()
		werr = g.sse.err
	} else {
		setWriteDeadline(g.w, s.opts.WriteTimeout)
		if p.g.chat {
			text := res.Text
			ch := ChatChoice{Message: &ChatOut{Role: "assistant", Content: &text}, FinishReason: &finish}
			if g.chatLP != nil {
				ch.Logprobs = &ChatLogprobs{Content: g.chatLP}
			}
			writeJSON(g.w, http.StatusOK, ChatResponse{ID: g.id, Object: "chat.completion", Created: g.created, Model: g.st.id,
				SystemFingerprint: g.st.fingerprint, Choices: []ChatChoice{ch}, Usage: usage})
		} else {
			writeJSON(g.w, http.StatusOK, CompletionResponse{ID: g.id, Object: "text_completion", Created: g.created, Model: g.st.id,
				SystemFingerprint: g.st.fingerprint,
				Choices:           []CompletionChoice{{Text: res.Text, Logprobs: g.compLP, FinishReason: &finish}}, Usage: usage})
		}
	}
	if receipts && werr == nil {
		g.writeReceipt(res, before, overlapped)
	}
}

// failed reports a generation error: as an HTTP error before any output, as
// an SSE error event after, or not at all when the client is gone.
func (g *genRun) failed(err error) {
	s := g.s
	if g.r.Context().Err() != nil || (g.sse != nil && g.sse.err != nil) {
		g.ri.clientGone = true
		s.met.cancelled.Inc()
		return
	}
	var e *APIError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		s.met.cancelled.Inc()
		e = errUnavailable("timeout", fmt.Sprintf("the request took longer than %v", s.opts.RequestTimeout), s.retryAfter())
	case s.hardStop.Err() != nil && errors.Is(err, context.Canceled), errors.Is(err, bitnet.ErrClosed):
		s.met.cancelled.Inc()
		e = errUnavailable("shutting_down", "the server shut down before the request finished", 5)
	case errors.Is(err, bitnet.ErrNonFinite):
		s.opts.Logger.Error("generation failed", "id", g.ri.id, "err", err)
		e = errInternal("the model produced non-finite logits (NaN or infinity): its weights are corrupt")
		e.Code = strp("model_error")
	case errors.Is(err, bitnet.ErrContextFull):
		e = badRequest("context_length_exceeded", "%v", err)
	case errors.Is(err, grammar.ErrAmbiguous):
		e = badParam(g.p.g.x.format, "invalid_value", "%v", err) // the request's grammar or schema
	default:
		var pe *sample.ParamError
		if errors.As(err, &pe) {
			e = badRequest("invalid_value", "%v", pe)
		} else {
			s.opts.Logger.Error("generation failed", "id", g.ri.id, "err", err)
			e = errInternal("generation failed")
		}
	}
	if g.sse != nil {
		g.ri.err = e
		g.sse.event(errorBody{e})
		return
	}
	fail(g.w, g.r, e)
}

func finishReason(f bitnet.FinishReason) string {
	if f == bitnet.FinishStop {
		return "stop"
	}
	return "length" // max_tokens or a full context
}

// onToken receives each generated token.
func (g *genRun) onToken(t bitnet.Token) error {
	p := g.p
	if t.ID >= 0 {
		now := time.Now()
		if !g.lastTok.IsZero() {
			d := now.Sub(g.lastTok).Seconds()
			g.s.met.vllm.itl.WithLabelValues(g.st.id).Observe(d)
			g.s.met.vllm.tpot.WithLabelValues(g.st.id).Observe(d)
		}
		g.lastTok = now
	}
	var lp *TokenLogprob
	if p.opts.Logprobs && t.ID >= 0 {
		v := g.tokenLogprob(t)
		lp = &v
	}
	if g.sse == nil {
		if lp != nil {
			if g.chatLP != nil {
				g.chatLP = append(g.chatLP, *lp)
			} else {
				appendCompLP(g.compLP, *lp, g.offset)
			}
		}
		g.offset += len(t.Text)
		return nil
	}
	if t.Text == "" && lp == nil {
		return nil
	}
	if p.g.chat {
		text := t.Text
		ch := ChatChoice{Delta: &ChatOut{Content: &text}}
		if lp != nil {
			ch.Logprobs = &ChatLogprobs{Content: []TokenLogprob{*lp}}
		}
		g.sse.event(g.chatChunk(ch))
	} else {
		ch := CompletionChoice{Text: t.Text}
		if lp != nil {
			ch.Logprobs = &CompletionLogprobs{}
			appendCompLP(ch.Logprobs, *lp, g.offset)
		}
		g.sse.event(g.compChunk(ch))
	}
	g.offset += len(t.Text)
	return g.sse.err
}

func appendCompLP(c *CompletionLogprobs, lp TokenLogprob, offset int) {
	c.Tokens = append(c.Tokens, lp.Token)
	c.TokenLogprobs = append(c.TokenLogprobs, lp.Logprob)
	c.TextOffset = append(c.TextOffset, offset)
	if lp.TopLogprobs != nil {
		m := make(map[string]float32, len(lp.TopLogprobs))
		for _, t := range lp.TopLogprobs {
			if _, dup := m[t.Token]; !dup { // two ids can share a text; keep the likelier
				m[t.Token] = t.Logprob
			}
		}
		c.TopLogprobs = append(c.TopLogprobs, m)
	}
}

func (g *genRun) tokenLogprob(t bitnet.Token) TokenLogprob {
	text, b := tokenBytes(g.st.model.Tokenizer(), t.ID)
	out := TokenLogprob{Token: text, Logprob: finite(t.Logprob), Bytes: b}
	if g.p.opts.TopLogprobs > 0 {
		out.TopLogprobs = make([]TopLogprob, 0, len(t.TopLogprobs))
		for _, a := range t.TopLogprobs {
			at, ab := tokenBytes(g.st.model.Tokenizer(), a.ID)
			out.TopLogprobs = append(out.TopLogprobs, TopLogprob{Token: at, Logprob: finite(a.Logprob), Bytes: ab})
		}
	} else {
		out.TopLogprobs = []TopLogprob{}
	}
	return out
}

// finite maps -Inf (a token with zero probability) to the most negative
// float32, since JSON has no infinities.
func finite(v float32) float32 {
	switch {
	case math.IsNaN(float64(v)):
		return -math.MaxFloat32
	case math.IsInf(float64(v), -1):
		return -math.MaxFloat32
	case math.IsInf(float64(v), 1):
		return math.MaxFloat32
	}
	return v
}

// tokenBytes returns a token's text (control tokens included) and its raw
// bytes. A token can hold part of a UTF-8 character: its text then has
// U+FFFD for each stray byte (as JSON encoding would), and bytes are exact.
func tokenBytes(tok *tokenizer.Tokenizer, id int32) (string, []int) {
	b := tok.AppendBytes(nil, []int32{id}, tokenizer.DecodeOptions{Special: true})
	ints := make([]int, len(b))
	for i, c := range b {
		ints[i] = int(c)
	}
	if utf8.Valid(b) {
		return string(b), ints
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteString("\uFFFD")
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String(), ints
}

func (g *genRun) chatChunk(ch ChatChoice) ChatResponse {
	return ChatResponse{ID: g.id, Object: "chat.completion.chunk", Created: g.created, Model: g.st.id,
		SystemFingerprint: g.st.fingerprint, Choices: []ChatChoice{ch}}
}

func (g *genRun) compChunk(ch CompletionChoice) CompletionResponse {
	return CompletionResponse{ID: g.id, Object: "text_completion", Created: g.created, Model: g.st.id,
		SystemFingerprint: g.st.fingerprint, Choices: []CompletionChoice{ch}}
}

// writeReceipt records a successful generation. Failures are logged: the
// response has been sent already.
func (g *genRun) writeReceipt(res bitnet.Result, before map[string]uint64, overlapped bool) {
	s := g.s
	sum, err := g.st.sha256()
	if err != nil {
		s.opts.Logger.Error("receipt: hashing the model failed", "err", err)
		return
	}
	k := receipt.Kernels{Source: receipt.SourceUnavailable}
	if after := g.st.model.KernelCounts(); after != nil {
		k = receipt.Kernels{Source: receipt.SourceDispatch, Scope: receipt.ScopeRequest, Exclusive: !overlapped,
			Counts: receipt.DiffCounts(before, after)}
	}
	rc, err := receipt.New(receipt.Input{Kind: receipt.KindServer, ID: g.id, Info: g.st.info, ModelSHA256: sum, Result: res, Kernels: k})
	if err != nil {
		s.opts.Logger.Error("receipt", "id", g.ri.id, "err", err)
		return
	}
	if err := os.MkdirAll(s.opts.ReceiptDir, 0o755); err != nil {
		s.opts.Logger.Error("receipt", "err", err)
		return
	}
	if err := receipt.Write(filepath.Join(s.opts.ReceiptDir, g.id+".json"), rc); err != nil {
		s.opts.Logger.Error("receipt", "id", g.ri.id, "err", err)
	}
}
