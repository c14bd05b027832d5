package gguf

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestWriterKVOrder(t *testing.T) {
	w := NewWriter()
	w.SetKV("a", Uint32Value(1))
	w.SetKV("b", StringValue("x"))
	w.SetKV("c", BoolValue(true))
	w.SetKV("a", Int64Value(-1)) // replaced in place, type may change
	require.Equal(t, []KV{{"a", Int64Value(-1)}, {"b", StringValue("x")}, {"c", BoolValue(true)}}, w.KVs())
	require.True(t, w.DeleteKV("b"))
	require.False(t, w.DeleteKV("b"))
	w.SetKV("d", Uint8Value(4))
	w.SetKV("c", BoolValue(false))
	want := []KV{{"a", Int64Value(-1)}, {"c", BoolValue(false)}, {"d", Uint8Value(4)}}
	require.Equal(t, want, w.KVs())

	f, err := readBytes(writeBytes(t, w))
	require.NoError(t, err)
	require.Equal(t, want, f.KVs)
}

func TestWriterAlignment(t *testing.T) {
	for _, bad := range []uint64{0, 3, 48, 1 << 32, 1 << 40} {
		err := NewWriter().SetAlignment(bad)
		require.ErrorIs(t, err, ErrBadAlignment, "%d", bad)
		require.ErrorContains(t, err, "alignment")
	}

	// 32 is the default and is not written unless the key exists.
	w := NewWriter()
	require.NoError(t, w.SetAlignment(32))
	require.Empty(t, w.KVs())
	require.NoError(t, w.SetAlignment(1))
	require.Equal(t, []KV{{KeyAlignment, Uint32Value(1)}}, w.KVs())
	require.NoError(t, w.SetAlignment(32))
	require.Equal(t, []KV{{KeyAlignment, Uint32Value(32)}}, w.KVs())

	// Alignment 1: tensors packed back to back.
	w = NewWriter()
	require.NoError(t, w.SetAlignment(1))
	require.NoError(t, w.AddTensor("a", TypeI8, []uint64{3}, []byte{1, 2, 3}))
	require.NoError(t, w.AddTensor("b", TypeI8, []uint64{2}, []byte{4, 5}))
	out := writeBytes(t, w)
	require.Equal(t, []byte{1, 2, 3, 4, 5}, out[len(out)-5:])
	f, err := readBytes(out)
	require.NoError(t, err)
	require.Equal(t, uint64(3), f.Tensors[1].Offset)

	// A general.alignment set by hand is validated by WriteTo.
	for _, v := range []Value{Uint64Value(64), Uint32Value(0), Uint32Value(24)} {
		w := NewWriter()
		w.SetKV(KeyAlignment, v)
		var buf bytes.Buffer
		_, err := w.WriteTo(&buf)
		require.Error(t, err)
		require.True(t, errors.Is(err, ErrWrongType) || errors.Is(err, ErrBadAlignment), "%v", err)
		require.ErrorContains(t, err, KeyAlignment)
		require.Zero(t, buf.Len(), "nothing is written")
	}
}

func TestWriterAddTensorErrors(t *testing.T) {
	w := NewWriter()
	require.NoError(t, w.AddTensor("w", TypeF32, []uint64{2}, make([]byte, 8)))

	tests := []struct {
		name string
		add  func() error
		is   error
		msg  string
	}{
		{"size mismatch", func() error { return w.AddTensor("x", TypeF32, []uint64{2, 2}, make([]byte, 8)) }, ErrBadTensor, `tensor "x" data: got 8 bytes, [2 2] F32 needs 16`},
		{"duplicate name", func() error { return w.AddTensor("w", TypeF32, []uint64{2}, make([]byte, 8)) }, ErrDuplicate, `tensor "w"`},
		{"unknown type", func() error { return w.AddTensor("x", Type(77), []uint64{2}, nil) }, ErrUnsupportedTensorType, "unknown tensor type id 77"},
		{"n_dims 5", func() error { return w.AddTensor("x", TypeF32, []uint64{1, 1, 1, 1, 1}, make([]byte, 4)) }, ErrLimit, "n_dims=5"},
		{"n_dims 0", func() error { return w.AddTensor("x", TypeF32, nil, nil) }, ErrBadTensor, "n_dims=0"},
		{"ne0 not a multiple", func() error { return w.AddTensor("x", TypeQ4_0, []uint64{48}, make([]byte, 27)) }, ErrBadTensor, "ne0=48 is not a multiple of block size 32 of Q4_0"},
		{"overflow", func() error { return w.AddTensor("x", TypeF32, []uint64{1 << 40, 1 << 40}, nil) }, ErrBadTensor, "overflows"},
		{"name too long", func() error { return w.AddTensor(strings.Repeat("n", 64), TypeF32, []uint64{1}, make([]byte, 4)) }, ErrLimit, "length 64 exceeds limit 63"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.add()
			require.ErrorIs(t, err, tc.is)
			require.ErrorContains(t, err, tc.msg)
			require.NotContains(t, err.Error(), "offset", "writer errors have no file offset")
		})
	}
	require.Len(t, w.Tensors(), 1, "failed adds change nothing")
}

func TestWriterLimits(t *testing.T) {
	deep := Uint8ArrayValue(nil)
	for range MaxArrayDepth {
		var err error
		deep, err = ArrayValue(ValueArray, []Value{deep})
		require.NoError(t, err)
	}
	long := strings.Repeat("k", MaxKeyLen+1)
	for name, kv := range map[string]KV{
		"array too deep": {"k", deep},
		"key too long":   {long, Uint8Value(1)},
	} {
		t.Run(name, func(t *testing.T) {
			w := NewWriter()
			w.SetKV(kv.Key, kv.Value)
			_, err := w.WriteTo(&bytes.Buffer{})
			require.ErrorIs(t, err, ErrLimit)
			require.Less(t, len(err.Error()), 200, "a long key is abbreviated")
		})
	}
}

// shortReaderAt holds fewer bytes than the tensor needs.
type shortReaderAt struct{ b []byte }

func (s shortReaderAt) ReadAt(p []byte, off int64) (int, error) {
	return bytes.NewReader(s.b).ReadAt(p, off)
}

func TestWriterAddTensorFrom(t *testing.T) {
	data := seq(64, 3)
	w := NewWriter()
	require.NoError(t, w.AddTensorFrom("a", TypeF32, []uint64{16}, bytes.NewReader(data)))
	f, err := readBytes(writeBytes(t, w))
	require.NoError(t, err)
	got, err := f.TensorData("a")
	require.NoError(t, err)
	require.Equal(t, data, got)

	w = NewWriter()
	require.NoError(t, w.AddTensorFrom("a", TypeF32, []uint64{16}, shortReaderAt{data[:60]}))
	_, err = w.WriteTo(&bytes.Buffer{})
	require.ErrorIs(t, err, ErrTruncated)
	require.ErrorContains(t, err, `tensor "a" data: source gave 60 of 64 bytes`)
}

func TestWriterEmpty(t *testing.T) {
	out := writeBytes(t, NewWriter())
	require.Equal(t, append([]byte("GGUF\x03\x00\x00\x00"), make([]byte, 24)...), out)
	f, err := readBytes(out)
	require.NoError(t, err)
	require.Empty(t, f.KVs)
	require.Empty(t, f.Tensors)
	require.Equal(t, int64(32), f.DataOffset)
}
