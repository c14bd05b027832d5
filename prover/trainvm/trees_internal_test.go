package trainvm

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// TestCarriedTreesAreTrains: the carried trees a proof opens are train's
// trees in the same order, so treeRootIn reads each from its own field.
func TestCarriedTreesAreTrains(t *testing.T) {
	c := train.State{TokensRoot: merkle.Hash{1}, ConfigHash: merkle.Hash{2}, WeightsRoot: merkle.Hash{3},
		OptimizerRoot: merkle.Hash{4}, BaseRoot: merkle.Hash{5}, AdaptersRoot: merkle.Hash{6}}
	want := map[int]merkle.Hash{TreeWeights: c.WeightsRoot, TreeMoments: c.OptimizerRoot, TreeBase: c.BaseRoot,
		TreeAdapters: c.AdaptersRoot, TreeTokens: c.TokensRoot}
	require.Len(t, want, NumTrees-TreeWeights)
	for tree, root := range want {
		require.Equal(t, root, treeRootIn(tree, c), "tree %d", tree)
	}
}
