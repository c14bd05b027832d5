package main

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

func smallTrainer(t *testing.T) *train.Trainer {
	t.Helper()
	spec := modelgen.Spec{Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 64, Vocab: 40, Context: 16, Seed: 3}
	m, err := train.NewModel(spec)
	require.NoError(t, err)
	data := make([]int32, 16*40+1)
	for i := range data {
		data[i] = int32((i*i + 7*i/3) % 40)
	}
	tr, err := train.New(m, train.DefaultAdam(4, 16), data)
	require.NoError(t, err)
	return tr
}

// TestFloatReferenceGradients: the float reference's gradients match
// central finite differences of its loss, for weights of every tensor.
func TestFloatReferenceGradients(t *testing.T) {
	f := newFloatTrainer(smallTrainer(t))
	tokens := f.data[:f.T+1]
	for _, g := range f.G {
		clear(g)
	}
	f.forward(tokens)
	f.backward(tokens)
	const h = 1e-5
	for i, w := range f.W {
		for _, j := range []int{0, len(w) / 2, len(w) - 1} {
			if i == 0 {
				j = int(tokens[1])*f.d + j%f.d // an embedding row the sequence uses
			}
			old := w[j]
			w[j] = old + h
			lp := f.forward(tokens)
			w[j] = old - h
			lm := f.forward(tokens)
			w[j] = old
			num := (lp - lm) / (2 * h)
			require.InDelta(t, num, f.G[i][j], 1e-6+1e-4*math.Abs(num), "tensor %d weight %d", i, j)
		}
	}
}

// TestFloatReferenceFollowsTheIntegerTrainer: from the same init and data,
// the float reference's losses over the first steps are those of the
// integer trainer within 1%.
func TestFloatReferenceFollowsTheIntegerTrainer(t *testing.T) {
	tr := smallTrainer(t)
	f := newFloatTrainer(tr)
	for s := 0; s < 4; s++ {
		r, err := tr.TrainStep(context.Background(), train.Options{Threads: 1})
		require.NoError(t, err)
		il := float64(r.MeanLoss()) / 65536
		fl := f.trainStep()
		require.InEpsilon(t, il, fl, 0.01, "step %d: integer %.4f, float %.4f", s+1, il, fl)
	}
}
