// Package grammar constrains generation to a formal grammar: a GBNF grammar
// (llama.cpp's notation) or a JSON Schema compiled to one.
//
// A Grammar is compiled to bytes, not code points: every character class is
// lowered to alternatives of UTF-8 byte sequences, so a token that ends in the
// middle of a multi-byte character (common in byte-level BPE vocabularies) is
// matched exactly, without a separate partial-UTF-8 state.
//
// Matching uses llama.cpp's pushdown model: the parser state is a set of
// stacks of grammar positions, each stack's top a byte class. A rule
// reference at the end of an alternative pushes no return position (tail
// calls), so right recursion such as the rewrite of x* runs in constant stack
// depth and the state inside a long string repeats. States are interned, and
// each state's byte transitions are memoized, which turns the pushdown
// automaton into a lazily built DFA over the states a generation visits.
//
// The Matcher computes the tokens allowed in a state by walking a trie of the
// vocabulary's byte strings along those memoized transitions, pruning a whole
// subtree as soon as its prefix is dead, and caches the resulting bitset per
// state. A state seen before (the inside of a string, after a comma, ...)
// costs one cache lookup; masking 128k logits is then one pass over a bitset.
//
// RefAllowed is the reference: an Earley recognizer over the same compiled
// grammar that checks each token independently. It shares no code with the
// stack machine, the DFA or the trie, and the tests compare the two on
// random grammars and vocabularies.
package grammar
