package merkle

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"
)

func leaves(n int) []Hash {
	out := make([]Hash, n)
	for i := range out {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		out[i] = Keccak(b[:])
	}
	return out
}

func TestRootMatchesTreeAndProofs(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 33, 100} {
		ls := leaves(n)
		root, err := Root(ls)
		require.NoError(t, err)
		tree, err := NewTree(ls)
		require.NoError(t, err)
		require.Equal(t, root, tree.Root(), "n=%d", n)
		require.Equal(t, Depth(uint64(n)), tree.Depth())
		for i := range ls {
			p, err := tree.Proof(uint64(i))
			require.NoError(t, err)
			require.NoError(t, Verify(root, ls[i], uint64(i), p))
			// A wrong leaf, index or sibling fails.
			require.ErrorIs(t, Verify(root, Keccak([]byte("x")), uint64(i), p), ErrProof)
			if n > 1 {
				require.Error(t, Verify(root, ls[i], uint64(i)^1, p))
				p[0][0] ^= 1
				require.ErrorIs(t, Verify(root, ls[i], uint64(i), p), ErrProof)
			}
		}
	}
}

func TestKnownVectors(t *testing.T) {
	a, b := Keccak([]byte("a")), Keccak([]byte("b"))
	root, err := Root([]Hash{a, b, a})
	require.NoError(t, err)
	k := NewHasher()
	require.Equal(t, k.Node(k.Node(a, b), k.Node(a, Hash{})), root, "odd levels pad with zero hashes")
	root5, err := Root(leaves(5))
	require.NoError(t, err)
	l := leaves(5)
	require.Equal(t, k.Node(k.Node(k.Node(l[0], l[1]), k.Node(l[2], l[3])), k.Node(k.Node(l[4], Hash{}), Hash{})), root5)
	// keccak256("") is the well-known c5d246...a470.
	require.Equal(t, "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", hexs(Keccak()))
}

func TestErrors(t *testing.T) {
	_, err := Root(nil)
	require.ErrorIs(t, err, ErrEmpty)
	tree, err := NewTree(leaves(3))
	require.NoError(t, err)
	_, err = tree.Proof(4)
	require.ErrorIs(t, err, ErrIndex)
	_, err = RootFromProof(Hash{}, 8, make([]Hash, 3))
	require.ErrorIs(t, err, ErrProof)
}

func hexs(h Hash) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 64)
	for i, b := range h {
		out[2*i], out[2*i+1] = digits[b>>4], digits[b&15]
	}
	return string(out)
}

func TestAccumulatorMatchesRoot(t *testing.T) {
	ls := leaves(70)
	acc := NewAccumulator()
	require.Equal(t, Hash{}, acc.Root())
	for i := range ls {
		acc.Append(ls[i])
		want, err := Root(ls[:i+1])
		require.NoError(t, err)
		require.Equal(t, want, acc.Root(), "n=%d", i+1)
	}
}

func TestSetLeaf(t *testing.T) {
	ls := leaves(7)
	tree, err := NewTree(ls)
	require.NoError(t, err)
	for i := range ls {
		ls[i] = Keccak(ls[i][:])
		require.NoError(t, tree.SetLeaf(uint64(i), ls[i]))
		want, err := Root(ls)
		require.NoError(t, err)
		require.Equal(t, want, tree.Root())
	}
	require.ErrorIs(t, tree.SetLeaf(8, Hash{}), ErrIndex)
}

func TestRootInPlace(t *testing.T) {
	k := NewHasher()
	for n := 1; n < 40; n++ {
		want, err := Root(leaves(n))
		require.NoError(t, err)
		require.Equal(t, want, RootInPlace(k, leaves(n)), "n=%d", n)
	}
	require.Equal(t, Hash{}, RootInPlace(k, nil))
}

func TestSparseConventions(t *testing.T) {
	k := NewHasher()
	require.Equal(t, Hash{}, k.Node(Hash{}, Hash{}), "empty subtrees are zero")
	// A tree over n leaves equals the fixed-depth tree with zero leaves after them.
	for n := 1; n < 20; n++ {
		ls := leaves(n)
		want, err := Root(ls)
		require.NoError(t, err)
		for d := Depth(uint64(n)); d < Depth(uint64(n))+3; d++ {
			padded := make([]Hash, 1<<d)
			copy(padded, ls)
			got, err := Root(padded)
			require.NoError(t, err)
			acc := NewAccumulator()
			for _, l := range ls {
				acc.Append(l)
			}
			require.Equal(t, got, acc.RootAtDepth(d), "n=%d d=%d", n, d)
			if d == Depth(uint64(n)) {
				require.Equal(t, want, got)
			}
		}
	}
	// Proofs in a sparse tree verify for empty slots too (a KV write is a leaf update).
	padded := make([]Hash, 8)
	copy(padded, leaves(3))
	tree, err := NewTree(padded)
	require.NoError(t, err)
	p, err := tree.Proof(5)
	require.NoError(t, err)
	require.NoError(t, Verify(tree.Root(), Hash{}, 5, p))
}

func TestSubtreeProofs(t *testing.T) {
	ls := leaves(11)
	tree, err := NewTree(ls)
	require.NoError(t, err)
	k := NewHasher()
	for level := 0; level <= tree.Depth(); level++ {
		for i := uint64(0); i<<level < 11; i++ {
			// the subtree root from its leaves, zero-padded to 2^level
			sub := make([]Hash, 1<<level)
			for j := range sub {
				if idx := int(i<<level) + j; idx < len(ls) {
					sub[j] = ls[idx]
				}
			}
			node := RootInPlace(k, sub)
			got, err := tree.Node(level, i)
			require.NoError(t, err)
			require.Equal(t, got, node, "level %d index %d", level, i)
			p, err := tree.ProofAt(level, i)
			require.NoError(t, err)
			require.NoError(t, Verify(tree.Root(), node, i, p))
		}
	}
}
