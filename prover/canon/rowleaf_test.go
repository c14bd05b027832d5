package canon

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

// TestRowLeaf: a row of at most RowPartBlocks blocks is committed as
// keccak256 of its bytes, a longer one as keccak256 of its parts' hashes (the
// last part shorter), and the model root's row leaves are RowLeaf.
func TestRowLeaf(t *testing.T) {
	h := merkle.NewHasher()
	row := func(blocks int) []byte {
		b := make([]byte, blocks*BlockBytes)
		for i := range b {
			b[i] = byte(i*7 + 3)
		}
		return b
	}
	for _, n := range []int{1, 127, RowPartBlocks} {
		r := row(n)
		require.Equal(t, merkle.Keccak(r), RowLeaf(h, r), "%d blocks", n)
		require.Len(t, RowPartHashes(h, r), 1)
	}
	const pb = RowPartBlocks * BlockBytes
	for _, n := range []int{RowPartBlocks + 1, 2 * RowPartBlocks, 344} {
		r := row(n)
		hs := RowPartHashes(h, r)
		require.Len(t, hs, (n+RowPartBlocks-1)/RowPartBlocks, "%d blocks", n)
		var cat []byte
		for i, x := range hs {
			require.Equal(t, merkle.Keccak(r[i*pb:min((i+1)*pb, len(r))]), x, "%d blocks, part %d", n, i)
			cat = append(cat, x[:]...)
		}
		require.Equal(t, merkle.Keccak(cat), RowLeaf(h, r), "%d blocks", n)
		require.NotEqual(t, merkle.Keccak(r), RowLeaf(h, r), "%d blocks", n)
	}
}
