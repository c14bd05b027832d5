package gguf

import (
	"bytes"
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// withTensors returns a file with one KV-free header, the given tensor infos
// written by infos, alignment 32 and dataLen bytes of data.
func withTensors(n uint64, infos func(*raw), dataLen int) []byte {
	r := header(3, n, 0)
	infos(r)
	return r.padTo(32).zeros(dataLen).bytes()
}

func TestReadErrors(t *testing.T) {
	valid := smallFile(t)

	tests := []struct {
		name string
		data []byte
		is   error    // sentinel that errors.Is must find
		msg  []string // substrings of the message
		as   func(t *testing.T, err error)
	}{
		{
			name: "empty file",
			data: nil,
			is:   ErrTruncated,
			msg:  []string{"magic"},
		},
		{
			name: "bad magic",
			data: append([]byte("GGUX"), valid[4:]...),
			is:   ErrBadMagic,
			msg:  []string{"gguf: magic:", `"GGUX"`, "(offset 0)"},
		},
		{
			name: "version 1",
			data: header(1, 0, 0).bytes(),
			is:   ErrUnsupportedVersion,
			msg:  []string{"version 1, want 2 or 3", "(offset 4)"},
		},
		{
			name: "version 4",
			data: header(4, 0, 0).bytes(),
			is:   ErrUnsupportedVersion,
			msg:  []string{"version 4"},
		},
		{
			name: "big-endian file",
			data: header(3<<24, 0, 0).bytes(),
			is:   ErrUnsupportedVersion,
			msg:  []string{"big-endian"},
		},
		{
			name: "huge key length",
			data: header(3, 0, 1).u64(1 << 40).zeros(16).bytes(),
			is:   ErrLimit,
			msg:  []string{"kv[0] key", "length 1099511627776 exceeds limit 1048576", "(offset 24)"},
		},
		{
			name: "key length past end of file",
			data: header(3, 0, 1).u64(1000).zeros(16).bytes(),
			is:   ErrTruncated,
			msg:  []string{"kv[0] key", "length 1000"},
		},
		{
			name: "huge string value",
			data: header(3, 0, 1).str("k").u32(uint32(ValueString)).u64(1 << 30).zeros(8).bytes(),
			is:   ErrLimit,
			msg:  []string{`kv "k" value`, "exceeds limit 67108864"},
		},
		{
			name: "string value past end of file",
			data: header(3, 0, 1).str("k").u32(uint32(ValueString)).u64(9).zeros(8).bytes(),
			is:   ErrTruncated,
			msg:  []string{`kv "k" value`, "length 9"},
		},
		{
			name: "huge array count",
			data: header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueUint8)).u64(1 << 40).zeros(8).bytes(),
			is:   ErrLimit,
			msg:  []string{`kv "k" value count`, "count 1099511627776 exceeds limit 16777216"},
		},
		{
			name: "array count past end of file",
			data: header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueString)).u64(1 << 20).zeros(64).bytes(),
			is:   ErrTruncated,
			msg:  []string{`kv "k" value count`, "count 1048576 needs at least 8388608 bytes"},
		},
		{
			name: "array element string past end of file",
			data: header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueString)).u64(2).str("a").u64(100).bytes(),
			is:   ErrTruncated,
			msg:  []string{`kv "k" value[1]`},
		},
		{
			name: "array nesting too deep",
			data: func() []byte {
				r := header(3, 0, 1).str("k").u32(uint32(ValueArray))
				for range MaxArrayDepth {
					r.u32(uint32(ValueArray)).u64(1)
				}
				return r.u32(uint32(ValueUint8)).u64(0).bytes()
			}(),
			is:  ErrLimit,
			msg: []string{"array nesting depth exceeds 4"},
		},
		{
			name: "invalid value type",
			data: header(3, 0, 1).str("k").u32(13).zeros(8).bytes(),
			is:   ErrBadValue,
			msg:  []string{`kv "k" value type`, "invalid value type 13"},
		},
		{
			name: "invalid array element type",
			data: header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(99).u64(0).bytes(),
			is:   ErrBadValue,
			msg:  []string{"element type", "invalid value type 99"},
		},
		{
			name: "bool byte 2",
			data: header(3, 0, 1).str("k").u32(uint32(ValueBool)).u8(2).bytes(),
			is:   ErrBadValue,
			msg:  []string{`kv "k" value`, "BOOL byte 2"},
		},
		{
			name: "bool array byte 7",
			data: header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueBool)).u64(2).u8(1).u8(7).bytes(),
			is:   ErrBadValue,
			msg:  []string{`kv "k" value[1]`, "BOOL byte 7"},
		},
		{
			name: "huge kv count",
			data: header(3, 0, 1<<40).zeros(32).bytes(),
			is:   ErrLimit,
			msg:  []string{"metadata_kv_count", "exceeds limit 1048576"},
		},
		{
			name: "kv count past end of file",
			data: header(3, 0, 1000).zeros(32).bytes(),
			is:   ErrTruncated,
			msg:  []string{"metadata_kv_count", "count 1000"},
		},
		{
			name: "huge tensor count",
			data: header(3, 1<<40, 0).zeros(32).bytes(),
			is:   ErrLimit,
			msg:  []string{"tensor_count", "count 1099511627776 exceeds limit 1048576", "(offset 8)"},
		},
		{
			name: "tensor count past end of file",
			data: header(3, 1000, 0).zeros(32).bytes(),
			is:   ErrTruncated,
			msg:  []string{"tensor_count", "count 1000"},
		},
		{
			name: "n_dims 5",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{1, 1, 1, 1, 1}, TypeF32, 0) }, 32),
			is:   ErrLimit,
			msg:  []string{`tensor "w" n_dims`, "n_dims=5 is not in [1, 4]"},
		},
		{
			name: "n_dims 0",
			data: withTensors(1, func(r *raw) { r.tensor("w", nil, TypeF32, 0) }, 32),
			is:   ErrBadTensor,
			msg:  []string{`tensor "w" n_dims`, "n_dims=0"},
		},
		{
			name: "dims product overflow",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{1 << 32, 1 << 32}, TypeF32, 0) }, 32),
			is:   ErrBadTensor,
			msg:  []string{`tensor "w" dims`, "overflows"},
		},
		{
			name: "byte size overflow",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{1 << 31, 1 << 31}, TypeF32, 0) }, 32),
			is:   ErrBadTensor,
			msg:  []string{`tensor "w" dims`, "byte size"},
		},
		{
			name: "dim above int64",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{1 << 63}, TypeI8, 0) }, 32),
			is:   ErrBadTensor,
			msg:  []string{`tensor "w" dims`, "ne0=9223372036854775808"},
		},
		{
			name: "ne0 not a multiple of the block size",
			data: withTensors(1, func(r *raw) { r.tensor("blk.0.attn_q.weight", []uint64{4097, 2}, TypeQ8_0, 0) }, 32),
			is:   ErrBadTensor,
			msg:  []string{`gguf: tensor "blk.0.attn_q.weight" dims: ne0=4097 is not a multiple of block size 32 of Q8_0 (offset 51)`},
		},
		{
			name: "unknown tensor type",
			data: withTensors(1, func(r *raw) { r.tensor("blk.3.ffn_up.weight", []uint64{32}, Type(99), 0) }, 32),
			is:   ErrUnsupportedTensorType,
			msg:  []string{`tensor "blk.3.ffn_up.weight"`, "unknown tensor type id 99"},
			as: func(t *testing.T, err error) {
				var te *TensorTypeError
				require.ErrorAs(t, err, &te)
				require.Equal(t, "blk.3.ffn_up.weight", te.Tensor)
				require.Equal(t, Type(99), te.Type)
			},
		},
		{
			name: "removed tensor type Q4_2",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{32}, Type(4), 0) }, 32),
			is:   ErrUnsupportedTensorType,
			msg:  []string{`"w"`, "id 4"},
		},
		{
			name: "offset not aligned",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{4}, TypeF32, 4) }, 64),
			is:   ErrBadTensor,
			msg:  []string{`tensor "w" offset`, "offset 4 is not a multiple of the alignment 32"},
		},
		{
			name: "offset not aligned to general.alignment",
			data: func() []byte {
				r := header(3, 1, 1).kvU32(KeyAlignment, 64).tensor("w", []uint64{4}, TypeF32, 32)
				return r.padTo(64).zeros(128).bytes()
			}(),
			is:  ErrBadTensor,
			msg: []string{"offset 32 is not a multiple of the alignment 64"},
		},
		{
			name: "data past end of file",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{16}, TypeF32, 0) }, 63),
			is:   ErrTruncated,
			msg:  []string{`tensor "w" offset`, "extend past the end of the file"},
		},
		{
			name: "offset far past end of file",
			data: withTensors(1, func(r *raw) { r.tensor("w", []uint64{16}, TypeF32, 1<<62) }, 64),
			is:   ErrTruncated,
			msg:  []string{`tensor "w" offset`, "extend past the end of the file"},
		},
		{
			name: "data section past end of file",
			data: header(3, 1, 0).tensor("w", []uint64{0}, TypeF32, 0).bytes(),
			is:   ErrTruncated,
			msg:  []string{"data section", "starts past the end of the file"},
		},
		{
			name: "overlapping tensors",
			data: withTensors(2, func(r *raw) {
				r.tensor("a", []uint64{16}, TypeF32, 0)
				r.tensor("b", []uint64{16}, TypeF32, 32)
			}, 128),
			is:  ErrBadTensor,
			msg: []string{`tensor "b" offset`, `data [32, 96) overlaps tensor "a" [0, 64)`},
		},
		{
			name: "overlapping tensors out of order",
			data: withTensors(3, func(r *raw) {
				r.tensor("b", []uint64{40}, TypeF32, 96)
				r.tensor("c", []uint64{8}, TypeF32, 32)
				r.tensor("a", []uint64{16}, TypeF32, 0)
			}, 256),
			is:  ErrBadTensor,
			msg: []string{`tensor "c" offset`, `data [32, 64) overlaps tensor "a" [0, 64)`},
		},
		{
			name: "duplicate tensor name",
			data: withTensors(2, func(r *raw) {
				r.tensor("w", []uint64{8}, TypeF32, 0)
				r.tensor("w", []uint64{8}, TypeF32, 32)
			}, 64),
			is:  ErrDuplicate,
			msg: []string{`tensor "w"`, "duplicate tensor name"},
		},
		{
			name: "tensor name too long",
			data: withTensors(1, func(r *raw) { r.tensor(string(bytes.Repeat([]byte("x"), 64)), []uint64{8}, TypeF32, 0) }, 32),
			is:   ErrLimit,
			msg:  []string{"tensor[0] name", "length 64 exceeds limit 63"},
		},
		{
			name: "duplicate key",
			data: header(3, 0, 2).kvU32("llama.block_count", 1).kvU32("llama.block_count", 2).bytes(),
			is:   ErrDuplicate,
			msg:  []string{`kv "llama.block_count"`, "duplicate key", "(offset 57)"},
		},
		{
			name: "alignment 0",
			data: header(3, 0, 1).kvU32(KeyAlignment, 0).bytes(),
			is:   ErrBadAlignment,
			msg:  []string{`kv "general.alignment"`, "alignment 0 is not a power of two"},
		},
		{
			name: "alignment 3",
			data: header(3, 0, 1).kvU32(KeyAlignment, 3).bytes(),
			is:   ErrBadAlignment,
			msg:  []string{`kv "general.alignment"`, "alignment 3 is not a power of two"},
		},
		{
			name: "alignment of wrong type",
			data: header(3, 0, 1).str(KeyAlignment).u32(uint32(ValueUint64)).u64(32).bytes(),
			is:   ErrWrongType,
			msg:  []string{`gguf: kv "general.alignment" value: `, "got UINT64, want UINT32"},
			as: func(t *testing.T, err error) {
				var wt *WrongTypeError
				require.ErrorAs(t, err, &wt)
				require.Equal(t, KeyAlignment, wt.Key)
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := readBytes(tc.data)
			require.Error(t, err)
			require.Nil(t, f)
			require.ErrorIs(t, err, tc.is)
			for _, m := range tc.msg {
				require.ErrorContains(t, err, m)
			}
			var fe *FormatError
			var te *TensorTypeError
			var wt *WrongTypeError
			require.True(t, errors.As(err, &fe) || errors.As(err, &te) || errors.As(err, &wt), "typed error: %T", err)
			if fe != nil {
				require.NotEmpty(t, fe.Field)
				require.GreaterOrEqual(t, fe.Offset, int64(0))
			}
			if tc.as != nil {
				tc.as(t, err)
			}
		})
	}
}

func TestReadAcceptsEdgeCases(t *testing.T) {
	t.Run("no tensors and no padding", func(t *testing.T) {
		// A vocab-only file as gguf-py writes it: nothing after the KVs.
		f, err := readBytes(header(3, 0, 1).kvU32("x", 1).bytes())
		require.NoError(t, err)
		require.Empty(t, f.Tensors)
	})
	t.Run("gaps and any order", func(t *testing.T) {
		data := withTensors(2, func(r *raw) {
			r.tensor("b", []uint64{8}, TypeF32, 128)
			r.tensor("a", []uint64{8}, TypeF32, 0)
		}, 160)
		f, err := readBytes(data)
		require.NoError(t, err)
		require.Equal(t, "b", f.Tensors[0].Name)
		require.Equal(t, uint64(128), f.Tensors[0].Offset)
	})
	t.Run("zero-size tensors", func(t *testing.T) {
		data := withTensors(2, func(r *raw) {
			r.tensor("a", []uint64{0, 5}, TypeQ8_0, 0)
			r.tensor("b", []uint64{8}, TypeF32, 0)
		}, 32)
		f, err := readBytes(data)
		require.NoError(t, err)
		require.Zero(t, f.Tensors[0].Size())
		d, err := f.TensorData("a")
		require.NoError(t, err)
		require.Empty(t, d)
	})
	t.Run("trailing bytes", func(t *testing.T) {
		_, err := readBytes(append(smallFile(t), 1, 2, 3))
		require.NoError(t, err)
	})
}

func TestReadTruncatedPrefixes(t *testing.T) {
	valid := smallFile(t)
	_, err := readBytes(valid)
	require.NoError(t, err)
	for n := range len(valid) {
		f, err := readBytes(valid[:n])
		require.Error(t, err, "prefix of %d bytes", n)
		require.Nil(t, f)
		require.ErrorIs(t, err, ErrTruncated, "prefix of %d bytes: %v", n, err)
	}
}

// TestReadSizeLies checks a reader that holds fewer bytes than claimed.
func TestReadSizeLies(t *testing.T) {
	valid := smallFile(t)
	_, err := Read(bytes.NewReader(valid[:40]), int64(len(valid)))
	require.ErrorIs(t, err, ErrTruncated)
	_, err = Read(bytes.NewReader(valid), -1)
	require.ErrorIs(t, err, ErrTruncated)
}

// TestReadMemoryGuard feeds tiny files whose header claims enormous counts and
// lengths and checks that they fail fast without allocating for the claims.
func TestReadMemoryGuard(t *testing.T) {
	cases := map[string][]byte{
		"2^40 KVs":            header(3, 0, 1<<40).zeros(40).bytes(),
		"2^40 tensors":        header(3, 1<<40, 1).zeros(40).bytes(),
		"max KVs":             header(3, 0, MaxKVs).zeros(40).bytes(),
		"max tensors":         header(3, MaxTensors, 0).zeros(40).bytes(),
		"2^40 byte key":       header(3, 0, 1).u64(1 << 40).zeros(32).bytes(),
		"2^40 byte string":    header(3, 0, 1).str("k").u32(uint32(ValueString)).u64(1 << 40).zeros(16).bytes(),
		"max string":          header(3, 0, 1).str("k").u32(uint32(ValueString)).u64(MaxStringLen).zeros(16).bytes(),
		"2^40 element array":  header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueUint8)).u64(1 << 40).zeros(8).bytes(),
		"max element array":   header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueArray)).u64(MaxArrayLen).zeros(8).bytes(),
		"max strings array":   header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueString)).u64(MaxArrayLen).zeros(8).bytes(),
		"huge tensor in file": withTensors(1, func(r *raw) { r.tensor("w", []uint64{1 << 40}, TypeF32, 0) }, 0),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			require.LessOrEqual(t, len(data), 64+32)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := readBytes(data)
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			require.Error(t, err)
			require.True(t, errors.Is(err, ErrLimit) || errors.Is(err, ErrTruncated), "%v", err)
			require.Less(t, elapsed, time.Second)
			require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "bytes allocated")

			allocs := testing.AllocsPerRun(10, func() { _, _ = readBytes(data) })
			require.Less(t, allocs, 64.0)
		})
	}
}

// TestReadMemoryBoundedByFile checks that a larger hostile file allocates in
// proportion to its size, not to its claims.
func TestReadMemoryBoundedByFile(t *testing.T) {
	// 1 MiB of nested empty arrays: a file full of 12-byte elements.
	const n = (1 << 20) / 12
	r := header(3, 0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueArray)).u64(n + 1)
	for range n {
		r.u32(uint32(ValueUint8)).u64(0)
	}
	data := r.bytes()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := readBytes(data)
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, err, ErrTruncated)
	require.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20))
}
