package canon_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/ctxtest"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

func splitModel(t *testing.T) *canon.Model {
	t.Helper()
	spec := modelgen.Tiny
	spec.Dim, spec.FFDim, spec.Heads, spec.KVHeads = 256, 512, 8, 4 // large enough for MatMul to split
	m, err := spec.Model()
	require.NoError(t, err)
	return m
}

// TestConcurrentRunsWithDifferentThreads: sessions, jobs and model roots of
// one model run at once, each with its own thread count, and all give the
// single-threaded bits (run with -race: no shared mutable setting remains).
func TestConcurrentRunsWithDifferentThreads(t *testing.T) {
	m := splitModel(t)
	tokens := randomTokens(rand.New(rand.NewPCG(3, 4)), 20, m.Vocab)
	job := canon.Job{Prompt: tokens[:6], MaxTokens: 8, Trace: true,
		Params: canon.SampleParams{TemperatureMilli: 900, TopK: 20, Seed: [32]byte{5}}}
	wantLogits, wantStates := runSplitWith(t, m, tokens, []int{len(tokens)}, canon.Options{Threads: 1})
	wantJob, err := m.Generate(t.Context(), job, canon.Options{Threads: 1})
	require.NoError(t, err)
	wantRoot, err := m.RootContext(t.Context(), canon.Options{Threads: 1})
	require.NoError(t, err)

	type got struct {
		threads int
		logits  [][]int32
		states  []merkle.Hash
		job     *canon.Result
		root    merkle.Hash
		err     error
	}
	threads := []int{0, 2, 3, 5, 8, 1}
	results := make([]got, len(threads))
	var wg sync.WaitGroup
	for i, n := range threads {
		wg.Go(func() {
			r := &results[i]
			r.threads = n
			opts := canon.Options{Threads: n}
			s, err := m.NewSession(len(tokens), true, opts)
			if err != nil {
				r.err = err
				return
			}
			if r.logits, r.err = s.Forward(t.Context(), tokens, canon.LogitsAll); r.err != nil {
				return
			}
			r.states = s.Tracer().States()
			if r.job, r.err = m.Generate(t.Context(), job, opts); r.err != nil {
				return
			}
			r.root, r.err = m.RootContext(t.Context(), opts)
		})
	}
	wg.Wait()
	for _, r := range results {
		require.NoError(t, r.err, "threads %d", r.threads)
		require.Equal(t, wantLogits, r.logits, "threads %d", r.threads)
		states := make([]string, len(r.states))
		for i, h := range r.states {
			states[i] = string(h[:])
		}
		require.Equal(t, wantStates, states, "threads %d", r.threads)
		require.Equal(t, wantJob, r.job, "threads %d", r.threads)
		require.Equal(t, wantRoot, r.root, "threads %d", r.threads)
	}
}

func TestOptionsOutOfRange(t *testing.T) {
	m := tinyModel(t, 1)
	for _, n := range []int{-1, canon.MaxThreads + 1} {
		opts := canon.Options{Threads: n}
		require.ErrorIs(t, opts.Check(), canon.ErrOptions)
		require.ErrorContains(t, opts.Check(), "Threads")
		_, err := m.NewSession(4, false, opts)
		require.ErrorIs(t, err, canon.ErrOptions, "threads %d", n)
		_, err = m.Generate(t.Context(), canon.Job{Prompt: []int32{1}, MaxTokens: 1}, opts)
		require.ErrorIs(t, err, canon.ErrOptions, "threads %d", n)
		_, err = m.RootContext(t.Context(), opts)
		require.ErrorIs(t, err, canon.ErrOptions, "threads %d", n)
	}
	require.NoError(t, canon.Options{}.Check())
	require.GreaterOrEqual(t, canon.Options{}.ThreadCount(), 1)
	require.Equal(t, 3, canon.Options{Threads: 3}.ThreadCount())
}

// TestForwardStopsBetweenLayers: a context cancelled during layer 0 stops the
// pass before layer 1 (the hook sees no later state), returns the wrapped
// context error, and leaves the session where it was: forwarding the same
// tokens again gives the uncancelled logits and trace.
func TestForwardStopsBetweenLayers(t *testing.T) {
	m := tinyModel(t, 6)
	tokens := randomTokens(rand.New(rand.NewPCG(8, 9)), 7, m.Vocab)
	wantLogits, wantStates := runSplit(t, m, tokens, []int{len(tokens)})

	s, err := m.NewSession(len(tokens), true, canon.Options{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var after int
	s.SetResidualHook(func(_, l int, _ []int32) {
		if l >= 1 {
			after++
		}
		cancel() // during layer 0's hook: before layer 0 runs
	})
	_, err = s.Forward(ctx, tokens, canon.LogitsAll)
	require.ErrorIs(t, err, context.Canceled)
	require.ErrorContains(t, err, "before layer 0")
	require.Zero(t, after, "no layer ran after the cancellation")
	require.Zero(t, s.Pos())

	s.SetResidualHook(nil)
	logits, err := s.Forward(t.Context(), tokens, canon.LogitsAll)
	require.NoError(t, err)
	require.Equal(t, wantLogits, logits)
	states := make([]string, 0, len(wantStates))
	for _, h := range s.Tracer().States() {
		states = append(states, string(h[:]))
	}
	require.Equal(t, wantStates, states)
}

func TestForwardCancelledBeforeStart(t *testing.T) {
	m := tinyModel(t, 6)
	s, err := m.NewSession(4, false, canon.Options{})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err = s.Forward(ctx, []int32{1, 2}, canon.LogitsLast)
	require.ErrorIs(t, err, context.Canceled)
	require.Zero(t, s.Pos())

	dl, cancel2 := context.WithDeadline(t.Context(), time.Unix(0, 0))
	defer cancel2()
	_, err = s.Forward(dl, []int32{1, 2}, canon.LogitsLast)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

// TestGenerateStopsOnCancel: a job whose context is cancelled at its k-th
// check returns context.Canceled without checking again (no further work).
func TestGenerateStopsOnCancel(t *testing.T) {
	m := tinyModel(t, 7)
	job := canon.Job{Prompt: []int32{1, 2, 3}, MaxTokens: 12}
	checks := ctxtest.NewCountdown(1 << 30)
	_, err := m.Generate(checks, job, canon.Options{Threads: 1})
	require.NoError(t, err)
	total := checks.Checks()
	for _, k := range []int64{0, 1, total / 2, total - 1} {
		ctx := ctxtest.NewCountdown(k)
		_, err := m.Generate(ctx, job, canon.Options{Threads: 1})
		require.ErrorIs(t, err, context.Canceled, "cancelled at check %d of %d", k, total)
		require.Zero(t, ctx.Late(), "checks after the cancellation was seen (k %d)", k)
	}
}

// TestRootContextCancelled: a cancelled context stops the model root with the
// wrapped error and no leaves; a live one gives Root.
func TestRootContextCancelled(t *testing.T) {
	m := tinyModel(t, 8)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	leaves, err := m.LeavesContext(ctx, canon.Options{Threads: 2})
	require.ErrorIs(t, err, context.Canceled)
	require.Nil(t, leaves)
	_, err = m.RootContext(ctxtest.NewCountdown(3), canon.Options{Threads: 1})
	require.True(t, errors.Is(err, context.Canceled), "got %v", err)

	root, err := m.RootContext(t.Context(), canon.Options{Threads: 2})
	require.NoError(t, err)
	require.Equal(t, m.Root(), root)
}

// TestRootStopsComputingOnCancel: once ctx is done the model root stops
// queueing work and computing RoPE rows, rather than computing every row of
// the context and only skipping their hashes (a SIGINT took 60 s to stop
// `model info` on a model of 2^20 positions and 4096 rotary dimensions).
func TestRootStopsComputingOnCancel(t *testing.T) {
	spec := modelgen.Tiny
	spec.Context = 1 << 16
	m, err := spec.Model()
	require.NoError(t, err)
	ctx := ctxtest.NewCountdown(0) // done at the first check
	_, err = m.RootContext(ctx, canon.Options{Threads: 2})
	require.ErrorIs(t, err, context.Canceled)
	require.LessOrEqual(t, ctx.Checks(), int64(3), "checked before queueing weights, before computing RoPE rows and at the end: nothing hashed or computed")
}
