package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// ValueType is the type of a GGUF metadata value.
type ValueType uint32

// The GGUF metadata value types.
const (
	ValueUint8   ValueType = 0
	ValueInt8    ValueType = 1
	ValueUint16  ValueType = 2
	ValueInt16   ValueType = 3
	ValueUint32  ValueType = 4
	ValueInt32   ValueType = 5
	ValueFloat32 ValueType = 6 // IEEE binary32, kept as its raw bits
	ValueBool    ValueType = 7
	ValueString  ValueType = 8
	ValueArray   ValueType = 9
	ValueUint64  ValueType = 10
	ValueInt64   ValueType = 11
	ValueFloat64 ValueType = 12 // IEEE binary64, kept as its raw bits
)

var valueTypeNames = [...]string{
	ValueUint8:   "UINT8",
	ValueInt8:    "INT8",
	ValueUint16:  "UINT16",
	ValueInt16:   "INT16",
	ValueUint32:  "UINT32",
	ValueInt32:   "INT32",
	ValueFloat32: "FLOAT32",
	ValueBool:    "BOOL",
	ValueString:  "STRING",
	ValueArray:   "ARRAY",
	ValueUint64:  "UINT64",
	ValueInt64:   "INT64",
	ValueFloat64: "FLOAT64",
}

// fixedSizes holds the encoded size of the fixed-size value types (0 for
// STRING and ARRAY).
var fixedSizes = [...]uint64{
	ValueUint8: 1, ValueInt8: 1, ValueUint16: 2, ValueInt16: 2,
	ValueUint32: 4, ValueInt32: 4, ValueFloat32: 4, ValueBool: 1,
	ValueString: 0, ValueArray: 0,
	ValueUint64: 8, ValueInt64: 8, ValueFloat64: 8,
}

// Valid reports whether t is one of the thirteen GGUF value types.
func (t ValueType) Valid() bool { return t <= ValueFloat64 }

// String returns the GGUF name of t ("UINT32", "STRING", ...), or
// "ValueType(N)" for an invalid type.
func (t ValueType) String() string {
	if t.Valid() {
		return valueTypeNames[t]
	}
	return fmt.Sprintf("ValueType(%d)", uint32(t))
}

// fixedSize returns the encoded size of a fixed-size value type, or 0.
func (t ValueType) fixedSize() uint64 {
	if t.Valid() {
		return fixedSizes[t]
	}
	return 0
}

// minSize returns the fewest bytes an encoded value of type t occupies.
func (t ValueType) minSize() uint64 {
	switch t {
	case ValueString:
		return 8 // length
	case ValueArray:
		return 12 // element type and count
	}
	return t.fixedSize()
}

// Value is one GGUF metadata value. The zero Value is UINT8 0. Values are
// immutable; build them with the constructors (Uint32Value, StringValue,
// StringArrayValue, ArrayValue, ...) and read them with the accessors, which
// return a *WrongTypeError wrapping ErrWrongType on a type mismatch.
type Value struct {
	typ  ValueType
	bits uint64     // scalars: zero-extended unsigned, sign-extended signed, IEEE bits, bool 0/1
	str  string     // STRING
	arr  *arrayData // ARRAY, never nil for an ARRAY
}

// arrayData is the compact representation of an ARRAY value.
type arrayData struct {
	elem ValueType
	n    int
	raw  []byte   // fixed-size elements, little-endian as in the file; nil if n == 0
	strs []string // STRING elements; nil if n == 0
	vals []Value  // ARRAY elements; nil if n == 0
}

// KV is one metadata key/value pair.
type KV struct {
	// Key is the metadata key, e.g. "general.architecture".
	Key string
	// Value is the metadata value.
	Value Value
}

// Uint8Value returns a UINT8 value.
func Uint8Value(v uint8) Value { return Value{typ: ValueUint8, bits: uint64(v)} }

// Int8Value returns an INT8 value.
func Int8Value(v int8) Value { return Value{typ: ValueInt8, bits: uint64(int64(v))} }

// Uint16Value returns a UINT16 value.
func Uint16Value(v uint16) Value { return Value{typ: ValueUint16, bits: uint64(v)} }

// Int16Value returns an INT16 value.
func Int16Value(v int16) Value { return Value{typ: ValueInt16, bits: uint64(int64(v))} }

// Uint32Value returns a UINT32 value.
func Uint32Value(v uint32) Value { return Value{typ: ValueUint32, bits: uint64(v)} }

// Int32Value returns an INT32 value.
func Int32Value(v int32) Value { return Value{typ: ValueInt32, bits: uint64(int64(v))} }

// Uint64Value returns a UINT64 value.
func Uint64Value(v uint64) Value { return Value{typ: ValueUint64, bits: v} }

// Int64Value returns an INT64 value.
func Int64Value(v int64) Value { return Value{typ: ValueInt64, bits: uint64(v)} }

// BoolValue returns a BOOL value.
func BoolValue(v bool) Value {
	var b uint64
	if v {
		b = 1
	}
	return Value{typ: ValueBool, bits: b}
}

// StringValue returns a STRING value.
func StringValue(s string) Value { return Value{typ: ValueString, str: s} }

// Float32BitsValue returns a FLOAT32 value from its IEEE binary32 bits.
func Float32BitsValue(bits uint32) Value { return Value{typ: ValueFloat32, bits: uint64(bits)} }

// Float64BitsValue returns a FLOAT64 value from its IEEE binary64 bits.
func Float64BitsValue(bits uint64) Value { return Value{typ: ValueFloat64, bits: bits} }

// fixedArray encodes xs as an ARRAY of the fixed-size type elem.
func fixedArray[T any](elem ValueType, xs []T, put func([]byte, T)) Value {
	a := &arrayData{elem: elem, n: len(xs)}
	if len(xs) > 0 {
		sz := int(elem.fixedSize())
		a.raw = make([]byte, len(xs)*sz)
		for i, x := range xs {
			put(a.raw[i*sz:], x)
		}
	}
	return Value{typ: ValueArray, arr: a}
}

func putU8(b []byte, v uint8)   { b[0] = v }
func putI8(b []byte, v int8)    { b[0] = uint8(v) }
func putI16(b []byte, v int16)  { binary.LittleEndian.PutUint16(b, uint16(v)) }
func putI32(b []byte, v int32)  { binary.LittleEndian.PutUint32(b, uint32(v)) }
func putI64(b []byte, v int64)  { binary.LittleEndian.PutUint64(b, uint64(v)) }
func putU16(b []byte, v uint16) { binary.LittleEndian.PutUint16(b, v) }
func putU32(b []byte, v uint32) { binary.LittleEndian.PutUint32(b, v) }
func putU64(b []byte, v uint64) { binary.LittleEndian.PutUint64(b, v) }
func putBool(b []byte, v bool) {
	b[0] = 0
	if v {
		b[0] = 1
	}
}

// Uint8ArrayValue returns an ARRAY of UINT8.
func Uint8ArrayValue(xs []uint8) Value { return fixedArray(ValueUint8, xs, putU8) }

// Int8ArrayValue returns an ARRAY of INT8.
func Int8ArrayValue(xs []int8) Value { return fixedArray(ValueInt8, xs, putI8) }

// Uint16ArrayValue returns an ARRAY of UINT16.
func Uint16ArrayValue(xs []uint16) Value { return fixedArray(ValueUint16, xs, putU16) }

// Int16ArrayValue returns an ARRAY of INT16.
func Int16ArrayValue(xs []int16) Value { return fixedArray(ValueInt16, xs, putI16) }

// Uint32ArrayValue returns an ARRAY of UINT32.
func Uint32ArrayValue(xs []uint32) Value { return fixedArray(ValueUint32, xs, putU32) }

// Int32ArrayValue returns an ARRAY of INT32.
func Int32ArrayValue(xs []int32) Value { return fixedArray(ValueInt32, xs, putI32) }

// Uint64ArrayValue returns an ARRAY of UINT64.
func Uint64ArrayValue(xs []uint64) Value { return fixedArray(ValueUint64, xs, putU64) }

// Int64ArrayValue returns an ARRAY of INT64.
func Int64ArrayValue(xs []int64) Value { return fixedArray(ValueInt64, xs, putI64) }

// BoolArrayValue returns an ARRAY of BOOL.
func BoolArrayValue(xs []bool) Value { return fixedArray(ValueBool, xs, putBool) }

// Float32BitsArrayValue returns an ARRAY of FLOAT32 from IEEE binary32 bits.
func Float32BitsArrayValue(xs []uint32) Value { return fixedArray(ValueFloat32, xs, putU32) }

// Float64BitsArrayValue returns an ARRAY of FLOAT64 from IEEE binary64 bits.
func Float64BitsArrayValue(xs []uint64) Value { return fixedArray(ValueFloat64, xs, putU64) }

// StringArrayValue returns an ARRAY of STRING. The slice is copied.
func StringArrayValue(xs []string) Value {
	a := &arrayData{elem: ValueString, n: len(xs)}
	if len(xs) > 0 {
		a.strs = slices.Clone(xs)
	}
	return Value{typ: ValueArray, arr: a}
}

// ArrayValue returns an ARRAY whose elements, all of type elem, are elems.
// It is the way to build nested arrays (elem == ValueArray), which the GGUF
// spec allows but llama.cpp refuses to load: keep them out of model files.
// It fails with ErrBadValue for an invalid elem and with a *WrongTypeError
// for an element of another type.
func ArrayValue(elem ValueType, elems []Value) (Value, error) {
	if !elem.Valid() {
		return Value{}, &FormatError{Field: "array element type", Offset: -1, Err: ErrBadValue,
			Detail: fmt.Sprintf("invalid value type %d", uint32(elem))}
	}
	for i, e := range elems {
		if e.typ != elem {
			return Value{}, &WrongTypeError{Want: elem.String(), Got: fmt.Sprintf("%s at index %d", e.typeDesc(), i)}
		}
	}
	a := &arrayData{elem: elem, n: len(elems)}
	if len(elems) == 0 {
		return Value{typ: ValueArray, arr: a}, nil
	}
	switch elem {
	case ValueString:
		a.strs = make([]string, len(elems))
		for i, e := range elems {
			a.strs[i] = e.str
		}
	case ValueArray:
		a.vals = slices.Clone(elems)
	default:
		sz := int(elem.fixedSize())
		a.raw = make([]byte, len(elems)*sz)
		for i, e := range elems {
			putScalar(a.raw[i*sz:], sz, e.bits)
		}
	}
	return Value{typ: ValueArray, arr: a}, nil
}

// putScalar writes the low sz bytes of bits little-endian.
func putScalar(b []byte, sz int, bits uint64) {
	for i := range sz {
		b[i] = byte(bits >> (8 * i))
	}
}

// getScalar reads an element of a fixed-size type and returns it in the
// Value.bits convention (sign-extended for the signed types).
func getScalar(b []byte, t ValueType) uint64 {
	switch t {
	case ValueUint8, ValueBool:
		return uint64(b[0])
	case ValueInt8:
		return uint64(int64(int8(b[0])))
	case ValueUint16:
		return uint64(binary.LittleEndian.Uint16(b))
	case ValueInt16:
		return uint64(int64(int16(binary.LittleEndian.Uint16(b))))
	case ValueUint32, ValueFloat32:
		return uint64(binary.LittleEndian.Uint32(b))
	case ValueInt32:
		return uint64(int64(int32(binary.LittleEndian.Uint32(b))))
	default: // UINT64, INT64, FLOAT64
		return binary.LittleEndian.Uint64(b)
	}
}

// Type returns the value's type.
func (v Value) Type() ValueType { return v.typ }

// typeDesc describes v's type for errors: "UINT32", "ARRAY[STRING]".
func (v Value) typeDesc() string {
	if v.typ == ValueArray {
		return "ARRAY[" + v.arr.elem.String() + "]"
	}
	return v.typ.String()
}

func (v Value) scalar(t ValueType) (uint64, error) {
	if v.typ != t {
		return 0, &WrongTypeError{Want: t.String(), Got: v.typeDesc()}
	}
	return v.bits, nil
}

// Uint8 returns the value of a UINT8.
func (v Value) Uint8() (uint8, error) { b, err := v.scalar(ValueUint8); return uint8(b), err }

// Int8 returns the value of an INT8.
func (v Value) Int8() (int8, error) { b, err := v.scalar(ValueInt8); return int8(b), err }

// Uint16 returns the value of a UINT16.
func (v Value) Uint16() (uint16, error) { b, err := v.scalar(ValueUint16); return uint16(b), err }

// Int16 returns the value of an INT16.
func (v Value) Int16() (int16, error) { b, err := v.scalar(ValueInt16); return int16(b), err }

// Uint32 returns the value of a UINT32.
func (v Value) Uint32() (uint32, error) { b, err := v.scalar(ValueUint32); return uint32(b), err }

// Int32 returns the value of an INT32.
func (v Value) Int32() (int32, error) { b, err := v.scalar(ValueInt32); return int32(b), err }

// Uint64 returns the value of a UINT64.
func (v Value) Uint64() (uint64, error) { return v.scalar(ValueUint64) }

// Int64 returns the value of an INT64.
func (v Value) Int64() (int64, error) { b, err := v.scalar(ValueInt64); return int64(b), err }

// Bool returns the value of a BOOL.
func (v Value) Bool() (bool, error) { b, err := v.scalar(ValueBool); return b != 0, err }

// Float32Bits returns the IEEE binary32 bits of a FLOAT32.
func (v Value) Float32Bits() (uint32, error) {
	b, err := v.scalar(ValueFloat32)
	return uint32(b), err
}

// Float64Bits returns the IEEE binary64 bits of a FLOAT64.
func (v Value) Float64Bits() (uint64, error) { return v.scalar(ValueFloat64) }

// String returns the value of a STRING. (Value deliberately has no
// fmt.Stringer; this accessor takes the name.)
func (v Value) String() (string, error) {
	if v.typ != ValueString {
		return "", &WrongTypeError{Want: ValueString.String(), Got: v.typeDesc()}
	}
	return v.str, nil
}

// isSigned reports whether t is a signed integer type.
func isSigned(t ValueType) bool {
	return t == ValueInt8 || t == ValueInt16 || t == ValueInt32 || t == ValueInt64
}

// isUnsigned reports whether t is an unsigned integer type.
func isUnsigned(t ValueType) bool {
	return t == ValueUint8 || t == ValueUint16 || t == ValueUint32 || t == ValueUint64
}

// AsUint64 returns the value of any integer type as a uint64: unsigned types
// always, signed types when non-negative. GGUF writers disagree about UINT32
// and UINT64 for counts, so readers of counts should use this.
func (v Value) AsUint64() (uint64, error) {
	switch {
	case isUnsigned(v.typ):
		return v.bits, nil
	case isSigned(v.typ):
		if int64(v.bits) < 0 {
			return 0, &WrongTypeError{Want: "non-negative integer", Got: fmt.Sprintf("%s %d", v.typ, int64(v.bits))}
		}
		return v.bits, nil
	}
	return 0, &WrongTypeError{Want: "integer", Got: v.typeDesc()}
}

// AsInt64 returns the value of any integer type as an int64: signed types
// always, unsigned types when they fit.
func (v Value) AsInt64() (int64, error) {
	switch {
	case isSigned(v.typ):
		return int64(v.bits), nil
	case isUnsigned(v.typ):
		if v.bits > math.MaxInt64 {
			return 0, &WrongTypeError{Want: "integer in int64 range", Got: fmt.Sprintf("%s %d", v.typ, v.bits)}
		}
		return int64(v.bits), nil
	}
	return 0, &WrongTypeError{Want: "integer", Got: v.typeDesc()}
}

// ArrayType returns the element type of an ARRAY.
func (v Value) ArrayType() (ValueType, error) {
	if v.typ != ValueArray {
		return 0, &WrongTypeError{Want: ValueArray.String(), Got: v.typeDesc()}
	}
	return v.arr.elem, nil
}

// Len returns the number of elements of an ARRAY, and 0 for any other value.
func (v Value) Len() int {
	if v.typ != ValueArray {
		return 0
	}
	return v.arr.n
}

// Array returns the elements of an ARRAY of any element type as Values.
func (v Value) Array() ([]Value, error) {
	if v.typ != ValueArray {
		return nil, &WrongTypeError{Want: ValueArray.String(), Got: v.typeDesc()}
	}
	a := v.arr
	out := make([]Value, a.n)
	switch a.elem {
	case ValueString:
		for i, s := range a.strs {
			out[i] = StringValue(s)
		}
	case ValueArray:
		copy(out, a.vals)
	default:
		sz := int(a.elem.fixedSize())
		for i := range out {
			out[i] = Value{typ: a.elem, bits: getScalar(a.raw[i*sz:], a.elem)}
		}
	}
	return out, nil
}

// arrayOf checks that v is an ARRAY of elem and returns its data.
func (v Value) arrayOf(elem ValueType) (*arrayData, error) {
	if v.typ != ValueArray || v.arr.elem != elem {
		return nil, &WrongTypeError{Want: "ARRAY[" + elem.String() + "]", Got: v.typeDesc()}
	}
	return v.arr, nil
}

// fixedElems decodes an ARRAY of the fixed-size type elem.
func fixedElems[T any](v Value, elem ValueType, conv func(uint64) T) ([]T, error) {
	a, err := v.arrayOf(elem)
	if err != nil {
		return nil, err
	}
	out := make([]T, a.n)
	sz := int(elem.fixedSize())
	for i := range out {
		out[i] = conv(getScalar(a.raw[i*sz:], elem))
	}
	return out, nil
}

// Uint8s returns the elements of an ARRAY of UINT8.
func (v Value) Uint8s() ([]uint8, error) {
	return fixedElems(v, ValueUint8, func(b uint64) uint8 { return uint8(b) })
}

// Int8s returns the elements of an ARRAY of INT8.
func (v Value) Int8s() ([]int8, error) {
	return fixedElems(v, ValueInt8, func(b uint64) int8 { return int8(b) })
}

// Uint16s returns the elements of an ARRAY of UINT16.
func (v Value) Uint16s() ([]uint16, error) {
	return fixedElems(v, ValueUint16, func(b uint64) uint16 { return uint16(b) })
}

// Int16s returns the elements of an ARRAY of INT16.
func (v Value) Int16s() ([]int16, error) {
	return fixedElems(v, ValueInt16, func(b uint64) int16 { return int16(b) })
}

// Uint32s returns the elements of an ARRAY of UINT32.
func (v Value) Uint32s() ([]uint32, error) {
	return fixedElems(v, ValueUint32, func(b uint64) uint32 { return uint32(b) })
}

// Int32s returns the elements of an ARRAY of INT32.
func (v Value) Int32s() ([]int32, error) {
	return fixedElems(v, ValueInt32, func(b uint64) int32 { return int32(b) })
}

// Uint64s returns the elements of an ARRAY of UINT64.
func (v Value) Uint64s() ([]uint64, error) {
	return fixedElems(v, ValueUint64, func(b uint64) uint64 { return b })
}

// Int64s returns the elements of an ARRAY of INT64.
func (v Value) Int64s() ([]int64, error) {
	return fixedElems(v, ValueInt64, func(b uint64) int64 { return int64(b) })
}

// Bools returns the elements of an ARRAY of BOOL.
func (v Value) Bools() ([]bool, error) {
	return fixedElems(v, ValueBool, func(b uint64) bool { return b != 0 })
}

// Float32BitsArray returns the IEEE binary32 bits of the elements of an
// ARRAY of FLOAT32.
func (v Value) Float32BitsArray() ([]uint32, error) {
	return fixedElems(v, ValueFloat32, func(b uint64) uint32 { return uint32(b) })
}

// Float64BitsArray returns the IEEE binary64 bits of the elements of an
// ARRAY of FLOAT64.
func (v Value) Float64BitsArray() ([]uint64, error) {
	return fixedElems(v, ValueFloat64, func(b uint64) uint64 { return b })
}

// Strings returns the elements of an ARRAY of STRING.
func (v Value) Strings() ([]string, error) {
	a, err := v.arrayOf(ValueString)
	if err != nil {
		return nil, err
	}
	return slices.Clone(a.strs), nil
}

// Equal reports whether v and o have the same type and the same value
// (bit-for-bit for FLOAT32 and FLOAT64, element-wise for arrays).
func (v Value) Equal(o Value) bool {
	if v.typ != o.typ || v.bits != o.bits || v.str != o.str {
		return false
	}
	if v.typ != ValueArray {
		return true
	}
	a, b := v.arr, o.arr
	if a.elem != b.elem || a.n != b.n || !slices.Equal(a.raw, b.raw) || !slices.Equal(a.strs, b.strs) {
		return false
	}
	return slices.EqualFunc(a.vals, b.vals, Value.Equal)
}
