package train

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

func loraCfg() LoRA {
	return LoRA{Rank: 4, Scale: 2 * OneH, Targets: LoRAQ | LoRAV | LoRADown, Seed: 7}
}

func newTinyLoRA(t *testing.T, h Hyper, cfg LoRA) *Trainer {
	t.Helper()
	m, err := NewModel(tinySpec)
	require.NoError(t, err)
	tr, err := NewLoRA(m, h, tinyCorpus(400), cfg)
	require.NoError(t, err)
	return tr
}

// TestLoRAFreezesTheBase: a LoRA run changes the target tensors only, each
// exactly its frozen base plus s·B·A, and learns (the loss falls).
func TestLoRAFreezesTheBase(t *testing.T) {
	tr := newTinyLoRA(t, adam(2, 8), loraCfg())
	before := tr.Model.Clone()
	baseRoot := tr.baseWeightsRoot()
	require.Equal(t, before.WeightsRoot(), baseRoot, "B = 0 at the start: the merged model is the base")
	var first, last int64
	for i := range 30 {
		r, err := tr.TrainStep(context.Background(), Options{})
		require.NoError(t, err)
		if i == 0 {
			first = r.MeanLoss()
		}
		last = r.MeanLoss()
	}
	require.Less(t, last, first, "the adapters learn")
	require.Equal(t, baseRoot, tr.baseWeightsRoot(), "the base stays frozen")
	targets := map[int]*adapter{}
	for _, ad := range tr.adapters {
		targets[ad.target] = ad
	}
	require.Len(t, targets, 3*tinySpec.Layers)
	for i, tn := range tr.Model.Tensors {
		ad, ok := targets[i]
		if !ok {
			require.Equal(t, before.Tensors[i].W, tn.W, "%s is not a target", tn.Name)
			continue
		}
		require.NotEqual(t, before.Tensors[i].W, tn.W, "%s is trained", tn.Name)
		want := &Tensor{Rows: tn.Rows, Cols: tn.Cols, W: make([]int32, len(tn.W))}
		ad.merge(want, tr.LoRA.Scale)
		require.Equal(t, want.W, tn.W, "%s is base + s·B·A", tn.Name)
	}
}

// TestLoRABitExact: threads and micro-batches never change a LoRA run, and a
// checkpoint resumes it bit-exactly.
func TestLoRABitExact(t *testing.T) {
	for _, h := range []Hyper{adam(4, 8), sgd(4, 8)} {
		var roots []merkle.Hash
		for _, opts := range []Options{{}, {Threads: 3}, {MicroBatch: 1}, {Threads: 2, MicroBatch: 3}} {
			tr := newTinyLoRA(t, h, loraCfg())
			for range 4 {
				_, err := tr.TrainStep(context.Background(), opts)
				require.NoError(t, err)
			}
			roots = append(roots, tr.StateRoot())
		}
		for _, r := range roots[1:] {
			require.Equal(t, roots[0], r, "%v", h.Optimizer)
		}

		tr := newTinyLoRA(t, h, loraCfg())
		for range 2 {
			_, err := tr.TrainStep(context.Background(), Options{})
			require.NoError(t, err)
		}
		cp := tr.Checkpoint()
		back, err := ReadCheckpoint(cp, tr.Data)
		require.NoError(t, err)
		require.Equal(t, tr.StateRoot(), back.StateRoot())
		for range 2 {
			_, err := back.TrainStep(context.Background(), Options{})
			require.NoError(t, err)
		}
		require.Equal(t, roots[0], back.StateRoot(), "%v: resumed = uninterrupted", h.Optimizer)

		_, err = ReadCheckpoint(flip(cp, len(cp)-40), tr.Data)
		require.ErrorContains(t, err, "state root")
		_, err = ReadCheckpoint(cp[:len(cp)-1], tr.Data)
		require.ErrorContains(t, err, "size")
	}
}

// TestLoRAStateCommitsToAdapters: the state root of a LoRA run moves with
// every adapter value and with the configuration.
func TestLoRAStateCommitsToAdapters(t *testing.T) {
	a := newTinyLoRA(t, sgd(2, 8), loraCfg())
	b := newTinyLoRA(t, sgd(2, 8), loraCfg())
	require.Equal(t, a.StateRoot(), b.StateRoot())
	b.adapters[1].B.W[3]++
	require.NotEqual(t, a.StateRoot(), b.StateRoot())
	cfg := loraCfg()
	cfg.Seed++
	c := newTinyLoRA(t, sgd(2, 8), cfg)
	require.NotEqual(t, a.StateRoot(), c.StateRoot(), "another draw of A")
	full := newTiny(t, sgd(2, 8))
	require.NotEqual(t, full.StateRoot(), a.StateRoot(), "a LoRA run's state is not a full run's")
}

func TestLoRAConfigRefusals(t *testing.T) {
	for _, tc := range []struct {
		cfg  LoRA
		want string
	}{
		{LoRA{Rank: 0, Scale: OneH, Targets: LoRAQ}, "rank 0"},
		{LoRA{Rank: MaxLoRARank + 1, Scale: OneH, Targets: LoRAQ}, "rank 257"},
		{LoRA{Rank: 4, Scale: 0, Targets: LoRAQ}, "scale 0"},
		{LoRA{Rank: 4, Scale: OneH, Targets: 0}, "targets 0x0"},
		{LoRA{Rank: 4, Scale: OneH, Targets: 0x80}, "targets 0x80"},
	} {
		require.ErrorIs(t, tc.cfg.Check(), ErrConfig)
		require.ErrorContains(t, tc.cfg.Check(), tc.want)
	}
	bits, err := ParseLoRATargets("q, v,down")
	require.NoError(t, err)
	require.Equal(t, LoRAQ|LoRAV|LoRADown, bits)
	bits, err = ParseLoRATargets("all")
	require.NoError(t, err)
	require.Equal(t, uint8(0x7f), bits)
	_, err = ParseLoRATargets("q,emb")
	require.ErrorContains(t, err, `"emb"`)
}

// TestFromCanonicalIsExact: the canonical model of a trainer's export reads
// back as master weights that quantize to the very same blocks.
func TestFromCanonicalIsExact(t *testing.T) {
	m, err := NewModel(tinySpec)
	require.NoError(t, err)
	cm, err := m.Canonical()
	require.NoError(t, err)
	back, err := FromCanonical(cm, tinySpec.Seed)
	require.NoError(t, err)
	cm2, err := back.Canonical()
	require.NoError(t, err)
	require.Equal(t, cm.Root(), cm2.Root())

	cm.Output = cm.Embed
	_, err = FromCanonical(cm, 1)
	require.ErrorContains(t, err, "ties its output head")
}

// TestLoRAGradsMatchFloat: the adapter gradients are s·g·Aᵀ and s·Bᵀ·g,
// within the rounding of their two shifts, against float64 on random
// factors and gradients.
func TestLoRAGradsMatchFloat(t *testing.T) {
	r := stream(3, "grads")
	const R, C, rank = 24, 40, 5
	ad := &adapter{A: &Tensor{Rows: rank, Cols: C, W: make([]int32, rank*C)}, B: &Tensor{Rows: R, Cols: rank, W: make([]int32, R*rank)}}
	for i := range ad.A.W {
		ad.A.W[i] = int32(r.IntN(1<<25) - 1<<24)
	}
	for i := range ad.B.W {
		ad.B.W[i] = int32(r.IntN(1<<23) - 1<<22)
	}
	g := make([]int64, R*C)
	for i := range g {
		g[i] = int64(r.IntN(1<<26) - 1<<25)
	}
	s := OneH * 3 / 2
	gA, gB := ad.grads(g, R, s)
	f := func(v int64) float64 { return float64(v) / (1 << 24) }
	sf := float64(s) / (1 << 32)
	for i := 0; i < R; i++ {
		for k := 0; k < rank; k++ {
			var want float64
			for j := 0; j < C; j++ {
				want += f(g[i*C+j]) * f(int64(ad.A.W[k*C+j]))
			}
			require.InDelta(t, sf*want, f(gB[i*rank+k]), 2.0/(1<<24), "g_B[%d][%d]", i, k)
		}
	}
	for k := 0; k < rank; k++ {
		for j := 0; j < C; j++ {
			var want float64
			for i := 0; i < R; i++ {
				want += f(int64(ad.B.W[i*rank+k])) * f(g[i*C+j])
			}
			require.InDelta(t, sf*want, f(gA[k*C+j]), 2.0/(1<<24), "g_A[%d][%d]", k, j)
		}
	}
}

// TestLoRASkipsFrozenGradients: a LoRA run computes the weight gradients of
// its adapters' targets only (the others are never allocated), and its
// steps are exactly those of a run that computes every gradient and throws
// the frozen ones away.
func TestLoRASkipsFrozenGradients(t *testing.T) {
	for _, h := range []Hyper{adam(4, 8), sgd(4, 8)} {
		lean := newTinyLoRA(t, h, loraCfg())
		full := newTinyLoRA(t, h, loraCfg())
		full.frozen = nil
		for i := range full.G {
			if full.G[i] == nil {
				full.G[i] = make([]int64, len(full.Model.Tensors[i].W))
			}
		}
		targets := map[int]bool{}
		for _, ad := range lean.adapters {
			targets[ad.target] = true
		}
		for i := range lean.G {
			require.Equal(t, !targets[i], lean.G[i] == nil, "tensor %s", lean.Model.Tensors[i].Name)
		}
		for step := range 3 {
			opts := Options{Threads: 1 + step%2}
			rl, err := lean.TrainStep(context.Background(), opts)
			require.NoError(t, err)
			rf, err := full.TrainStep(context.Background(), opts)
			require.NoError(t, err)
			require.Equal(t, rf, rl, "step %d", step)
			require.Equal(t, full.StateRoot(), lean.StateRoot(), "step %d", step)
		}
		for _, w := range lean.workers {
			for i, g := range w.G {
				require.Equal(t, !targets[i], g == nil, "worker accumulator of %s", lean.Model.Tensors[i].Name)
			}
		}
	}
}
