package fidelity_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/fidelity"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
)

// TestRopeFreqsFidelity: a LLaMA 3.1-style file (rope_freqs with the
// llama3 scaling, an original context short enough that most pairs are
// scaled) imports, and the canonical runtime meets the fidelity bar against
// llama.cpp running the same file; the same weights run without the factors
// miss it by far, so llama.cpp does apply them and the bar tells.
func TestRopeFreqsFidelity(t *testing.T) {
	p := probe(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	gen := filepath.Join(dir, "gen.gguf")
	require.NoError(t, llama.Generate(gen, kquantSpec))
	hd := kquantSpec.Dim / kquantSpec.Heads
	factors := fidelity.Llama3RopeFactors(hd, 10000, 64)
	scaled := 0
	for _, f := range factors {
		if f > 1 {
			scaled++
		}
	}
	require.GreaterOrEqual(t, scaled, len(factors)/2, "factors %v", factors)
	src := filepath.Join(dir, "llama3-rope.gguf")
	require.NoError(t, fidelity.WriteRopeFreqs(gen, src, factors))
	dst := filepath.Join(dir, "imported.gguf")
	rep, err := llama.Import(ctx, src, dst, llama.ImportOptions{Context: kquantTokens})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	l := rep.Loaded
	require.Len(t, l.Model.RopeFreqs, hd/2)
	plain, err := llama.Load(gen)
	require.NoError(t, err)
	defer plain.Close()

	with, _, floor := measureImport(ctx, t, p, l, src, dst, fidelityTexts())
	var without fidelity.Report
	for _, text := range fidelityTexts() {
		tokens := textTokens(l, text, kquantTokens)
		r, err := fidelity.Measure(ctx, p, src, plain.Model, tokens)
		require.NoError(t, err)
		without = without.Add(r)
	}
	t.Logf("rope_freqs imported vs llama.cpp: %s", with)
	t.Logf("same weights without rope_freqs vs llama.cpp: %s", without)
	record(t, "rope-freqs", with, &floor)
	require.GreaterOrEqual(t, with.Top1(), minTop1, with.String())
	require.LessOrEqual(t, with.RelRMS, maxRelRMS, with.String())
	require.LessOrEqual(t, with.PPLDiff(), maxPPL, with.String())
	// Measured: 85% top-1 and 9.3% rel RMS without them, 99.7% and 0.9% with.
	require.Less(t, without.Top1(), 0.95, "ignoring the factors must show: %s", without)
	require.Greater(t, without.RelRMS, 4*maxRelRMS, "ignoring the factors must show: %s", without)
}

// TestLlama3StyleFidelity: the file a Llama 3.x user brings — a byte-level
// BPE vocabulary (llama-bpe pre-tokenizer), rope_freqs, grouped-query
// attention and tied embeddings, quantized as llama.cpp's Q4_K_M (the tied
// token_embd at Q6_K, as llama-quantize gives it) — imports, tokenizes as
// llama.cpp does, and runs within the fidelity bars against llama.cpp on
// the original file.
func TestLlama3StyleFidelity(t *testing.T) {
	p := probe(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	vocab, err := llama.GeneratedBPEVocab(kquantSpec.Vocab, "llama-bpe")
	require.NoError(t, err)
	gen := filepath.Join(dir, "gen.gguf")
	require.NoError(t, llama.GenerateWithVocab(ctx, gen, kquantSpec, vocab))
	hd := kquantSpec.Dim / kquantSpec.Heads
	mix := fidelity.Mixes[0]
	require.Equal(t, "Q4_K_M", mix.Name)
	src := filepath.Join(dir, "llama3-style.Q4_K_M.gguf")
	require.NoError(t, fidelity.Rewrite{Mix: &mix, RopeFreqs: fidelity.Llama3RopeFactors(hd, 10000, 64), Tie: true}.Write(gen, src))
	dst := filepath.Join(dir, "imported.gguf")
	rep, err := llama.Import(ctx, src, dst, llama.ImportOptions{Context: kquantTokens})
	require.NoError(t, err)
	defer rep.Loaded.Close()
	l := rep.Loaded
	require.True(t, l.Model.Tied(), "tied embeddings")
	require.Len(t, l.Model.RopeFreqs, hd/2)
	require.Equal(t, "gpt2", l.Vocab.Model)
	require.Equal(t, "llama-bpe", l.Vocab.Pre)
	require.Equal(t, "Q6_K→Q8_0", rep.Converted["token_embd.weight"])
	require.Equal(t, "Q4_K→Q8_0", rep.Converted["blk.1.attn_q.weight"])
	for i, text := range fidelityTexts() {
		ref, err := p.Tokenize(ctx, src, text)
		require.NoError(t, err)
		require.Equal(t, ref, l.Tokenizer.Encode(text, false), "tokenization of text %d", i)
	}
	m := measureImportRuns(ctx, t, p, l, src, dst, fidelityTexts())
	orig, imp, floor := m.orig, m.imp, m.floor
	t.Logf("Llama 3-style Q4_K_M vs llama.cpp on the original: %s", orig)
	t.Logf("Llama 3-style Q4_K_M vs llama.cpp on the imported file: %s", imp)
	t.Logf("Llama 3-style Q4_K_M: llama.cpp on the imported file vs on the original: %s", floor)
	record(t, "llama3", orig, &floor)
	// Against the original the import is the whole error: the canonical
	// runtime is where llama.cpp on the imported file is.
	requireAtFloor(t, orig, floor)
	require.LessOrEqual(t, orig.PPLDiff(), maxPPL, orig.String())
	require.LessOrEqual(t, imp.PPLDiff(), maxPPL, imp.String())
	// Against llama.cpp on the same imported file this model misses the
	// usual bar (measured: top-1 97.2%, rel RMS 2.6%): its residual stream
	// is made by its layers, as a trained model's is, not by its input
	// embedding, so their arithmetic shows — llama.cpp's as much as the
	// canonical runtime's. Both are measured against the model's exact
	// function (float64, no rounding): the canonical runtime must be at least
	// as close to it as llama.cpp.
	requireAsExactAsLlamaCpp(t, "Llama 3-style", l.Model, m.runs[:2])
}

// requireAsExactAsLlamaCpp measures the canonical runtime's and llama.cpp's
// log-probs of runs (on the imported file m) against m's exact function
// (float64, no rounding), and asserts that the canonical runtime is at least
// as close to it as llama.cpp is, but for a point of top-1 agreement and a
// quarter of llama.cpp's relative error.
func requireAsExactAsLlamaCpp(t *testing.T, name string, m *canon.Model, runs []importRun) {
	t.Helper()
	var canonX, llamaX fidelity.Report
	for _, run := range runs {
		exact := refEval(refLogProbs(m, run.tokens, refOpts{}), run.tokens)
		r, err := fidelity.MeasureEval(exact, run.logits, run.tokens)
		require.NoError(t, err)
		canonX = canonX.Add(r)
		r, err = fidelity.CompareEvals(exact, run.refDst, run.tokens)
		require.NoError(t, err)
		llamaX = llamaX.Add(r)
	}
	t.Logf("%s, canonical runtime vs the exact function: %s", name, canonX)
	t.Logf("%s, llama.cpp on the imported file vs the exact function: %s", name, llamaX)
	require.GreaterOrEqual(t, canonX.Top1(), llamaX.Top1()-0.01, "canonical %s; llama.cpp %s", canonX, llamaX)
	require.LessOrEqual(t, canonX.RelRMS, 1.25*llamaX.RelRMS, "canonical %s; llama.cpp %s", canonX, llamaX)
}
