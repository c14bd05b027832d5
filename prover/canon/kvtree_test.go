package canon

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

// TestKVTreeMatchesAccumulator: the truncatable KV tree gives
// merkle.Accumulator's roots at every length, including after truncations.
func TestKVTreeMatchesAccumulator(t *testing.T) {
	k := merkle.NewHasher()
	leaf := func(i int) merkle.Hash {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		return merkle.Keccak(b[:])
	}
	const depth = 8
	var tr kvTree
	check := func(n int) {
		t.Helper()
		acc := merkle.NewAccumulator()
		for i := range n {
			acc.Append(leaf(i))
		}
		require.Equal(t, uint64(n), tr.n)
		require.Equal(t, acc.Root(), tr.root(k), "root of %d leaves", n)
		require.Equal(t, acc.RootAtDepth(depth), tr.rootAtDepth(k, depth), "root at depth %d of %d leaves", depth, n)
	}
	check(0)
	for i := range 70 {
		tr.append(k, leaf(i))
		check(i + 1)
	}
	for _, n := range []int{64, 63, 33, 32, 1, 0, 17} {
		tr.truncate(uint64(n))
		check(n)
		for i := n; i < n+40; i++ {
			tr.append(k, leaf(i))
			check(i + 1)
		}
		tr.truncate(uint64(n))
		check(n)
	}
}

// TestKVForestMatchesKVTree: appending to several KV trees at once and
// taking their fixed-depth roots together (the tracer's per-position step)
// gives each tree's own kvTree.append and rootAtDepth, at every length and
// after truncations, for a forest narrower and one wider than keccak8.
func TestKVForestMatchesKVTree(t *testing.T) {
	k := merkle.NewHasher()
	vh := newVectorHasher()
	for _, width := range []int{1, 2, 6, 12} {
		const depth = 8
		forest := make([]kvTree, width)
		single := make([]kvTree, width)
		var f kvForest
		leaves := make([]merkle.Hash, width)
		roots := make([]merkle.Hash, width)
		step := func(pos int) {
			t.Helper()
			for j := range leaves {
				var b [16]byte
				binary.BigEndian.PutUint64(b[:8], uint64(pos))
				binary.BigEndian.PutUint64(b[8:], uint64(j))
				leaves[j] = merkle.Keccak(b[:])
				single[j].append(k, leaves[j])
			}
			f.appendAll(vh, forest, leaves)
			f.rootsAtDepth(vh, forest, depth, roots)
			for j := range single {
				require.Equal(t, single[j].rootAtDepth(k, depth), roots[j], "width %d tree %d after %d leaves", width, j, pos+1)
			}
		}
		for pos := range 70 {
			step(pos)
		}
		for _, n := range []int{64, 33, 1, 0, 17} {
			for j := range forest {
				forest[j].truncate(uint64(n))
				single[j].truncate(uint64(n))
			}
			f.rootsAtDepth(vh, forest, depth, roots)
			for j := range single {
				require.Equal(t, single[j].rootAtDepth(k, depth), roots[j], "width %d tree %d truncated to %d", width, j, n)
			}
			for pos := n; pos < n+40; pos++ {
				step(pos)
			}
		}
	}
}
