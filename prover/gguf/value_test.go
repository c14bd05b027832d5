package gguf

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestValueScalars(t *testing.T) {
	v := Uint8Value(200)
	require.Equal(t, ValueUint8, v.Type())
	u8, err := v.Uint8()
	require.NoError(t, err)
	require.Equal(t, uint8(200), u8)

	i8, err := Int8Value(-3).Int8()
	require.NoError(t, err)
	require.Equal(t, int8(-3), i8)
	u16, err := Uint16Value(65535).Uint16()
	require.NoError(t, err)
	require.Equal(t, uint16(65535), u16)
	i16, err := Int16Value(-32768).Int16()
	require.NoError(t, err)
	require.Equal(t, int16(-32768), i16)
	u32, err := Uint32Value(math.MaxUint32).Uint32()
	require.NoError(t, err)
	require.Equal(t, uint32(math.MaxUint32), u32)
	i32, err := Int32Value(math.MinInt32).Int32()
	require.NoError(t, err)
	require.Equal(t, int32(math.MinInt32), i32)
	u64, err := Uint64Value(math.MaxUint64).Uint64()
	require.NoError(t, err)
	require.Equal(t, uint64(math.MaxUint64), u64)
	i64, err := Int64Value(math.MinInt64).Int64()
	require.NoError(t, err)
	require.Equal(t, int64(math.MinInt64), i64)
	b, err := BoolValue(true).Bool()
	require.NoError(t, err)
	require.True(t, b)
	s, err := StringValue("x").String()
	require.NoError(t, err)
	require.Equal(t, "x", s)
	f32, err := Float32BitsValue(0x7F800001).Float32Bits() // a NaN survives bit-exactly
	require.NoError(t, err)
	require.Equal(t, uint32(0x7F800001), f32)
	f64, err := Float64BitsValue(0xFFF0000000000001).Float64Bits()
	require.NoError(t, err)
	require.Equal(t, uint64(0xFFF0000000000001), f64)

	// Every scalar accessor rejects every other type, naming both.
	_, err = Int32Value(1).Uint32()
	require.ErrorIs(t, err, ErrWrongType)
	require.EqualError(t, err, "gguf: wrong value type: got INT32, want UINT32")
	_, err = StringArrayValue(nil).String()
	require.EqualError(t, err, "gguf: wrong value type: got ARRAY[STRING], want STRING")
	_, err = Uint8Value(1).Bool()
	require.ErrorIs(t, err, ErrWrongType)
	_, err = Uint32Value(1).Float32Bits()
	require.ErrorIs(t, err, ErrWrongType)
	_, err = StringValue("").ArrayType()
	require.ErrorIs(t, err, ErrWrongType)
	require.Zero(t, StringValue("abc").Len())

	// The zero Value is UINT8 0.
	var zero Value
	require.Equal(t, ValueUint8, zero.Type())
	require.True(t, zero.Equal(Uint8Value(0)))
}

func TestValueAsInteger(t *testing.T) {
	for _, v := range []Value{Uint8Value(5), Uint16Value(5), Uint32Value(5), Uint64Value(5), Int8Value(5), Int16Value(5), Int32Value(5), Int64Value(5)} {
		u, err := v.AsUint64()
		require.NoError(t, err, v.Type().String())
		require.Equal(t, uint64(5), u)
		i, err := v.AsInt64()
		require.NoError(t, err, v.Type().String())
		require.Equal(t, int64(5), i)
	}
	_, err := Int8Value(-1).AsUint64()
	require.ErrorIs(t, err, ErrWrongType)
	require.ErrorContains(t, err, "INT8 -1")
	i, err := Int64Value(-9).AsInt64()
	require.NoError(t, err)
	require.Equal(t, int64(-9), i)
	_, err = Uint64Value(math.MaxUint64).AsInt64()
	require.ErrorIs(t, err, ErrWrongType)
	for _, v := range []Value{BoolValue(true), StringValue("1"), Float32BitsValue(0), Float64BitsValue(0), Uint32ArrayValue([]uint32{1})} {
		_, err := v.AsUint64()
		require.ErrorIs(t, err, ErrWrongType, v.Type().String())
		_, err = v.AsInt64()
		require.ErrorIs(t, err, ErrWrongType, v.Type().String())
	}
}

func TestValueArrays(t *testing.T) {
	check := func(v Value, elem ValueType, n int) {
		t.Helper()
		require.Equal(t, ValueArray, v.Type())
		et, err := v.ArrayType()
		require.NoError(t, err)
		require.Equal(t, elem, et)
		require.Equal(t, n, v.Len())
		elems, err := v.Array()
		require.NoError(t, err)
		require.Len(t, elems, n)
		// Rebuilding from the generic elements gives an equal value.
		again, err := ArrayValue(elem, elems)
		require.NoError(t, err)
		require.True(t, v.Equal(again))
		require.Equal(t, v, again)
	}

	u8 := Uint8ArrayValue([]uint8{1, 2})
	check(u8, ValueUint8, 2)
	got8, err := u8.Uint8s()
	require.NoError(t, err)
	require.Equal(t, []uint8{1, 2}, got8)

	i8 := Int8ArrayValue([]int8{-1, 1})
	check(i8, ValueInt8, 2)
	gotI8, err := i8.Int8s()
	require.NoError(t, err)
	require.Equal(t, []int8{-1, 1}, gotI8)

	u16 := Uint16ArrayValue([]uint16{1, 0xFFFF})
	check(u16, ValueUint16, 2)
	gotU16, err := u16.Uint16s()
	require.NoError(t, err)
	require.Equal(t, []uint16{1, 0xFFFF}, gotU16)

	i16 := Int16ArrayValue([]int16{-2, 2})
	check(i16, ValueInt16, 2)
	gotI16, err := i16.Int16s()
	require.NoError(t, err)
	require.Equal(t, []int16{-2, 2}, gotI16)

	u32 := Uint32ArrayValue([]uint32{3})
	check(u32, ValueUint32, 1)
	gotU32, err := u32.Uint32s()
	require.NoError(t, err)
	require.Equal(t, []uint32{3}, gotU32)

	i32 := Int32ArrayValue([]int32{-3, 3})
	check(i32, ValueInt32, 2)
	gotI32, err := i32.Int32s()
	require.NoError(t, err)
	require.Equal(t, []int32{-3, 3}, gotI32)

	u64 := Uint64ArrayValue([]uint64{math.MaxUint64})
	check(u64, ValueUint64, 1)
	gotU64, err := u64.Uint64s()
	require.NoError(t, err)
	require.Equal(t, []uint64{math.MaxUint64}, gotU64)

	i64 := Int64ArrayValue([]int64{math.MinInt64})
	check(i64, ValueInt64, 1)
	gotI64, err := i64.Int64s()
	require.NoError(t, err)
	require.Equal(t, []int64{math.MinInt64}, gotI64)

	bs := BoolArrayValue([]bool{true, false})
	check(bs, ValueBool, 2)
	gotB, err := bs.Bools()
	require.NoError(t, err)
	require.Equal(t, []bool{true, false}, gotB)

	f32 := Float32BitsArrayValue([]uint32{0xFFFFFFFF})
	check(f32, ValueFloat32, 1)
	gotF32, err := f32.Float32BitsArray()
	require.NoError(t, err)
	require.Equal(t, []uint32{0xFFFFFFFF}, gotF32)

	f64 := Float64BitsArrayValue([]uint64{1, 2})
	check(f64, ValueFloat64, 2)
	gotF64, err := f64.Float64BitsArray()
	require.NoError(t, err)
	require.Equal(t, []uint64{1, 2}, gotF64)

	ss := StringArrayValue([]string{"", "b"})
	check(ss, ValueString, 2)
	gotS, err := ss.Strings()
	require.NoError(t, err)
	require.Equal(t, []string{"", "b"}, gotS)

	nested, err := ArrayValue(ValueArray, []Value{ss, StringArrayValue(nil)})
	require.NoError(t, err)
	check(nested, ValueArray, 2)
	inner, err := nested.Array()
	require.NoError(t, err)
	require.True(t, inner[0].Equal(ss))

	empty := Int32ArrayValue(nil)
	check(empty, ValueInt32, 0)
	require.Equal(t, empty, Int32ArrayValue([]int32{}))
	gotEmpty, err := empty.Int32s()
	require.NoError(t, err)
	require.Empty(t, gotEmpty)

	// Typed accessors check the element type.
	_, err = i32.Uint32s()
	require.ErrorIs(t, err, ErrWrongType)
	require.EqualError(t, err, "gguf: wrong value type: got ARRAY[INT32], want ARRAY[UINT32]")
	_, err = Uint32Value(1).Uint32s()
	require.EqualError(t, err, "gguf: wrong value type: got UINT32, want ARRAY[UINT32]")
	_, err = Uint32Value(1).Array()
	require.ErrorIs(t, err, ErrWrongType)

	// ArrayValue checks its elements.
	_, err = ArrayValue(ValueInt32, []Value{Int32Value(1), Uint32Value(2)})
	require.ErrorIs(t, err, ErrWrongType)
	require.ErrorContains(t, err, "UINT32 at index 1")
	_, err = ArrayValue(ValueType(13), nil)
	require.ErrorIs(t, err, ErrBadValue)

	// Equal is exact.
	require.False(t, Int32ArrayValue([]int32{1}).Equal(Uint32ArrayValue([]uint32{1})))
	require.False(t, Int32ArrayValue([]int32{1}).Equal(Int32ArrayValue([]int32{2})))
	require.False(t, StringValue("a").Equal(StringValue("b")))
	require.False(t, Int32Value(1).Equal(Uint32Value(1)))
}

func TestTypeNames(t *testing.T) {
	require.Equal(t, "Q8_0", TypeQ8_0.String())
	require.Equal(t, "BF16", TypeBF16.String())
	require.Equal(t, "Type(99)", Type(99).String())
	require.False(t, Type(4).Known(), "Q4_2 was removed from ggml")
	require.Equal(t, uint64(32), TypeQ8_0.BlockSize())
	require.Equal(t, uint64(34), TypeQ8_0.TypeSize())
	require.Equal(t, uint64(256), TypeQ6_K.BlockSize())
	require.Equal(t, uint64(210), TypeQ6_K.TypeSize())
	require.Zero(t, Type(99).BlockSize())
	require.Equal(t, "FLOAT32", ValueFloat32.String())
	require.Equal(t, "ValueType(13)", ValueType(13).String())

	ti := TensorInfo{Name: "x", Dims: []uint64{64, 3}, Type: TypeQ8_0}
	require.Equal(t, uint64(192), ti.NumElements())
	require.Equal(t, uint64(2*3*34), ti.Size())
	require.Zero(t, TensorInfo{Dims: []uint64{33}, Type: TypeQ8_0}.Size())
	require.Zero(t, TensorInfo{Dims: []uint64{1 << 40, 1 << 40}, Type: TypeF32}.NumElements())
}
