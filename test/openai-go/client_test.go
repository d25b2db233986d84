// Package openaigo drives bitnet-go's server, in this process, with OpenAI's
// official Go client (github.com/openai/openai-go) at concurrency: many
// requests of every kind at once must each get what they get alone, streams
// the client abandons must free their places, tool calls and structured
// output must parse, and errors must reach the client as *openai.Error with
// the status codes and Retry-After that its retry logic reads.
//
// It is its own module so that the client and its dependencies stay out of
// the library's go.mod. The model is the synthetic tiny preset (random
// weights), served greedily, so its text is arbitrary but fixed.
//
//	cd test/openai-go && go test -race ./...
package openaigo_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/shared"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/server"
	"github.com/bitnet-go/bitnet-go/synth"
)

var (
	tinyOnce sync.Once
	tinyFile string
	tinyErr  error
)

// tinyPath writes the tiny preset once per test binary.
func tinyPath(t *testing.T) string {
	t.Helper()
	tinyOnce.Do(func() {
		cfg, err := synth.Preset("tiny")
		if err != nil {
			tinyErr = err
			return
		}
		dir, err := os.MkdirTemp("", "openai-go-test-")
		if err != nil {
			tinyErr = err
			return
		}
		tinyFile = filepath.Join(dir, "tiny.gguf")
		tinyErr = synth.Write(context.Background(), tinyFile, cfg, synth.Options{Seed: 1, WeightType: gguf.TypeI2_S})
	})
	if tinyErr != nil {
		t.Fatal(tinyErr)
	}
	return tinyFile
}

// serve runs a server of the tiny model on a loopback port until the test
// ends and returns its root URL.
func serve(t *testing.T, opts server.Options) string {
	t.Helper()
	// A 4096-token context: tool definitions do not fit the preset's 512.
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(2),
		bitnet.WithContextLength(4096))
	if err != nil {
		t.Fatal(err)
	}
	opts.ModelID = "tiny"
	s, err := server.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetModel(m); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-served:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
		case <-time.After(time.Minute):
			t.Error("Serve did not return within a minute of its context ending")
		}
		if err := s.Close(); err != nil {
			t.Errorf("server Close: %v", err)
		}
		if err := m.Close(); err != nil {
			t.Errorf("model Close: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func newClient(root string, opts ...option.RequestOption) openai.Client {
	return openai.NewClient(append([]option.RequestOption{
		option.WithBaseURL(root + "/v1/"), option.WithAPIKey("none"), option.WithRequestTimeout(2 * time.Minute),
	}, opts...)...)
}

// kind is one way of asking; each prompt is asked one way.
type kind int

const (
	chatPlain     kind = iota // chat, one JSON response
	chatStream                // chat stream, merged by the client's accumulator
	completion                // completions stream
	chatAbandoned             // chat stream the client drops after its first chunk
	kinds
)

func (k kind) String() string {
	return [...]string{"chat", "chat stream", "completion stream", "abandoned chat stream"}[k]
}

// answer is what one request got.
type answer struct {
	text          string
	finish        string
	promptTokens  int64
	outputTokens  int64
	cachedTokens  int64
	abandonedLate bool // the stream ended before the client dropped it
}

func ask(ctx context.Context, c openai.Client, k kind, prompt string, maxTokens int64) (answer, error) {
	chat := openai.ChatCompletionNewParams{
		Model:       "tiny",
		Messages:    []openai.ChatCompletionMessageParamUnion{openai.UserMessage(prompt)},
		MaxTokens:   openai.Int(maxTokens),
		Temperature: openai.Float(0),
	}
	switch k {
	case chatPlain:
		r, err := c.Chat.Completions.New(ctx, chat)
		if err != nil {
			return answer{}, err
		}
		if len(r.Choices) != 1 {
			return answer{}, fmt.Errorf("%d choices", len(r.Choices))
		}
		return answer{text: r.Choices[0].Message.Content, finish: r.Choices[0].FinishReason,
			promptTokens: r.Usage.PromptTokens, outputTokens: r.Usage.CompletionTokens,
			cachedTokens: r.Usage.PromptTokensDetails.CachedTokens}, nil
	case chatStream:
		chat.StreamOptions = openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)}
		s := c.Chat.Completions.NewStreaming(ctx, chat)
		var acc openai.ChatCompletionAccumulator
		for s.Next() {
			if !acc.AddChunk(s.Current()) {
				return answer{}, errors.New("the accumulator refused a chunk")
			}
		}
		if err := s.Err(); err != nil {
			return answer{}, err
		}
		if len(acc.Choices) != 1 {
			return answer{}, fmt.Errorf("%d choices", len(acc.Choices))
		}
		return answer{text: acc.Choices[0].Message.Content, finish: acc.Choices[0].FinishReason,
			promptTokens: acc.Usage.PromptTokens, outputTokens: acc.Usage.CompletionTokens,
			cachedTokens: acc.Usage.PromptTokensDetails.CachedTokens}, nil
	case completion:
		s := c.Completions.NewStreaming(ctx, openai.CompletionNewParams{
			Model: "tiny", Prompt: openai.CompletionNewParamsPromptUnion{OfString: openai.String(prompt)},
			MaxTokens: openai.Int(maxTokens), Temperature: openai.Float(0),
			StreamOptions: openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)},
		})
		var a answer
		for s.Next() {
			ch := s.Current()
			for _, c := range ch.Choices {
				a.text += c.Text
				if c.FinishReason != "" {
					a.finish = string(c.FinishReason)
				}
			}
			if ch.Usage.TotalTokens > 0 {
				a.promptTokens, a.outputTokens = ch.Usage.PromptTokens, ch.Usage.CompletionTokens
				a.cachedTokens = ch.Usage.PromptTokensDetails.CachedTokens
			}
		}
		return a, s.Err()
	case chatAbandoned:
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		s := c.Chat.Completions.NewStreaming(ctx, chat)
		var a answer
		for s.Next() {
			for _, c := range s.Current().Choices {
				a.text += c.Delta.Content
				a.finish = c.FinishReason
			}
			if a.text != "" {
				break
			}
		}
		if err := s.Err(); err != nil {
			return answer{}, err
		}
		a.abandonedLate = a.finish != ""
		cancel()
		return a, s.Close()
	}
	return answer{}, fmt.Errorf("unknown kind %d", k)
}

// TestConcurrentRequestsMatchAlone sends 32 greedy requests of four kinds at
// once to a server that runs 8 at a time in shared batched steps (the rest
// queue), then the same requests one at a time, and wants the same text,
// finish reason and token counts for each (a prefix of it for streams the
// client abandoned). Afterwards the server must be idle, by its own health
// endpoint and by the vLLM gauges a gateway reads.
func TestConcurrentRequestsMatchAlone(t *testing.T) {
	root := serve(t, server.Options{Slots: 8, QueueSize: 64})
	c := newClient(root, option.WithMaxRetries(0))
	ctx := context.Background()
	const n, maxTokens = 32, 24
	prompt := func(i int) string {
		// Shared openings, different endings: the prefix cache has something
		// to reuse, and no two requests are the same.
		return fmt.Sprintf("%s question %d: what comes after %d?", []string{"A", "Another"}[i%2], i, i*7)
	}

	together := make([]answer, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { together[i], errs[i] = ask(ctx, c, kind(i%int(kinds)), prompt(i), maxTokens) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("request %d (%v) at concurrency: %v", i, kind(i%int(kinds)), err)
		}
	}

	waitIdle(t, root)
	var cached int64
	for i := range n {
		k := kind(i % int(kinds))
		aloneKind := k
		if k == chatAbandoned {
			aloneKind = chatStream
		}
		alone, err := ask(ctx, c, aloneKind, prompt(i), maxTokens)
		if err != nil {
			t.Fatalf("request %d (%v) alone: %v", i, aloneKind, err)
		}
		cached += alone.cachedTokens + together[i].cachedTokens
		got := together[i]
		if k == chatAbandoned {
			if got.text == "" && !got.abandonedLate {
				t.Errorf("request %d (%v): no text before the client left", i, k)
			}
			if !strings.HasPrefix(alone.text, got.text) {
				t.Errorf("request %d (%v): %q under load is not a prefix of %q alone", i, k, got.text, alone.text)
			}
			continue
		}
		if got.text != alone.text || got.finish != alone.finish {
			t.Errorf("request %d (%v): %q (%s) under load, %q (%s) alone", i, k, got.text, got.finish, alone.text, alone.finish)
		}
		if got.promptTokens != alone.promptTokens || got.outputTokens != alone.outputTokens || got.outputTokens == 0 {
			t.Errorf("request %d (%v): usage %d+%d under load, %d+%d alone", i, k,
				got.promptTokens, got.outputTokens, alone.promptTokens, alone.outputTokens)
		}
		if got.finish != "length" && got.finish != "stop" {
			t.Errorf("request %d (%v): finish_reason %q", i, k, got.finish)
		}
	}
	t.Logf("%d requests at once, then alone: same results; %d prompt tokens came from the prefix cache", n, cached)
	if cached == 0 {
		t.Error("no request reported cached_tokens, though the same prompts ran twice")
	}
	waitIdle(t, root)
}

// waitIdle polls /health until nothing runs or waits (at most 10 s), then
// checks the vLLM gauges in /metrics agree.
func waitIdle(t *testing.T, root string) {
	t.Helper()
	var h struct{ Active, Queued int }
	for range 100 {
		r, err := http.Get(root + "/health")
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(r.Body).Decode(&h)
		r.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if h.Active == 0 && h.Queued == 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if h.Active != 0 || h.Queued != 0 {
		t.Fatalf("server not idle 10 s after the last response: /health active %d, queued %d", h.Active, h.Queued)
	}
	r, err := http.Get(root + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"vllm:num_requests_running", "vllm:num_requests_waiting"} {
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `\{[^}]*\} (\S+)$`).FindSubmatch(body)
		if m == nil {
			t.Fatalf("/metrics has no %s", name)
		}
		if v, err := strconv.ParseFloat(string(m[1]), 64); err != nil || v != 0 {
			t.Errorf("%s = %s after the run, want 0", name, m[1])
		}
	}
}

type weatherArgs struct {
	City string `json:"city"`
	Unit string `json:"unit"`
}

type reply struct {
	N int    `json:"n"`
	S string `json:"s"`
}

// TestToolsAndStructuredOutputAtOnce runs streamed tool calls (merged by the
// client's accumulator) and strict JSON-schema responses side by side: every
// call must name a declared function with arguments that decode into its
// schema, and every response must decode into its schema's type within its
// bounds. The tiny model's random weights make the grammar the only reason
// the output is valid.
func TestToolsAndStructuredOutputAtOnce(t *testing.T) {
	root := serve(t, server.Options{Slots: 4, QueueSize: 64})
	c := newClient(root, option.WithMaxRetries(0))
	ctx := context.Background()
	tools := []openai.ChatCompletionToolUnionParam{
		openai.ChatCompletionFunctionTool(shared.FunctionDefinitionParam{
			Name: "get_weather", Description: openai.String("Weather in a city"), Strict: openai.Bool(true),
			Parameters: shared.FunctionParameters{
				"type": "object",
				"properties": map[string]any{
					"city": map[string]any{"type": "string", "maxLength": 12},
					"unit": map[string]any{"type": "string", "enum": []string{"c", "f"}},
				},
				"required": []string{"city", "unit"}, "additionalProperties": false,
			},
		}),
		openai.ChatCompletionFunctionTool(shared.FunctionDefinitionParam{
			Name: "get_time", Strict: openai.Bool(true),
			Parameters: shared.FunctionParameters{
				"type": "object", "properties": map[string]any{"zone": map[string]any{"type": "string", "maxLength": 8}},
				"required": []string{"zone"}, "additionalProperties": false,
			},
		}),
	}
	schema := map[string]any{
		"type": "object",
		"properties": map[string]any{
			"n": map[string]any{"type": "integer", "minimum": 0, "maximum": 9},
			"s": map[string]any{"type": "string", "maxLength": 4},
		},
		"required": []string{"n", "s"}, "additionalProperties": false,
	}
	const n = 12
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			msgs := []openai.ChatCompletionMessageParamUnion{openai.UserMessage(fmt.Sprintf("request %d", i))}
			if i%2 == 0 {
				errs[i] = toolCall(ctx, c, openai.ChatCompletionNewParams{Model: "tiny", Messages: msgs, Tools: tools,
					ToolChoice: openai.ChatCompletionToolChoiceOptionUnionParam{OfAuto: openai.String("required")},
					MaxTokens:  openai.Int(600), Seed: openai.Int(int64(i)), Temperature: openai.Float(1)})
				return
			}
			r, err := c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "tiny", Messages: msgs,
				MaxTokens: openai.Int(200), Seed: openai.Int(int64(i)), Temperature: openai.Float(1),
				ResponseFormat: openai.ChatCompletionNewParamsResponseFormatUnion{OfJSONSchema: &shared.ResponseFormatJSONSchemaParam{
					JSONSchema: shared.ResponseFormatJSONSchemaJSONSchemaParam{Name: "reply", Strict: openai.Bool(true), Schema: schema},
				}}})
			if err != nil {
				errs[i] = err
				return
			}
			var v reply
			content := r.Choices[0].Message.Content
			dec := json.NewDecoder(strings.NewReader(content))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&v); err != nil {
				errs[i] = fmt.Errorf("structured output %q: %w", content, err)
			} else if v.N < 0 || v.N > 9 || len([]rune(v.S)) > 4 || !strings.Contains(content, `"s"`) {
				errs[i] = fmt.Errorf("structured output %q breaks its schema", content)
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("request %d: %v", i, err)
		}
	}
	waitIdle(t, root)
}

// toolCall streams one required tool call and checks what the accumulator
// assembled from the deltas.
func toolCall(ctx context.Context, c openai.Client, p openai.ChatCompletionNewParams) error {
	s := c.Chat.Completions.NewStreaming(ctx, p)
	var acc openai.ChatCompletionAccumulator
	var finished []openai.FinishedChatCompletionToolCall
	for s.Next() {
		if !acc.AddChunk(s.Current()) {
			return errors.New("the accumulator refused a chunk")
		}
		if tc, ok := acc.JustFinishedToolCall(); ok {
			finished = append(finished, tc)
		}
	}
	if err := s.Err(); err != nil {
		return err
	}
	if len(acc.Choices) != 1 || acc.Choices[0].FinishReason != "tool_calls" {
		return fmt.Errorf("choices %+v: want one, finished by tool_calls", acc.Choices)
	}
	calls := acc.Choices[0].Message.ToolCalls
	if len(calls) == 0 || len(finished) != len(calls) {
		return fmt.Errorf("%d tool calls in the message, %d seen finishing", len(calls), len(finished))
	}
	for _, call := range calls {
		if call.ID == "" {
			return errors.New("a tool call without an id")
		}
		dec := json.NewDecoder(strings.NewReader(call.Function.Arguments))
		dec.DisallowUnknownFields()
		switch call.Function.Name {
		case "get_weather":
			var a weatherArgs
			if err := dec.Decode(&a); err != nil {
				return fmt.Errorf("get_weather arguments %q: %w", call.Function.Arguments, err)
			}
			if (a.Unit != "c" && a.Unit != "f") || len([]rune(a.City)) > 12 {
				return fmt.Errorf("get_weather arguments %q break the schema", call.Function.Arguments)
			}
		case "get_time":
			var a struct {
				Zone string `json:"zone"`
			}
			if err := dec.Decode(&a); err != nil || len([]rune(a.Zone)) > 8 {
				return fmt.Errorf("get_time arguments %q: %v", call.Function.Arguments, err)
			}
		default:
			return fmt.Errorf("a call of %q, which was not declared", call.Function.Name)
		}
	}
	return nil
}

// TestErrorsReachTheClient: a bad request and an unknown model arrive as
// *openai.Error with 400 and 404; a full server answers 429 with a
// Retry-After that the client's own retry logic honours, so the same call
// with the client's default retries succeeds once the place is free.
func TestErrorsReachTheClient(t *testing.T) {
	root := serve(t, server.Options{Slots: 1, QueueSize: -1})
	c := newClient(root, option.WithMaxRetries(0))
	ctx := context.Background()
	user := []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hi")}

	_, err := c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "tiny", Messages: user, MaxTokens: openai.Int(-1)})
	wantStatus(t, err, http.StatusBadRequest)
	_, err = c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "no-such-model", Messages: user, MaxTokens: openai.Int(4)})
	wantStatus(t, err, http.StatusNotFound)

	// Hold the only place with a long stream.
	hold, release := context.WithCancel(ctx)
	defer release()
	s := c.Completions.NewStreaming(hold, openai.CompletionNewParams{Model: "tiny",
		Prompt: openai.CompletionNewParamsPromptUnion{OfString: openai.String("x")}, MaxTokens: openai.Int(3000)},
		option.WithJSONSet("ignore_eos", true))
	if !s.Next() {
		t.Fatalf("the long stream did not start: %v", s.Err())
	}
	_, err = c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "tiny", Messages: user, MaxTokens: openai.Int(4)})
	apiErr := wantStatus(t, err, http.StatusTooManyRequests)
	after := apiErr.Response.Header.Get("Retry-After")
	if secs, err := strconv.Atoi(after); err != nil || secs < 1 {
		t.Fatalf("429 with Retry-After %q: want whole seconds, 1 or more", after)
	}

	// Free the place while the client waits out Retry-After.
	go func() {
		time.Sleep(200 * time.Millisecond)
		release()
	}()
	t0 := time.Now()
	r, err := c.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{Model: "tiny", Messages: user, MaxTokens: openai.Int(4)},
		option.WithMaxRetries(2))
	if err != nil {
		t.Fatalf("with the client's retries, after the place was freed: %v", err)
	}
	if r.Usage.CompletionTokens == 0 {
		t.Error("the retried request generated nothing")
	}
	t.Logf("429 (Retry-After: %s), then the client's retry succeeded after %v", after, time.Since(t0).Round(time.Millisecond))
	s.Close()
	waitIdle(t, root)
}

func wantStatus(t *testing.T, err error, status int) *openai.Error {
	t.Helper()
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("got %v, want an *openai.Error with status %d", err, status)
	}
	if apiErr.StatusCode != status || apiErr.Message == "" {
		t.Fatalf("status %d, message %q: want %d with a message", apiErr.StatusCode, apiErr.Message, status)
	}
	return apiErr
}
