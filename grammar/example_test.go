package grammar_test

import (
	"fmt"
	"log"

	"github.com/bitnet-go/bitnet-go/grammar"
)

// A Matcher over a toy vocabulary: Mask leaves only tokens that keep the
// text inside the grammar, and end tokens once the text is complete.
func Example() {
	g, err := grammar.ParseGBNF(`root ::= "{" ("\"ok\"" | "\"no\"") "}"`)
	if err != nil {
		log.Fatal(err)
	}
	vocab := [][]byte{[]byte("{"), []byte(`"ok"`), []byte(`"no`), []byte(`"`), []byte("}"), nil} // id 5: end of text
	end := []int32{5}
	mt := grammar.NewMatcher(g, grammar.NewVocab(vocab))
	for _, id := range []int32{0, 2, 3, 4} {
		logits := make([]float32, len(vocab))
		mt.Mask(logits, end)
		fmt.Printf("allowed %v, take %q\n", allowed(logits), vocab[id])
		if err := mt.Accept(id); err != nil {
			log.Fatal(err)
		}
	}
	logits := make([]float32, len(vocab))
	mt.Mask(logits, end)
	fmt.Println("allowed", allowed(logits), "done:", mt.Done())
	// Output:
	// allowed [0], take "{"
	// allowed [1 2 3], take "\"no"
	// allowed [3], take "\""
	// allowed [4], take "}"
	// allowed [5] done: true
}

func allowed(logits []float32) []int {
	var ids []int
	for i, l := range logits {
		if l == 0 {
			ids = append(ids, i)
		}
	}
	return ids
}

// A JSON Schema compiled to GBNF, as the server does for response_format.
func ExampleJSONSchemaToGBNF() {
	src, err := grammar.JSONSchemaToGBNF([]byte(`{"type":"object","properties":{"n":{"type":"integer"}},"required":["n"]}`))
	if err != nil {
		log.Fatal(err)
	}
	g, err := grammar.ParseGBNF(src)
	if err != nil {
		log.Fatal(err)
	}
	mt := grammar.NewMatcher(g, grammar.NewVocab(nil))
	fmt.Println(mt.AcceptBytes([]byte(`{"n": -12}`)) == nil, mt.CanEnd())
	fmt.Println(grammar.NewMatcher(g, grammar.NewVocab(nil)).AcceptBytes([]byte(`{"m"`)) != nil)
	// Output:
	// true true
	// true
}
