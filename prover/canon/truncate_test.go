package canon_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
)

// TestTruncateThenContinueMatchesStraightRun: a session that forwards junk
// (in its own batches and appended to kept tokens), truncates it away and
// continues gives, bit for bit, the logits, trace states and state root of a
// session that only ever processed the kept tokens.
func TestTruncateThenContinueMatchesStraightRun(t *testing.T) {
	m := tinyModel(t, 7)
	r := rand.New(rand.NewPCG(3, 4))
	tokens := randomTokens(r, 40, m.Vocab)

	straight, err := m.NewSession(len(tokens), true, canon.Options{})
	require.NoError(t, err)
	want, err := straight.Forward(t.Context(), tokens, canon.LogitsAll)
	require.NoError(t, err)

	for _, trace := range []bool{true, false} {
		s, err := m.NewSession(len(tokens), trace, canon.Options{})
		require.NoError(t, err)
		var got [][]int32
		fwd := func(toks []int32) [][]int32 {
			out, err := s.Forward(t.Context(), toks, canon.LogitsAll)
			require.NoError(t, err)
			return out
		}
		// Junk from position 0, then rolled back to nothing.
		fwd(randomTokens(r, 5, m.Vocab))
		require.NoError(t, s.Truncate(0))
		got = append(got, fwd(tokens[:8])...)
		// A junk batch of its own.
		fwd(randomTokens(r, 7, m.Vocab))
		require.NoError(t, s.Truncate(8))
		require.Equal(t, 8, s.Pos())
		// Kept tokens and junk in one batch, as a rejected draft's tail.
		out := fwd(append(append([]int32{}, tokens[8:15]...), randomTokens(r, 6, m.Vocab)...))
		got = append(got, out[:7]...)
		require.NoError(t, s.Truncate(15))
		// Truncating to the current position is a no-op.
		require.NoError(t, s.Truncate(15))
		// Crossing powers of two of the KV trees (16, 32) while rolling back.
		fwd(randomTokens(r, 18, m.Vocab))
		require.NoError(t, s.Truncate(15))
		for i := 15; i < 33; i++ { // one token at a time, with a one-token rollback each step
			got = append(got, fwd(tokens[i:i+1])...)
			fwd(randomTokens(r, 1, m.Vocab))
			require.NoError(t, s.Truncate(i+1))
		}
		got = append(got, fwd(tokens[33:])...)
		require.Equal(t, want, got, "logits (trace %v)", trace)
		if trace {
			require.Equal(t, straight.Tracer().States(), s.Tracer().States())
			require.Equal(t, straight.Tracer().StateRoot(), s.Tracer().StateRoot())
		}
	}
}

// TestTruncateThenGenerateMatchesGenerate: rolling a generation back and
// redoing it gives Generate's trace root.
func TestTruncateThenGenerateMatchesGenerate(t *testing.T) {
	m := tinyModel(t, 8)
	prompt := randomTokens(rand.New(rand.NewPCG(5, 6)), 6, m.Vocab)
	const n = 12
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: n, Trace: true}, canon.Options{})
	require.NoError(t, err)

	s, err := m.NewSession(len(prompt)+n-1, true, canon.Options{})
	require.NoError(t, err)
	// Teacher-force the whole output, then roll back to the prompt and decode.
	_, err = s.Forward(t.Context(), append(append([]int32{}, prompt...), res.Tokens[:n-1]...), canon.LogitsNone)
	require.NoError(t, err)
	require.NoError(t, s.Truncate(len(prompt)-1))
	logits, err := s.Forward(t.Context(), prompt[len(prompt)-1:], canon.LogitsLast)
	require.NoError(t, err)
	var out []int32
	for step := 0; ; step++ {
		tok := canon.Sample(logits[0], canon.SampleParams{}, uint64(step))
		out = append(out, tok)
		if len(out) == n {
			break
		}
		logits, err = s.Forward(t.Context(), []int32{tok}, canon.LogitsLast)
		require.NoError(t, err)
	}
	require.Equal(t, res.Tokens, out)
	states := len(s.Tracer().States())
	require.Equal(t, res.States, states)
	require.Equal(t, res.TraceRoot, canon.TraceRoot(s.Tracer().StateRoot(), canon.TokensHash(out), states))
}

func TestTruncateErrors(t *testing.T) {
	m := tinyModel(t, 9)
	s, err := m.NewSession(8, true, canon.Options{})
	require.NoError(t, err)
	require.ErrorIs(t, s.Truncate(1), canon.ErrTruncate)
	_, err = s.Forward(t.Context(), []int32{1, 2, 3}, canon.LogitsNone)
	require.NoError(t, err)
	require.ErrorIs(t, s.Truncate(4), canon.ErrTruncate)
	require.ErrorIs(t, s.Truncate(-1), canon.ErrTruncate)
	require.Equal(t, 3, s.Pos(), "a refused truncate changes nothing")
	require.Len(t, s.Tracer().States(), 3*(m.Layers+1))
}
