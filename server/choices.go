package server

import (
	"net/http"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// choiceOut is one finished choice.
type choiceOut struct {
	res    bitnet.Result
	chatLP []TokenLogprob
	compLP *CompletionLogprobs
}

// runChoices serves requests with n > 1 or tools. The prompt is prefilled
// once on the slot's session; each choice then decodes on a fork of it (the
// KV cache is copied, not recomputed), choice i with seed+i. Choices run one
// after another, so a slot still runs one decode at a time. With tools a
// stream carries the calls as they are generated (runChoice).
func (g *genRun) runChoices() {
	s, p := g.s, g.p
	n := p.g.x.n
	if p.g.stream {
		g.sse = newSSE(g.w, s.opts.WriteTimeout)
	}
	if err := g.sess.Append(g.ctx, p.ids); err != nil {
		s.notifyDone(g.ri.id, 0, err)
		g.failed(err)
		return
	}
	outs := make([]choiceOut, 0, n)
	total := 0
	for i := range n {
		sess := g.sess
		if i < n-1 {
			f, err := g.sess.Fork()
			if err != nil {
				s.notifyDone(g.ri.id, total, err)
				g.failed(err)
				return
			}
			sess = f
		}
		out, err := g.runChoice(sess, i)
		if sess != g.sess {
			sess.Close()
		}
		total += len(out.res.Tokens)
		if err == nil && g.sse != nil && g.sse.err != nil {
			err = g.sse.err
		}
		if err != nil {
			s.notifyDone(g.ri.id, total, err)
			g.failed(err)
			return
		}
		out.res.PromptTokens = len(p.ids)
		s.met.genToks.Add(float64(len(out.res.Tokens)))
		if out.res.DecodePerSec > 0 {
			s.met.decodeTPS.Observe(out.res.DecodePerSec)
		}
		if i == 0 {
			s.met.ttft.Observe(out.res.TimeToFirst.Seconds())
			g.ri.ttft = out.res.TimeToFirst
		}
		outs = append(outs, out)
	}
	s.notifyDone(g.ri.id, total, nil)
	s.met.promptToks.Add(float64(len(p.ids)))
	g.ri.completion, g.ri.finish = total, string(outs[0].res.FinishReason)
	usage := &Usage{PromptTokens: len(p.ids), CompletionTokens: total, TotalTokens: len(p.ids) + total}
	if g.sse != nil {
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
		return
	}
	setWriteDeadline(g.w, s.opts.WriteTimeout)
	if p.g.chat {
		choices := make([]ChatChoice, len(outs))
		for i, o := range outs {
			msg, finish := g.chatMessage(o.res)
			choices[i] = ChatChoice{Index: i, Message: msg, FinishReason: &finish}
			if o.chatLP != nil {
				choices[i].Logprobs = &ChatLogprobs{Content: o.chatLP}
			}
		}
		writeJSON(g.w, http.StatusOK, ChatResponse{ID: g.id, Object: "chat.completion", Created: g.created, Model: g.st.id,
			SystemFingerprint: g.st.fingerprint, Choices: choices, Usage: usage})
		return
	}
	choices := make([]CompletionChoice, len(outs))
	for i, o := range outs {
		finish := finishReason(o.res.FinishReason)
		choices[i] = CompletionChoice{Text: o.res.Text, Index: i, Logprobs: o.compLP, FinishReason: &finish}
	}
	writeJSON(g.w, http.StatusOK, CompletionResponse{ID: g.id, Object: "text_completion", Created: g.created, Model: g.st.id,
		SystemFingerprint: g.st.fingerprint, Choices: choices, Usage: usage})
}

// chatMessage is the assistant message of a finished choice: with tools,
// the parsed reply.
func (g *genRun) chatMessage(res bitnet.Result) (*ChatOut, string) {
	finish := finishReason(res.FinishReason)
	text := res.Text
	msg := &ChatOut{Role: "assistant", Content: &text}
	if g.p.g.x.tools == nil {
		return msg, finish
	}
	content, calls := parseReply(res.Text)
	msg.Content, msg.NullContent = content, true
	if len(calls) > 0 {
		msg.ToolCalls = calls
		finish = "tool_calls"
	}
	return msg, finish
}

// runChoice decodes choice i on sess, streaming its tokens as choice index
// i. With tools, tool calls stream as they are generated (toolStreamer) and
// a {"response"} reply is sent as content when the choice ends.
func (g *genRun) runChoice(sess *bitnet.Session, i int) (choiceOut, error) {
	p := g.p
	opts := p.opts
	opts.Sampling.Seed += uint64(i)
	var out choiceOut
	stream := g.sse != nil
	tools := p.g.x.tools != nil
	if stream && p.g.chat {
		role := ChatOut{Role: "assistant", Content: new(string)}
		g.sse.event(g.chatChunk(ChatChoice{Index: i, Delta: &role}))
	}
	if opts.Logprobs && !stream {
		if p.g.chat {
			out.chatLP = []TokenLogprob{}
		} else {
			out.compLP = &CompletionLogprobs{Tokens: []string{}, TokenLogprobs: []float32{}, TextOffset: []int{}}
		}
	}
	var toolStream *toolStreamer
	if stream && tools && p.g.chat {
		toolStream = newToolStreamer()
	}
	offset := 0
	onToken := func(t bitnet.Token) error {
		var lp *TokenLogprob
		if opts.Logprobs && t.ID >= 0 {
			v := g.tokenLogprob(t)
			lp = &v
		}
		defer func() { offset += len(t.Text) }()
		if !stream {
			if lp != nil {
				if out.chatLP != nil {
					out.chatLP = append(out.chatLP, *lp)
				} else {
					appendCompLP(out.compLP, *lp, offset)
				}
			}
			return nil
		}
		if toolStream != nil {
			for _, d := range toolStream.write(t.Text) {
				g.sse.event(g.chatChunk(ChatChoice{Index: i, Delta: &ChatOut{ToolCalls: []ToolCall{d}}}))
			}
			return g.sse.err
		}
		if tools || (t.Text == "" && lp == nil) {
			return nil
		}
		if p.g.chat {
			text := t.Text
			ch := ChatChoice{Index: i, Delta: &ChatOut{Content: &text}}
			if lp != nil {
				ch.Logprobs = &ChatLogprobs{Content: []TokenLogprob{*lp}}
			}
			g.sse.event(g.chatChunk(ch))
		} else {
			ch := CompletionChoice{Index: i, Text: t.Text}
			if lp != nil {
				ch.Logprobs = &CompletionLogprobs{}
				appendCompLP(ch.Logprobs, *lp, offset)
			}
			g.sse.event(g.compChunk(ch))
		}
		return g.sse.err
	}
	res, err := sess.Generate(g.ctx, nil, opts, onToken)
	out.res = res
	if err != nil || !stream {
		return out, err
	}
	if p.g.chat {
		msg, finish := g.chatMessage(res)
		delta := &ChatOut{}
		switch {
		case toolStream != nil && len(toolStream.calls) > 0:
			// The calls went out as they were generated; a reply cut by
			// max_tokens does not parse, so its finish reason stays "length".
		case tools:
			delta.Content, delta.ToolCalls = msg.Content, msg.ToolCalls
			if delta.Content != nil && *delta.Content != "" {
				g.sse.event(g.chatChunk(ChatChoice{Index: i, Delta: &ChatOut{Content: delta.Content}}))
			}
			if len(delta.ToolCalls) > 0 {
				g.sse.event(g.chatChunk(ChatChoice{Index: i, Delta: &ChatOut{ToolCalls: delta.ToolCalls}}))
			}
		}
		g.sse.event(g.chatChunk(ChatChoice{Index: i, Delta: &ChatOut{}, FinishReason: &finish}))
	} else {
		finish := finishReason(res.FinishReason)
		g.sse.event(g.compChunk(CompletionChoice{Index: i, FinishReason: &finish}))
	}
	return out, g.sse.err
}
