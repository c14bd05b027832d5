package llama

import (
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

func TestGenerateLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	spec := modelgen.Tiny
	require.NoError(t, Generate(path, spec))
	l, err := Load(path)
	require.NoError(t, err)
	defer l.Close()

	// The loaded model is the generated one: same config, same weights, same results.
	mem, err := spec.Model()
	require.NoError(t, err)
	require.Equal(t, mem.Config, l.Model.Config)
	require.Equal(t, 2, l.Model.EOS, "tokenizer.ggml.eos_token_id")
	mem.TokenizerHash = l.Model.TokenizerHash
	require.Equal(t, mem.Root(), l.Model.Root())
	// The EOS jobs stop at is committed in the model root's metadata leaf.
	leaf := mem.MetadataLeaf()
	mem.EOS = canon.NoEOS
	require.NotEqual(t, leaf, mem.MetadataLeaf())
	mem.EOS = 2
	job := canon.Job{Prompt: []int32{1, 100, 200}, MaxTokens: 8}
	a, err := mem.Generate(t.Context(), job, canon.Options{})
	require.NoError(t, err)
	b, err := l.Model.Generate(t.Context(), job, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, a.Tokens, b.Tokens)

	// Text round-trips through the model's vocabulary.
	text := "The quick brown fox jumps over the lazy dog. Café – 42€!"
	ids := l.Tokenizer.Encode(text, true)
	require.Equal(t, int32(1), ids[0], "BOS first")
	back, err := l.Tokenizer.Decode(ids[1:]) // llama.cpp renders a leading BOS as "" and keeps the prefix space
	require.NoError(t, err)
	require.Equal(t, text, back)

	// Generating again gives a byte-identical file.
	path2 := filepath.Join(t.TempDir(), "tiny2.gguf")
	require.NoError(t, Generate(path2, spec))
	require.Equal(t, readFile(t, path), readFile(t, path2))
}

func TestFixedToF32Bits(t *testing.T) {
	for _, v := range []int64{1, -1, 65536, -65536, 58982, 72090, 1 << 23, 3, 12345678} {
		got := FixedToF32Bits(v, 16)
		require.Equal(t, math.Float32bits(float32(float64(v)/65536)), got, "v=%d", v)
	}
	require.Equal(t, uint32(0), FixedToF32Bits(0, 16))
}
