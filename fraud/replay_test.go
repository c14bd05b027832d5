package fraud_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

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

// pos2 is the level-2 position at the bottom depth with trace index i.
func pos2(i uint64) types.Position { return types.NewPosition(bottomDepth, new(big.Int).SetUint64(i)) }

// TestLevel2TraceHonoursContext: Get, GetStepData and the prestate return the
// context's error once it is done, also part-way through running the machine,
// and the trace answers correctly afterwards.
func TestLevel2TraceHonoursContext(t *testing.T) {
	f := newReplayFixture(t)
	r, err := f.replay(t.Context())
	require.NoError(t, err)
	const transition = 1
	fresh := func() *fraud.Level2Trace {
		return &fraud.Level2Trace{Replay: r, Transition: transition, Depth: bottomDepth}
	}
	mc, err := r.Machine(transition)
	require.NoError(t, err)
	steps := mc.Program().Len()
	require.Greater(t, steps, uint64(3*64), "the machine runs long enough to be stopped part-way (a check every 64 steps)")
	deep := pos2(steps - 2)

	done, cancel := context.WithCancel(t.Context())
	cancel()
	tr := fresh()
	_, err = tr.Get(done, deep)
	require.ErrorIs(t, err, context.Canceled)
	_, _, _, err = tr.GetStepData(done, deep)
	require.ErrorIs(t, err, context.Canceled)
	_, err = tr.AbsolutePreStateCommitment(done)
	require.ErrorIs(t, err, context.Canceled)

	// Cancelled part-way through the run to the deep step.
	part := ctxtest.NewCountdown(2)
	_, err = tr.Get(part, deep)
	require.ErrorIs(t, err, context.Canceled)
	require.ErrorContains(t, err, "micro-step")
	require.Zero(t, part.Late())

	// The stopped checkpoint still answers exactly as a fresh trace.
	for _, i := range []uint64{steps - 2, 5, steps - 1} {
		want, err := fresh().Get(t.Context(), pos2(i))
		require.NoError(t, err)
		got, err := tr.Get(t.Context(), pos2(i))
		require.NoError(t, err)
		require.Equal(t, want, got, "step %d", i)
	}
}

// TestLevel2TraceConcurrentUse: Get, GetStepData and the prestate called from
// several goroutines on one trace give the answers of separate traces (run
// with -race).
func TestLevel2TraceConcurrentUse(t *testing.T) {
	f := newReplayFixture(t)
	r, err := f.replay(t.Context())
	require.NoError(t, err)
	const transition = 2
	mc, err := r.Machine(transition)
	require.NoError(t, err)
	steps := mc.Program().Len()
	rng := rand.New(rand.NewPCG(5, 6))
	idx := make([]uint64, 24)
	for i := range idx {
		idx[i] = rng.Uint64N(steps + 2) // a few past the end: HALT from the final state
	}
	type answer struct {
		get, pre common.Hash
		stepPre  []byte
		proof    []byte
	}
	ask := func(ctx context.Context, tr *fraud.Level2Trace, i uint64) (answer, error) {
		var a answer
		var err error
		if a.get, err = tr.Get(ctx, pos2(i)); err != nil {
			return a, err
		}
		if a.stepPre, a.proof, _, err = tr.GetStepData(ctx, pos2(i)); err != nil {
			return a, err
		}
		a.pre, err = tr.AbsolutePreStateCommitment(ctx)
		return a, err
	}
	want := make([]answer, len(idx))
	for j, i := range idx {
		want[j], err = ask(t.Context(), &fraud.Level2Trace{Replay: r, Transition: transition, Depth: bottomDepth}, i)
		require.NoError(t, err)
	}

	shared := &fraud.Level2Trace{Replay: r, Transition: transition, Depth: bottomDepth}
	got := make([]answer, len(idx))
	errs := make([]error, len(idx))
	var wg sync.WaitGroup
	for j, i := range idx {
		wg.Go(func() { got[j], errs[j] = ask(t.Context(), shared, i) })
	}
	wg.Wait()
	for j := range idx {
		require.NoError(t, errs[j], "index %d", idx[j])
		require.Equal(t, want[j], got[j], "index %d", idx[j])
	}
}
