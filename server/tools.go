package server

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/grammar"
)

// Tool calling. BitNet b1.58 2B-4T's chat template has no tool-call format,
// so the server uses a generic JSON one, as llama.cpp's generic handler does:
// the tools are described in the system prompt, and the assistant answers
// with exactly one JSON object, either
//
//	{"tool_calls": [{"name": "<function>", "arguments": {...}}, ...]}
//
// or, when tool_choice is "auto",
//
//	{"response": "<text for the user>"}
//
// Decoding is constrained to that shape by a grammar compiled from the
// tools' parameter schemas, so the reply always parses and every call names a
// declared function with arguments valid against its schema. Past calls in
// the history are rendered in the same JSON, and role "tool" results as a
// user turn holding {"tool_response": {"tool_call_id", "name", "content"}}.
// docs/SERVER.md documents the format.

// toolSet is the decoded tools, tool_choice and parallel_tool_calls.
type toolSet struct {
	defs     []FunctionDef
	choice   string // "auto", "required" or "function"
	named    string // the function tool_choice names
	parallel bool
	grammar  *grammar.Grammar
	prompt   string
}

var functionName = regexp.MustCompile(`^[a-zA-Z0-9_-]{1,64}$`)

// decodeTools validates tools, tool_choice and parallel_tool_calls.
func decodeTools(g *genRequest, req *ChatRequest) *APIError {
	if !isEmptyJSON(req.Functions) {
		return badParam("functions", "unsupported_parameter", "functions (deprecated) is not supported: use tools")
	}
	var tools []Tool
	if !isEmptyJSON(req.Tools) {
		if err := json.Unmarshal(req.Tools, &tools); err != nil {
			return badParam("tools", "invalid_type", "tools must be an array of {type: \"function\", function: {...}}")
		}
	}
	choice, named := "auto", ""
	if len(tools) == 0 {
		choice = "none"
	}
	if !isJSONNull(req.ToolChoice) {
		var s string
		if err := json.Unmarshal(req.ToolChoice, &s); err == nil {
			switch s {
			case "none", "auto", "required":
				choice = s
			default:
				return badParam("tool_choice", "invalid_value", "tool_choice %q is not one of none, auto, required", s)
			}
		} else {
			var obj struct {
				Type     string `json:"type"`
				Function struct {
					Name string `json:"name"`
				} `json:"function"`
			}
			if err := json.Unmarshal(req.ToolChoice, &obj); err != nil || obj.Type != "function" || obj.Function.Name == "" {
				return badParam("tool_choice", "invalid_value",
					`tool_choice must be "none", "auto", "required" or {"type": "function", "function": {"name": ...}}`)
			}
			choice, named = "function", obj.Function.Name
		}
	}
	if len(tools) == 0 {
		if choice == "required" || choice == "function" {
			return badParam("tool_choice", "invalid_value", "tool_choice %q needs tools", choice)
		}
		return nil
	}
	if len(tools) > 128 {
		return badParam("tools", "invalid_value", "at most 128 tools, got %d", len(tools))
	}
	ts := &toolSet{choice: choice, named: named, parallel: req.ParallelToolCalls == nil || *req.ParallelToolCalls}
	seen := map[string]bool{}
	for i, t := range tools {
		param := fmt.Sprintf("tools[%d]", i)
		if t.Type != "function" {
			return badParam(param+".type", "invalid_value", "tool type %q is not supported (only \"function\")", t.Type)
		}
		if t.Function == nil {
			return badParam(param+".function", "missing_required_parameter", "%s.function is required", param)
		}
		f := *t.Function
		if !functionName.MatchString(f.Name) {
			return badParam(param+".function.name", "invalid_value", "function names are 1-64 characters of a-z, A-Z, 0-9, _ and -; got %q", f.Name)
		}
		if seen[f.Name] {
			return badParam(param+".function.name", "invalid_value", "function %q is declared twice", f.Name)
		}
		seen[f.Name] = true
		if isJSONNull(f.Parameters) {
			f.Parameters = json.RawMessage(`{"type":"object","properties":{}}`)
		}
		if _, err := grammar.JSONSchemaToGBNF(f.Parameters); err != nil {
			return badParam(param+".function.parameters", "invalid_value", "%s", schemaError(err))
		}
		ts.defs = append(ts.defs, f)
	}
	if choice == "function" && !seen[named] {
		return badParam("tool_choice", "invalid_value", "tool_choice names function %q, which is not in tools", named)
	}
	if choice == "none" {
		return nil // the tools are neither described nor callable
	}
	if g.x.grammar != nil {
		return badParam("response_format", "unsupported_value", "response_format or grammar cannot be combined with tools")
	}
	schema, err := ts.schema()
	if err != nil {
		return badParam("tools", "invalid_value", "%v", err)
	}
	gr, err := grammar.FromJSONSchema(schema)
	if err != nil {
		return badParam("tools", "invalid_value", "%s", schemaError(err))
	}
	ts.grammar = gr
	ts.prompt = ts.systemPrompt()
	g.x.tools, g.x.format = ts, "tools"
	return nil
}

// schema is the JSON Schema of a valid reply.
func (ts *toolSet) schema() ([]byte, error) {
	var calls []json.RawMessage
	defs := map[string]json.RawMessage{}
	for i, f := range ts.defs {
		if ts.choice == "function" && f.Name != ts.named {
			continue
		}
		params := f.Parameters
		if bytes.Contains(params, []byte(`"$ref"`)) {
			// The parameters become a subschema: re-root their local refs.
			key := fmt.Sprintf("tool%d", i)
			p, err := rerootRefs(params, "#/$defs/"+key)
			if err != nil {
				return nil, err
			}
			defs[key] = p
			params = json.RawMessage(`{"$ref":"#/$defs/` + key + `"}`)
		}
		name, _ := json.Marshal(f.Name)
		calls = append(calls, json.RawMessage(fmt.Sprintf(
			`{"type":"object","properties":{"name":{"const":%s},"arguments":%s},"required":["name","arguments"],"additionalProperties":false}`,
			name, params)))
	}
	call, _ := json.Marshal(map[string]any{"anyOf": calls})
	maxItems := ""
	if !ts.parallel || ts.choice == "function" {
		maxItems = `,"maxItems":1`
	}
	toolCalls := fmt.Sprintf(`{"type":"object","properties":{"tool_calls":{"type":"array","items":%s,"minItems":1%s}},"required":["tool_calls"],"additionalProperties":false}`,
		call, maxItems)
	root := toolCalls
	if ts.choice == "auto" {
		root = fmt.Sprintf(`{"anyOf":[%s,{"type":"object","properties":{"response":{"type":"string"}},"required":["response"],"additionalProperties":false}]}`, toolCalls)
	}
	if len(defs) > 0 {
		d, _ := json.Marshal(defs)
		root = fmt.Sprintf(`{"$defs":%s,"allOf":[%s]}`, d, root)
	}
	return []byte(root), nil
}

// rerootRefs rewrites the local $refs of a schema ("#..." ) to start at base.
func rerootRefs(raw json.RawMessage, base string) (json.RawMessage, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	var walk func(x any)
	walk = func(x any) {
		switch t := x.(type) {
		case map[string]any:
			for k, c := range t {
				if s, ok := c.(string); ok && k == "$ref" && strings.HasPrefix(s, "#") {
					t[k] = base + s[1:]
					continue
				}
				walk(c)
			}
		case []any:
			for _, c := range t {
				walk(c)
			}
		}
	}
	walk(v)
	return json.Marshal(v)
}

func (ts *toolSet) systemPrompt() string {
	type desc struct {
		Name        string          `json:"name"`
		Description string          `json:"description,omitempty"`
		Parameters  json.RawMessage `json:"parameters"`
	}
	list := make([]desc, len(ts.defs))
	for i, f := range ts.defs {
		list[i] = desc{f.Name, f.Description, f.Parameters}
	}
	b, _ := json.Marshal(list)
	// Short on purpose: it is part of every prompt.
	var sb strings.Builder
	sb.WriteString("Tools (parameters are JSON Schemas): ")
	sb.Write(b)
	sb.WriteString("\nReply with JSON only. ")
	call := `{"tool_calls":[{"name":"<tool>","arguments":{...}}]}`
	switch ts.choice {
	case "auto":
		sb.WriteString("To call tools: " + call + `. To answer directly: {"response":"<answer>"}.`)
	case "required":
		sb.WriteString("Call tools: " + call + ".")
	case "function":
		fmt.Fprintf(&sb, `Call %s: {"tool_calls":[{"name":%q,"arguments":{...}}]}.`, ts.named, ts.named)
	}
	if !ts.parallel {
		sb.WriteString(" One call at most.")
	}
	return sb.String()
}

// withTools adds the tool description to the conversation's system message
// and renders past assistant answers (those without tool calls) as the
// {"response": ...} replies the model is asked to write, so the history
// shows it the format it must follow. raw are the request's messages, one per
// entry of msgs.
func (ts *toolSet) withTools(msgs []bitnet.Message, raw []ChatMessage) []bitnet.Message {
	out := make([]bitnet.Message, 0, len(msgs)+1)
	if len(msgs) == 0 || msgs[0].Role != bitnet.RoleSystem {
		out = append(out, bitnet.Message{Role: bitnet.RoleSystem, Content: ts.prompt})
	}
	for i, m := range msgs {
		switch {
		case i == 0 && m.Role == bitnet.RoleSystem:
			m.Content += "\n\n" + ts.prompt
		case m.Role == bitnet.RoleAssistant && i < len(raw) && len(raw[i].ToolCalls) == 0:
			b, _ := json.Marshal(map[string]string{"response": m.Content})
			m.Content = string(b)
		}
		out = append(out, m)
	}
	return out
}

// renderToolCalls is an assistant message's tool calls in the reply format.
func renderToolCalls(calls []ToolCall) (string, error) {
	type call struct {
		Name      string          `json:"name"`
		Arguments json.RawMessage `json:"arguments"`
	}
	list := make([]call, len(calls))
	for i, c := range calls {
		args := json.RawMessage(c.Function.Arguments)
		if strings.TrimSpace(c.Function.Arguments) == "" {
			args = json.RawMessage("{}")
		}
		if !json.Valid(args) {
			return "", fmt.Errorf("tool_calls[%d].function.arguments is not JSON", i)
		}
		list[i] = call{c.Function.Name, args}
	}
	b, err := json.Marshal(map[string]any{"tool_calls": list})
	return string(b), err
}

// renderToolResult is a role "tool" message as the user turn the model sees.
func renderToolResult(id, name, content string) string {
	b, _ := json.Marshal(map[string]any{"tool_response": map[string]string{"tool_call_id": id, "name": name, "content": content}})
	return string(b)
}

// parseReply splits a constrained reply into content or tool calls. A reply
// that does not parse (cut by max_tokens) is returned as content.
func parseReply(text string) (content *string, calls []ToolCall) {
	var r struct {
		ToolCalls []struct {
			Name      string          `json:"name"`
			Arguments json.RawMessage `json:"arguments"`
		} `json:"tool_calls"`
		Response *string `json:"response"`
	}
	if err := json.Unmarshal([]byte(text), &r); err != nil || (r.ToolCalls == nil && r.Response == nil) {
		return &text, nil
	}
	if r.Response != nil {
		return r.Response, nil
	}
	for i, c := range r.ToolCalls {
		var args bytes.Buffer
		if err := json.Compact(&args, c.Arguments); err != nil {
			return &text, nil
		}
		idx := i
		calls = append(calls, ToolCall{Index: &idx, ID: newCallID(), Type: "function",
			Function: FunctionCall{Name: c.Name, Arguments: args.String()}})
	}
	return nil, calls
}

func newCallID() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var b [24]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "call_" + string(b[:])
}

// decodeToolMessage decodes the messages tool calling adds: role "tool", and
// assistant messages with tool_calls. It returns nil, nil for any other
// message. callNames collects the ids of past calls so that a tool result
// can name its function.
func decodeToolMessage(i int, m ChatMessage, callNames map[string]string) (*bitnet.Message, *APIError) {
	param := fmt.Sprintf("messages[%d]", i)
	switch {
	case m.Role == "tool":
		if m.ToolCallID == "" {
			return nil, badParam(param+".tool_call_id", "missing_required_parameter", "%s.tool_call_id is required for role tool", param)
		}
		content, e := decodeMessage(i, ChatMessage{Role: "user", Content: m.Content})
		if e != nil {
			return nil, e
		}
		name := callNames[m.ToolCallID]
		if name == "" {
			name = m.Name
		}
		return &bitnet.Message{Role: bitnet.RoleUser, Content: renderToolResult(m.ToolCallID, name, content.Content)}, nil
	case m.Role == "assistant" && len(m.ToolCalls) > 0:
		for j, c := range m.ToolCalls {
			if c.Function.Name == "" {
				return nil, badParam(fmt.Sprintf("%s.tool_calls[%d].function.name", param, j), "missing_required_parameter", "a tool call needs a function name")
			}
			if c.ID != "" {
				callNames[c.ID] = c.Function.Name
			}
		}
		text, err := renderToolCalls(m.ToolCalls)
		if err != nil {
			return nil, badParam(param+".tool_calls", "invalid_value", "%s.%v", param, err)
		}
		return &bitnet.Message{Role: bitnet.RoleAssistant, Content: text}, nil
	}
	return nil, nil
}
