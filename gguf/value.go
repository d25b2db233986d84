package gguf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ValueType is the type of a GGUF metadata value (enum gguf_type).
type ValueType uint32

// Metadata value types with their GGUF ids.
const (
	ValueTypeUint8   ValueType = 0
	ValueTypeInt8    ValueType = 1
	ValueTypeUint16  ValueType = 2
	ValueTypeInt16   ValueType = 3
	ValueTypeUint32  ValueType = 4
	ValueTypeInt32   ValueType = 5
	ValueTypeFloat32 ValueType = 6
	ValueTypeBool    ValueType = 7
	ValueTypeString  ValueType = 8
	ValueTypeArray   ValueType = 9
	ValueTypeUint64  ValueType = 10
	ValueTypeInt64   ValueType = 11
	ValueTypeFloat64 ValueType = 12
)

// MaxArrayDepth bounds how deeply metadata arrays may nest (an array of
// arrays has depth 2). It keeps a hostile file from driving deep recursion.
const MaxArrayDepth = 8

var valueTypeNames = [...]string{
	ValueTypeUint8:   "uint8",
	ValueTypeInt8:    "int8",
	ValueTypeUint16:  "uint16",
	ValueTypeInt16:   "int16",
	ValueTypeUint32:  "uint32",
	ValueTypeInt32:   "int32",
	ValueTypeFloat32: "float32",
	ValueTypeBool:    "bool",
	ValueTypeString:  "string",
	ValueTypeArray:   "array",
	ValueTypeUint64:  "uint64",
	ValueTypeInt64:   "int64",
	ValueTypeFloat64: "float64",
}

// String returns the Go-style name of the type ("uint32", "string",
// "array"), or "valuetype(N)" for an unknown id.
func (t ValueType) String() string {
	if t.valid() {
		return valueTypeNames[t]
	}
	return "valuetype(" + strconv.FormatUint(uint64(t), 10) + ")"
}

func (t ValueType) valid() bool { return t <= ValueTypeFloat64 }

// size returns the encoded size of a fixed-size scalar type, 0 otherwise.
func (t ValueType) size() int {
	switch t {
	case ValueTypeUint8, ValueTypeInt8, ValueTypeBool:
		return 1
	case ValueTypeUint16, ValueTypeInt16:
		return 2
	case ValueTypeUint32, ValueTypeInt32, ValueTypeFloat32:
		return 4
	case ValueTypeUint64, ValueTypeInt64, ValueTypeFloat64:
		return 8
	}
	return 0
}

func (t ValueType) isInt() bool {
	switch t {
	case ValueTypeUint8, ValueTypeInt8, ValueTypeUint16, ValueTypeInt16,
		ValueTypeUint32, ValueTypeInt32, ValueTypeUint64, ValueTypeInt64:
		return true
	}
	return false
}

func (t ValueType) isSigned() bool {
	switch t {
	case ValueTypeInt8, ValueTypeInt16, ValueTypeInt32, ValueTypeInt64:
		return true
	}
	return false
}

// Value is one typed GGUF metadata value: a scalar, a string or an array
// (whose elements may themselves be arrays). The zero Value is invalid.
// Values are immutable; accessors that return slices return copies.
type Value struct {
	typ   ValueType
	valid bool
	bits  uint64 // scalars: integers (signed ones sign-extended), float bits, bool 0/1
	str   string
	arr   *array
}

// array holds an array's elements as a typed slice: []uint8, []int8,
// []uint16, []int16, []uint32, []int32, []float32, []bool, []string,
// []uint64, []int64, []float64, or []Value for arrays of arrays.
type array struct {
	elem  ValueType
	data  any
	depth int // 1 for an array of scalars or strings
}

// Type returns the value's type.
func (v Value) Type() ValueType { return v.typ }

// Valid reports whether v was made by a constructor or read from a file.
func (v Value) Valid() bool { return v.valid }

// ElemType returns the element type of an array value (ValueTypeArray for
// nested arrays); ok is false when v is not an array.
func (v Value) ElemType() (t ValueType, ok bool) {
	if v.typ != ValueTypeArray || v.arr == nil {
		return 0, false
	}
	return v.arr.elem, true
}

// Len returns the number of elements of an array value, 0 otherwise.
func (v Value) Len() int {
	if v.typ != ValueTypeArray || v.arr == nil {
		return 0
	}
	return arrayLen(v.arr.data)
}

func arrayLen(data any) int {
	switch a := data.(type) {
	case []uint8:
		return len(a)
	case []int8:
		return len(a)
	case []uint16:
		return len(a)
	case []int16:
		return len(a)
	case []uint32:
		return len(a)
	case []int32:
		return len(a)
	case []float32:
		return len(a)
	case []bool:
		return len(a)
	case []string:
		return len(a)
	case []uint64:
		return len(a)
	case []int64:
		return len(a)
	case []float64:
		return len(a)
	case []Value:
		return len(a)
	}
	return 0
}

// Index returns element i of an array value; ok is false when v is not an
// array or i is out of range.
func (v Value) Index(i int) (Value, bool) {
	if i < 0 || i >= v.Len() {
		return Value{}, false
	}
	switch a := v.arr.data.(type) {
	case []uint8:
		return Uint8Value(a[i]), true
	case []int8:
		return Int8Value(a[i]), true
	case []uint16:
		return Uint16Value(a[i]), true
	case []int16:
		return Int16Value(a[i]), true
	case []uint32:
		return Uint32Value(a[i]), true
	case []int32:
		return Int32Value(a[i]), true
	case []float32:
		return Float32Value(a[i]), true
	case []bool:
		return BoolValue(a[i]), true
	case []string:
		return StringValue(a[i]), true
	case []uint64:
		return Uint64Value(a[i]), true
	case []int64:
		return Int64Value(a[i]), true
	case []float64:
		return Float64Value(a[i]), true
	case []Value:
		return a[i], true
	}
	return Value{}, false
}

// Interface returns the value as a Go value: uint8, int8, uint16, int16,
// uint32, int32, float32, bool, string, uint64, int64, float64; arrays as a
// fresh copy of []T of those types, or []Value for arrays of arrays. It
// returns nil for the zero Value.
func (v Value) Interface() any {
	if !v.valid {
		return nil
	}
	switch v.typ {
	case ValueTypeUint8:
		return uint8(v.bits)
	case ValueTypeInt8:
		return int8(v.bits)
	case ValueTypeUint16:
		return uint16(v.bits)
	case ValueTypeInt16:
		return int16(v.bits)
	case ValueTypeUint32:
		return uint32(v.bits)
	case ValueTypeInt32:
		return int32(v.bits)
	case ValueTypeFloat32:
		return math.Float32frombits(uint32(v.bits))
	case ValueTypeBool:
		return v.bits != 0
	case ValueTypeString:
		return v.str
	case ValueTypeUint64:
		return v.bits
	case ValueTypeInt64:
		return int64(v.bits)
	case ValueTypeFloat64:
		return math.Float64frombits(v.bits)
	case ValueTypeArray:
		return cloneArray(v.arr.data)
	}
	return nil
}

func cloneArray(data any) any {
	switch a := data.(type) {
	case []uint8:
		return cloneSlice(a)
	case []int8:
		return cloneSlice(a)
	case []uint16:
		return cloneSlice(a)
	case []int16:
		return cloneSlice(a)
	case []uint32:
		return cloneSlice(a)
	case []int32:
		return cloneSlice(a)
	case []float32:
		return cloneSlice(a)
	case []bool:
		return cloneSlice(a)
	case []string:
		return cloneSlice(a)
	case []uint64:
		return cloneSlice(a)
	case []int64:
		return cloneSlice(a)
	case []float64:
		return cloneSlice(a)
	case []Value:
		return cloneSlice(a)
	}
	return nil
}

// typeName describes v's type for error messages: "uint32", "array[string]",
// "array[array]".
func (v Value) typeName() string {
	if !v.valid {
		return "invalid"
	}
	if v.typ == ValueTypeArray {
		return "array[" + v.arr.elem.String() + "]"
	}
	return v.typ.String()
}

// asInt returns an integer scalar: signed types in i, unsigned ones in u;
// ok is false for every other type.
func (v Value) asInt() (i int64, u uint64, signed, ok bool) {
	if !v.valid || !v.typ.isInt() {
		return 0, 0, false, false
	}
	if v.typ.isSigned() {
		return int64(v.bits), 0, true, true
	}
	return 0, v.bits, false, true
}

// Uint64 returns an integer value of any integer type as uint64; ok is false
// for other types and for negative values.
func (v Value) Uint64() (uint64, bool) {
	i, u, signed, ok := v.asInt()
	switch {
	case !ok:
		return 0, false
	case signed:
		if i < 0 {
			return 0, false
		}
		return uint64(i), true
	}
	return u, true
}

// Int64 returns an integer value of any integer type as int64; ok is false
// for other types and for uint64 values above math.MaxInt64.
func (v Value) Int64() (int64, bool) {
	i, u, signed, ok := v.asInt()
	switch {
	case !ok:
		return 0, false
	case signed:
		return i, true
	case u > math.MaxInt64:
		return 0, false
	}
	return int64(u), true
}

// Float64 returns a float32 or float64 value as float64.
func (v Value) Float64() (float64, bool) {
	switch {
	case !v.valid:
		return 0, false
	case v.typ == ValueTypeFloat32:
		return float64(math.Float32frombits(uint32(v.bits))), true
	case v.typ == ValueTypeFloat64:
		return math.Float64frombits(v.bits), true
	}
	return 0, false
}

// Bool returns a bool value.
func (v Value) Bool() (bool, bool) {
	if !v.valid || v.typ != ValueTypeBool {
		return false, false
	}
	return v.bits != 0, true
}

// Str returns a string value. (String formats any value for humans.)
func (v Value) Str() (string, bool) {
	if !v.valid || v.typ != ValueTypeString {
		return "", false
	}
	return v.str, true
}

// maxShown bounds how many array elements String prints.
const maxShown = 8

// String formats the value for humans: strings quoted, arrays truncated to
// their first few elements followed by the total count.
func (v Value) String() string {
	var b strings.Builder
	v.format(&b)
	return b.String()
}

func (v Value) format(b *strings.Builder) {
	switch {
	case !v.valid:
		b.WriteString("<invalid>")
		return
	case v.typ == ValueTypeString:
		s := v.str
		if len(s) > 200 {
			fmt.Fprintf(b, "%q... (%d bytes)", s[:200], len(s))
			return
		}
		b.WriteString(strconv.Quote(s))
		return
	case v.typ == ValueTypeFloat32:
		b.WriteString(strconv.FormatFloat(float64(math.Float32frombits(uint32(v.bits))), 'g', -1, 32))
		return
	case v.typ == ValueTypeFloat64:
		b.WriteString(strconv.FormatFloat(math.Float64frombits(v.bits), 'g', -1, 64))
		return
	case v.typ != ValueTypeArray:
		fmt.Fprint(b, v.Interface())
		return
	}
	n := v.Len()
	b.WriteByte('[')
	for i := 0; i < n && i < maxShown; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		e, _ := v.Index(i)
		e.format(b)
	}
	if n > maxShown {
		fmt.Fprintf(b, ", ... (%d items)", n)
	}
	b.WriteByte(']')
}

func scalar(t ValueType, bits uint64) Value { return Value{typ: t, valid: true, bits: bits} }

// Uint8Value returns a uint8 metadata value.
func Uint8Value(x uint8) Value { return scalar(ValueTypeUint8, uint64(x)) }

// Int8Value returns an int8 metadata value.
func Int8Value(x int8) Value { return scalar(ValueTypeInt8, uint64(int64(x))) }

// Uint16Value returns a uint16 metadata value.
func Uint16Value(x uint16) Value { return scalar(ValueTypeUint16, uint64(x)) }

// Int16Value returns an int16 metadata value.
func Int16Value(x int16) Value { return scalar(ValueTypeInt16, uint64(int64(x))) }

// Uint32Value returns a uint32 metadata value.
func Uint32Value(x uint32) Value { return scalar(ValueTypeUint32, uint64(x)) }

// Int32Value returns an int32 metadata value.
func Int32Value(x int32) Value { return scalar(ValueTypeInt32, uint64(int64(x))) }

// Uint64Value returns a uint64 metadata value.
func Uint64Value(x uint64) Value { return scalar(ValueTypeUint64, x) }

// Int64Value returns an int64 metadata value.
func Int64Value(x int64) Value { return scalar(ValueTypeInt64, uint64(x)) }

// Float32Value returns a float32 metadata value.
func Float32Value(x float32) Value { return scalar(ValueTypeFloat32, uint64(math.Float32bits(x))) }

// Float64Value returns a float64 metadata value.
func Float64Value(x float64) Value { return scalar(ValueTypeFloat64, math.Float64bits(x)) }

// BoolValue returns a bool metadata value.
func BoolValue(x bool) Value {
	if x {
		return scalar(ValueTypeBool, 1)
	}
	return scalar(ValueTypeBool, 0)
}

// StringValue returns a string metadata value.
func StringValue(s string) Value { return Value{typ: ValueTypeString, valid: true, str: s} }

// cloneSlice copies x into a new non-nil slice, so that empty arrays look the
// same whether built or parsed.
func cloneSlice[T any](x []T) []T {
	out := make([]T, len(x))
	copy(out, x)
	return out
}

func arrayOf(elem ValueType, data any) Value {
	return Value{typ: ValueTypeArray, valid: true, arr: &array{elem: elem, data: data, depth: 1}}
}

// Uint8sValue returns an array of uint8; the slice is copied.
func Uint8sValue(x []uint8) Value { return arrayOf(ValueTypeUint8, cloneSlice(x)) }

// Int8sValue returns an array of int8; the slice is copied.
func Int8sValue(x []int8) Value { return arrayOf(ValueTypeInt8, cloneSlice(x)) }

// Uint16sValue returns an array of uint16; the slice is copied.
func Uint16sValue(x []uint16) Value { return arrayOf(ValueTypeUint16, cloneSlice(x)) }

// Int16sValue returns an array of int16; the slice is copied.
func Int16sValue(x []int16) Value { return arrayOf(ValueTypeInt16, cloneSlice(x)) }

// Uint32sValue returns an array of uint32; the slice is copied.
func Uint32sValue(x []uint32) Value { return arrayOf(ValueTypeUint32, cloneSlice(x)) }

// Int32sValue returns an array of int32; the slice is copied.
func Int32sValue(x []int32) Value { return arrayOf(ValueTypeInt32, cloneSlice(x)) }

// Uint64sValue returns an array of uint64; the slice is copied.
func Uint64sValue(x []uint64) Value { return arrayOf(ValueTypeUint64, cloneSlice(x)) }

// Int64sValue returns an array of int64; the slice is copied.
func Int64sValue(x []int64) Value { return arrayOf(ValueTypeInt64, cloneSlice(x)) }

// Float32sValue returns an array of float32; the slice is copied.
func Float32sValue(x []float32) Value { return arrayOf(ValueTypeFloat32, cloneSlice(x)) }

// Float64sValue returns an array of float64; the slice is copied.
func Float64sValue(x []float64) Value { return arrayOf(ValueTypeFloat64, cloneSlice(x)) }

// BoolsValue returns an array of bool; the slice is copied.
func BoolsValue(x []bool) Value { return arrayOf(ValueTypeBool, cloneSlice(x)) }

// StringsValue returns an array of strings; the slice is copied.
func StringsValue(x []string) Value { return arrayOf(ValueTypeString, cloneSlice(x)) }

// ArrayValue returns an array whose elements all have type elemType. With
// elemType ValueTypeArray it builds an array of arrays; the inner arrays may
// have different element types, as GGUF allows. It fails when an element is
// invalid, has another type, or the nesting exceeds MaxArrayDepth.
//
// Compatibility: llama.cpp's C reader (including bitnet.cpp's fork) aborts
// on arrays of arrays; gguf-py and this package read them. Do not put them in
// files meant for llama.cpp.
func ArrayValue(elemType ValueType, elems []Value) (Value, error) {
	if !elemType.valid() {
		return Value{}, fmt.Errorf("gguf: invalid array element type %s", elemType)
	}
	for i, e := range elems {
		if !e.valid || e.typ != elemType {
			return Value{}, fmt.Errorf("gguf: array element %d has type %s, want %s", i, e.typeName(), elemType)
		}
	}
	if elemType != ValueTypeArray {
		// Store scalars as a typed slice, exactly as a parsed array would be.
		return arrayOf(elemType, gatherScalars(elemType, elems)), nil
	}
	depth := 1
	for _, e := range elems {
		depth = max(depth, e.arr.depth+1)
	}
	if depth > MaxArrayDepth {
		return Value{}, fmt.Errorf("gguf: arrays nested %d deep, at most %d allowed", depth, MaxArrayDepth)
	}
	v := arrayOf(ValueTypeArray, cloneSlice(elems))
	v.arr.depth = depth
	return v, nil
}

func gatherScalars(t ValueType, elems []Value) any {
	switch t {
	case ValueTypeUint8:
		return gather(elems, func(v Value) uint8 { return uint8(v.bits) })
	case ValueTypeInt8:
		return gather(elems, func(v Value) int8 { return int8(v.bits) })
	case ValueTypeUint16:
		return gather(elems, func(v Value) uint16 { return uint16(v.bits) })
	case ValueTypeInt16:
		return gather(elems, func(v Value) int16 { return int16(v.bits) })
	case ValueTypeUint32:
		return gather(elems, func(v Value) uint32 { return uint32(v.bits) })
	case ValueTypeInt32:
		return gather(elems, func(v Value) int32 { return int32(v.bits) })
	case ValueTypeFloat32:
		return gather(elems, func(v Value) float32 { return math.Float32frombits(uint32(v.bits)) })
	case ValueTypeBool:
		return gather(elems, func(v Value) bool { return v.bits != 0 })
	case ValueTypeString:
		return gather(elems, func(v Value) string { return v.str })
	case ValueTypeUint64:
		return gather(elems, func(v Value) uint64 { return v.bits })
	case ValueTypeInt64:
		return gather(elems, func(v Value) int64 { return int64(v.bits) })
	case ValueTypeFloat64:
		return gather(elems, func(v Value) float64 { return math.Float64frombits(v.bits) })
	}
	return nil
}

func gather[T any](elems []Value, f func(Value) T) []T {
	out := make([]T, len(elems))
	for i, e := range elems {
		out[i] = f(e)
	}
	return out
}

// KV is one metadata key and its value.
type KV struct {
	Key   string
	Value Value
}
