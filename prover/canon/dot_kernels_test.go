package canon_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestKernelsGiveSameTrace: the VNNI kernels (matrix-matrix and one
// position) and the others give the same logits and trace states for every
// chunking (batch size) and thread count, equal to the one-token-at-a-time
// run without VNNI.
func TestKernelsGiveSameTrace(t *testing.T) {
	spec := modelgen.Tiny
	spec.Dim, spec.FFDim, spec.Heads, spec.KVHeads = 256, 512, 8, 4 // several row tiles and blocks
	m, err := spec.Model()
	require.NoError(t, err)
	tokens := randomTokens(rand.New(rand.NewPCG(5, 6)), 41, m.Vocab)
	restore, _ := canon.ForceVNNI(false)
	refLogits, refStates := runSplit(t, m, tokens, []int{1})
	restore()
	for _, vnni := range []bool{false, true} {
		restore, ok := canon.ForceVNNI(vnni)
		if !ok {
			t.Log("no AVX-512 VNNI: VNNI kernel not tested")
			continue
		}
		for _, chunks := range [][]int{{len(tokens)}, {1}, {4}, {17, 2, 5}} {
			for _, threads := range []int{1, 3} {
				got, states := runSplitWith(t, m, tokens, chunks, canon.Options{Threads: threads})
				require.Equal(t, refLogits, got, "vnni %v chunks %v threads %d", vnni, chunks, threads)
				require.Equal(t, refStates, states, "vnni %v chunks %v threads %d", vnni, chunks, threads)
			}
		}
		restore()
	}
}
