package gguf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
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

// arrayData is the compact representation of an ARRAY value: its elements
// kept in their GGUF encoding, as in the file (little-endian fixed-size
// values; u64 length and bytes for each STRING; element type, u64 count and
// elements for each nested ARRAY). Accessors decode on demand, so a parsed
// array costs the bytes it occupies in the file plus one arrayData, whatever
// its shape: no per-element heap objects. raw is immutable and may be shared
// between Values (nested arrays returned by Array slice their parent's raw).
type arrayData struct {
	elem ValueType
	n    int
	raw  []byte // the elements' encoding; nil if n == 0
}

// emptyArrays holds one shared arrayData per element type for empty arrays,
// so that empty arrays cost no allocation.
var emptyArrays = func() (a [ValueFloat64 + 1]*arrayData) {
	for t := range a {
		a[t] = &arrayData{elem: ValueType(t)}
	}
	return a
}()

// arrayValue returns the ARRAY of n elements of type elem encoded in raw.
func arrayValue(elem ValueType, n int, raw []byte) Value {
	if n == 0 {
		return Value{typ: ValueArray, arr: emptyArrays[elem]}
	}
	return Value{typ: ValueArray, arr: &arrayData{elem: elem, n: n, raw: raw}}
}

// appendEncoding appends v's encoding (without its type) to b.
func appendEncoding(b []byte, v Value) []byte {
	switch v.typ {
	case ValueString:
		b = binary.LittleEndian.AppendUint64(b, uint64(len(v.str)))
		return append(b, v.str...)
	case ValueArray:
		b = binary.LittleEndian.AppendUint32(b, uint32(v.arr.elem))
		b = binary.LittleEndian.AppendUint64(b, uint64(v.arr.n))
		return append(b, v.arr.raw...)
	}
	sz := int(v.typ.fixedSize())
	b = append(b, make([]byte, sz)...)
	putScalar(b[len(b)-sz:], sz, v.bits)
	return b
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
	if len(xs) == 0 {
		return arrayValue(elem, 0, nil)
	}
	sz := int(elem.fixedSize())
	raw := make([]byte, len(xs)*sz)
	for i, x := range xs {
		put(raw[i*sz:], x)
	}
	return arrayValue(elem, len(xs), raw)
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

// StringArrayValue returns an ARRAY of STRING. The strings are copied.
func StringArrayValue(xs []string) Value {
	size := 0
	for _, x := range xs {
		size += 8 + len(x)
	}
	var raw []byte
	if len(xs) > 0 {
		raw = make([]byte, 0, size)
	}
	for _, x := range xs {
		raw = binary.LittleEndian.AppendUint64(raw, uint64(len(x)))
		raw = append(raw, x...)
	}
	return arrayValue(ValueString, len(xs), raw)
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
	var raw []byte
	for _, e := range elems {
		raw = appendEncoding(raw, e)
	}
	return arrayValue(elem, len(elems), raw), nil
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
	case ValueString, ValueArray:
		off := 0
		for i := range out {
			// raw was validated when the Value was made, so this cannot fail.
			end, err := scanElem(a.raw, off, a.elem, 0, "")
			if err != nil {
				return nil, err
			}
			e := a.raw[off:end:end]
			if a.elem == ValueString {
				out[i] = StringValue(string(e[8:]))
			} else {
				n := binary.LittleEndian.Uint64(e[4:])
				out[i] = arrayValue(ValueType(binary.LittleEndian.Uint32(e)), int(n), e[12:])
			}
			off = end
		}
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
	out := make([]string, a.n)
	off := 0
	for i := range out {
		n := binary.LittleEndian.Uint64(a.raw[off:])
		off += 8
		out[i] = string(a.raw[off : off+int(n)])
		off += int(n)
	}
	return out, nil
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
	// The encoding of an array's elements is unique, so equal elements
	// means equal bytes.
	return a.elem == b.elem && a.n == b.n && bytes.Equal(a.raw, b.raw)
}

// scanElem returns the end of the element of type elem that starts at off in
// raw, checking that it lies inside raw and respects the package's limits;
// depth is the ARRAY nesting depth of the element's container. Errors are
// *FormatError values with Offset -1 whose Field is field followed by what is
// wrong.
func scanElem(raw []byte, off int, elem ValueType, depth int, field string) (int, error) {
	bad := func(sentinel error, what, detail string) (int, error) {
		return 0, &FormatError{Field: field + what, Offset: -1, Err: sentinel, Detail: detail}
	}
	rest := uint64(len(raw) - off)
	switch elem {
	case ValueString:
		if rest < 8 {
			return bad(ErrTruncated, "", "string length truncated")
		}
		n := binary.LittleEndian.Uint64(raw[off:])
		if n > MaxStringLen {
			return bad(ErrLimit, "", fmt.Sprintf("length %d exceeds limit %d", n, MaxStringLen))
		}
		if n > rest-8 {
			return bad(ErrTruncated, "", fmt.Sprintf("length %d exceeds the %d bytes left", n, rest-8))
		}
		return off + 8 + int(n), nil
	case ValueArray:
		if depth+1 > MaxArrayDepth {
			return bad(ErrLimit, "", fmt.Sprintf("array nesting depth exceeds %d", MaxArrayDepth))
		}
		if rest < 12 {
			return bad(ErrTruncated, "", "array header truncated")
		}
		et := ValueType(binary.LittleEndian.Uint32(raw[off:]))
		n := binary.LittleEndian.Uint64(raw[off+4:])
		if !et.Valid() {
			return bad(ErrBadValue, " element type", fmt.Sprintf("invalid value type %d", uint32(et)))
		}
		if n > MaxArrayLen {
			return bad(ErrLimit, " count", fmt.Sprintf("count %d exceeds limit %d", n, MaxArrayLen))
		}
		return scanElems(raw, off+12, et, n, depth+1, field)
	}
	sz := elem.fixedSize()
	if rest < sz {
		return bad(ErrTruncated, "", "value truncated")
	}
	return off + int(sz), nil
}

// scanElems returns the end of the n elements of type elem that start at off
// in raw, an ARRAY at nesting depth depth, checking them like scanElem.
func scanElems(raw []byte, off int, elem ValueType, n uint64, depth int, field string) (int, error) {
	if sz := elem.fixedSize(); sz > 0 {
		if n > uint64(len(raw)-off)/sz {
			return 0, &FormatError{Field: field, Offset: -1, Err: ErrTruncated,
				Detail: fmt.Sprintf("%d elements of %d bytes exceed the %d bytes left", n, sz, len(raw)-off)}
		}
		return off + int(n*sz), nil
	}
	for i := range n {
		end, err := scanElem(raw, off, elem, depth, "")
		if err != nil {
			var fe *FormatError
			if errors.As(err, &fe) {
				fe.Field = fmt.Sprintf("%s[%d]%s", field, i, fe.Field)
			}
			return 0, err
		}
		off = end
	}
	return off, nil
}
