package llama

import (
	"os"
	"path/filepath"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestArenaReader: copied weights share one arena, back to back in the
// order they are read, each equal to the tensor's own bytes; a tensor past
// the arena's end gets a buffer of its own, and a missing one is an error.
func TestArenaReader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, Generate(path, modelgen.Tiny))
	fh, err := os.Open(path)
	require.NoError(t, err)
	defer fh.Close()
	fi, err := fh.Stat()
	require.NoError(t, err)
	f, err := gguf.Read(fh, fi.Size())
	require.NoError(t, err)

	names := []string{"blk.0.attn_q.weight", "blk.0.ffn_down.weight", "blk.1.attn_k.weight"}
	var sizes []int64
	for _, n := range names {
		tn, ok := f.Tensor(n)
		require.True(t, ok)
		sizes = append(sizes, int64(tn.Size()))
	}
	// Room for the first two only.
	read := arenaReader(f, sizes[0]+sizes[1])
	var got [][]byte
	for _, n := range names {
		b, err := read(n)
		require.NoError(t, err)
		want, err := f.TensorData(n)
		require.NoError(t, err)
		require.Equal(t, want, b, n)
		got = append(got, b)
	}
	end0 := uintptr(unsafe.Pointer(&got[0][0])) + uintptr(len(got[0]))
	require.Equal(t, end0, uintptr(unsafe.Pointer(&got[1][0])), "the second tensor follows the first in the arena")
	require.Equal(t, len(got[0]), cap(got[0]), "a tensor's slice cannot grow into the next")
	require.Equal(t, len(got[2]), cap(got[2]))

	_, err = read("blk.9.attn_q.weight")
	require.ErrorIs(t, err, gguf.ErrMissingTensor)
}
