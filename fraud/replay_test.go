package fraud_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/ctxtest"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

type replayFixture struct {
	m      *canon.Model
	tree   *vm.ModelTree
	tokens []int32
	prompt int
}

func newReplayFixture(t *testing.T) replayFixture {
	t.Helper()
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	prompt := []int32{1, 33, 44}
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 3}, canon.Options{})
	require.NoError(t, err)
	return replayFixture{m: m, tree: tree, tokens: append(append([]int32{}, prompt...), res.Tokens[:2]...), prompt: len(prompt)}
}

func (f replayFixture) replay(ctx context.Context) (*fraud.Replay, error) {
	return fraud.NewReplay(ctx, f.m, f.tree, f.tokens, f.prompt, canon.SampleParams{}, canon.Options{Threads: 1})
}

// TestNewReplayStopsOnCancel: a replay whose context is cancelled at any of
// its checks — in the forward pass or in the head step's micro-steps —
// returns context.Canceled without checking again.
func TestNewReplayStopsOnCancel(t *testing.T) {
	f := newReplayFixture(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := f.replay(ctx)
	require.ErrorIs(t, err, context.Canceled)

	count := ctxtest.NewCountdown(1 << 30)
	_, err = f.replay(count)
	require.NoError(t, err)
	total := count.Checks()
	for _, k := range []int64{0, 1, total / 2, total - 1} {
		ctx := ctxtest.NewCountdown(k)
		_, err := f.replay(ctx)
		require.ErrorIs(t, err, context.Canceled, "cancelled at check %d of %d", k, total)
		require.Zero(t, ctx.Late(), "checks after the cancellation was seen (k %d)", k)
		if k == total-1 {
			require.ErrorContains(t, err, "micro-step", "the last check is in the head step's machine")
		}
	}
}
