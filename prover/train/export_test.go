package train

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/llamacpp"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/tokenizer"
)

// TestExportLoadsAndGenerates trains the tiny model on a short repeated text
// tokenized by an SPM vocabulary built from it, exports the Q8_0 GGUF, loads
// it with llama.Load and checks that the canonical runtime has learned the
// text: teacher-forced argmax predicts the next token at ≥ 90% of positions
// (the first position of a window has no context to tell "the cat" from
// "the dog"),
// and greedy generation from a prompt continues the text.
func TestExportLoadsAndGenerates(t *testing.T) {
	text := strings.Repeat("the cat sat on the mat. the dog ran to the log. ", 12)
	vocab, err := tokenizer.BuildVocab(text, 288)
	require.NoError(t, err)
	tok, err := tokenizer.New(vocab)
	require.NoError(t, err)
	data := tok.Encode(text, false)
	spec := tinySpec
	spec.Vocab = len(vocab.Tokens)
	m, err := NewModel(spec)
	require.NoError(t, err)
	h := adam(4, 16)
	tr, err := New(m, h, data)
	require.NoError(t, err)
	for i := 0; i < 120; i++ {
		_, err := tr.TrainStep(context.Background(), Options{Threads: 2})
		require.NoError(t, err)
	}

	path := filepath.Join(t.TempDir(), "trained.gguf")
	require.NoError(t, m.Export(context.Background(), path, "airollup-train-test", vocab))
	l, err := llama.Load(path)
	require.NoError(t, err)
	defer l.Close()
	want, err := m.Canonical()
	require.NoError(t, err)
	named := vocab
	named.Name = "airollup-train-test" // general.name is part of the tokenizer hash
	want.TokenizerHash = llama.TokenizerHash(named)
	require.Equal(t, want.Root(), l.Model.Root(), "loaded model is the exported one")

	// Teacher forcing over four training-length windows (16 positions each).
	hits := 0
	for k := 0; k < 4; k++ {
		seq := data[16*k : 16*k+17]
		s, err := l.Model.NewSession(16, false, canon.Options{})
		require.NoError(t, err)
		logits, err := s.Forward(context.Background(), seq[:16], canon.LogitsAll)
		require.NoError(t, err)
		for p, lg := range logits {
			if argmax(lg) == seq[p+1] {
				hits++
			}
		}
	}
	t.Logf("teacher-forced next-token accuracy %d/64", hits)
	require.GreaterOrEqual(t, hits, 58, "≥ 90%% of next tokens")

	res, err := l.Model.Generate(context.Background(), canon.Job{Prompt: data[:12], MaxTokens: 8}, canon.Options{})
	require.NoError(t, err)
	prompt, err := l.Tokenizer.Decode(data[:12])
	require.NoError(t, err)
	out, err := l.Tokenizer.Decode(res.Tokens)
	require.NoError(t, err)
	t.Logf("generated %q after %q", out, prompt)
	require.Equal(t, data[12:20], res.Tokens)

	require.ErrorIs(t, m.Export(context.Background(), path, "x", tokenizer.Vocab{Tokens: []string{"a"}}), ErrConfig)

	t.Run("llama.cpp", func(t *testing.T) { checkLlamaCpp(t, path, l.Model, data) })
}

// checkLlamaCpp teacher-forces 32 tokens of the corpus through real llama.cpp
// (node-llama-cpp) on the exported file: it loads it, and its top-1 agrees
// with the canonical runtime's argmax at ≥ 90% of positions.
func checkLlamaCpp(t *testing.T, path string, m *canon.Model, data []int32) {
	p, err := llamacpp.Find()
	if errors.Is(err, llamacpp.ErrNotInstalled) && os.Getenv("CI") == "" {
		t.Skip("llama.cpp reference not installed; `make test` installs it (make setup)")
	}
	require.NoError(t, err, "the llama.cpp reference must be installed in CI")
	seq := data[:32]
	ev, err := p.Eval(context.Background(), path, seq)
	require.NoError(t, err)
	s, err := m.NewSession(len(seq), false, canon.Options{})
	require.NoError(t, err)
	logits, err := s.Forward(context.Background(), seq, canon.LogitsAll)
	require.NoError(t, err)
	require.Len(t, ev.Positions, len(logits)-1)
	agree, total := 0, len(ev.Positions)
	for i, pos := range ev.Positions {
		if pos.Top1 == argmax(logits[i]) {
			agree++
		}
	}
	t.Logf("llama.cpp top-1 agrees with the canonical runtime at %d/%d positions", agree, total)
	require.GreaterOrEqual(t, agree*10, total*9)
}

func argmax(v []int32) int32 {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return int32(best)
}
