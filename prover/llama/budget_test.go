package llama

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
	"github.com/airollup/airollup/prover/modelgen"
)

// zeros is an io.ReaderAt of zero bytes: all-zero Q8_0 blocks and F32 norms
// are valid, so crafted files need no weights in memory to be written.
type zeros struct{}

func (zeros) ReadAt(p []byte, _ int64) (int, error) {
	clear(p)
	return len(p), nil
}

// writeCrafted writes a canonical model with zero weights and the given
// header (one layer, tied output), as a hostile registrant could: a
// 1-head model of dim 4096 claims 4096 rotary dims, and with a context of
// 2^20 a 16 GiB RoPE table, from a 76 MB file.
func writeCrafted(t testing.TB, path string, h Header, vocab int) {
	t.Helper()
	v, err := GeneratedVocab(vocab)
	require.NoError(t, err)
	w := gguf.NewWriter()
	setMetadata(w, h, v)
	d, kv, ff := uint64(h.Dim), uint64(h.Dim/h.Heads*h.KVHeads), uint64(h.FFDim)
	add := func(name string, typ gguf.Type, dims ...uint64) {
		require.NoError(t, w.AddTensorFrom(name, typ, dims, zeros{}))
	}
	add("token_embd.weight", gguf.TypeQ8_0, d, uint64(vocab))
	for l := 0; l < h.Layers; l++ {
		p := fmt.Sprintf("blk.%d.", l)
		add(p+"attn_norm.weight", gguf.TypeF32, d)
		add(p+"attn_q.weight", gguf.TypeQ8_0, d, d)
		add(p+"attn_k.weight", gguf.TypeQ8_0, d, kv)
		add(p+"attn_v.weight", gguf.TypeQ8_0, d, kv)
		add(p+"attn_output.weight", gguf.TypeQ8_0, d, d)
		add(p+"ffn_norm.weight", gguf.TypeF32, d)
		add(p+"ffn_gate.weight", gguf.TypeQ8_0, d, ff)
		add(p+"ffn_up.weight", gguf.TypeQ8_0, d, ff)
		add(p+"ffn_down.weight", gguf.TypeQ8_0, ff, d)
	}
	add("output_norm.weight", gguf.TypeF32, d)
	require.NoError(t, w.WriteFile(path))
}

// hugeContext is the crafted header of issue 9: 2^20 positions of 4096
// rotary dims (a 16 GiB RoPE table, a 32 GiB KV cache).
var hugeContext = Header{Name: "crafted", Context: 1 << 20, CanonContext: 1 << 20, Dim: 4096, Layers: 1,
	Heads: 1, KVHeads: 1, FFDim: 32, RopeDims: 4096, RopeBaseBits: DefaultRopeBaseBits, NormEpsBits: 0x3727c5ac}

// TestLoadRefusesOverBudget: the crafted huge-context model is refused by
// Load and FromFile with a *canon.BudgetError naming airollup.context_length
// and the budget, before anything is allocated (this runs in the test
// process: the refusal must not need the memory it refuses).
func TestLoadRefusesOverBudget(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crafted.gguf")
	writeCrafted(t, path, hugeContext, 512)
	const budget = 4 << 30
	_, err := Load(path, Options{MemoryBudget: budget})
	require.ErrorIs(t, err, canon.ErrBudget)
	var be *canon.BudgetError
	require.True(t, errors.As(err, &be))
	require.Equal(t, keyCanonContext, be.Key)
	require.Equal(t, int64(1<<20), be.Value)
	require.Equal(t, int64(budget), be.Budget)
	require.Equal(t, int64(16<<30), be.Need.Rope)
	require.Equal(t, int64(1<<20)*(8*4096+1+12), be.Need.KV)
	require.Contains(t, err.Error(), "airollup.context_length = 1048576")
	require.Contains(t, err.Error(), "budget 4.0 GiB")
	require.Contains(t, err.Error(), path, "the error names the file")

	f, err := gguf.Open(path)
	require.NoError(t, err)
	defer f.Close()
	_, err = FromFile(f, Options{MemoryBudget: budget})
	require.ErrorIs(t, err, canon.ErrBudget)

	// Without airollup.context_length the key is llama.context_length.
	h := hugeContext
	h.CanonContext = 0
	writeCrafted(t, path, h, 512)
	_, err = Load(path, Options{MemoryBudget: budget})
	require.ErrorAs(t, err, &be)
	require.Equal(t, keyContext, be.Key)
}

// TestLoadBudget: a model within its budget loads and carries the budget to
// its sessions; the key named follows the largest part of the need.
func TestLoadBudget(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, Generate(path, modelgen.Tiny))
	need := modelgen.Tiny.Config().Memory(false)
	f, err := gguf.Open(path)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	need.Vocab = int64(modelgen.Tiny.Vocab)*vocabTokenBytes + metadataCopies*f.DataOffset
	l, err := Load(path, Options{MemoryBudget: need.Total()})
	require.NoError(t, err)
	require.Equal(t, need.Total(), l.Model.MemoryBudget)
	_, err = l.Model.NewSession(l.Model.Context, false, canon.Options{})
	require.NoError(t, err, "a full-context session fits the budget the model was checked against")

	_, err = Load(path, Options{MemoryBudget: need.Total() - 1})
	var be *canon.BudgetError
	require.ErrorAs(t, err, &be)
	require.Equal(t, keyEmbed, be.Key, "the weights are the largest part of the tiny model")
	require.Equal(t, need, be.Need)

	// Generate checks the spec's budget before generating anything.
	err = Generate(filepath.Join(t.TempDir(), "x.gguf"), modelgen.Tiny, Options{MemoryBudget: 64 << 10})
	require.ErrorAs(t, err, &be)
	require.Equal(t, int64(64<<10), be.Budget)

	// CheckBudget names the vocabulary when it dominates.
	cfg := canon.Config{Dim: 32, Layers: 1, Heads: 1, KVHeads: 1, FFDim: 32, Vocab: 1 << 21, Context: 1, RopeDims: 32,
		RopeBaseBits: DefaultRopeBaseBits, NormEpsBits: 0x3727c5ac}
	require.NoError(t, cfg.Check())
	err = CheckBudget(cfg, true, keyContext, 64<<20)
	require.ErrorAs(t, err, &be)
	require.Equal(t, keyTokens, be.Key)
	require.Equal(t, int64(1<<21), be.Value)
}

// TestGenerateChecksBeforeAllocating: an out-of-range vocabulary is refused
// before the vocabulary (1.2 GB at 16777475 tokens) is built.
func TestGenerateChecksBeforeAllocating(t *testing.T) {
	spec := modelgen.Tiny
	spec.Vocab = 16777475
	err := Generate(filepath.Join(t.TempDir(), "x.gguf"), spec)
	require.ErrorIs(t, err, modelgen.ErrSpec)
	require.ErrorIs(t, err, canon.ErrConfig)
	require.ErrorContains(t, err, "vocab = 16777475")
	_, err = GeneratedVocab(16777475)
	require.ErrorIs(t, err, ErrUnsupported)
	require.ErrorContains(t, err, "16777475")
}
