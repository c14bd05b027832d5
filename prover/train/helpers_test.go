package train

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/modelgen"
)

// tinySpec is the test model: dim 32, 2 layers, GQA (4 heads, 2 kv heads).
var tinySpec = modelgen.Spec{Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 64, Vocab: 24, Context: 64, Seed: 7}

// tinyCorpus is a repeated token pattern with some structure to learn.
func tinyCorpus(n int) []int32 {
	pattern := []int32{3, 4, 5, 6, 7, 3, 8, 9, 10, 11, 12, 13, 3, 14, 15, 16, 17}
	out := make([]int32, n)
	for i := range out {
		out[i] = pattern[i%len(pattern)]
	}
	return out
}

func newTiny(t *testing.T, h Hyper) *Trainer {
	t.Helper()
	m, err := NewModel(tinySpec)
	require.NoError(t, err)
	tr, err := New(m, h, tinyCorpus(400))
	require.NoError(t, err)
	return tr
}
