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
