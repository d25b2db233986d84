package server

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"testing"

	"github.com/bitnet-go/bitnet-go/bitnet"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tiny model has random weights: valid JSON and valid tool calls below
// are the grammar's doing.

func TestJSONSchemaResponse(t *testing.T) {
	ts := start(t, Options{})
	body := `{"messages":[{"role":"user","content":"hi"}],"max_tokens":200,"seed":1,
	"response_format":{"type":"json_schema","json_schema":{"name":"p","strict":true,"schema":
	{"type":"object","properties":{"a":{"type":"integer"},"b":{"enum":["x","y"]}},"required":["a","b"],"additionalProperties":false}}}}`
	var resp ChatResponse
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/v1/chat/completions", body), &resp))
	require.Len(t, resp.Choices, 1)
	assert.Equal(t, "stop", *resp.Choices[0].FinishReason)
	var v struct {
		A *int    `json:"a"`
		B *string `json:"b"`
	}
	text := *resp.Choices[0].Message.Content
	require.NoError(t, json.Unmarshal([]byte(text), &v), text)
	require.NotNil(t, v.A)
	assert.Contains(t, []string{"x", "y"}, *v.B)
}

func TestGrammarCompletion(t *testing.T) {
	ts := start(t, Options{})
	var resp CompletionResponse
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/v1/completions",
		`{"prompt":"x","max_tokens":20,"grammar":"root ::= [0-9]{3} \"-\" [a-c]"}`), &resp))
	assert.Regexp(t, `^[0-9]{3}-[a-c]$`, resp.Choices[0].Text)
	assert.Equal(t, "stop", *resp.Choices[0].FinishReason)
}

func TestNChoices(t *testing.T) {
	ts := start(t, Options{})
	var resp ChatResponse
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/v1/chat/completions",
		`{"messages":[{"role":"user","content":"hi"}],"max_tokens":8,"n":3,"seed":5,"temperature":1,"ignore_eos":true}`), &resp))
	require.Len(t, resp.Choices, 3)
	texts := map[string]bool{}
	for i, c := range resp.Choices {
		assert.Equal(t, i, c.Index)
		texts[*c.Message.Content] = true
	}
	assert.Greater(t, len(texts), 1, "seeds seed+i should give different choices")
	assert.Equal(t, 24, resp.Usage.CompletionTokens)

	// Streamed: every choice index appears, each with one finish_reason.
	events, done := sseEvents(t, ts.post(t, "/v1/completions", `{"prompt":"x","max_tokens":4,"n":2,"stream":true,"ignore_eos":true}`).Body)
	require.True(t, done)
	finished := map[int]int{}
	for _, e := range events {
		var c CompletionResponse
		require.NoError(t, json.Unmarshal(e, &c))
		for _, ch := range c.Choices {
			if ch.FinishReason != nil {
				finished[ch.Index]++
			}
		}
	}
	assert.Equal(t, map[int]int{0: 1, 1: 1}, finished)
}

// weatherTools is short: the tiny model's context is 512 tokens, and its
// random vocabulary spends about a token per byte on the tool description.
const weatherTools = `[{"type":"function","function":{"name":"get_weather",
"parameters":{"type":"object","properties":{"city":{"type":"string","maxLength":8},"unit":{"enum":["c","f"]}},"required":["city","unit"]}}},
{"type":"function","function":{"name":"get_time","parameters":{"type":"object","properties":{"tz":{"type":"string","maxLength":6}},"required":["tz"]}}}]`

// startLong is start with a 2048-token context: tool prompts do not fit the
// tiny model's trained 512.
func startLong(t *testing.T) *testServer {
	t.Helper()
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(1), bitnet.WithContextLength(2048))
	require.NoError(t, err)
	return startWith(t, m, Options{})
}

func TestToolCalls(t *testing.T) {
	ts := startLong(t)
	callID := regexp.MustCompile(`^call_[A-Za-z0-9]{24}$`)
	for _, choice := range []string{`"required"`, `{"type":"function","function":{"name":"get_time"}}`} {
		body := `{"messages":[{"role":"user","content":"weather?"}],"max_tokens":600,"seed":3,"tools":` + weatherTools + `,"tool_choice":` + choice + `}`
		var raw json.RawMessage
		require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/v1/chat/completions", body), &raw))
		var resp ChatResponse
		require.NoError(t, json.Unmarshal(raw, &resp))
		ch := resp.Choices[0]
		require.Equal(t, "tool_calls", *ch.FinishReason, "choice %s", choice)
		require.NotEmpty(t, ch.Message.ToolCalls)
		assert.Nil(t, ch.Message.Content)
		assert.Contains(t, string(raw), `"content":null`)
		for _, c := range ch.Message.ToolCalls {
			assert.Regexp(t, callID, c.ID)
			assert.Equal(t, "function", c.Type)
			var args map[string]any
			require.NoError(t, json.Unmarshal([]byte(c.Function.Arguments), &args))
			switch c.Function.Name {
			case "get_weather":
				assert.Contains(t, []any{"c", "f"}, args["unit"])
				assert.IsType(t, "", args["city"])
			case "get_time":
				assert.IsType(t, "", args["tz"])
			default:
				t.Fatalf("unknown function %q", c.Function.Name)
			}
			if choice != `"required"` {
				assert.Equal(t, "get_time", c.Function.Name)
			}
		}
	}

	// Streamed as OpenAI does: a delta announces the call (index, id, type,
	// name, empty arguments), then deltas with the index carry pieces of the
	// arguments as they are generated, then finish_reason tool_calls.
	body := `{"messages":[{"role":"user","content":"weather?"}],"max_tokens":600,"seed":4,"stream":true,"tools":` + weatherTools + `,"tool_choice":"required","parallel_tool_calls":false}`
	events, done := sseEvents(t, ts.post(t, "/v1/chat/completions", body).Body)
	require.True(t, done)
	var calls []ToolCall
	var finish string
	pieces := 0
	for _, e := range events {
		var c ChatResponse
		require.NoError(t, json.Unmarshal(e, &c))
		for _, ch := range c.Choices {
			if ch.Delta != nil {
				for _, d := range ch.Delta.ToolCalls {
					require.NotNil(t, d.Index)
					if d.ID != "" {
						require.Equal(t, len(calls), *d.Index)
						calls = append(calls, d)
						continue
					}
					require.Less(t, *d.Index, len(calls), "arguments before their call")
					calls[*d.Index].Function.Arguments += d.Function.Arguments
					pieces++
				}
			}
			if ch.FinishReason != nil {
				finish = *ch.FinishReason
			}
		}
	}
	assert.Equal(t, "tool_calls", finish)
	require.Len(t, calls, 1, "parallel_tool_calls false allows one call")
	assert.Regexp(t, callID, calls[0].ID)
	assert.Equal(t, "function", calls[0].Type)
	var args map[string]any
	require.NoError(t, json.Unmarshal([]byte(calls[0].Function.Arguments), &args), calls[0].Function.Arguments)
	assert.Greater(t, pieces, 3, "the arguments arrived in one piece, not token by token")

	// The history with the call and its result is accepted.
	hist := `{"messages":[{"role":"user","content":"weather?"},
	{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_time","arguments":"{\"tz\":\"UTC\"}"}}]},
	{"role":"tool","tool_call_id":"call_1","content":"12:00"}],"max_tokens":40,"tools":` + weatherTools + `}`
	var resp ChatResponse
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/v1/chat/completions", hist), &resp))
	ch := resp.Choices[0]
	if *ch.FinishReason == "tool_calls" {
		assert.NotEmpty(t, ch.Message.ToolCalls)
	} else {
		assert.Nil(t, ch.Message.ToolCalls)
	}
}

func TestToolMessageRendering(t *testing.T) {
	g, e := decodeChat([]byte(`{"messages":[{"role":"user","content":"q0"},{"role":"assistant","content":"a \"0\""},{"role":"user","content":"q"},
	{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\"a\": 1}"}}]},
	{"role":"tool","tool_call_id":"c1","content":"42"}],
	"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"a":{"type":"integer"}}}}}]}`))
	require.Nil(t, e)
	require.Len(t, g.messages, 6)
	assert.Equal(t, "system", string(g.messages[0].Role))
	assert.Contains(t, g.messages[0].Content, `"name":"f"`)
	assert.Equal(t, `{"response":"a \"0\""}`, g.messages[2].Content)
	assert.Equal(t, `{"tool_calls":[{"name":"f","arguments":{"a":1}}]}`, g.messages[4].Content)
	assert.Equal(t, `{"tool_response":{"content":"42","name":"f","tool_call_id":"c1"}}`, g.messages[5].Content)
}

func TestTokenizeDetokenize(t *testing.T) {
	ts := start(t, Options{})
	var tok struct {
		Tokens []int32 `json:"tokens"`
	}
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/tokenize", `{"content":"hello world"}`), &tok))
	require.NotEmpty(t, tok.Tokens)
	assert.Equal(t, ts.m.Tokenize("hello world")[1:], tok.Tokens, "no BOS without add_special")
	var withBOS struct {
		Tokens []int32 `json:"tokens"`
	}
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/tokenize", `{"content":"hello world","add_special":true}`), &withBOS))
	assert.Equal(t, len(tok.Tokens)+1, len(withBOS.Tokens))
	var pieces struct {
		Tokens []TokenPiece `json:"tokens"`
	}
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/tokenize", `{"content":"hello world","with_pieces":true}`), &pieces))
	require.Len(t, pieces.Tokens, len(tok.Tokens))
	var joined string
	for _, p := range pieces.Tokens {
		joined += p.Piece.(string)
	}
	assert.Equal(t, "hello world", joined)
	var det DetokenizeResponse
	b, _ := json.Marshal(map[string]any{"tokens": tok.Tokens})
	require.Equal(t, http.StatusOK, decode(t, ts.post(t, "/detokenize", string(b)), &det))
	assert.Equal(t, "hello world", det.Content)
}

func TestAmbiguousGrammarIs400(t *testing.T) {
	ts := start(t, Options{})
	// Nested ambiguous repetitions: the parse stacks multiply with every byte.
	g := "root ::= r0\nr0 ::= r1{0,2}\nr1 ::= [^a]+ (r1{1,2} | \"b\" .) r2\nr2 ::= (\"x\" r0)+ | r0 [^a]\n"
	body, _ := json.Marshal(map[string]any{"prompt": "x", "max_tokens": 100, "seed": 1, "grammar": g})
	var e apiErr
	require.Equal(t, http.StatusBadRequest, decode(t, ts.post(t, "/v1/completions", string(body)), &e))
	require.NotNil(t, e.Error.Param)
	assert.Equal(t, "grammar", *e.Error.Param)
	assert.Contains(t, e.Error.Message, "too ambiguous")
}
