package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// Limits on request fields that are not bounded by the model.
const (
	maxStops        = 16
	maxStopBytes    = 512
	maxTopLogprobs  = 20
	maxCompLogprobs = 5 // legacy completions allow logprobs 0..5
	maxMessages     = 4096
)

// genRequest is a decoded, validated generation request, independent of the
// model (context length and vocabulary are checked when it is prepared).
type genRequest struct {
	chat         bool
	model        string
	messages     []bitnet.Message // chat
	prompt       string           // completions, text prompt
	promptIDs    []int32          // completions, token prompt
	hasIDs       bool
	maxTokens    int    // 0: not given
	maxParam     string // the field that set maxTokens
	temperature  *float64
	topP         *float64
	minP         *float64
	repeat       *float64
	frequency    *float64
	presence     *float64
	topK         *int
	seed         *int64
	stop         []string
	stream       bool
	includeUsage bool
	logprobs     bool
	topLogprobs  int
	ignoreEOS    bool
	x            reqExtras // structured.go: n, format, grammar, logit_bias, tools
}

// decodeJSON unmarshals body into v, mapping decoding errors to 400s that
// name the offending field where encoding/json knows it.
func decodeJSON(body []byte, v any) *APIError {
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest("invalid_json", "the request body is empty: send a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return badRequest("invalid_json", "invalid JSON: unexpected data after the top-level object")
	}
	if t := firstByte(body); t != '{' {
		return badRequest("invalid_json", "the request body must be a JSON object")
	}
	return nil
}

func jsonError(err error) *APIError {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return badRequest("invalid_json", "invalid JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			return badRequest("invalid_json", "the request body must be a JSON object, not %s", te.Value)
		}
		return badParam(field, "invalid_type", "%s: expected %s, got %s", field, jsonTypeName(te.Type.Kind().String()), te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return badRequest("invalid_json", "invalid JSON: unexpected end of input")
	}
	return badRequest("invalid_json", "invalid JSON: %v", err)
}

func jsonTypeName(kind string) string {
	switch kind {
	case "int", "int32", "int64":
		return "an integer"
	case "float32", "float64":
		return "a number"
	case "bool":
		return "a boolean"
	case "string":
		return "a string"
	case "slice":
		return "an array"
	case "map", "struct":
		return "an object"
	}
	return kind
}

func firstByte(b []byte) byte {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

// decodeCompletion decodes and validates a /v1/completions body.
func decodeCompletion(body []byte) (*genRequest, *APIError) {
	var req CompletionRequest
	if e := decodeJSON(body, &req); e != nil {
		return nil, e
	}
	g := &genRequest{model: req.Model}
	if e := decodePrompt(req.Prompt, g); e != nil {
		return nil, e
	}
	if req.MaxTokens != nil {
		if *req.MaxTokens < 1 {
			return nil, badParam("max_tokens", "invalid_value", "max_tokens must be >= 1, got %d", *req.MaxTokens)
		}
		g.maxTokens = *req.MaxTokens
	}
	if req.Echo != nil && *req.Echo {
		return nil, badParam("echo", "unsupported_parameter", "echo is not supported")
	}
	if req.Suffix != nil && *req.Suffix != "" {
		return nil, badParam("suffix", "unsupported_parameter", "suffix (insertion) is not supported")
	}
	if req.BestOf != nil && *req.BestOf != 1 {
		return nil, badParam("best_of", "unsupported_parameter", "best_of must be 1, got %d", *req.BestOf)
	}
	if req.Logprobs != nil {
		if *req.Logprobs < 0 || *req.Logprobs > maxCompLogprobs {
			return nil, badParam("logprobs", "invalid_value", "logprobs must be in [0, %d], got %d", maxCompLogprobs, *req.Logprobs)
		}
		g.logprobs, g.topLogprobs = true, *req.Logprobs
	}
	if e := common(g, commonFields{
		n: req.N, stream: req.Stream, streamOptions: req.StreamOptions, stop: req.Stop, temperature: req.Temperature,
		topP: req.TopP, presence: req.PresencePenalty, frequency: req.FrequencyPenalty, logitBias: req.LogitBias,
		seed: req.Seed, ext: req.Extensions,
	}); e != nil {
		return nil, e
	}
	if e := decodeFormat(g, req.ResponseFormat, req.Grammar); e != nil {
		return nil, e
	}
	return g, nil
}

// decodePrompt accepts a string, an array of one string, an array of token
// ids, or an array of one array of token ids.
func decodePrompt(raw json.RawMessage, g *genRequest) *APIError {
	switch firstByte(raw) {
	case 0, 'n': // absent or null
		return badParam("prompt", "missing_required_parameter", "prompt is required")
	case '"':
		if err := json.Unmarshal(raw, &g.prompt); err != nil {
			return badParam("prompt", "invalid_type", "prompt: %v", err)
		}
		return nil
	case '[':
	default:
		return badParam("prompt", "invalid_type", "prompt must be a string, an array of strings or an array of token ids")
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return badParam("prompt", "invalid_type", "prompt: %v", err)
	}
	if len(items) == 0 {
		return badParam("prompt", "invalid_value", "prompt is an empty array")
	}
	switch firstByte(items[0]) {
	case '"':
		if len(items) > 1 {
			return badParam("prompt", "unsupported_value", "only one prompt per request is supported, got %d", len(items))
		}
		if err := json.Unmarshal(items[0], &g.prompt); err != nil {
			return badParam("prompt", "invalid_type", "prompt[0]: %v", err)
		}
		return nil
	case '[':
		if len(items) > 1 {
			return badParam("prompt", "unsupported_value", "only one prompt per request is supported, got %d", len(items))
		}
		var inner []json.RawMessage
		if err := json.Unmarshal(items[0], &inner); err != nil {
			return badParam("prompt", "invalid_type", "prompt[0]: %v", err)
		}
		items = inner
		if len(items) == 0 {
			return badParam("prompt", "invalid_value", "prompt[0] is an empty array")
		}
	}
	ids := make([]int32, len(items))
	for i, it := range items {
		n, err := strconv.ParseInt(string(bytes.TrimSpace(it)), 10, 32)
		if err != nil || n < 0 {
			return badParam("prompt", "invalid_type", "prompt: element %d is not a token id (a non-negative integer)", i)
		}
		ids[i] = int32(n)
	}
	g.promptIDs, g.hasIDs = ids, true
	return nil
}

// decodeChat decodes and validates a /v1/chat/completions body.
func decodeChat(body []byte) (*genRequest, *APIError) {
	var req ChatRequest
	if e := decodeJSON(body, &req); e != nil {
		return nil, e
	}
	g := &genRequest{chat: true, model: req.Model}
	if len(req.Messages) == 0 {
		return nil, badParam("messages", "missing_required_parameter", "messages must be a non-empty array")
	}
	if len(req.Messages) > maxMessages {
		return nil, badParam("messages", "invalid_value", "at most %d messages, got %d", maxMessages, len(req.Messages))
	}
	g.messages = make([]bitnet.Message, len(req.Messages))
	callNames := map[string]string{} // tool call id -> function name, from the history
	for i, m := range req.Messages {
		msg, e := decodeToolMessage(i, m, callNames)
		if e == nil && msg == nil {
			var v bitnet.Message
			v, e = decodeMessage(i, m)
			msg = &v
		}
		if e != nil {
			return nil, e
		}
		g.messages[i] = *msg
	}
	switch {
	case req.MaxCompletionTokens != nil:
		if *req.MaxCompletionTokens < 1 {
			return nil, badParam("max_completion_tokens", "invalid_value", "max_completion_tokens must be >= 1, got %d", *req.MaxCompletionTokens)
		}
		g.maxTokens, g.maxParam = *req.MaxCompletionTokens, "max_completion_tokens"
	case req.MaxTokens != nil:
		if *req.MaxTokens < 1 {
			return nil, badParam("max_tokens", "invalid_value", "max_tokens must be >= 1, got %d", *req.MaxTokens)
		}
		g.maxTokens = *req.MaxTokens
	}
	if req.Logprobs != nil {
		g.logprobs = *req.Logprobs
	}
	if req.TopLogprobs != nil {
		if *req.TopLogprobs < 0 || *req.TopLogprobs > maxTopLogprobs {
			return nil, badParam("top_logprobs", "invalid_value", "top_logprobs must be in [0, %d], got %d", maxTopLogprobs, *req.TopLogprobs)
		}
		if !g.logprobs {
			return nil, badParam("top_logprobs", "invalid_value", "top_logprobs requires logprobs: true")
		}
		g.topLogprobs = *req.TopLogprobs
	}
	if e := decodeFormat(g, req.ResponseFormat, req.Grammar); e != nil {
		return nil, e
	}
	if e := decodeTools(g, &req); e != nil {
		return nil, e
	}
	if g.x.tools != nil {
		g.messages = g.x.tools.withTools(g.messages, req.Messages)
	}
	if e := common(g, commonFields{
		n: req.N, stream: req.Stream, streamOptions: req.StreamOptions, stop: req.Stop, temperature: req.Temperature,
		topP: req.TopP, presence: req.PresencePenalty, frequency: req.FrequencyPenalty, logitBias: req.LogitBias,
		seed: req.Seed, ext: req.Extensions,
	}); e != nil {
		return nil, e
	}
	return g, nil
}

func isEmptyJSON(raw json.RawMessage) bool {
	s := string(bytes.TrimSpace(raw))
	return s == "" || s == "null" || s == "[]"
}

func decodeMessage(i int, m ChatMessage) (bitnet.Message, *APIError) {
	var role bitnet.Message
	param := fmt.Sprintf("messages[%d]", i)
	switch m.Role {
	case "system", "developer":
		role.Role = bitnet.RoleSystem
	case "user":
		role.Role = bitnet.RoleUser
	case "assistant":
		role.Role = bitnet.RoleAssistant
	case "":
		return role, badParam(param+".role", "missing_required_parameter", "%s.role is required", param)
	default:
		return role, badParam(param+".role", "invalid_value", "%s.role %q is not supported (system, developer, user or assistant)", param, m.Role)
	}
	switch firstByte(m.Content) {
	case 0, 'n':
		if role.Role != bitnet.RoleAssistant {
			return role, badParam(param+".content", "missing_required_parameter", "%s.content is required", param)
		}
	case '"':
		if err := json.Unmarshal(m.Content, &role.Content); err != nil {
			return role, badParam(param+".content", "invalid_type", "%s.content: %v", param, err)
		}
	case '[':
		var parts []ContentPart
		if err := json.Unmarshal(m.Content, &parts); err != nil {
			return role, badParam(param+".content", "invalid_type", "%s.content must be a string or an array of content parts", param)
		}
		texts := make([]string, 0, len(parts))
		for j, p := range parts {
			if p.Type != "text" {
				return role, badParam(fmt.Sprintf("%s.content[%d].type", param, j), "unsupported_value",
					"content part type %q is not supported (only \"text\")", p.Type)
			}
			if p.Text == nil {
				return role, badParam(fmt.Sprintf("%s.content[%d].text", param, j), "missing_required_parameter", "text part without text")
			}
			texts = append(texts, *p.Text)
		}
		role.Content = strings.Join(texts, "\n")
	default:
		return role, badParam(param+".content", "invalid_type", "%s.content must be a string or an array of content parts", param)
	}
	return role, nil
}

// commonFields are the parameters both endpoints share.
type commonFields struct {
	n                   *int
	stream              *bool
	streamOptions       *StreamOptions
	stop                json.RawMessage
	temperature, topP   *float64
	presence, frequency *float64
	logitBias           map[string]float64
	seed                *int64
	ext                 Extensions
}

func common(g *genRequest, c commonFields) *APIError {
	if e := decodeN(g, c.n); e != nil {
		return e
	}
	if c.stream != nil {
		g.stream = *c.stream
	}
	if c.streamOptions != nil {
		if !g.stream {
			return badParam("stream_options", "invalid_value", "stream_options is only allowed with stream: true")
		}
		g.includeUsage = c.streamOptions.IncludeUsage
	}
	stops, e := decodeStop(c.stop)
	if e != nil {
		return e
	}
	g.stop = stops
	if e := decodeLogitBias(g, c.logitBias); e != nil {
		return e
	}
	for _, r := range []struct {
		name   string
		v      *float64
		lo, hi float64 // inclusive
		dst    **float64
	}{
		{"temperature", c.temperature, 0, 2, &g.temperature},
		{"top_p", c.topP, 0, 1, &g.topP},
		{"presence_penalty", c.presence, -2, 2, &g.presence},
		{"frequency_penalty", c.frequency, -2, 2, &g.frequency},
		{"min_p", c.ext.MinP, 0, 1, &g.minP},
		{"repeat_penalty", c.ext.RepeatPenalty, 0, 10, &g.repeat},
	} {
		if r.v == nil {
			continue
		}
		if math.IsNaN(*r.v) || *r.v < r.lo || *r.v > r.hi {
			return badParam(r.name, "invalid_value", "%s must be in [%g, %g], got %g", r.name, r.lo, r.hi, *r.v)
		}
		*r.dst = r.v
	}
	if c.ext.TopK != nil {
		if *c.ext.TopK < 0 {
			return badParam("top_k", "invalid_value", "top_k must be >= 0, got %d", *c.ext.TopK)
		}
		g.topK = c.ext.TopK
	}
	if c.ext.IgnoreEOS != nil {
		g.ignoreEOS = *c.ext.IgnoreEOS
	}
	g.seed = c.seed
	return nil
}

func decodeStop(raw json.RawMessage) ([]string, *APIError) {
	var stops []string
	switch firstByte(raw) {
	case 0, 'n':
		return nil, nil
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, badParam("stop", "invalid_type", "stop: %v", err)
		}
		stops = []string{s}
	case '[':
		if err := json.Unmarshal(raw, &stops); err != nil {
			return nil, badParam("stop", "invalid_type", "stop must be a string or an array of strings")
		}
	default:
		return nil, badParam("stop", "invalid_type", "stop must be a string or an array of strings")
	}
	if len(stops) > maxStops {
		return nil, badParam("stop", "invalid_value", "at most %d stop sequences, got %d", maxStops, len(stops))
	}
	out := stops[:0]
	for _, s := range stops {
		if len(s) > maxStopBytes {
			return nil, badParam("stop", "invalid_value", "a stop sequence is longer than %d bytes", maxStopBytes)
		}
		if s != "" { // an empty stop would match at once; OpenAI ignores it
			out = append(out, s)
		}
	}
	return out, nil
}
