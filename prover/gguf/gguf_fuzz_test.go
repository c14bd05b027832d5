package gguf

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/stretchr/testify/require"
)

// fuzzSeeds returns small valid files from the Writer and some mutations.
func fuzzSeeds(t testing.TB) [][]byte {
	small := smallFile(t)

	w := NewWriter()
	require.NoError(t, w.SetAlignment(8))
	w.SetKV("k", StringArrayValue([]string{"x", ""}))
	nested, err := ArrayValue(ValueArray, []Value{Int32ArrayValue([]int32{-1}), Int32ArrayValue(nil)})
	require.NoError(t, err)
	w.SetKV("n", nested)
	w.SetKV("f", Float32BitsValue(0x3F800000))
	w.SetKV("b", BoolValue(true))
	require.NoError(t, w.AddTensor("q", TypeQ8_0, []uint64{32}, EncodeQ8_0([]BlockQ8_0{{D: 0x3C00, Qs: [32]int8{1, -1}}})))
	require.NoError(t, w.AddTensor("h", TypeF16, []uint64{2, 2}, seq(8, 1)))
	aligned8 := writeBytes(t, w)

	metaOnly := writeBytes(t, NewWriter())

	flipped := bytes.Clone(small)
	flipped[len(flipped)/2] ^= 0xFF
	badCount := bytes.Clone(small)
	badCount[16] = 0xFF // kv count
	return [][]byte{small, aligned8, metaOnly, small[:len(small)-1], flipped, badCount}
}

func FuzzRead(f *testing.F) {
	for _, seed := range fuzzSeeds(f) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		gf, err := Read(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			var fe *FormatError
			var te *TensorTypeError
			var wt *WrongTypeError
			if !errors.As(err, &fe) && !errors.As(err, &te) && !errors.As(err, &wt) {
				t.Fatalf("untyped error %T: %v", err, err)
			}
			return
		}

		// Every tensor's data is readable, and both access paths agree.
		datas := make(map[string][]byte, len(gf.Tensors))
		for _, ti := range gf.Tensors {
			d, err := gf.TensorData(ti.Name)
			require.NoError(t, err)
			require.Len(t, d, int(ti.Size()))
			sr, err := gf.TensorReader(ti.Name)
			require.NoError(t, err)
			d2, err := io.ReadAll(sr)
			require.NoError(t, err)
			require.Equal(t, d, d2)
			datas[ti.Name] = d
		}

		// Rewriting succeeds, and the rewrite reads back equal.
		w, err := NewWriterFrom(gf)
		require.NoError(t, err)
		var buf bytes.Buffer
		_, err = w.WriteTo(&buf)
		require.NoError(t, err)
		out := buf.Bytes()
		g2, err := Read(bytes.NewReader(out), int64(len(out)))
		require.NoError(t, err)
		require.Equal(t, uint32(Version), g2.Version)
		require.Equal(t, gf.Alignment, g2.Alignment)
		require.Len(t, g2.KVs, len(gf.KVs))
		for i, kv := range gf.KVs {
			require.Equal(t, kv.Key, g2.KVs[i].Key)
			require.True(t, kv.Value.Equal(g2.KVs[i].Value), "kv %q", kv.Key)
		}
		require.Len(t, g2.Tensors, len(gf.Tensors))
		for i, ti := range gf.Tensors {
			t2 := g2.Tensors[i]
			require.Equal(t, ti.Name, t2.Name)
			require.Equal(t, ti.Type, t2.Type)
			require.Equal(t, ti.Dims, t2.Dims)
			d, err := g2.TensorData(t2.Name)
			require.NoError(t, err)
			require.Equal(t, datas[ti.Name], d)
		}

		// The writer's layout is a fixed point.
		w2, err := NewWriterFrom(g2)
		require.NoError(t, err)
		var buf2 bytes.Buffer
		_, err = w2.WriteTo(&buf2)
		require.NoError(t, err)
		require.Equal(t, out, buf2.Bytes())
	})
}
