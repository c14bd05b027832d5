package llama

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
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

// TestNoEOSRoundTrips: tokenizer.ggml.eos_token_id = 0xffffffff (llama.cpp's
// LLAMA_TOKEN_NULL) is a model without EOS, for the runtime (canon.NoEOS: its
// jobs never stop early) and for the tokenizer (-1); an id outside the
// vocabulary is still refused.
func TestNoEOSRoundTrips(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tiny.gguf")
	require.NoError(t, Generate(path, modelgen.Tiny))
	rewrite := func(eos uint32) string {
		f, err := gguf.Open(path)
		require.NoError(t, err)
		defer f.Close()
		w, err := gguf.NewWriterFrom(f)
		require.NoError(t, err)
		w.SetKV(keyEOS, gguf.Uint32Value(eos))
		out := filepath.Join(dir, fmt.Sprintf("eos-%d.gguf", eos))
		require.NoError(t, w.WriteFile(out))
		return out
	}
	l, err := Load(rewrite(noToken))
	require.NoError(t, err)
	defer l.Close()
	require.Equal(t, canon.NoEOS, l.Model.EOS)
	require.Equal(t, int32(-1), l.Vocab.EOS)

	_, err = Load(rewrite(uint32(modelgen.Tiny.Vocab)))
	require.ErrorIs(t, err, ErrUnsupported)
	require.ErrorContains(t, err, keyEOS)
}

// TestLoadRoot: LoadRoot returns the model filed under its own root and
// refuses any other root with a *RootError naming both.
func TestLoadRoot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, Generate(path, modelgen.Tiny))
	l, err := Load(path)
	require.NoError(t, err)
	root := l.Model.Root()
	require.NoError(t, l.Close())

	l, err = LoadRoot(t.Context(), path, root, Options{}, canon.Options{})
	require.NoError(t, err)
	require.NoError(t, l.Close())

	wrong := root
	wrong[0] ^= 1
	_, err = LoadRoot(t.Context(), path, wrong, Options{}, canon.Options{})
	var re *RootError
	require.ErrorAs(t, err, &re)
	require.ErrorIs(t, err, ErrRootMismatch)
	require.Equal(t, RootError{Path: path, Want: wrong, Got: root}, *re)
}
