package server

import (
	"encoding/json"
	"strings"
)

// toolStreamer turns a tool reply into OpenAI's streamed tool-call deltas
// while it is generated: when a call's name is complete, a delta with the
// call's index, id, type and name (and empty arguments); then the
// arguments' JSON text in pieces as the tokens arrive, each a delta with
// only the index and function.arguments. Concatenated, a call's argument
// pieces are its arguments in compact JSON, as the non-streamed message has
// them.
//
// The reply follows the tool grammar ({"tool_calls": [{"name": ...,
// "arguments": ...}, ...]}, name before arguments, the schema's property
// order), so a scanner that tracks nesting, strings and the current key is
// enough; it does not validate (the grammar did). A {"response": ...} reply
// produces no deltas: its content is sent when the choice ends.
type toolStreamer struct {
	stack  []toolFrame
	inStr  bool
	esc    bool
	str    strings.Builder // the raw text of the string being read
	calls  []ToolCall      // calls announced so far (ids given)
	call   int             // index of the call being read, -1 before the first
	args   strings.Builder // argument text not yet sent
	argsOf int             // the call args belongs to
}

type toolFrame struct {
	array   bool
	key     string // object: the key whose value is being read
	wantKey bool   // object: the next string is a key
}

func newToolStreamer() *toolStreamer { return &toolStreamer{call: -1} }

// inCall reports whether the scanner is directly inside a call object of
// the tool_calls array.
func (ts *toolStreamer) inCall() bool {
	return len(ts.stack) >= 3 && !ts.stack[0].array && ts.stack[0].key == "tool_calls" &&
		ts.stack[1].array && !ts.stack[2].array
}

// write scans a piece of the reply and returns the deltas it completes:
// a call's announcement, then at most one arguments piece per call.
func (ts *toolStreamer) write(text string) []ToolCall {
	var out []ToolCall
	flush := func() {
		if ts.args.Len() > 0 {
			idx := ts.argsOf
			out = append(out, ToolCall{Index: &idx, Function: FunctionCall{Arguments: ts.args.String()}})
			ts.args.Reset()
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		inArgs := ts.inCall() && ts.stack[2].key == "arguments" && !ts.stack[2].wantKey
		if inArgs {
			ws := !ts.inStr && (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			end := len(ts.stack) == 3 && !ts.inStr && (c == ',' || c == '}' || c == ':')
			if !ws && !end {
				if ts.argsOf != ts.call {
					flush()
					ts.argsOf = ts.call
				}
				ts.args.WriteByte(c)
			}
		}
		if ts.inStr {
			switch {
			case ts.esc:
				ts.esc = false
			case c == '\\':
				ts.esc = true
			case c == '"':
				ts.inStr = false
				if a := ts.endString(ts.str.String()); a != nil {
					flush()
					out = append(out, *a)
				}
				ts.str.Reset()
				continue
			}
			ts.str.WriteByte(c)
			continue
		}
		switch c {
		case '"':
			ts.inStr = true
		case '{':
			if len(ts.stack) == 2 && ts.stack[1].array && !ts.stack[0].array && ts.stack[0].key == "tool_calls" {
				ts.call++
			}
			ts.stack = append(ts.stack, toolFrame{wantKey: true})
		case '[':
			ts.stack = append(ts.stack, toolFrame{array: true})
		case '}', ']':
			if len(ts.stack) > 0 {
				ts.stack = ts.stack[:len(ts.stack)-1]
			}
		case ',':
			if n := len(ts.stack); n > 0 && !ts.stack[n-1].array {
				ts.stack[n-1].wantKey, ts.stack[n-1].key = true, ""
			}
		}
	}
	flush()
	return out
}

// endString handles a complete string: an object key, or a call's name,
// which announces the call.
func (ts *toolStreamer) endString(raw string) *ToolCall {
	n := len(ts.stack)
	if n == 0 {
		return nil
	}
	var s string
	if err := json.Unmarshal([]byte(`"`+raw+`"`), &s); err != nil {
		return nil
	}
	top := &ts.stack[n-1]
	if !top.array && top.wantKey {
		top.key, top.wantKey = s, false
		return nil
	}
	if n == 3 && ts.inCall() && top.key == "name" && ts.call == len(ts.calls) {
		idx := ts.call
		c := ToolCall{Index: &idx, ID: newCallID(), Type: "function", Function: FunctionCall{Name: s}}
		ts.calls = append(ts.calls, c)
		return &c
	}
	return nil
}
