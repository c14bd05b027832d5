package onestep

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// TestVerifierMatchesVMOnPartialRope: a model that rotates only the first
// ropeDims < head dim elements of each head (llama.rope.dimension_count
// below the head size) runs every step of a block — the ROPE steps of every
// query and key head above all — in the Solidity verifier to the Go
// machine's roots (its RoPE rows, ropeDims/2 cos and sin each, opened from
// the model root).
func TestVerifierMatchesVMOnPartialRope(t *testing.T) {
	v := deploy(t)
	for _, ropeDims := range []int{2, 6} {
		m, err := modelgen.Tiny.Model() // head dim 16
		require.NoError(t, err)
		m.RopeDims = ropeDims
		require.NoError(t, m.Init())
		require.Less(t, m.RopeDims, m.HeadDim())
		mt, err := vm.NewModelTree(m)
		require.NoError(t, err)
		r := rand.New(rand.NewPCG(uint64(ropeDims), 16))
		tokens := make([]int32, 7)
		for i := range tokens {
			tokens[i] = int32(r.IntN(m.Vocab))
		}
		v.job = bindings.IOneStepTypesJobContext{PromptRoot: vm.PromptRoot(tokens), PromptLen: uint32(len(tokens))}
		mc := machineAt(t, m, tokens, len(tokens)-1, 1)
		ropes := 0
		for !mc.Done() {
			sp, err := mc.Prove(mt)
			require.NoError(t, err)
			out, err := v.step(m, mt.Root(), sp)
			require.NoError(t, err, "rope dims %d step %d %s", ropeDims, sp.Step, sp.Instr)
			require.Equal(t, [32]byte(mc.StateRoot()), out.Pre)
			require.NoError(t, mc.Exec())
			require.Equal(t, [32]byte(mc.StateRoot()), out.Post, "rope dims %d step %d %s", ropeDims, sp.Step, sp.Instr)
			if sp.Instr.Op == vm.OpRope {
				ropes++
			}
		}
		require.Equal(t, m.Heads+m.KVHeads, ropes, "a ROPE step per query and key head")
	}
}
