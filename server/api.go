package server

import "encoding/json"

// Wire types of the OpenAI API subset the server speaks. Request fields are
// pointers so that "absent" and JSON null differ from zero values.

// CompletionRequest is the body of POST /v1/completions.
type CompletionRequest struct {
	Model            string             `json:"model"`
	Prompt           json.RawMessage    `json:"prompt"` // string, [string], [int] or [[int]]
	MaxTokens        *int               `json:"max_tokens"`
	Temperature      *float64           `json:"temperature"`
	TopP             *float64           `json:"top_p"`
	N                *int               `json:"n"`
	Stream           *bool              `json:"stream"`
	StreamOptions    *StreamOptions     `json:"stream_options"`
	Logprobs         *int               `json:"logprobs"`
	Echo             *bool              `json:"echo"`
	Stop             json.RawMessage    `json:"stop"` // string or [string]
	PresencePenalty  *float64           `json:"presence_penalty"`
	FrequencyPenalty *float64           `json:"frequency_penalty"`
	BestOf           *int               `json:"best_of"`
	LogitBias        map[string]float64 `json:"logit_bias"`
	Seed             *int64             `json:"seed"`
	Suffix           *string            `json:"suffix"`
	User             string             `json:"user"`
	ResponseFormat   *ResponseFormat    `json:"response_format"`
	Extensions
}

// ChatRequest is the body of POST /v1/chat/completions.
type ChatRequest struct {
	Model               string             `json:"model"`
	Messages            []ChatMessage      `json:"messages"`
	MaxTokens           *int               `json:"max_tokens"`
	MaxCompletionTokens *int               `json:"max_completion_tokens"`
	Temperature         *float64           `json:"temperature"`
	TopP                *float64           `json:"top_p"`
	N                   *int               `json:"n"`
	Stream              *bool              `json:"stream"`
	StreamOptions       *StreamOptions     `json:"stream_options"`
	Logprobs            *bool              `json:"logprobs"`
	TopLogprobs         *int               `json:"top_logprobs"`
	Stop                json.RawMessage    `json:"stop"`
	PresencePenalty     *float64           `json:"presence_penalty"`
	FrequencyPenalty    *float64           `json:"frequency_penalty"`
	LogitBias           map[string]float64 `json:"logit_bias"`
	Seed                *int64             `json:"seed"`
	ResponseFormat      *ResponseFormat    `json:"response_format"`
	Tools               json.RawMessage    `json:"tools"`
	ToolChoice          json.RawMessage    `json:"tool_choice"`
	Functions           json.RawMessage    `json:"functions"`
	ParallelToolCalls   *bool              `json:"parallel_tool_calls"`
	User                string             `json:"user"`
	Extensions
}

// Extensions are llama.cpp-style sampling parameters OpenAI lacks.
type Extensions struct {
	TopK          *int     `json:"top_k"`
	MinP          *float64 `json:"min_p"`
	RepeatPenalty *float64 `json:"repeat_penalty"`
	IgnoreEOS     *bool    `json:"ignore_eos"`
	// Grammar is a GBNF grammar the output must follow (llama.cpp's field).
	Grammar *string `json:"grammar"`
}

// StreamOptions are the options of a streamed response.
type StreamOptions struct {
	IncludeUsage bool `json:"include_usage"`
}

// ResponseFormat is the requested output format: "text", "json_object" or
// "json_schema" with JSONSchema set.
type ResponseFormat struct {
	Type       string          `json:"type"`
	JSONSchema *JSONSchemaSpec `json:"json_schema"`
}

// JSONSchemaSpec is the json_schema member of a json_schema response format.
type JSONSchemaSpec struct {
	Name   string          `json:"name"`
	Schema json.RawMessage `json:"schema"`
	Strict *bool           `json:"strict"`
}

// ChatMessage is one message of a chat request.
type ChatMessage struct {
	Role       string          `json:"role"`
	Content    json.RawMessage `json:"content"` // string, null or [{"type":"text","text":...}]
	Name       string          `json:"name"`
	ToolCalls  []ToolCall      `json:"tool_calls"`   // assistant messages
	ToolCallID string          `json:"tool_call_id"` // tool messages
}

// Tool is one entry of a request's tools.
type Tool struct {
	Type     string       `json:"type"`
	Function *FunctionDef `json:"function"`
}

// FunctionDef describes a function the model may call.
type FunctionDef struct {
	Name        string          `json:"name"`
	Description string          `json:"description,omitempty"`
	Parameters  json.RawMessage `json:"parameters,omitempty"`
	Strict      *bool           `json:"strict,omitempty"`
}

// ToolCall is a function call the model made (in a response, or in an
// assistant message of the history). In a streamed delta Index says which
// call a fragment belongs to.
type ToolCall struct {
	Index    *int         `json:"index,omitempty"`
	ID       string       `json:"id,omitempty"`
	Type     string       `json:"type,omitempty"`
	Function FunctionCall `json:"function"`
}

// FunctionCall is the function and JSON-encoded arguments of a ToolCall.
type FunctionCall struct {
	Name      string `json:"name,omitempty"`
	Arguments string `json:"arguments"`
}

// ContentPart is one element of an array message content.
type ContentPart struct {
	Type string  `json:"type"`
	Text *string `json:"text"`
}

// Usage counts tokens.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
	// PromptTokensDetails.CachedTokens counts prompt tokens served from the
	// prefix cache, as OpenAI reports it.
	PromptTokensDetails *PromptTokensDetails `json:"prompt_tokens_details,omitempty"`
}

// CompletionResponse is a text_completion object (also each streamed chunk).
type CompletionResponse struct {
	ID                string             `json:"id"`
	Object            string             `json:"object"`
	Created           int64              `json:"created"`
	Model             string             `json:"model"`
	SystemFingerprint string             `json:"system_fingerprint"`
	Choices           []CompletionChoice `json:"choices"`
	Usage             *Usage             `json:"usage"`
}

// CompletionChoice is one choice of a text completion.
type CompletionChoice struct {
	Text         string              `json:"text"`
	Index        int                 `json:"index"`
	Logprobs     *CompletionLogprobs `json:"logprobs"`
	FinishReason *string             `json:"finish_reason"`
}

// CompletionLogprobs are the legacy completions logprobs.
type CompletionLogprobs struct {
	Tokens        []string             `json:"tokens"`
	TokenLogprobs []float32            `json:"token_logprobs"`
	TopLogprobs   []map[string]float32 `json:"top_logprobs"`
	TextOffset    []int                `json:"text_offset"`
}

// ChatResponse is a chat.completion object.
type ChatResponse struct {
	ID                string       `json:"id"`
	Object            string       `json:"object"`
	Created           int64        `json:"created"`
	Model             string       `json:"model"`
	SystemFingerprint string       `json:"system_fingerprint"`
	Choices           []ChatChoice `json:"choices"`
	Usage             *Usage       `json:"usage"`
}

// ChatChoice is one choice of a chat completion.
type ChatChoice struct {
	Index        int           `json:"index"`
	Message      *ChatOut      `json:"message,omitempty"`
	Delta        *ChatOut      `json:"delta,omitempty"`
	Logprobs     *ChatLogprobs `json:"logprobs"`
	FinishReason *string       `json:"finish_reason"`
}

// ChatOut is an assistant message or a streamed delta of one.
type ChatOut struct {
	Role      string     `json:"role,omitempty"`
	Content   *string    `json:"content,omitempty"`
	ToolCalls []ToolCall `json:"tool_calls,omitempty"`
	// NullContent sends "content": null when Content is nil, as OpenAI does
	// for an assistant message that only calls tools.
	NullContent bool `json:"-"`
}

// MarshalJSON implements json.Marshaler, for NullContent.
func (c ChatOut) MarshalJSON() ([]byte, error) {
	type plain ChatOut
	if !c.NullContent || c.Content != nil {
		return json.Marshal(plain(c))
	}
	return json.Marshal(struct {
		Role      string     `json:"role,omitempty"`
		Content   *string    `json:"content"`
		ToolCalls []ToolCall `json:"tool_calls,omitempty"`
	}{c.Role, nil, c.ToolCalls})
}

// ChatLogprobs are the chat logprobs of a choice.
type ChatLogprobs struct {
	Content []TokenLogprob `json:"content"`
}

// TokenLogprob is one token's log probability and its most likely alternatives.
type TokenLogprob struct {
	Token       string       `json:"token"`
	Logprob     float32      `json:"logprob"`
	Bytes       []int        `json:"bytes"`
	TopLogprobs []TopLogprob `json:"top_logprobs"`
}

// TopLogprob is one alternative token.
type TopLogprob struct {
	Token   string  `json:"token"`
	Logprob float32 `json:"logprob"`
	Bytes   []int   `json:"bytes"`
}

// ModelList is the response of GET /v1/models.
type ModelList struct {
	Object string        `json:"object"`
	Data   []ModelObject `json:"data"`
}

// ModelObject describes a served model.
type ModelObject struct {
	ID      string `json:"id"`
	Object  string `json:"object"`
	Created int64  `json:"created"`
	OwnedBy string `json:"owned_by"`
}

// Health is the body of GET /health.
type Health struct {
	Status        string  `json:"status"` // "ok", "loading" or "draining"
	Model         string  `json:"model,omitempty"`
	Backend       string  `json:"backend,omitempty"`
	UptimeSeconds float64 `json:"uptime_seconds"`
	Slots         int     `json:"slots"`
	Active        int64   `json:"active"`
	Queued        int64   `json:"queued"`
	Version       string  `json:"version"`
}

// TokenizeRequest is the body of POST /tokenize (llama.cpp's server).
type TokenizeRequest struct {
	Content      string `json:"content"`
	AddSpecial   bool   `json:"add_special"`
	ParseSpecial *bool  `json:"parse_special"` // default true
	WithPieces   bool   `json:"with_pieces"`
}

// TokenPiece is a token id with its text (a string if valid UTF-8, else the
// bytes as an array of numbers), returned with with_pieces.
type TokenPiece struct {
	ID    int32 `json:"id"`
	Piece any   `json:"piece"`
}

// TokenizeResponse is the response of /tokenize: ids, or TokenPieces.
type TokenizeResponse struct {
	Tokens any `json:"tokens"`
}

// DetokenizeRequest is the body of POST /detokenize.
type DetokenizeRequest struct {
	Tokens []int64 `json:"tokens"`
}

// DetokenizeResponse is the response of /detokenize.
type DetokenizeResponse struct {
	Content string `json:"content"`
}
