package grammar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrUnsupportedSchema is wrapped by the errors of FromJSONSchema for a
// schema keyword or value the compiler cannot guarantee. The compiler never
// ignores a keyword that constrains values: output that parses but breaks the
// schema would be worse than a clear error.
var ErrUnsupportedSchema = errors.New("grammar: unsupported JSON Schema")

// Primitive rules shared by the JSON grammars. Whitespace is one space or a
// newline and an indent of up to 20 (as llama.cpp allows), so that a model
// can lay JSON out but cannot pad forever; numbers are bounded as in
// llama.cpp (16 digits per part, 2 in the exponent, so every number is a
// finite float64). A string character is any code point but
// the quote, the backslash and controls, or an escape; \u escapes exclude
// surrogates so that each matched character is one code point, which keeps
// minLength/maxLength exact.
const jsonPrimitives = `ws ::= (" " | "\n" [ \t]{0,20})?
boolean ::= "true" | "false"
null ::= "null"
integer ::= "-"? ("0" | [1-9] [0-9]{0,15})
number ::= integer ("." [0-9]{1,16})? ([eE] [-+]? [0-9]{1,2})?
hex ::= [0-9a-fA-F]
char ::= [^"\\\x00-\x1f] | "\\" (["\\/bfnrt] | "u" ([0-9a-cA-CeEfF] hex hex hex | [dD] [0-7] hex hex))
string ::= "\"" char* "\""
value ::= object | array | string | number | boolean | null
object ::= "{" ws ( string ws ":" ws value ws ("," ws string ws ":" ws value ws)* )? "}"
array ::= "[" ws ( value ws ("," ws value ws)* )? "]"
`

// Fixed-shape string formats. Each accepts a subset of what the format
// allows (days stop at 28, so every date exists; times carry a zone), so
// output always validates.
var formats = map[string]string{
	"date":      `[0-9]{4} "-" ("0" [1-9] | "1" [0-2]) "-" ("0" [1-9] | "1" [0-9] | "2" [0-8])`,
	"time":      `([01] [0-9] | "2" [0-3]) ":" [0-5] [0-9] ":" [0-5] [0-9] ("." [0-9]{1,3})? ("Z" | [+-] ([01] [0-9] | "2" [0-3]) ":" [0-5] [0-9])`,
	"date-time": `fmt-date "T" fmt-time`,
	"uuid":      `hex{8} "-" hex{4} "-" hex{4} "-" hex{4} "-" hex{12}`,
	"email":     `[a-z0-9]{1,16} ("." [a-z0-9]{1,16})? "@" [a-z0-9]{1,16} "." [a-z]{2,8}`,
	"hostname":  `[a-z0-9]{1,16} ("." [a-z0-9]{1,16}){0,3}`,
	"ipv4":      `octet "." octet "." octet "." octet`,
	"ipv6":      `hex{1,4} (":" hex{1,4}){7}`,
	"uri":       `"https://" [a-z0-9]{1,16} "." [a-z]{2,8} ("/" [a-zA-Z0-9._~-]{0,16}){0,4}`,
	"duration":  `"P" [0-9]{1,4} "D" ("T" [0-9]{1,2} "H")?`,
}

const octetRule = `octet ::= "25" [0-5] | "2" [0-4] [0-9] | "1" [0-9] [0-9] | [1-9] [0-9] | [0-9]` + "\n"

// JSON returns the grammar of a JSON object (OpenAI's json_object response
// format: the top level is an object).
func JSON() (*Grammar, error) { return ParseGBNF("root ::= object\n" + jsonPrimitives) }

// FromJSONSchema compiles a JSON Schema to a grammar whose sentences are
// JSON texts valid against it. It supports the subset OpenAI's structured
// outputs accept: type (one or a list), properties with required (in the
// declared order; optional properties may be left out), additionalProperties
// (extra properties are never generated), items with minItems/maxItems, enum,
// const, anyOf, allOf of one schema, string minLength/maxLength and formats
// (date, time, date-time, uuid, email, hostname, ipv4, ipv6, uri, duration),
// pattern (a regular expression subset), and $ref to "#", "#/$defs/..." or any
// JSON pointer in the document, recursion included.
func FromJSONSchema(schema []byte) (*Grammar, error) {
	src, err := JSONSchemaToGBNF(schema)
	if err != nil {
		return nil, err
	}
	return ParseGBNF(src)
}

// JSONSchemaToGBNF is FromJSONSchema's first half: the grammar as GBNF text.
func JSONSchemaToGBNF(schema []byte) (string, error) {
	root, err := decodeOrdered(schema)
	if err != nil {
		return "", fmt.Errorf("%w: the schema is not JSON: %w", ErrUnsupportedSchema, err)
	}
	c := &schemaCompiler{root: root, refs: map[string]string{}, used: map[string]bool{}}
	body, err := c.schema(root, "#", 0)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("root ::= " + body + "\n")
	for _, r := range c.rules {
		b.WriteString(r)
	}
	b.WriteString(jsonPrimitives)
	for name := range c.used {
		if name == "fmt-date-time" {
			c.used["fmt-date"], c.used["fmt-time"] = true, true
		}
	}
	names := make([]string, 0, len(c.used))
	for n := range c.used {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if f, ok := strings.CutPrefix(n, "fmt-"); ok {
			fmt.Fprintf(&b, "%s ::= %s\n", n, formats[f])
			if f == "ipv4" {
				b.WriteString(octetRule)
			}
		}
	}
	return b.String(), nil
}

type schemaCompiler struct {
	root  any
	rules []string          // extra rule definitions
	refs  map[string]string // JSON pointer -> rule name
	used  map[string]bool   // format rules used
	n     int
}

const maxSchemaDepth = 64

func (c *schemaCompiler) newRule() string {
	c.n++
	return "s" + strconv.Itoa(c.n)
}

func unsupported(path, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrUnsupportedSchema, path, fmt.Sprintf(format, args...))
}

// annotations are keywords that do not constrain values.
var annotations = map[string]bool{
	"title": true, "description": true, "default": true, "examples": true, "$schema": true, "$id": true,
	"$comment": true, "deprecated": true, "readOnly": true, "writeOnly": true, "$defs": true, "definitions": true,
	"additionalProperties": true, "strict": true, "name": true,
}

// schema returns a GBNF expression for the values s accepts.
func (c *schemaCompiler) schema(s any, path string, depth int) (string, error) {
	if depth > maxSchemaDepth {
		return "", unsupported(path, "nested more than %d levels", maxSchemaDepth)
	}
	switch v := s.(type) {
	case bool:
		if v {
			return "value", nil
		}
		return "", unsupported(path, "the schema false accepts nothing")
	case map[string]any:
		return c.object(v, path, depth)
	}
	return "", unsupported(path, "a schema must be an object or a boolean")
}

func (c *schemaCompiler) object(s map[string]any, path string, depth int) (string, error) {
	if ref, ok := s["$ref"]; ok {
		if len(s) > 1 {
			for k := range s {
				if k != "$ref" && k != orderKey && !annotations[k] {
					return "", unsupported(path, "$ref beside %q", k)
				}
			}
		}
		r, ok := ref.(string)
		if !ok {
			return "", unsupported(path, "$ref must be a string")
		}
		return c.ref(r, path, depth)
	}
	for k := range s {
		switch k {
		case orderKey, "type", "properties", "required", "items", "minItems", "maxItems", "enum", "const", "anyOf", "allOf",
			"minLength", "maxLength", "format", "pattern", "nullable",
			"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		default:
			if !annotations[k] {
				return "", unsupported(path, "keyword %q is not supported", k)
			}
		}
	}
	if v, ok := s["const"]; ok {
		return jsonLiteral(v)
	}
	if v, ok := s["enum"]; ok {
		list, ok := v.([]any)
		if !ok || len(list) == 0 {
			return "", unsupported(path, "enum must be a non-empty array")
		}
		texts := make([]string, len(list))
		for i, x := range list {
			b, err := json.Marshal(stripOrder(x))
			if err != nil {
				return "", fmt.Errorf("%w: %v", ErrUnsupportedSchema, err)
			}
			texts[i] = string(b)
		}
		return literalTrie(texts), nil
	}
	if v, ok := s["anyOf"]; ok {
		list, ok := v.([]any)
		if !ok || len(list) == 0 {
			return "", unsupported(path, "anyOf must be a non-empty array")
		}
		alts := make([]string, len(list))
		for i, x := range list {
			e, err := c.schema(x, fmt.Sprintf("%s/anyOf/%d", path, i), depth+1)
			if err != nil {
				return "", err
			}
			alts[i] = e
		}
		return "(" + strings.Join(alts, " | ") + ")", nil
	}
	if v, ok := s["allOf"]; ok {
		list, ok := v.([]any)
		if !ok || len(list) != 1 {
			return "", unsupported(path, "allOf is supported with exactly one schema")
		}
		return c.schema(list[0], path+"/allOf/0", depth+1)
	}
	var types []string
	switch t := s["type"].(type) {
	case nil:
		switch {
		case s["properties"] != nil:
			types = []string{"object"}
		case s["items"] != nil:
			types = []string{"array"}
		case s["format"] != nil || s["pattern"] != nil || s["minLength"] != nil || s["maxLength"] != nil:
			types = []string{"string"}
		default:
			return "value", nil
		}
	case string:
		types = []string{t}
	case []any:
		for _, x := range t {
			str, ok := x.(string)
			if !ok {
				return "", unsupported(path, "type must be a string or an array of strings")
			}
			types = append(types, str)
		}
	default:
		return "", unsupported(path, "type must be a string or an array of strings")
	}
	if n, _ := s["nullable"].(bool); n && !slices.Contains(types, "null") {
		types = append(types, "null")
	}
	alts := make([]string, 0, len(types))
	for _, t := range types {
		e, err := c.typed(t, s, path, depth)
		if err != nil {
			return "", err
		}
		alts = append(alts, e)
	}
	if len(alts) == 0 {
		return "", unsupported(path, "type is an empty array")
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return "(" + strings.Join(alts, " | ") + ")", nil
}

func (c *schemaCompiler) typed(t string, s map[string]any, path string, depth int) (string, error) {
	switch t {
	case "string":
		return c.str(s, path)
	case "integer", "number":
		return c.numeric(t, s, path)
	case "boolean", "null":
		return t, nil
	case "array":
		return c.array(s, path, depth)
	case "object":
		return c.obj(s, path, depth)
	}
	return "", unsupported(path, "type %q is not a JSON Schema type", t)
}

func intField(s map[string]any, key, path string) (n int, ok bool, err error) {
	v, ok := s[key]
	if !ok {
		return 0, false, nil
	}
	num, isNum := v.(json.Number)
	if !isNum {
		return 0, false, unsupported(path, "%s must be a non-negative integer", key)
	}
	i, err := strconv.Atoi(num.String())
	if err != nil || i < 0 {
		return 0, false, unsupported(path, "%s must be a non-negative integer", key)
	}
	if i > maxRepeat {
		return 0, false, unsupported(path, "%s %d is over %d", key, i, maxRepeat)
	}
	return i, true, nil
}

func (c *schemaCompiler) str(s map[string]any, path string) (string, error) {
	lo, hasLo, err := intField(s, "minLength", path)
	if err != nil {
		return "", err
	}
	hi, hasHi, err := intField(s, "maxLength", path)
	if err != nil {
		return "", err
	}
	if f, ok := s["format"]; ok {
		name, _ := f.(string)
		if _, known := formats[name]; !known {
			return "", unsupported(path, "string format %v is not supported", f)
		}
		if hasLo || hasHi || s["pattern"] != nil {
			return "", unsupported(path, "format together with minLength, maxLength or pattern is not supported")
		}
		c.used["fmt-"+name] = true
		return `"\"" fmt-` + name + ` "\""`, nil
	}
	if p, ok := s["pattern"]; ok {
		re, isStr := p.(string)
		if !isStr {
			return "", unsupported(path, "pattern must be a string")
		}
		if hasLo || hasHi {
			return "", unsupported(path, "pattern together with minLength or maxLength is not supported")
		}
		e, err := regexToGBNF(re)
		if err != nil {
			return "", unsupported(path, "pattern %q: %v", re, err)
		}
		return `"\"" ` + e + ` "\""`, nil
	}
	switch {
	case !hasLo && !hasHi:
		return "string", nil
	case hasHi && hi < lo:
		return "", unsupported(path, "maxLength %d is below minLength %d", hi, lo)
	case hasHi:
		return fmt.Sprintf(`"\"" char{%d,%d} "\""`, lo, hi), nil
	}
	return fmt.Sprintf(`"\"" char{%d,} "\""`, lo), nil
}

func (c *schemaCompiler) array(s map[string]any, path string, depth int) (string, error) {
	item := "value"
	if it, ok := s["items"]; ok {
		var err error
		if item, err = c.schema(it, path+"/items", depth+1); err != nil {
			return "", err
		}
	}
	lo, _, err := intField(s, "minItems", path)
	if err != nil {
		return "", err
	}
	hi, hasHi, err := intField(s, "maxItems", path)
	if err != nil {
		return "", err
	}
	if hasHi && hi < lo {
		return "", unsupported(path, "maxItems %d is below minItems %d", hi, lo)
	}
	name := c.newRule()
	c.rules = append(c.rules, fmt.Sprintf("%s ::= %s ws\n", name, item))
	// [ ws ] | [ ws item ("," ws item){lo-1, hi-1} ]
	var body string
	switch {
	case hasHi && hi == 0:
		body = ""
	case hasHi:
		body = fmt.Sprintf(`%s ("," ws %s){%d,%d}`, name, name, max(lo-1, 0), hi-1)
	default:
		body = fmt.Sprintf(`%s ("," ws %s){%d,}`, name, name, max(lo-1, 0))
	}
	if lo == 0 && body != "" {
		body = "(" + body + ")?"
	}
	return `"[" ws ` + body + ` "]"`, nil
}

func (c *schemaCompiler) obj(s map[string]any, path string, depth int) (string, error) {
	props, _ := s["properties"].(map[string]any)
	if s["properties"] != nil && props == nil {
		return "", unsupported(path, "properties must be an object")
	}
	required := map[string]bool{}
	if r, ok := s["required"]; ok {
		list, ok := r.([]any)
		if !ok {
			return "", unsupported(path, "required must be an array of strings")
		}
		for _, x := range list {
			k, ok := x.(string)
			if !ok {
				return "", unsupported(path, "required must be an array of strings")
			}
			if _, declared := props[k]; !declared {
				return "", unsupported(path, "required property %q is not in properties", k)
			}
			required[k] = true
		}
	}
	if len(props) <= 1 { // only the order entry, or nothing
		if ap, ok := s["additionalProperties"].(bool); ok && !ap {
			return `"{" ws "}"`, nil
		}
		return "object", nil
	}
	// Properties in the order the schema declares them.
	keys, _ := props[orderKey].([]string)
	kv := make([]string, len(keys))
	for i, k := range keys {
		e, err := c.schema(props[k], path+"/properties/"+escapePointer(k), depth+1)
		if err != nil {
			return "", err
		}
		key, err := jsonLiteral(k)
		if err != nil {
			return "", err
		}
		kv[i] = key + ` ws ":" ws ` + e + " ws"
	}
	// chain(i, emitted) is the rest from property i on; optional properties
	// may be skipped, and a comma precedes every property but the first.
	names := map[[2]int]string{}
	var chain func(i int, emitted bool) string
	chain = func(i int, emitted bool) string {
		if i == len(keys) {
			return `""`
		}
		e := 0
		if emitted {
			e = 1
		}
		if n, ok := names[[2]int{i, e}]; ok {
			return n
		}
		name := c.newRule()
		names[[2]int{i, e}] = name
		comma := ""
		if emitted {
			comma = `"," ws `
		}
		take := comma + kv[i] + " " + chain(i+1, true)
		if required[keys[i]] {
			c.rules = append(c.rules, fmt.Sprintf("%s ::= %s\n", name, take))
		} else {
			c.rules = append(c.rules, fmt.Sprintf("%s ::= %s | %s\n", name, take, chain(i+1, emitted)))
		}
		return name
	}
	return `"{" ws ` + chain(0, false) + ` "}"`, nil
}

// orderKey is where decodeOrdered keeps an object's key order.
const orderKey = "\x00order"

func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

func (c *schemaCompiler) ref(ref, path string, depth int) (string, error) {
	if name, ok := c.refs[ref]; ok {
		return name, nil
	}
	if ref != "#" && !strings.HasPrefix(ref, "#/") {
		return "", unsupported(path, "$ref %q: only references inside the document (#/...) are supported", ref)
	}
	target := c.root
	if ref != "#" {
		for _, part := range strings.Split(ref[2:], "/") {
			part = strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")
			switch t := target.(type) {
			case map[string]any:
				next, ok := t[part]
				if !ok {
					return "", unsupported(path, "$ref %q does not resolve", ref)
				}
				target = next
			case []any:
				i, err := strconv.Atoi(part)
				if err != nil || i < 0 || i >= len(t) {
					return "", unsupported(path, "$ref %q does not resolve", ref)
				}
				target = t[i]
			default:
				return "", unsupported(path, "$ref %q does not resolve", ref)
			}
		}
	}
	name := c.newRule()
	c.refs[ref] = name // before compiling the target: recursion refers to the name
	body, err := c.schema(target, ref, depth+1)
	if err != nil {
		return "", err
	}
	c.rules = append(c.rules, fmt.Sprintf("%s ::= %s\n", name, body))
	return name, nil
}

// jsonLiteral returns a GBNF literal matching v's compact JSON encoding.
func jsonLiteral(v any) (string, error) {
	b, err := json.Marshal(stripOrder(v))
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrUnsupportedSchema, err)
	}
	return gbnfLiteral(string(b)), nil
}

func stripOrder(v any) any {
	switch t := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, x := range t {
			if k != orderKey {
				out[k] = stripOrder(x)
			}
		}
		return out
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = stripOrder(x)
		}
		return out
	}
	return v
}

// gbnfLiteral quotes s as a GBNF string literal.
func gbnfLiteral(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// decodeOrdered decodes JSON like encoding/json into any (numbers as
// json.Number), recording each object's key order under orderKey, because
// properties are generated in the order the schema declares them.
func decodeOrdered(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeValue(dec, 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err == nil {
		return nil, errors.New("data after the top-level value")
	}
	return v, nil
}

func decodeValue(dec *json.Decoder, depth int) (any, error) {
	if depth > 2*maxSchemaDepth+8 {
		return nil, errors.New("nested too deeply")
	}
	t, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch d := t.(type) {
	case json.Delim:
		switch d {
		case '{':
			m := map[string]any{}
			var order []string
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k := kt.(string)
				v, err := decodeValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				if _, dup := m[k]; !dup {
					order = append(order, k)
				}
				m[k] = v
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			m[orderKey] = order
			return m, nil
		case '[':
			var list []any
			for dec.More() {
				v, err := decodeValue(dec, depth+1)
				if err != nil {
					return nil, err
				}
				list = append(list, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			if list == nil {
				list = []any{}
			}
			return list, nil
		}
	}
	return t, nil
}

// numeric compiles integer and number types with their bounds. Integers take
// any bounds (exclusive ones and fractions round inwards); numbers take
// inclusive integer bounds, and are then generated without an exponent.
func (c *schemaCompiler) numeric(t string, s map[string]any, path string) (string, error) {
	bound := func(key string) (float64, bool, error) {
		v, ok := s[key]
		if !ok {
			return 0, false, nil
		}
		n, isNum := v.(json.Number)
		if !isNum {
			return 0, false, unsupported(path, "%s must be a number", key)
		}
		f, err := n.Float64()
		if err != nil || math.IsInf(f, 0) || math.Abs(f) > 1e16 {
			return 0, false, unsupported(path, "%s %s is out of range", key, n)
		}
		return f, true, nil
	}
	minV, hasMin, err := bound("minimum")
	if err != nil {
		return "", err
	}
	maxV, hasMax, err := bound("maximum")
	if err != nil {
		return "", err
	}
	xminV, hasXMin, err := bound("exclusiveMinimum")
	if err != nil {
		return "", err
	}
	xmaxV, hasXMax, err := bound("exclusiveMaximum")
	if err != nil {
		return "", err
	}
	if !hasMin && !hasMax && !hasXMin && !hasXMax {
		return t, nil
	}
	var lo, hi int64
	hasLo, hasHi := false, false
	if t == "number" {
		if hasXMin || hasXMax {
			return "", unsupported(path, "exclusiveMinimum/exclusiveMaximum on numbers are not supported (use integer, or inclusive bounds)")
		}
		if (hasMin && minV != math.Trunc(minV)) || (hasMax && maxV != math.Trunc(maxV)) {
			return "", unsupported(path, "number bounds must be integers")
		}
		lo, hi, hasLo, hasHi = int64(minV), int64(maxV), hasMin, hasMax
	} else {
		if hasMin {
			lo, hasLo = int64(math.Ceil(minV)), true
		}
		if hasXMin {
			if x := int64(math.Floor(xminV)) + 1; !hasLo || x > lo {
				lo, hasLo = x, true
			}
		}
		if hasMax {
			hi, hasHi = int64(math.Floor(maxV)), true
		}
		if hasXMax {
			if x := int64(math.Ceil(xmaxV)) - 1; !hasHi || x < hi {
				hi, hasHi = x, true
			}
		}
	}
	if hasLo && hasHi && lo > hi {
		return "", unsupported(path, "no %s lies between the bounds", t)
	}
	if t == "number" {
		return numberRange(lo, hi, hasLo, hasHi), nil
	}
	return intRange(lo, hi, hasLo, hasHi), nil
}

// literalTrie is a GBNF expression matching exactly the given texts (valid
// UTF-8), with common prefixes factored out: the alternatives of a long enum
// that share a prefix would otherwise each hold a parse stack while the
// prefix is read.
func literalTrie(texts []string) string {
	texts = slices.Clone(texts)
	slices.Sort(texts)
	texts = slices.Compact(texts)
	var build func(ts []string, depth int) string
	build = func(ts []string, depth int) string {
		var alts []string
		for i := 0; i < len(ts); {
			if len(ts[i]) == depth { // a text ends here (it sorts first)
				alts = append(alts, `""`)
				i++
				continue
			}
			// The run of texts that continue with the same character, and
			// the longest prefix (whole characters) the run shares.
			_, n := utf8.DecodeRuneInString(ts[i][depth:])
			key := ts[i][depth : depth+n]
			j := i + 1
			for j < len(ts) && strings.HasPrefix(ts[j][depth:], key) {
				j++
			}
			end := depth + n
			for end < len(ts[i]) {
				_, m := utf8.DecodeRuneInString(ts[i][end:])
				next := ts[i][end : end+m]
				shared := true
				for _, t := range ts[i+1 : j] {
					if !strings.HasPrefix(t[end:], next) {
						shared = false
						break
					}
				}
				if !shared {
					break
				}
				end += m
			}
			head := gbnfLiteral(ts[i][depth:end])
			if j == i+1 && end == len(ts[i]) {
				alts = append(alts, head)
			} else {
				alts = append(alts, head+" "+build(ts[i:j], end))
			}
			i = j
		}
		if len(alts) == 1 {
			return alts[0]
		}
		return "(" + strings.Join(alts, " | ") + ")"
	}
	return build(texts, 0)
}
