package fraud_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/onestep"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// TestDisputePaddedModel: a model whose feed-forward width import
// zero-padded (a 172-wide file run at 192, ffUnpadded = 172 in its metadata
// leaf) registers on the simulated L1, and a record corrupted at the
// micro-step of an ffn_down row — a step that reads the padded columns — is
// disputed down to the honest challenger's one-step proof of that step and
// voided.
func TestDisputePaddedModel(t *testing.T) {
	m, err := onestep.PaddedModel(modelgen.Tiny, 172)
	require.NoError(t, err)
	var at uint64 // the disputed micro-step
	disputeEndToEnd(t, m, func(mk *vm.Machine) uint64 {
		var down []uint64
		for i := range mk.Program().Len() {
			ins, err := mk.Program().At(i)
			require.NoError(t, err)
			if ins.Op == vm.OpMatVec && ins.A == vm.MatDown {
				down = append(down, i)
			}
		}
		require.Len(t, down, m.Dim, "one MATVEC per ffn_down row")
		at = down[len(down)/2]
		return at
	}, false)
	require.NotZero(t, at)
}
