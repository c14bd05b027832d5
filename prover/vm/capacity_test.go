package vm

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestRequiredDepthsAreTight: MaxProgramLen is the longest program of every
// transition a record can have (blocks at p ≤ context − 2, head steps of
// every kind), and RequiredDepths covers the longest record while one level
// less at either level does not.
func TestRequiredDepthsAreTight(t *testing.T) {
	for _, c := range []canon.Config{
		modelgen.Tiny.Config(),
		{Dim: 96, Layers: 2, Heads: 6, KVHeads: 2, FFDim: 160, Vocab: 400, Context: 40, RopeDims: 16},
		{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 4160, Vocab: 400, Context: 16, RopeDims: 16},
		{Dim: 64, Layers: 1, Heads: 4, KVHeads: 4, FFDim: 64, Vocab: 40000, Context: 8, RopeDims: 16}, // the sampled head is longest
	} {
		var longest uint64
		for p := 0; p+2 <= c.Context; p++ { // transitions of the longest record: positions 0..context−2
			longest = max(longest, Compile(c, p).Len())
			for _, h := range [][2]bool{{true, false}, {false, false}, {false, true}} {
				longest = max(longest, CompileHead(c, p, h[0], h[1]).Len())
			}
		}
		require.Equal(t, longest, MaxProgramLen(c), "%+v", c)
		split, maxDepth := RequiredDepths(c)
		leaves := func(s, m uint8) uint64 { return 1 << (m - s - 1) }
		require.LessOrEqual(t, MaxTransitions(c), uint64(1)<<split)
		require.Greater(t, MaxTransitions(c), uint64(1)<<(split-1), "split depth %d is not the smallest", split)
		require.LessOrEqual(t, MaxProgramLen(c), leaves(split, maxDepth))
		require.Greater(t, MaxProgramLen(c), leaves(split, maxDepth-1), "max depth %d is not the smallest", maxDepth)
	}
	c := canon.Config{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096, RopeDims: 128}
	split, maxDepth := RequiredDepths(c)
	require.Equal(t, [3]uint64{326995, 18, 38}, [3]uint64{MaxProgramLen(c), uint64(split), uint64(maxDepth)}, "LLaMA-7B at context 4096 (docs/game.md)")
}
