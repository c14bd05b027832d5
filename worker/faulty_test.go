package worker

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
)

// faultFixture is a store holding a tiny model, the model, a job on it and
// the job's honest result.
func faultFixture(t *testing.T) (*Store, *canon.Model, Job, *Result) {
	t.Helper()
	dir := t.TempDir()
	_, root := genModel(t, dir, tinySpec(3))
	st, err := NewStore(StoreConfig{Dir: dir})
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	h, err := st.Get(context.Background(), root)
	require.NoError(t, err)
	t.Cleanup(h.Release)
	job := Job{Model: root, Prompt: []int32{1, 7, 9}, MaxTokens: 6}
	res, err := (&Embedded{Store: st}).Run(context.Background(), job)
	require.NoError(t, err)
	return st, h.Model, job, res
}

// TestCorruptIsSelfConsistentAndWrong: a corrupted result differs from the
// canonical one in exactly one token, keeps the early-stop rules, and its
// roots are those of its own (wrong) output — what an honest trace of that
// output would give.
func TestCorruptIsSelfConsistentAndWrong(t *testing.T) {
	st, m, job, res := faultFixture(t)
	for k := range res.Tokens {
		c, err := Corrupt(context.Background(), m, job, res, k, canon.Options{})
		require.NoError(t, err)
		diff := 0
		for i := range c.Tokens {
			if c.Tokens[i] != res.Tokens[i] {
				diff++
				require.False(t, isEOS(m, c.Tokens[i]), "no EOS is introduced")
			}
		}
		require.Equal(t, 1, diff, "one token changed (k=%d)", k)
		require.NotEqual(t, res.TraceRoot, c.TraceRoot)
		// The claim is that of its output: a traced session over it agrees.
		s, err := m.NewSession(len(job.Prompt)+len(c.Tokens)-1, true, canon.Options{Threads: 2})
		require.NoError(t, err)
		_, err = s.Forward(context.Background(), append(append([]int32{}, job.Prompt...), c.Tokens[:len(c.Tokens)-1]...), canon.LogitsNone)
		require.NoError(t, err)
		require.Equal(t, c.StateRoot, s.Tracer().StateRoot())
		f, err := s.Tracer().Final(c.Tokens[len(c.Tokens)-1])
		require.NoError(t, err)
		require.Equal(t, c.FinalResidual, f.Residual)
		require.Equal(t, c.FinalKV, f.KV)
	}
	// Rate 0 never corrupts; rate 1 always does.
	for _, tc := range []struct {
		rate float64
		same bool
	}{{0, true}, {1, false}} {
		f := &Faulty{Backend: &Embedded{Store: st}, Store: st, Rate: tc.rate}
		got, err := f.Run(context.Background(), job)
		require.NoError(t, err)
		require.Equal(t, tc.same, got.TraceRoot == res.TraceRoot, "rate %v", tc.rate)
	}
}

// TestCorruptPromptAnswersAnotherPrompt: the result is exactly a traced run
// of the job on its prompt with the last token changed, and differs from the
// job's own result.
func TestCorruptPromptAnswersAnotherPrompt(t *testing.T) {
	_, m, job, res := faultFixture(t)
	c, other, err := CorruptPrompt(context.Background(), m, job, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, []int32{1, 7, 10}, other)
	require.NotEqual(t, res.TraceRoot, c.TraceRoot)
	want, err := m.Generate(context.Background(), canon.Job{Prompt: other, MaxTokens: 6, StopAtEOS: true, Trace: true}, canon.Options{})
	require.NoError(t, err)
	require.Equal(t, want, c, "a run over the prompt with its last token changed")
	_, _, err = CorruptPrompt(context.Background(), m, Job{Model: job.Model, MaxTokens: 2}, canon.Options{})
	require.Error(t, err)
}
