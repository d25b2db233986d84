package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strconv"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/grammar"
	"github.com/bitnet-go/bitnet-go/sample"
)

// maxChoices bounds n: each choice decodes its own tokens on a forked session.
const maxChoices = 16

// reqExtras are the parts of a request this file decodes: structured output,
// tools, n and OpenAI's logit adjustments.
type reqExtras struct {
	n         int
	grammar   *grammar.Grammar
	format    string            // the field that set the grammar: "response_format", "grammar" or "tools"
	logitBias map[int32]float32 // checked against the vocabulary in prepare
	tools     *toolSet          // nil without tools (or with tool_choice none)
}

// adjust returns the sample.Adjust of the request, or nil.
func (g *genRequest) adjust() *sample.Adjust {
	a := &sample.Adjust{Bias: g.x.logitBias}
	if g.frequency != nil {
		a.FrequencyPenalty = float32(*g.frequency)
	}
	if g.presence != nil {
		a.PresencePenalty = float32(*g.presence)
	}
	if !a.On() {
		return nil
	}
	return a
}

// decodeN validates n.
func decodeN(g *genRequest, n *int) *APIError {
	g.x.n = 1
	if n == nil {
		return nil
	}
	if *n < 1 || *n > maxChoices {
		return badParam("n", "invalid_value", "n must be in [1, %d], got %d", maxChoices, *n)
	}
	g.x.n = *n
	return nil
}

// decodeLogitBias parses OpenAI's logit_bias: token id strings to values in
// [-100, 100].
func decodeLogitBias(g *genRequest, m map[string]float64) *APIError {
	if len(m) == 0 {
		return nil
	}
	if len(m) > 1024 {
		return badParam("logit_bias", "invalid_value", "logit_bias has %d entries; at most 1024", len(m))
	}
	g.x.logitBias = make(map[int32]float32, len(m))
	for k, v := range m {
		id, err := strconv.ParseInt(k, 10, 32)
		if err != nil || id < 0 {
			return badParam("logit_bias", "invalid_value", "logit_bias key %q is not a token id", k)
		}
		if math.IsNaN(v) || v < -100 || v > 100 {
			return badParam("logit_bias", "invalid_value", "logit_bias value for token %d must be in [-100, 100], got %g", id, v)
		}
		g.x.logitBias[int32(id)] = float32(v)
	}
	return nil
}

// decodeFormat handles response_format and the grammar extension; at most
// one of them may constrain the output.
func decodeFormat(g *genRequest, rf *ResponseFormat, gbnf *string) *APIError {
	if rf != nil {
		switch rf.Type {
		case "", "text":
		case "json_object":
			gr, err := grammar.JSON()
			if err != nil {
				return errInternal("the JSON grammar does not compile")
			}
			g.x.grammar, g.x.format = gr, "response_format"
		case "json_schema":
			if rf.JSONSchema == nil || isEmptyJSON(rf.JSONSchema.Schema) {
				return badParam("response_format.json_schema.schema", "missing_required_parameter",
					"response_format json_schema needs json_schema.schema")
			}
			gr, err := grammar.FromJSONSchema(rf.JSONSchema.Schema)
			if err != nil {
				return badParam("response_format.json_schema.schema", "invalid_value", "%s", schemaError(err))
			}
			g.x.grammar, g.x.format = gr, "response_format"
		default:
			return badParam("response_format.type", "invalid_value",
				"response_format type %q is not supported (text, json_object or json_schema)", rf.Type)
		}
	}
	if gbnf != nil && *gbnf != "" {
		if g.x.grammar != nil {
			return badParam("grammar", "invalid_value", "grammar cannot be combined with a JSON response_format")
		}
		gr, err := grammar.ParseGBNF(*gbnf)
		if err != nil {
			return badParam("grammar", "invalid_value", "%v", err)
		}
		g.x.grammar, g.x.format = gr, "grammar"
	}
	return nil
}

func schemaError(err error) string {
	var se *grammar.SyntaxError
	if errors.As(err, &se) {
		return "the schema compiled to an invalid grammar: " + err.Error()
	}
	return err.Error()
}

// isJSONNull reports whether raw is absent or null.
func isJSONNull(raw json.RawMessage) bool {
	s := string(bytes.TrimSpace(raw))
	return s == "" || s == "null"
}

// prepareExtras checks the extras against the model and sets the
// generation options they imply.
func (st *modelState) prepareExtras(g *genRequest, o *bitnet.GenerateOptions) *APIError {
	vocab := st.info.Config.VocabSize
	for id := range g.x.logitBias {
		if int(id) >= vocab {
			return badParam("logit_bias", "invalid_value", "logit_bias token %d is outside the vocabulary [0, %d)", id, vocab)
		}
	}
	o.Adjust = g.adjust()
	o.Grammar = g.x.grammar
	if g.x.tools != nil {
		o.Grammar = g.x.tools.grammar
	}
	return nil
}
