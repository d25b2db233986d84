package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

func TestDecodeCompletion(t *testing.T) {
	g, e := decodeCompletion([]byte(`{"model":"m","prompt":"hi","max_tokens":5,"temperature":0.5,"top_p":0.9,"n":1,
		"stream":true,"stream_options":{"include_usage":true},"logprobs":2,"stop":"\n","seed":-7,"presence_penalty":1,
		"frequency_penalty":-1,"top_k":5,"min_p":0.1,"repeat_penalty":1.1,"ignore_eos":true,"echo":false,"best_of":1,
		"user":"u","some_future_field":{"x":1}}`))
	require.Nil(t, e)
	assert.Equal(t, "m", g.model)
	assert.Equal(t, "hi", g.prompt)
	assert.Equal(t, 5, g.maxTokens)
	assert.Equal(t, 0.5, *g.temperature)
	assert.Equal(t, 0.9, *g.topP)
	assert.True(t, g.stream)
	assert.True(t, g.includeUsage)
	assert.True(t, g.logprobs)
	assert.Equal(t, 2, g.topLogprobs)
	assert.Equal(t, []string{"\n"}, g.stop)
	assert.Equal(t, int64(-7), *g.seed)
	assert.Equal(t, 5, *g.topK)
	assert.True(t, g.ignoreEOS)

	g, e = decodeCompletion([]byte(`{"prompt":[[1,2,3]],"stop":["a","","b"],"temperature":null}`))
	require.Nil(t, e)
	assert.True(t, g.hasIDs)
	assert.Equal(t, []int32{1, 2, 3}, g.promptIDs)
	assert.Equal(t, []string{"a", "b"}, g.stop, "empty stops are dropped")
	assert.Nil(t, g.temperature, "null is absent")
}

func TestDecodeChat(t *testing.T) {
	g, e := decodeChat([]byte(`{"messages":[{"role":"developer","content":"sys"},{"role":"user","content":[
		{"type":"text","text":"a"},{"type":"text","text":"b"}]},{"role":"assistant","content":null},
		{"role":"user","content":"q","name":"bob"}],"max_tokens":3,"max_completion_tokens":4,"logprobs":true,
		"top_logprobs":2,"response_format":{"type":"text"},"tool_choice":"none","tools":[]}`))
	require.Nil(t, e)
	assert.Equal(t, []bitnet.Message{
		{Role: bitnet.RoleSystem, Content: "sys"}, {Role: bitnet.RoleUser, Content: "a\nb"},
		{Role: bitnet.RoleAssistant, Content: ""}, {Role: bitnet.RoleUser, Content: "q"},
	}, g.messages)
	assert.Equal(t, 4, g.maxTokens, "max_completion_tokens wins")
	assert.Equal(t, "max_completion_tokens", g.maxParam)
	assert.Equal(t, 2, g.topLogprobs)
}

// malformed are requests that must get a 4xx: path, body, expected status,
// expected param (empty: any).
var malformed = []struct {
	name, path, body string
	status           int
	param            string
}{
	{"empty body", "/v1/completions", ``, 400, ""},
	{"not json", "/v1/completions", `hello`, 400, ""},
	{"truncated json", "/v1/completions", `{"prompt": "x",`, 400, ""},
	{"trailing data", "/v1/completions", `{"prompt": "x"} {}`, 400, ""},
	{"array body", "/v1/completions", `[1,2]`, 400, ""},
	{"null body", "/v1/completions", `null`, 400, ""},
	{"string body", "/v1/chat/completions", `"hi"`, 400, ""},
	{"missing prompt", "/v1/completions", `{"max_tokens": 3}`, 400, "prompt"},
	{"prompt number", "/v1/completions", `{"prompt": 5}`, 400, "prompt"},
	{"prompt object", "/v1/completions", `{"prompt": {"a":1}}`, 400, "prompt"},
	{"prompt empty array", "/v1/completions", `{"prompt": []}`, 400, "prompt"},
	{"two prompts", "/v1/completions", `{"prompt": ["a","b"]}`, 400, "prompt"},
	{"mixed prompt", "/v1/completions", `{"prompt": [1,"b"]}`, 400, "prompt"},
	{"negative token", "/v1/completions", `{"prompt": [1,-2]}`, 400, "prompt"},
	{"float token", "/v1/completions", `{"prompt": [1.5]}`, 400, "prompt"},
	{"huge token", "/v1/completions", `{"prompt": [99999999999]}`, 400, "prompt"},
	{"token past vocab", "/v1/completions", `{"prompt": [1, 5000000]}`, 400, "prompt"},
	{"max_tokens zero", "/v1/completions", `{"prompt": "x", "max_tokens": 0}`, 400, "max_tokens"},
	{"max_tokens negative", "/v1/completions", `{"prompt": "x", "max_tokens": -3}`, 400, "max_tokens"},
	{"max_tokens float", "/v1/completions", `{"prompt": "x", "max_tokens": 2.5}`, 400, "max_tokens"},
	{"max_tokens string", "/v1/completions", `{"prompt": "x", "max_tokens": "5"}`, 400, "max_tokens"},
	{"max_tokens past context", "/v1/completions", `{"prompt": "x", "max_tokens": 100000}`, 400, "max_tokens"},
	{"max_tokens overflow", "/v1/completions", `{"prompt": "x", "max_tokens": 1e400}`, 400, ""},
	{"temperature high", "/v1/completions", `{"prompt": "x", "temperature": 7}`, 400, "temperature"},
	{"temperature negative", "/v1/chat/completions", `{"messages":[{"role":"user","content":"x"}], "temperature": -1}`, 400, "temperature"},
	{"top_p high", "/v1/completions", `{"prompt": "x", "top_p": 1.5}`, 400, "top_p"},
	{"penalty high", "/v1/completions", `{"prompt": "x", "presence_penalty": 3}`, 400, "presence_penalty"},
	{"top_k negative", "/v1/completions", `{"prompt": "x", "top_k": -1}`, 400, "top_k"},
	{"min_p high", "/v1/completions", `{"prompt": "x", "min_p": 2}`, 400, "min_p"},
	{"n too many", "/v1/completions", `{"prompt": "x", "n": 17}`, 400, "n"},
	{"n zero", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "n": 0}`, 400, "n"},
	{"best_of", "/v1/completions", `{"prompt": "x", "best_of": 2}`, 400, "best_of"},
	{"echo", "/v1/completions", `{"prompt": "x", "echo": true}`, 400, "echo"},
	{"suffix", "/v1/completions", `{"prompt": "x", "suffix": "y"}`, 400, "suffix"},
	{"logprobs too many", "/v1/completions", `{"prompt": "x", "logprobs": 6}`, 400, "logprobs"},
	{"logprobs bool in completions", "/v1/completions", `{"prompt": "x", "logprobs": true}`, 400, "logprobs"},
	{"logit_bias key", "/v1/completions", `{"prompt": "x", "logit_bias": {"five": 10}}`, 400, "logit_bias"},
	{"logit_bias value", "/v1/completions", `{"prompt": "x", "logit_bias": {"5": 101}}`, 400, "logit_bias"},
	{"logit_bias past vocab", "/v1/completions", `{"prompt": "x", "logit_bias": {"5000000": 1}}`, 400, "logit_bias"},
	{"bad grammar", "/v1/completions", `{"prompt": "x", "grammar": "root ::= (\"a\""}`, 400, "grammar"},
	{"grammar without root", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "grammar": "a ::= \"a\""}`, 400, "grammar"},
	{"stream string", "/v1/completions", `{"prompt": "x", "stream": "yes"}`, 400, "stream"},
	{"stream_options without stream", "/v1/completions", `{"prompt": "x", "stream_options": {"include_usage": true}}`, 400, "stream_options"},
	{"stop number", "/v1/completions", `{"prompt": "x", "stop": 5}`, 400, "stop"},
	{"stop too many", "/v1/completions", `{"prompt": "x", "stop": ["a","b","c","d","e","f","g","h","i","j","k","l","m","n","o","p","q"]}`, 400, "stop"},
	{"stop array of numbers", "/v1/completions", `{"prompt": "x", "stop": [1]}`, 400, "stop"},
	{"seed string", "/v1/completions", `{"prompt": "x", "seed": "1"}`, 400, "seed"},
	{"wrong model", "/v1/completions", `{"model": "gpt-4", "prompt": "x"}`, 404, ""},
	{"no messages", "/v1/chat/completions", `{"model": "tiny"}`, 400, "messages"},
	{"empty messages", "/v1/chat/completions", `{"messages": []}`, 400, "messages"},
	{"messages object", "/v1/chat/completions", `{"messages": {"role":"user"}}`, 400, "messages"},
	{"unknown role", "/v1/chat/completions", `{"messages": [{"role":"wizard","content":"x"}]}`, 400, "messages[0].role"},
	{"tool role without id", "/v1/chat/completions", `{"messages": [{"role":"tool","content":"x"}]}`, 400, "messages[0].tool_call_id"},
	{"tool call without name", "/v1/chat/completions", `{"messages": [{"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"arguments":"{}"}}]}]}`, 400, "messages[0].tool_calls[0].function.name"},
	{"tool call bad arguments", "/v1/chat/completions", `{"messages": [{"role":"assistant","tool_calls":[{"id":"a","type":"function","function":{"name":"f","arguments":"{"}}]}]}`, 400, "messages[0].tool_calls"},
	{"missing role", "/v1/chat/completions", `{"messages": [{"content":"x"}]}`, 400, "messages[0].role"},
	{"null user content", "/v1/chat/completions", `{"messages": [{"role":"user","content":null}]}`, 400, "messages[0].content"},
	{"number content", "/v1/chat/completions", `{"messages": [{"role":"user","content":5}]}`, 400, "messages[0].content"},
	{"image part", "/v1/chat/completions", `{"messages": [{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]}`, 400, "messages[0].content[0].type"},
	{"part without text", "/v1/chat/completions", `{"messages": [{"role":"user","content":[{"type":"text"}]}]}`, 400, "messages[0].content[0].text"},
	{"parts not objects", "/v1/chat/completions", `{"messages": [{"role":"user","content":["a"]}]}`, 400, "messages[0].content"},
	{"top_logprobs without logprobs", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "top_logprobs": 2}`, 400, "top_logprobs"},
	{"top_logprobs too many", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "logprobs": true, "top_logprobs": 50}`, 400, "top_logprobs"},
	{"logprobs int in chat", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "logprobs": 2}`, 400, "logprobs"},
	{"tool without function", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "tools": [{"type":"function"}]}`, 400, "tools[0].function"},
	{"tool bad name", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "tools": [{"type":"function","function":{"name":"a b"}}]}`, 400, "tools[0].function.name"},
	{"tool bad parameters", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "tools": [{"type":"function","function":{"name":"f","parameters":{"type":"integer","multipleOf":2}}}]}`, 400, "tools[0].function.parameters"},
	{"tool type", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "tools": [{"type":"retrieval"}]}`, 400, "tools[0].type"},
	{"tool_choice required without tools", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "tool_choice": "required"}`, 400, "tool_choice"},
	{"tool_choice unknown function", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "tools": [{"type":"function","function":{"name":"f"}}], "tool_choice": {"type":"function","function":{"name":"g"}}}`, 400, "tool_choice"},
	{"tool_choice bad value", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "tool_choice": "sometimes"}`, 400, "tool_choice"},
	{"functions", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "functions": [{"name":"f"}]}`, 400, "functions"},
	{"response_format type", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "response_format": {"type":"xml"}}`, 400, "response_format.type"},
	{"json_schema without schema", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "response_format": {"type":"json_schema","json_schema":{"name":"a"}}}`, 400, "response_format.json_schema.schema"},
	{"json_schema unsupported", "/v1/completions", `{"prompt": "x", "response_format": {"type":"json_schema","json_schema":{"name":"a","schema":{"type":"number","multipleOf":3}}}}`, 400, "response_format.json_schema.schema"},
	{"grammar with json", "/v1/completions", `{"prompt": "x", "grammar": "root ::= \"a\"", "response_format": {"type":"json_object"}}`, 400, "grammar"},
	{"max_completion_tokens zero", "/v1/chat/completions", `{"messages": [{"role":"user","content":"x"}], "max_completion_tokens": 0}`, 400, "max_completion_tokens"},
	{"deep nesting", "/v1/completions", `{"prompt": ` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, 400, ""},
	{"unknown endpoint", "/v1/images/generations", `{"prompt": "x"}`, 404, ""},
	{"embeddings", "/v1/embeddings", `{"input": "x"}`, 400, "model"},
	{"embeddings without input", "/v1/embeddings", `{"model": "x"}`, 400, "input"},
	{"detokenize past vocab", "/detokenize", `{"tokens": [1, 99999999]}`, 400, "tokens"},
	{"root", "/", ``, 404, ""},
}

// TestMalformedRequests sends every malformed request to a live server: each
// gets its 4xx in the OpenAI error shape, and the server is still healthy.
func TestMalformedRequests(t *testing.T) {
	ts := start(t, Options{})
	for _, c := range malformed {
		t.Run(c.name, func(t *testing.T) {
			var e apiErr
			got := decode(t, ts.post(t, c.path, c.body), &e)
			require.Equal(t, c.status, got)
			assert.NotEmpty(t, e.Error.Message)
			assert.NotEmpty(t, e.Error.Type)
			if c.param != "" {
				require.NotNil(t, e.Error.Param, "message: %s", e.Error.Message)
				assert.Equal(t, c.param, *e.Error.Param, "message: %s", e.Error.Message)
			}
		})
	}
	t.Run("wrong method", func(t *testing.T) {
		var e apiErr
		resp := ts.get(t, "/v1/chat/completions")
		assert.Equal(t, "POST", resp.Header.Get("Allow"))
		require.Equal(t, 405, decode(t, resp, &e))
		req, _ := http.NewRequest(http.MethodDelete, ts.url+"/v1/models", nil)
		resp, err := ts.client.Do(req)
		require.NoError(t, err)
		require.Equal(t, 405, decode(t, resp, &e))
		require.Equal(t, 405, decode(t, ts.post(t, "/metrics", "{}"), &e))
	})
	t.Run("body too large", func(t *testing.T) {
		var e apiErr
		big := `{"prompt": "` + strings.Repeat("a", 2<<20) + `"}`
		require.Equal(t, 413, decode(t, ts.post(t, "/v1/completions", big), &e))
		assert.Equal(t, "request_too_large", *e.Error.Code)
	})
	t.Run("body too large, chunked", func(t *testing.T) {
		// No Content-Length: the limit is enforced while reading.
		req, _ := http.NewRequest(http.MethodPost, ts.url+"/v1/completions",
			io.MultiReader(strings.NewReader(`{"prompt": "`+strings.Repeat("a", 2<<20)+`"}`)))
		resp, err := ts.client.Do(req)
		require.NoError(t, err)
		require.Equal(t, 413, decode(t, resp, nil))
	})
	t.Run("prompt past context", func(t *testing.T) {
		var e apiErr
		long := strings.Repeat("word ", 2000)
		require.Equal(t, 400, decode(t, ts.post(t, "/v1/completions", map[string]any{"prompt": long}), &e))
		assert.Equal(t, "context_length_exceeded", *e.Error.Code)
		require.Equal(t, 400, decode(t, ts.post(t, "/v1/chat/completions",
			map[string]any{"messages": []map[string]string{{"role": "user", "content": long}}}), &e))
		assert.Equal(t, "context_length_exceeded", *e.Error.Code)
	})
	require.Equal(t, 200, decode(t, ts.get(t, "/health"), nil))
}

// fuzzServer is one server (tiny model, tiny limits so that valid inputs
// generate little) shared by a fuzz target's iterations.
var fuzzServer = sync.OnceValues(func() (*Server, error) {
	m, err := bitnet.Load(context.Background(), tinyFile, bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	if err != nil {
		return nil, err
	}
	s, err := New(Options{ModelID: "tiny", DefaultMaxTokens: 2, MaxTokens: 3, MaxBodyBytes: 64 << 10})
	if err != nil {
		return nil, err
	}
	return s, s.SetModel(m)
})

func fuzzHandler(f *testing.F, path string, seeds []string) {
	tinyPath(f)
	s, err := fuzzServer()
	require.NoError(f, err)
	for _, sd := range seeds {
		f.Add([]byte(sd))
	}
	for _, c := range malformed {
		if c.path == path && len(c.body) < 1000 {
			f.Add([]byte(c.body))
		}
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body)))
		require.Less(t, rec.Code, 500, "body %q: %d %s", body, rec.Code, rec.Body.String())
		if rec.Code >= 400 {
			var e apiErr
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &e))
			require.NotEmpty(t, e.Error.Message)
		}
		require.True(t, utf8.Valid(rec.Body.Bytes()))
	})
}

// FuzzChatHandler drives decoding, validation, chat-template rendering,
// tokenization and a short generation with arbitrary bodies.
func FuzzChatHandler(f *testing.F) {
	fuzzHandler(f, "/v1/chat/completions", []string{
		`{"messages":[{"role":"user","content":"hi"}]}`,
		`{"messages":[{"role":"system","content":"<|eot_id|>"},{"role":"user","content":[{"type":"text","text":"\u0000\ud800"}]}],"stream":true,"logprobs":true,"top_logprobs":3}`,
		`{"messages":[{"role":"assistant","content":null},{"role":"user","content":"x"}],"stop":["a"],"seed":1,"temperature":2}`,
	})
}

// FuzzCompletionHandler does the same for /v1/completions, including prompts
// of arbitrary token ids (decoded back to text in logprobs).
func FuzzCompletionHandler(f *testing.F) {
	fuzzHandler(f, "/v1/completions", []string{
		`{"prompt":"hi","max_tokens":2}`,
		`{"prompt":[0,1,1023,255],"logprobs":5,"stream":true,"stream_options":{"include_usage":true}}`,
		`{"prompt":[[5,6,7]],"stop":"\n","top_p":0}`,
	})
}

func FuzzDecodeRequests(f *testing.F) {
	for _, c := range malformed {
		f.Add([]byte(c.body))
	}
	f.Add([]byte(`{"prompt":"x","messages":[{"role":"user","content":"x"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, dec := range []func([]byte) (*genRequest, *APIError){decodeChat, decodeCompletion} {
			g, e := dec(body)
			if e != nil {
				require.Nil(t, g)
				require.Equal(t, 400, e.Status)
				require.NotEmpty(t, e.Message)
				continue
			}
			require.NotNil(t, g)
			require.LessOrEqual(t, len(g.stop), maxStops)
			require.GreaterOrEqual(t, g.maxTokens, 0)
			if g.chat {
				require.NotEmpty(t, g.messages)
			}
		}
	})
}

// FuzzTokenText decodes arbitrary id sequences with the model's tokenizer
// the ways the server does: whole, streamed, and per token for logprobs.
func FuzzTokenText(f *testing.F) {
	m := loadTiny(f)
	f.Cleanup(func() { m.Close() })
	tok := m.Tokenizer()
	f.Add([]byte{0, 1, 2, 3})
	f.Add([]byte{0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0x80})
	f.Fuzz(func(t *testing.T, raw []byte) {
		ids := make([]int32, len(raw)/2)
		for i := range ids {
			ids[i] = int32(int16(uint16(raw[2*i]) | uint16(raw[2*i+1])<<8)) // negatives and past-vocab ids too
		}
		whole := tok.Decode(ids)
		require.True(t, utf8.ValidString(whole))
		d := tok.NewStreamDecoder()
		var sb strings.Builder
		for _, id := range ids {
			sb.WriteString(d.Next(id))
			text, b := tokenBytes(tok, id)
			require.True(t, utf8.ValidString(text))
			if id < 0 || int(id) >= tok.VocabSize() {
				require.Empty(t, b)
			}
		}
		sb.WriteString(d.Flush())
		require.True(t, utf8.ValidString(sb.String()))
	})
}
