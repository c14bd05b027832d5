package train

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

func sgd(batch, seqLen int) Hyper {
	return Hyper{Optimizer: SGD, LR: OneH / 4, Batch: batch, SeqLen: seqLen}
}

func adam(batch, seqLen int) Hyper {
	h := DefaultAdam(batch, seqLen)
	h.LR = OneH / 100
	return h
}

// run trains steps steps and returns the state root and the mean losses.
func run(t *testing.T, h Hyper, steps int, opts Options) (merkle.Hash, []int64) {
	t.Helper()
	tr := newTiny(t, h)
	var losses []int64
	for i := 0; i < steps; i++ {
		r, err := tr.TrainStep(context.Background(), opts)
		require.NoError(t, err)
		losses = append(losses, r.MeanLoss())
	}
	return tr.StateRoot(), losses
}

// TestLossDecreases: ~100 steps on the repeated tiny corpus take the mean
// loss from about ln(24) ≈ 3.2 to well below 1, for Adam and for SGD.
func TestLossDecreases(t *testing.T) {
	for _, h := range []Hyper{adam(4, 16), sgd(4, 16)} {
		t.Run(h.Optimizer.String(), func(t *testing.T) {
			_, losses := run(t, h, 100, Options{Threads: 2})
			first := (losses[0] + losses[1] + losses[2]) / 3
			last := (losses[97] + losses[98] + losses[99]) / 3
			t.Logf("mean loss %.3f → %.3f", float64(first)/65536, float64(last)/65536)
			require.Greater(t, first, int64(2<<16), "initial loss near ln(vocab)")
			require.Less(t, last, int64(1<<16)/2, "loss after 100 steps")
		})
	}
}

// TestBitExactAcrossThreadsAndMicroBatches: the state root after N steps is
// the same for 1, 2 and 4 threads and for micro-batches of 1, 2, 3 and 6
// sequences of a batch of 6, with Adam and with SGD.
func TestBitExactAcrossThreadsAndMicroBatches(t *testing.T) {
	for _, h := range []Hyper{adam(6, 8), sgd(6, 8)} {
		t.Run(h.Optimizer.String(), func(t *testing.T) {
			want, _ := run(t, h, 6, Options{Threads: 1})
			before, _ := run(t, h, 5, Options{Threads: 1})
			require.NotEqual(t, want, before, "a step must change the state")
			for _, o := range []Options{{Threads: 2}, {Threads: 4}, {Threads: 1, MicroBatch: 1},
				{Threads: 2, MicroBatch: 2}, {Threads: 4, MicroBatch: 3}, {Threads: 3, MicroBatch: 6}} {
				t.Run(fmt.Sprintf("threads%d-micro%d", o.Threads, o.MicroBatch), func(t *testing.T) {
					got, _ := run(t, h, 6, o)
					require.Equal(t, want, got)
				})
			}
		})
	}
}

// TestStateRootCommitsToEveryPart: changing one weight, one moment, the step,
// the cursor, one corpus token, the corpus length, a hyperparameter, a
// dimension or the model seed changes the state root.
func TestStateRootCommitsToEveryPart(t *testing.T) {
	tr := newTiny(t, adam(2, 8))
	_, err := tr.TrainStep(context.Background(), Options{})
	require.NoError(t, err)
	base := tr.StateRoot()
	for name, edit := range map[string]func(){
		"weight": func() { tr.Model.Tensors[3].W[5]++ },
		"m":      func() { tr.m[2][1]++ },
		"v":      func() { tr.v[4][0]++ },
		"step":   func() { tr.Step++ },
		"cursor": func() { tr.Cursor++ },
		"token":  func() { d := append([]int32(nil), tr.Data...); d[100]++; tr.Data = d },
		"length": func() { tr.Data = tr.Data[:len(tr.Data)-1] },
		"lr":     func() { tr.Hyper.LR++ },
		"beta2":  func() { tr.Hyper.Beta2++ },
		"batch":  func() { tr.Hyper.Batch++ },
		"ctx":    func() { tr.Model.Spec.Context++ },
		"seed":   func() { tr.Model.Spec.Seed++ },
	} {
		c := *tr
		c.Model = tr.Model.Clone()
		c.m, c.v = cloneMoments(tr.m), cloneMoments(tr.v)
		edit()
		require.NotEqual(t, base, tr.StateRoot(), name)
		*tr = c
		require.Equal(t, base, tr.StateRoot(), "restored after %s", name)
	}
}

func cloneMoments(x [][]int64) [][]int64 {
	out := make([][]int64, len(x))
	for i := range x {
		out[i] = append([]int64(nil), x[i]...)
	}
	return out
}

// TestLongSequence: sequences longer than the model's width use their own
// scratch (T = context = 64 > dim = 32).
func TestLongSequence(t *testing.T) {
	tr := newTiny(t, adam(1, 64))
	r, err := tr.TrainStep(context.Background(), Options{})
	require.NoError(t, err)
	require.Equal(t, 64, r.Positions)
	require.Positive(t, r.LossSum)
}

// TestCursorWalksTheCorpus: each step takes the next Batch sequences, wrapping.
func TestCursorWalksTheCorpus(t *testing.T) {
	tr := newTiny(t, sgd(5, 16)) // 400 tokens: K = 24 sequences
	require.Equal(t, uint64(24), tr.Sequences())
	for i := 0; i < 5; i++ {
		_, err := tr.TrainStep(context.Background(), Options{})
		require.NoError(t, err)
	}
	require.Equal(t, uint64(25%24), tr.Cursor)
	require.Equal(t, uint64(5), tr.Step)
}

func TestHyperCheck(t *testing.T) {
	m, err := NewModel(tinySpec)
	require.NoError(t, err)
	for _, tc := range []struct {
		edit func(*Hyper)
		want string
	}{
		{func(h *Hyper) { h.LR = 0 }, "lr 0"},
		{func(h *Hyper) { h.Beta2 = OneH }, "beta2"},
		{func(h *Hyper) { h.Eps = MinAdamEps - 1 }, "eps 4095 (Q32) must be in [2^12, 2^32]"},
		{func(h *Hyper) { h.Batch = 0 }, "batch 0 must be 1..65536"},
		{func(h *Hyper) { h.SeqLen = 65 }, "sequence length 65 must be 1..64"},
		{func(h *Hyper) { h.Optimizer = 9 }, "optimizer 9"},
		{func(h *Hyper) { h.LRFinal = 1 }, "needs decay steps > 0"},
		{func(h *Hyper) { h.DecaySteps, h.LRFinal = MaxDecaySteps+1, 1 }, "decay steps 1073741825 must be at most 2^30"},
		{func(h *Hyper) { h.DecaySteps, h.LRFinal = 10, h.LR+1 }, "final lr"},
		{func(h *Hyper) { h.DecaySteps = 10 }, "final lr 0 (Q32) must be in (0, lr"},
	} {
		h := adam(2, 8)
		tc.edit(&h)
		_, err := New(m, h, tinyCorpus(100))
		require.ErrorIs(t, err, ErrConfig)
		require.ErrorContains(t, err, tc.want)
	}
	_, err = New(m, adam(2, 8), []int32{1, 2, 99, 3, 4, 5, 6, 7, 8, 9})
	require.ErrorContains(t, err, "corpus token 99 at index 2 outside the vocabulary [0, 24)")
	_, err = New(m, adam(2, 8), []int32{1, 2, 3})
	require.ErrorContains(t, err, "corpus of 3 tokens is shorter than one sequence (9 tokens)")
}

// TestLRSchedule: LR before the decay, a floor-linear ramp inside it,
// LRFinal after it.
func TestLRSchedule(t *testing.T) {
	h := Hyper{LR: 1000, LRFinal: 100, DecayFrom: 10, DecaySteps: 9}
	for _, tc := range []struct {
		name string
		step uint64
		want int64
	}{
		{"first step", 0, 1000},
		{"decay start", 10, 1000},
		{"one step in", 11, 900},
		{"a third in", 13, 700},
		{"last decay step", 18, 200},
		{"decay end", 19, 100},
		{"after", 1 << 40, 100},
	} {
		t.Run(tc.name, func(t *testing.T) { require.Equal(t, tc.want, h.LRAt(tc.step)) })
	}
	require.Equal(t, int64(1000), Hyper{LR: 1000}.LRAt(1<<40), "no decay: a constant rate")
	// Rounding: (LR−LRFinal)·k/DecaySteps is floored.
	require.Equal(t, int64(1000-900/7), Hyper{LR: 1000, LRFinal: 100, DecaySteps: 7}.LRAt(1))
}

// TestSameSchedule: a checkpoint resumes under a schedule only if every step
// it took had the same rate under both.
func TestSameSchedule(t *testing.T) {
	constant := adam(2, 8)
	decay := constant
	decay.LRFinal, decay.DecayFrom, decay.DecaySteps = constant.LR/10, 30, 30
	other := constant
	other.Beta1++
	for _, tc := range []struct {
		name string
		a, b Hyper
		step uint64
		want bool
	}{
		{"constant resumes into a later decay", constant, decay, 30, true},
		{"constant resumed past the decay start", constant, decay, 32, false},
		{"decay resumed as constant before it", decay, constant, 31, true},
		{"identical decays", decay, decay, 1000, true},
		{"another hyperparameter", constant, other, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) { require.Equal(t, tc.want, tc.a.SameSchedule(tc.b, tc.step)) })
	}
}

// TestDecayedRunResumesFromConstantCheckpoint: a constant-rate run
// checkpointed before the decay starts and resumed under the decaying
// schedule ends in the state of the decaying run made from scratch.
func TestDecayedRunResumesFromConstantCheckpoint(t *testing.T) {
	decay := adam(3, 8)
	decay.LRFinal, decay.DecayFrom, decay.DecaySteps = decay.LR/4, 2, 3
	want, _ := run(t, decay, 5, Options{})
	constant, _ := run(t, adam(3, 8), 5, Options{})
	require.NotEqual(t, want, constant, "the decay changes the run")

	tr := newTiny(t, adam(3, 8))
	for i := 0; i < 2; i++ {
		_, err := tr.TrainStep(context.Background(), Options{})
		require.NoError(t, err)
	}
	back, err := ReadCheckpoint(tr.Checkpoint(), tr.Data)
	require.NoError(t, err)
	require.True(t, back.Hyper.SameSchedule(decay, back.Step))
	back.Hyper = decay
	for i := 0; i < 3; i++ {
		_, err := back.TrainStep(context.Background(), Options{})
		require.NoError(t, err)
	}
	require.Equal(t, want, back.StateRoot())
	// The decaying run's own checkpoint carries its schedule.
	again, err := ReadCheckpoint(back.Checkpoint(), back.Data)
	require.NoError(t, err)
	require.Equal(t, decay, again.Hyper)
}
