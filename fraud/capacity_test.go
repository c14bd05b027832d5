package fraud_test

import (
	"testing"

	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// tvmSplit, tvmMax are TestTransformerVMMatchesGo's game depths.
const tvmSplit, tvmMax = 10, 23

// TestConfiguredDepthsCoverTheirModels: the game depths the tests deploy
// (deploy.DevnetGame and the solver games) cover every record on the model
// each test generates — its longest record's transitions at level 1 and its
// longest program at level 2 (vm.RequiredDepths) — so no test plays a game a
// longer record on the same model could not.
func TestConfiguredDepthsCoverTheirModels(t *testing.T) {
	for _, tc := range []struct {
		test, model     string
		spec            modelgen.Spec
		split, maxDepth int
	}{
		{"TestDisputeEndToEnd", "modelgen.Tiny", modelgen.Tiny, e2eSplit, e2eMax},
		{"TestTransformerVMMatchesGo", "modelgen.Tiny", modelgen.Tiny, tvmSplit, tvmMax},
		{"TestSolversPlayTheSplitGame", "modelgen.Tiny", modelgen.Tiny, splitDepth, splitDepth + 1 + bottomDepth},
	} {
		c := tc.spec.Config()
		split, maxDepth := vm.RequiredDepths(c)
		if tc.split < int(split) {
			t.Errorf("%s: split depth %d is too shallow for %s: its longest record has %d level-1 transitions, which needs split depth %d",
				tc.test, tc.split, tc.model, vm.MaxTransitions(c), split)
		}
		if need := tc.split + 1 + (int(maxDepth) - int(split) - 1); tc.maxDepth < need {
			t.Errorf("%s: max depth %d is too shallow for %s: its longest program has %d micro-steps, which needs max depth %d at split depth %d",
				tc.test, tc.maxDepth, tc.model, vm.MaxProgramLen(c), need, tc.split)
		}
	}
}
