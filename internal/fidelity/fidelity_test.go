package fidelity_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/fidelity"
	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/tokenizer"
)

// The fidelity bar (docs/arithmetic.md, "Fidelity"), asserted on generated
// models with realistic weight statistics.
const (
	minTop1   = 0.99 // agreement outside near-ties (margin ≥ fidelity.NearTie nats)
	maxRelRMS = 0.02 // relative RMS error of the log-probabilities
	maxPPL    = 0.02 // relative perplexity difference
)

func probe(t *testing.T) *llamacpp.Probe {
	t.Helper()
	p, err := llamacpp.Find()
	if errors.Is(err, llamacpp.ErrNotInstalled) && os.Getenv("CI") == "" {
		t.Skip("llama.cpp reference not installed; `make test` installs it (make setup)")
	}
	require.NoError(t, err, "the llama.cpp reference must be installed in CI")
	p.Threads = 1
	return p
}

// textTokens is BOS followed by the tokenization of text, cut to at most n
// tokens: the sequences the fidelity tests teacher-force.
func textTokens(l *llama.Loaded, text string, n int) []int32 {
	tokens := append([]int32{l.Vocab.BOS}, l.Tokenizer.Encode(text, false)...)
	return tokens[:min(len(tokens), n)]
}

var fidelitySpecs = []struct {
	name, row string // row: of the README's table
	spec      modelgen.Spec
}{
	{"4x256-gqa", "sp-gqa", modelgen.Spec{Dim: 256, Layers: 4, Heads: 8, KVHeads: 2, FFDim: 704, Vocab: 4096, Context: 512, Seed: 11}},
	{"small-15M", "sp-15M", modelgen.Small},
}

func TestFidelityAgainstLlamaCpp(t *testing.T) {
	p := probe(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	corpus := tokenizer.DefaultCorpus()
	texts := []string{corpus[:1200], corpus[5000:6000], corpus[12000:13000], corpus[20000:21000]}
	for _, tc := range fidelitySpecs {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name+".gguf")
			require.NoError(t, llama.Generate(path, tc.spec))
			l, err := llama.Load(path)
			require.NoError(t, err)
			defer l.Close()
			// The bar is asserted over all texts of a model (about a thousand
			// positions), so a single near-miss does not decide it.
			var total fidelity.Report
			for i, text := range texts {
				// Tokenization matches llama.cpp's on the same file.
				ref, err := p.Tokenize(ctx, path, text)
				require.NoError(t, err)
				ours := l.Tokenizer.Encode(text, false)
				require.Equal(t, ref, ours, "tokenization of text %d", i)

				tokens := append([]int32{l.Vocab.BOS}, ours...)
				tokens = tokens[:min(len(tokens), 256)]
				r, err := fidelity.Measure(ctx, p, path, l.Model, tokens)
				require.NoError(t, err)
				t.Logf("%s text %d: %s", tc.name, i, r)
				total = total.Add(r)
				require.LessOrEqual(t, r.RelRMS, maxRelRMS, r.String())
				require.LessOrEqual(t, r.PPLDiff(), maxPPL, r.String())
			}
			t.Logf("%s: %s", tc.name, total)
			require.GreaterOrEqual(t, total.Top1(), minTop1, total.String())
			record(t, tc.row, total, nil)
		})
	}
}

// TestTokenizerMatchesLlamaCpp checks edge cases of SentencePiece tokenization
// against llama.cpp on a generated vocabulary.
func TestTokenizerMatchesLlamaCpp(t *testing.T) {
	p := probe(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tok.gguf")
	require.NoError(t, llama.Generate(path, modelgen.Tiny))
	l, err := llama.Load(path)
	require.NoError(t, err)
	defer l.Close()
	for _, text := range []string{
		"Hello world", " leading space", "double  space", "tabs\tand\nnewlines\n\n", "naïve café – 42€ ✓ 日本語",
		"emoji 🦙🚀", "", "   ", "UPPER lower MiXeD 12345 67.89", "a", "\x01\x7f control bytes",
	} {
		ref, err := p.Tokenize(ctx, path, text)
		require.NoError(t, err)
		require.Equal(t, ref, l.Tokenizer.Encode(text, false), "text %q", text)
	}
}

// TestImportedModelRunsInLlamaCpp: `airollup model import` output is still a
// GGUF that llama.cpp loads and runs, with the same predictions as the
// canonical runtime.
func TestImportedModelRunsInLlamaCpp(t *testing.T) {
	p := probe(t)
	ctx := context.Background()
	dir := t.TempDir()
	src := filepath.Join(dir, "src.gguf")
	spec := modelgen.Spec{Dim: 128, Layers: 2, Heads: 4, KVHeads: 4, FFDim: 352, Vocab: 1024, Context: 1024, Seed: 5}
	require.NoError(t, llama.Generate(src, spec))
	rep, err := llama.Import(t.Context(), src, filepath.Join(dir, "imported.gguf"), llama.ImportOptions{Context: 256})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	l := rep.Loaded
	tokens := textTokens(l, tokenizer.DefaultCorpus()[:600], 128)
	r, err := fidelity.Measure(ctx, p, filepath.Join(dir, "imported.gguf"), l.Model, tokens)
	require.NoError(t, err)
	t.Logf("imported: %s", r)
	require.GreaterOrEqual(t, r.Top1(), minTop1, r.String())
	require.LessOrEqual(t, r.RelRMS, maxRelRMS, r.String())
}

// TestProbePrefill: the bench's prompt-processing reference evaluates the
// whole sequence in one batch, times each repeat and reports the best, and
// refuses a token the model does not have.
func TestProbePrefill(t *testing.T) {
	p := probe(t)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, llama.Generate(path, modelgen.Tiny))
	tokens := make([]int32, 64)
	for i := range tokens {
		tokens[i] = int32(1 + 7*i%(modelgen.Tiny.Vocab-1))
	}
	r, err := p.Prefill(t.Context(), path, tokens, 2)
	require.NoError(t, err)
	require.Equal(t, 64, r.Tokens)
	require.Equal(t, 1, r.Threads)
	require.Len(t, r.Seconds, 2)
	require.Equal(t, min(r.Seconds[0], r.Seconds[1]), r.BestSeconds)
	require.InDelta(t, 64/r.BestSeconds, r.TokensPerSecond, 1e-6*r.TokensPerSecond)

	_, err = p.Prefill(t.Context(), path, []int32{1, int32(modelgen.Tiny.Vocab)}, 1)
	require.Error(t, err, "a token id beyond the vocabulary is refused")
}

// TestProbeVerifyBatch: the bench's verification reference evaluates the
// sequence in one batch with logits at every position, and its greedy token
// after each position is llama.cpp's argmax there (the eval's top-1, where
// that top-1 is not a near-tie the two passes may break differently).
func TestProbeVerifyBatch(t *testing.T) {
	p := probe(t)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, llama.Generate(path, modelgen.Tiny))
	tokens := make([]int32, 64)
	for i := range tokens {
		tokens[i] = int32(1 + 7*i%(modelgen.Tiny.Vocab-1))
	}
	r, err := p.VerifyBatch(t.Context(), path, tokens, 2)
	require.NoError(t, err)
	require.True(t, r.AllLogits)
	require.Equal(t, 64, r.Tokens)
	require.Len(t, r.Next, 64)
	require.Len(t, r.Seconds, 2)
	require.InDelta(t, 64/r.BestSeconds, r.TokensPerSecond, 1e-6*r.TokensPerSecond)

	ev, err := p.Eval(t.Context(), path, tokens)
	require.NoError(t, err)
	require.Len(t, ev.Positions, 63)
	checked := 0
	for i, pos := range ev.Positions {
		if pos.Top1LogProb == nil || pos.Top2LogProb == nil || *pos.Top1LogProb-*pos.Top2LogProb < 1e-3 {
			continue
		}
		require.Equal(t, pos.Top1, r.Next[i], "position %d", i)
		checked++
	}
	require.Greater(t, checked, 50, "most positions have a clear argmax")

	plain, err := p.Prefill(t.Context(), path, tokens, 1)
	require.NoError(t, err)
	require.False(t, plain.AllLogits)
	require.Empty(t, plain.Next)
}
