package llama

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/quant"
)

// readRecorder is an io.ReaderAt that records the largest read.
type readRecorder struct {
	r       *bytes.Reader
	largest int
}

func (r *readRecorder) ReadAt(b []byte, off int64) (int, error) {
	r.largest = max(r.largest, len(b))
	return r.r.ReadAt(b, off)
}

// TestToQ8ReadsInChunks: requantizing an F16 tensor reads and decodes its
// source one chunk at a time, so it costs its Q8_0 output plus one chunk. It
// used to read the whole tensor and decode every element into 16 bytes
// first: a 75 MB F16 file took 1.1 GB to import under a 64 MiB budget.
func TestToQ8ReadsInChunks(t *testing.T) {
	const rows, cols = 2048, 4096 // 8M elements: 16 MiB of F16, 8.5 MiB of Q8_0
	src := make([]byte, rows*cols*2)
	for i := 1; i < len(src); i += 2 {
		src[i] = 0x3c ^ byte(i>>7)&3 // finite values of varying exponent
	}
	ti := gguf.TensorInfo{Name: "w", Type: gguf.TypeF16, Dims: []uint64{cols, rows}}
	rec := &readRecorder{r: bytes.NewReader(src)}
	out, err := toQ8(t.Context(), ti, rec)
	require.NoError(t, err)
	outSize := rows * cols / 32 * 34
	require.Len(t, out, outSize)
	require.Equal(t, convertCheck*32*2, rec.largest, "reads one chunk of F16 blocks at a time")

	// The chunked conversion is the whole-tensor one.
	m, e, err := elements(ti, src)
	require.NoError(t, err)
	want := make([]byte, outSize)
	require.NoError(t, requantize(ti, m, e, make([]int64, 32), 0, want))
	require.Equal(t, want, out)

	// A source shorter than the tensor is an error, not zeros.
	_, err = toQ8(t.Context(), ti, bytes.NewReader(src[:len(src)-1]))
	require.ErrorIs(t, err, gguf.ErrTruncated)
}

// TestImportRefusesWrongDims: a tensor whose shape is not the one the
// configuration (and so the memory budget) implies is refused before its
// data is read or converted; it used to be converted first, and held, so
// the budget did not bound the import.
func TestImportRefusesWrongDims(t *testing.T) {
	src := userFile(t, gguf.TypeF32, nil)
	f, err := gguf.Open(src)
	require.NoError(t, err)
	w := gguf.NewWriter()
	for _, kv := range f.KVs {
		w.SetKV(kv.Key, kv.Value)
	}
	for _, ti := range f.Tensors {
		data, err := f.TensorData(ti.Name)
		require.NoError(t, err)
		dims := ti.Dims
		switch ti.Name {
		case "blk.0.attn_q.weight": // twice as many rows
			dims = []uint64{ti.Dims[0], 2 * ti.Dims[1]}
			data = append(data, data...)
		case "blk.0.attn_norm.weight": // a norm twice as long
			dims = []uint64{2 * ti.Dims[0]}
			data = append(data, data...)
		}
		require.NoError(t, w.AddTensor(ti.Name, ti.Type, dims, data))
	}
	require.NoError(t, f.Close())
	bad := filepath.Join(t.TempDir(), "dims.gguf")
	require.NoError(t, w.WriteFile(bad))
	_, err = Import(t.Context(), bad, filepath.Join(t.TempDir(), "out.gguf"), ImportOptions{})
	require.ErrorIs(t, err, canon.ErrShape)
	require.Contains(t, err.Error(), "blk.0.attn_norm.weight has dims")
}

// TestBlocksToQ8ReadsInChunks: requantizing a K-quant tensor reads its
// source one chunk of convertCheck Q8_0 blocks at a time too, and the
// chunked conversion is the whole-tensor one.
func TestBlocksToQ8ReadsInChunks(t *testing.T) {
	const rows, cols = 512, 4096 // 2M elements: 1.1 MiB of Q4_K
	src := make([]byte, rows*cols/256*144)
	for b := 0; b < len(src); b += 144 {
		src[b+1] = 0x10 + byte(b/144)%16 // d: a small normal fp16; dmin 0
		for i := 4; i < 144; i++ {
			src[b+i] = byte(b/144 + 7*i)
		}
	}
	ti := gguf.TensorInfo{Name: "w", Type: gguf.TypeQ4_K, Dims: []uint64{cols, rows}}
	rec := &readRecorder{r: bytes.NewReader(src)}
	out, err := toQ8(t.Context(), ti, rec)
	require.NoError(t, err)
	require.Equal(t, convertCheck*32/256*144, rec.largest, "reads one chunk of Q4_K blocks at a time")
	want := make([]byte, rows*cols/32*34)
	require.NoError(t, quant.ToQ8_0(quant.Q4_K, src, want, 0))
	require.Equal(t, want, out)

	_, err = toQ8(t.Context(), ti, bytes.NewReader(src[:len(src)-1]))
	require.ErrorIs(t, err, gguf.ErrTruncated)
}

// TestToQ8ColsReadsRows: a tensor whose rows are zero-padded is read a row
// at a time, and each padded row requantizes like the row with explicit zeros.
func TestToQ8ColsReadsRows(t *testing.T) {
	const rows, n, cols = 64, 172, 192
	src := make([]byte, rows*n*2)
	padded := make([]byte, rows*cols*2)
	for r := 0; r < rows; r++ {
		for c := 0; c < n; c++ {
			h := []byte{byte(r + c), 0x30 + byte(c%8)} // finite F16 values
			copy(src[2*(r*n+c):], h)
			copy(padded[2*(r*cols+c):], h)
		}
	}
	ti := gguf.TensorInfo{Name: "blk.0.ffn_down.weight", Type: gguf.TypeF16, Dims: []uint64{n, rows}}
	rec := &readRecorder{r: bytes.NewReader(src)}
	out, err := toQ8Cols(t.Context(), ti, rec, cols)
	require.NoError(t, err)
	require.Equal(t, n*2, rec.largest, "reads a row at a time")
	want, err := toQ8(t.Context(), gguf.TensorInfo{Name: "p", Type: gguf.TypeF16, Dims: []uint64{cols, rows}}, bytes.NewReader(padded))
	require.NoError(t, err)
	require.Equal(t, want, out)

	_, err = toQ8Cols(t.Context(), gguf.TensorInfo{Name: "q", Type: gguf.TypeQ8_0, Dims: []uint64{n, rows}}, rec, cols)
	require.ErrorIs(t, err, ErrTensorType)
}
