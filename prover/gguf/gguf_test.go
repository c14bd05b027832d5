package gguf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRoundTrip(t *testing.T) {
	const align = 64
	out := writeBytes(t, fullWriter(t, align))
	require.Equal(t, []byte("GGUF\x03\x00\x00\x00"), out[:8])

	f, err := readBytes(out)
	require.NoError(t, err)
	require.Equal(t, uint32(3), f.Version)
	require.Equal(t, uint64(align), f.Alignment)
	require.Zero(t, f.DataOffset%align)
	require.Equal(t, int64(len(out)), f.Size)

	// Metadata: every KV in order, equal, plus general.alignment added by
	// SetAlignment after the others.
	want := append(everyKV(t), KV{KeyAlignment, Uint32Value(align)})
	require.Equal(t, want, f.KVs)
	for i, kv := range want {
		require.True(t, kv.Value.Equal(f.KVs[i].Value), kv.Key)
	}

	// Tensors: in order, offsets aligned and packed, data equal.
	tts := testTensors()
	require.Len(t, f.Tensors, len(tts))
	next := uint64(0)
	for i, tt := range tts {
		ti := f.Tensors[i]
		require.Equal(t, tt.name, ti.Name)
		require.Equal(t, tt.typ, ti.Type)
		require.Equal(t, tt.dims, ti.Dims)
		require.Equal(t, next, ti.Offset)
		require.Zero(t, ti.Offset%align)
		require.Equal(t, uint64(len(tt.data)), ti.Size())
		next = alignUp(ti.Offset+ti.Size(), align)

		got, ok := f.Tensor(tt.name)
		require.True(t, ok)
		require.Equal(t, ti, got)
		data, err := f.TensorData(tt.name)
		require.NoError(t, err)
		require.Equal(t, tt.data, data)

		// Padding after each tensor, the last one included, is zero.
		start := f.DataOffset + int64(ti.Offset) + int64(ti.Size())
		end := f.DataOffset + int64(next)
		require.Equal(t, make([]byte, end-start), out[start:end], "padding after %s", tt.name)
	}
	require.Equal(t, f.DataOffset+int64(next), int64(len(out)))

	// Typed views of the data.
	f32, err := F32Bits(tts[0].data)
	require.NoError(t, err)
	require.Len(t, f32, 12)
	require.Equal(t, uint32(0x04030201), f32[0])
	f16, err := F16Bits(tts[1].data)
	require.NoError(t, err)
	require.Equal(t, []uint16{0x3332, 0x3534, 0x3736, 0x3938, 0x3b3a}, f16)
	q8data, err := f.TensorData("blk.0.attn_q.weight")
	require.NoError(t, err)
	q8, err := DecodeQ8_0(q8data)
	require.NoError(t, err)
	require.Len(t, q8, 4)
	require.Equal(t, uint16(0x3C01), q8[1].D)
	i32, err := I32s(tts[3].data)
	require.NoError(t, err)
	require.Len(t, i32, 6)

	// Rewriting the read file reproduces it byte for byte.
	w2, err := NewWriterFrom(f)
	require.NoError(t, err)
	require.Equal(t, out, writeBytes(t, w2))
	// And writing the same input twice is deterministic.
	require.Equal(t, out, writeBytes(t, fullWriter(t, align)))
}

func TestRoundTripDefaultAlignment(t *testing.T) {
	w := fullWriter(t, DefaultAlignment)
	out := writeBytes(t, w)
	f, err := readBytes(out)
	require.NoError(t, err)
	require.Equal(t, uint64(DefaultAlignment), f.Alignment)
	_, ok := f.Get(KeyAlignment)
	require.False(t, ok, "the default alignment is not written")
	for _, ti := range f.Tensors {
		require.Zero(t, ti.Offset%DefaultAlignment)
	}
	require.Zero(t, f.DataOffset%DefaultAlignment)
}

func TestOpenWriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "model.gguf")
	w := fullWriter(t, 128)
	require.NoError(t, w.WriteFile(path))
	onDisk, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, writeBytes(t, w), onDisk)
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file is left behind")

	f, err := Open(path)
	require.NoError(t, err)
	require.Equal(t, uint64(128), f.Alignment)
	for _, tt := range testTensors() {
		data, err := f.TensorData(tt.name)
		require.NoError(t, err)
		require.Equal(t, tt.data, data)
		sr, err := f.TensorReader(tt.name)
		require.NoError(t, err)
		require.Equal(t, int64(len(tt.data)), sr.Size())
	}
	// Streaming a copy out of the open file gives the same bytes.
	w2, err := NewWriterFrom(f)
	require.NoError(t, err)
	path2 := filepath.Join(t.TempDir(), "copy.gguf")
	require.NoError(t, w2.WriteFile(path2))
	copied, err := os.ReadFile(path2)
	require.NoError(t, err)
	require.Equal(t, onDisk, copied)

	require.NoError(t, f.Close())
	require.NoError(t, f.Close(), "Close is idempotent")
	_, err = f.TensorData(testTensors()[0].name)
	require.Error(t, err, "reads fail after Close")

	_, err = Open(filepath.Join(t.TempDir(), "missing.gguf"))
	require.ErrorIs(t, err, os.ErrNotExist)
}

// TestOpenErrorNamesPath checks that a parse error of Open names the file,
// once, and still matches the package's sentinels and types.
func TestOpenErrorNamesPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.gguf")
	require.NoError(t, os.WriteFile(path, smallFile(t)[:40], 0o644))
	_, err := Open(path)
	require.ErrorIs(t, err, ErrTruncated)
	var fe *FormatError
	require.ErrorAs(t, err, &fe)
	require.True(t, strings.HasPrefix(err.Error(), path+": gguf: "), "error %q starts with the path", err)
	require.Equal(t, 1, strings.Count(err.Error(), path), "the path is named once")
}

func TestReadVersion2(t *testing.T) {
	out := smallFile(t)
	v2 := bytes.Clone(out)
	v2[4] = 2
	f, err := readBytes(v2)
	require.NoError(t, err)
	require.Equal(t, uint32(2), f.Version)
	// The writer always writes version 3.
	w, err := NewWriterFrom(f)
	require.NoError(t, err)
	require.Equal(t, out, writeBytes(t, w))
}

func TestFileGetters(t *testing.T) {
	f, err := readBytes(writeBytes(t, fullWriter(t, 32)))
	require.NoError(t, err)

	s, err := f.GetString("general.architecture")
	require.NoError(t, err)
	require.Equal(t, "llama", s)
	u32, err := f.GetUint32("test.uint32")
	require.NoError(t, err)
	require.Equal(t, uint32(0xDEADBEEF), u32)
	i32, err := f.GetInt32("test.int32")
	require.NoError(t, err)
	require.Equal(t, int32(-7), i32)
	u64, err := f.GetUint64("test.uint32") // AsUint64 accepts UINT32
	require.NoError(t, err)
	require.Equal(t, uint64(0xDEADBEEF), u64)
	b, err := f.GetBool("test.bool_true")
	require.NoError(t, err)
	require.True(t, b)
	fb, err := f.GetFloat32Bits("test.float32")
	require.NoError(t, err)
	require.Equal(t, uint32(0x3FC00000), fb)
	strs, err := f.GetStrings("test.arr.string")
	require.NoError(t, err)
	require.Equal(t, []string{"<s>", "", "héllo", "\x00\xff"}, strs)
	ints, err := f.GetInt32s("test.arr.int32")
	require.NoError(t, err)
	require.Equal(t, []int32{-1, 2, -3}, ints)
	fbs, err := f.GetFloat32BitsArray("test.arr.float32")
	require.NoError(t, err)
	require.Equal(t, []uint32{0x3F800000, 0x7FC00000, 0x80000000}, fbs)

	_, ok := f.Tensor("nope")
	require.False(t, ok)
	_, err = f.TensorData("nope")
	require.ErrorIs(t, err, ErrMissingTensor)
	require.ErrorContains(t, err, `"nope"`)
	_, err = f.TensorReader("nope")
	require.ErrorIs(t, err, ErrMissingTensor)
}

func TestGetterErrors(t *testing.T) {
	f, err := readBytes(writeBytes(t, fullWriter(t, 32)))
	require.NoError(t, err)

	tests := []struct {
		name string
		get  func() error
		key  string
		want string
		got  string
	}{
		{"string as uint32", func() error { _, err := f.GetUint32("general.name"); return err }, "general.name", "UINT32", "STRING"},
		{"uint32 as string", func() error { _, err := f.GetString("test.uint32"); return err }, "test.uint32", "STRING", "UINT32"},
		{"int32 as uint32", func() error { _, err := f.GetUint32("test.int32"); return err }, "test.int32", "UINT32", "INT32"},
		{"negative as uint64", func() error { _, err := f.GetUint64("test.int32"); return err }, "test.int32", "non-negative integer", "INT32 -7"},
		{"string as uint64", func() error { _, err := f.GetUint64("general.name"); return err }, "general.name", "integer", "STRING"},
		{"float64 as float32", func() error { _, err := f.GetFloat32Bits("test.float64"); return err }, "test.float64", "FLOAT32", "FLOAT64"},
		{"uint8 as bool", func() error { _, err := f.GetBool("test.uint8"); return err }, "test.uint8", "BOOL", "UINT8"},
		{"int32 array as strings", func() error { _, err := f.GetStrings("test.arr.int32"); return err }, "test.arr.int32", "ARRAY[STRING]", "ARRAY[INT32]"},
		{"string as int32s", func() error { _, err := f.GetInt32s("general.name"); return err }, "general.name", "ARRAY[INT32]", "STRING"},
		{"uint32 array as float32 bits", func() error { _, err := f.GetFloat32BitsArray("test.arr.uint32"); return err }, "test.arr.uint32", "ARRAY[FLOAT32]", "ARRAY[UINT32]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.get()
			require.ErrorIs(t, err, ErrWrongType)
			var wt *WrongTypeError
			require.ErrorAs(t, err, &wt)
			require.Equal(t, tc.key, wt.Key)
			require.Equal(t, tc.want, wt.Want)
			require.Equal(t, tc.got, wt.Got)
			require.ErrorContains(t, err, `"`+tc.key+`"`)
			require.ErrorContains(t, err, "want "+tc.want)
			require.ErrorContains(t, err, "got "+tc.got)
		})
	}

	t.Run("missing key", func(t *testing.T) {
		for _, get := range []func() error{
			func() error { _, err := f.GetString("no.such.key"); return err },
			func() error { _, err := f.GetUint32("no.such.key"); return err },
			func() error { _, err := f.GetUint64("no.such.key"); return err },
			func() error { _, err := f.GetFloat32Bits("no.such.key"); return err },
			func() error { _, err := f.Value("no.such.key"); return err },
		} {
			err := get()
			require.ErrorIs(t, err, ErrMissingKey)
			var ke *KeyError
			require.ErrorAs(t, err, &ke)
			require.Equal(t, "no.such.key", ke.Key)
			require.EqualError(t, err, `gguf: key "no.such.key": missing key`)
		}
	})
}

// BenchmarkReadVocab reads the metadata of a file shaped like a LLaMA 3
// tokenizer: 128k tokens, scores and token types, 280k merges.
func BenchmarkReadVocab(b *testing.B) {
	const nTok, nMerges = 128256, 280147
	tokens := make([]string, nTok)
	scores := make([]uint32, nTok)
	types := make([]int32, nTok)
	for i := range tokens {
		tokens[i] = "tok_" + string(rune('a'+i%26)) + string(rune('a'+i/26%26))
		types[i] = 1
	}
	merges := make([]string, nMerges)
	for i := range merges {
		merges[i] = "a b"
	}
	w := NewWriter()
	w.SetKV("tokenizer.ggml.tokens", StringArrayValue(tokens))
	w.SetKV("tokenizer.ggml.scores", Float32BitsArrayValue(scores))
	w.SetKV("tokenizer.ggml.token_type", Int32ArrayValue(types))
	w.SetKV("tokenizer.ggml.merges", StringArrayValue(merges))
	data := writeBytes(b, w)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readBytes(data); err != nil {
			b.Fatal(err)
		}
	}
}
