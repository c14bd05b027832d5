package train

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

// TestTraceIsTheRunsStateRoots: Trace's roots are the state roots of a run
// stepped by hand, the same for any threads and micro-batches, and a
// cancelled context stops it with its error.
func TestTraceIsTheRunsStateRoots(t *testing.T) {
	h := adam(3, 8)
	tr := newTiny(t, h)
	want := []merkle.Hash{tr.StateRoot()}
	for range 5 {
		_, err := tr.TrainStep(context.Background(), Options{})
		require.NoError(t, err)
		want = append(want, tr.StateRoot())
	}
	for _, o := range []Options{{}, {Threads: 3}, {Threads: 2, MicroBatch: 1}} {
		got, err := Trace(context.Background(), newTiny(t, h), 5, o)
		require.NoError(t, err)
		require.Equal(t, want, got, "%+v", o)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Trace(ctx, newTiny(t, h), 2, Options{})
	require.ErrorIs(t, err, context.Canceled)
	_, err = Trace(context.Background(), newTiny(t, h), -1, Options{})
	require.ErrorIs(t, err, ErrConfig)
}

// dishonestRun trains steps steps of a fresh tiny run, calling cheat around
// step bad (before: true, then false after it), and returns its claimed
// level-1 trace and a checkpoint of every state.
func dishonestRun(t *testing.T, h Hyper, steps, bad int, cheat func(tr *Trainer, before bool)) ([]merkle.Hash, [][]byte) {
	t.Helper()
	tr := newTiny(t, h)
	roots, cps := []merkle.Hash{tr.StateRoot()}, [][]byte{tr.Checkpoint()}
	for s := 0; s < steps; s++ {
		if s == bad {
			cheat(tr, true)
		}
		_, err := tr.TrainStep(context.Background(), Options{Threads: 2})
		require.NoError(t, err)
		if s == bad {
			cheat(tr, false)
		}
		roots, cps = append(roots, tr.StateRoot()), append(cps, tr.Checkpoint())
	}
	return roots, cps
}

// bisect plays level-1 bisection over the states 0..n: both sides agree on
// state 0 (the game's absolute prestate) and disagree on state n (the root
// claim). Each round the proposer claims its state at the middle of the
// disputed range and the challenger, who holds only its own trace, agrees
// or not. It returns the disputed transition k (from state k to k + 1) and
// the number of rounds.
func bisect(proposer, challenger func(i int) merkle.Hash, n int) (int, int) {
	lo, hi, rounds := 0, n, 0 // agreed at lo, disputed at hi
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if proposer(mid) == challenger(mid) {
			lo = mid
		} else {
			hi = mid
		}
		rounds++
	}
	return lo, rounds
}

// TestBisectionFindsACorruptedUpdate: a trainer that corrupts one weight of
// the update of a random step claims a final state the honest trace
// disputes; bisection between the two lands exactly on that step, and the
// honest step re-executed from the agreed state (the cheat's own
// checkpoint) gives the honest post-state, not the claimed one.
func TestBisectionFindsACorruptedUpdate(t *testing.T) {
	const steps = 13
	r := rand.New(rand.NewPCG(16, 4))
	for _, h := range []Hyper{adam(2, 8), sgd(2, 8)} {
		honest, err := Trace(context.Background(), newTiny(t, h), steps, Options{})
		require.NoError(t, err)
		for range 3 {
			bad := r.IntN(steps)
			tensor := r.IntN(len(tinyModel(t).Tensors))
			roots, cps := dishonestRun(t, h, steps, bad, func(tr *Trainer, before bool) {
				if !before {
					w := tr.Model.Tensors[tensor].W
					w[r.IntN(len(w))] ^= 1 // one bit of one updated weight
				}
			})
			require.NotEqual(t, honest[steps], roots[steps], "the final claims differ")
			k, rounds := bisect(func(i int) merkle.Hash { return roots[i] }, func(i int) merkle.Hash { return honest[i] }, steps)
			require.Equal(t, bad, k, "%v: the dispute is the corrupted step's transition", h.Optimizer)
			require.LessOrEqual(t, rounds, merkle.Depth(steps))
			requireHonestStep(t, cps[k], honest[k+1], roots[k+1])
		}
	}
}

// TestBisectionFindsDataSubstitution: a trainer that, at one random step,
// trains on other tokens than the corpus the state commits (the dataset
// root's tokensRoot) loses the same way, and the tokens it read there do
// not open against the agreed state's tokensRoot.
func TestBisectionFindsDataSubstitution(t *testing.T) {
	const steps = 13
	h := adam(2, 8)
	honest, err := Trace(context.Background(), newTiny(t, h), steps, Options{})
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(16, 5))
	for range 3 {
		bad := r.IntN(steps)
		var real, read []int32
		var seq uint64
		roots, cps := dishonestRun(t, h, steps, bad, func(tr *Trainer, before bool) {
			if !before {
				tr.Data = real // the claimed state commits the published corpus
				return
			}
			real = tr.Data
			seq = tr.Cursor // the step's first sequence
			T := uint64(tr.Hyper.SeqLen)
			read = append([]int32(nil), real...)
			for i := seq * T; i <= seq*T+T; i++ {
				read[i] = int32((int(read[i]) + 1 + r.IntN(tinySpec.Vocab-1)) % tinySpec.Vocab) // another token
			}
			tr.Data = read
		})
		require.NotEqual(t, honest[steps], roots[steps])
		k, _ := bisect(func(i int) merkle.Hash { return roots[i] }, func(i int) merkle.Hash { return honest[i] }, steps)
		require.Equal(t, bad, k, "the dispute is the substituted step's transition")
		pre := requireHonestStep(t, cps[k], honest[k+1], roots[k+1])
		// The first chunk of the sequence the cheat replaced, opened against
		// the agreed state, is not what it read.
		T := uint64(h.SeqLen)
		chunk := int(seq * T / ChunkValues)
		o, err := pre.OpenTokens(chunk)
		require.NoError(t, err)
		require.NoError(t, VerifyOpening(pre.State(), nil, o))
		lo := chunk * ChunkValues
		require.NotEqual(t, read[lo:lo+len(o.Values)], o.Values)
		o.Values = append([]int32(nil), read[lo:lo+len(o.Values)]...)
		require.ErrorIs(t, VerifyOpening(pre.State(), nil, o), ErrOpening, "the substituted tokens do not open")
	}
}

// requireHonestStep resumes the agreed pre-state cp, runs one honest step
// and requires the honest post-state, which the claimed one is not. It
// returns the trainer at the pre-state.
func requireHonestStep(t *testing.T, cp []byte, honestPost, claimedPost merkle.Hash) *Trainer {
	t.Helper()
	tr, err := ReadCheckpoint(cp, tinyCorpus(400))
	require.NoError(t, err)
	pre, err := ReadCheckpoint(cp, tinyCorpus(400))
	require.NoError(t, err)
	_, err = tr.TrainStep(context.Background(), Options{})
	require.NoError(t, err)
	require.Equal(t, honestPost, tr.StateRoot(), "one honest step from the agreed state")
	require.NotEqual(t, claimedPost, tr.StateRoot())
	return pre
}

func tinyModel(t *testing.T) *Model {
	t.Helper()
	m, err := NewModel(tinySpec)
	require.NoError(t, err)
	return m
}
