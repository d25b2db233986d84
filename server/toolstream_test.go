package server

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestToolStreamer: a reply fed in random pieces gives deltas that
// announce each call once (index, id, type, name), then carry its
// arguments; joined per call they equal what parseReply makes of the
// whole reply. A {"response"} reply and a cut one give what they hold.
func TestToolStreamer(t *testing.T) {
	replies := []string{
		`{"tool_calls":[{"name":"get_weather","arguments":{"city":"Paris","unit":"c"}}]}`,
		`{ "tool_calls" : [ { "name" : "a_b", "arguments" : { "x" : [1, 2, {"y": "}\"],{"}], "z": null } } ,` +
			` {"name":"f-2","arguments":{}}, {"name":"g","arguments":{"s":"a \\u00e9 \\\\ \n"}} ] }`,
		`{"tool_calls":[{"name":"n\u00e9","arguments":{"k":"v"}}]}`,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, reply := range replies {
		_, want := parseReply(reply)
		require.NotEmpty(t, want, reply)
		for trial := 0; trial < 50; trial++ {
			ts := newToolStreamer()
			var got []ToolCall
			for i := 0; i < len(reply); {
				j := min(len(reply), i+1+rng.IntN(6))
				for _, d := range ts.write(reply[i:j]) {
					require.NotNil(t, d.Index)
					k := *d.Index
					if d.ID != "" {
						require.Equal(t, len(got), k, "calls are announced in order")
						assert.Equal(t, "function", d.Type)
						assert.Empty(t, d.Function.Arguments)
						got = append(got, d)
						continue
					}
					require.Less(t, k, len(got), "arguments before the call's announcement")
					assert.Empty(t, d.Function.Name)
					got[k].Function.Arguments += d.Function.Arguments
				}
				i = j
			}
			require.Len(t, got, len(want), reply)
			for k := range want {
				assert.Equal(t, want[k].Function.Name, got[k].Function.Name, reply)
				assert.Equal(t, want[k].Function.Arguments, got[k].Function.Arguments, reply)
				assert.Regexp(t, `^call_[A-Za-z0-9]{24}$`, got[k].ID)
			}
		}
	}
	ts := newToolStreamer()
	assert.Empty(t, ts.write(`{"response": "{\"tool_calls\": [{\"name\": \"x\"}]}"}`))
	assert.Empty(t, ts.calls)
	// Cut after the name: the call is announced, its arguments partial.
	ts = newToolStreamer()
	ds := ts.write(`{"tool_calls":[{"name":"f","arguments":{"a":"b`)
	require.Len(t, ds, 2)
	assert.Equal(t, "f", ds[0].Function.Name)
	assert.Equal(t, `{"a":"b`, ds[1].Function.Arguments)
}
