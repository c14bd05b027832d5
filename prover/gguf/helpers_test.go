package gguf

import (
	"bytes"
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"
)

// raw builds GGUF bytes field by field, for malformed files.
type raw struct{ b []byte }

func header(version uint32, nTensors, nKVs uint64) *raw {
	r := &raw{b: []byte("GGUF")}
	return r.u32(version).u64(nTensors).u64(nKVs)
}

func (r *raw) u8(v uint8) *raw   { r.b = append(r.b, v); return r }
func (r *raw) u32(v uint32) *raw { r.b = binary.LittleEndian.AppendUint32(r.b, v); return r }
func (r *raw) u64(v uint64) *raw { r.b = binary.LittleEndian.AppendUint64(r.b, v); return r }
func (r *raw) str(s string) *raw { r.u64(uint64(len(s))); r.b = append(r.b, s...); return r }
func (r *raw) zeros(n int) *raw  { r.b = append(r.b, make([]byte, n)...); return r }

// kvU32 appends a UINT32 key/value pair.
func (r *raw) kvU32(key string, v uint32) *raw { return r.str(key).u32(uint32(ValueUint32)).u32(v) }

// tensor appends a tensor info.
func (r *raw) tensor(name string, dims []uint64, typ Type, off uint64) *raw {
	r.str(name).u32(uint32(len(dims)))
	for _, d := range dims {
		r.u64(d)
	}
	return r.u32(uint32(typ)).u64(off)
}

// padTo appends zeros up to a multiple of a.
func (r *raw) padTo(a int) *raw {
	for len(r.b)%a != 0 {
		r.b = append(r.b, 0)
	}
	return r
}

func (r *raw) bytes() []byte { return r.b }

// readBytes parses b.
func readBytes(b []byte) (*File, error) { return Read(bytes.NewReader(b), int64(len(b))) }

// writeBytes runs w.WriteTo into memory.
func writeBytes(t testing.TB, w *Writer) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := w.WriteTo(&buf)
	require.NoError(t, err)
	require.Equal(t, int64(buf.Len()), n)
	return buf.Bytes()
}

// seq returns n bytes 1, 2, 3, ... (mod 251), as tensor data.
func seq(n int, start byte) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = start + byte(i%251)
	}
	return out
}

// everyKV returns metadata of every value type, with nested, empty and
// edge-case values.
func everyKV(t testing.TB) []KV {
	t.Helper()
	inner1 := Int32ArrayValue([]int32{1, -2, 3})
	inner2 := Int32ArrayValue(nil)
	nested, err := ArrayValue(ValueArray, []Value{inner1, inner2})
	require.NoError(t, err)
	strs1 := StringArrayValue([]string{"a", ""})
	nestedStr, err := ArrayValue(ValueArray, []Value{strs1, StringArrayValue(nil)})
	require.NoError(t, err)
	deep := Uint8ArrayValue([]uint8{7})
	for range MaxArrayDepth - 1 {
		deep, err = ArrayValue(ValueArray, []Value{deep})
		require.NoError(t, err)
	}
	emptyNested, err := ArrayValue(ValueArray, nil)
	require.NoError(t, err)
	return []KV{
		{"general.architecture", StringValue("llama")},
		{"general.name", StringValue("tiny test model")},
		{"test.empty_string", StringValue("")},
		{"test.uint8", Uint8Value(0xFE)},
		{"test.int8", Int8Value(-128)},
		{"test.uint16", Uint16Value(0xBEEF)},
		{"test.int16", Int16Value(-300)},
		{"test.uint32", Uint32Value(0xDEADBEEF)},
		{"test.int32", Int32Value(-7)},
		{"test.float32", Float32BitsValue(0x3FC00000)}, // 1.5
		{"test.bool_true", BoolValue(true)},
		{"test.bool_false", BoolValue(false)},
		{"test.uint64", Uint64Value(1<<63 + 5)},
		{"test.int64", Int64Value(-1 << 62)},
		{"test.float64", Float64BitsValue(0x400921FB54442D18)}, // pi
		{"test.arr.uint8", Uint8ArrayValue([]uint8{0, 1, 255})},
		{"test.arr.int8", Int8ArrayValue([]int8{-128, 0, 127})},
		{"test.arr.uint16", Uint16ArrayValue([]uint16{1, 65535})},
		{"test.arr.int16", Int16ArrayValue([]int16{-32768, 32767})},
		{"test.arr.uint32", Uint32ArrayValue([]uint32{0, 1 << 31})},
		{"test.arr.int32", Int32ArrayValue([]int32{-1, 2, -3})},
		{"test.arr.float32", Float32BitsArrayValue([]uint32{0x3F800000, 0x7FC00000, 0x80000000})},
		{"test.arr.bool", BoolArrayValue([]bool{true, false, true})},
		{"test.arr.string", StringArrayValue([]string{"<s>", "", "héllo", "\x00\xff"})},
		{"test.arr.uint64", Uint64ArrayValue([]uint64{1 << 40})},
		{"test.arr.int64", Int64ArrayValue([]int64{-1 << 40})},
		{"test.arr.float64", Float64BitsArrayValue([]uint64{0x3FF0000000000000})},
		{"test.arr.empty_int32", Int32ArrayValue([]int32{})},
		{"test.arr.empty_string", StringArrayValue(nil)},
		{"test.arr.empty_nested", emptyNested},
		{"test.arr.nested_int32", nested},
		{"test.arr.nested_string", nestedStr},
		{"test.arr.deep", deep},
	}
}

// testTensor is a tensor for the round-trip files.
type testTensor struct {
	name string
	typ  Type
	dims []uint64
	data []byte
}

func testTensors() []testTensor {
	q8 := make([]BlockQ8_0, 4)
	for i := range q8 {
		q8[i].D = 0x3C00 + uint16(i) // 1.0, and a little more
		for j := range q8[i].Qs {
			q8[i].Qs[j] = int8(j*7 - 100 + i)
		}
	}
	return []testTensor{
		{"token_embd.weight", TypeF32, []uint64{4, 3}, seq(4*3*4, 1)},
		{"blk.0.attn_norm.weight", TypeF16, []uint64{5}, seq(5*2, 50)},
		{"blk.0.attn_q.weight", TypeQ8_0, []uint64{64, 2}, EncodeQ8_0(q8)},
		{"blk.0.ids", TypeI32, []uint64{3, 1, 2}, seq(3*2*4, 100)},
		{"blk.0.four_d", TypeF32, []uint64{2, 2, 2, 2}, seq(16*4, 7)},
	}
}

// fullWriter returns a writer with every KV type, the test tensors and
// alignment align.
func fullWriter(t testing.TB, align uint64) *Writer {
	t.Helper()
	w := NewWriter()
	for _, kv := range everyKV(t) {
		w.SetKV(kv.Key, kv.Value)
	}
	require.NoError(t, w.SetAlignment(align))
	for _, tt := range testTensors() {
		require.NoError(t, w.AddTensor(tt.name, tt.typ, tt.dims, tt.data))
	}
	return w
}

// smallFile returns a small valid file whose last tensor ends exactly on the
// alignment, so that every proper prefix of it is invalid.
func smallFile(t testing.TB) []byte {
	t.Helper()
	w := NewWriter()
	w.SetKV("general.architecture", StringValue("llama"))
	w.SetKV("llama.block_count", Uint32Value(1))
	w.SetKV("tokenizer.ggml.tokens", StringArrayValue([]string{"a", "b"}))
	require.NoError(t, w.AddTensor("a", TypeF32, []uint64{3}, seq(12, 1)))
	require.NoError(t, w.AddTensor("b", TypeF32, []uint64{8}, seq(32, 9)))
	return writeBytes(t, w)
}
