package grammar

import (
	"errors"
	"testing"
)

// FuzzParseGBNF: the parser returns a grammar or an error, never panics, and
// a parsed grammar can be stepped through.
func FuzzParseGBNF(f *testing.F) {
	f.Add(arithmetic)
	f.Add(`root ::= [^"\\]* "x"{1,3} | ("a" | b)+` + "\nb ::= .")
	f.Add("root ::= \"\\u00e9\" [\\x00-\\U0010FFFF]?")
	f.Fuzz(func(t *testing.T, src string) {
		g, err := ParseGBNF(src)
		if err != nil {
			return
		}
		mt := NewMatcher(g, NewVocab([][]byte{[]byte("a"), []byte("{\""), {0xC3}, []byte("1")}))
		for i := 0; i < 4 && mt.Err() == nil; i++ {
			for id := int32(0); id < 4; id++ {
				if mt.Allows(id) {
					if err := mt.Accept(id); err != nil && mt.Err() == nil {
						t.Fatalf("allowed token %d rejected: %v", id, err)
					}
					break
				}
			}
		}
	})
}

// FuzzJSONSchema: the compiler returns GBNF that parses, or an error wrapping
// ErrUnsupportedSchema; it never panics.
func FuzzJSONSchema(f *testing.F) {
	f.Add([]byte(`{"type":"object","properties":{"a":{"type":"string","maxLength":3},"b":{"type":"array","items":{"enum":[1,"x"]}}},"required":["a"]}`))
	f.Add([]byte(`{"$defs":{"n":{"anyOf":[{"type":"null"},{"$ref":"#/$defs/n"}]}},"$ref":"#/$defs/n"}`))
	f.Add([]byte(`{"type":"string","pattern":"^[a-z]{2}\\d+$"}`))
	f.Fuzz(func(t *testing.T, schema []byte) {
		src, err := JSONSchemaToGBNF(schema)
		if err != nil {
			if !errors.Is(err, ErrUnsupportedSchema) {
				t.Fatalf("error not wrapping ErrUnsupportedSchema: %v", err)
			}
			return
		}
		if _, err := ParseGBNF(src); err != nil && !errors.Is(err, ErrLeftRecursion) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("compiled grammar does not parse: %v\n%s", err, src)
		}
	})
}
