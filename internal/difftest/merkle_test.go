package difftest

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/merkle"
)

func hashes(p []merkle.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// TestMerkle compares LibMerkle with prover/merkle: every leaf of trees of 1..70
// leaves (and a few larger ones), memory and calldata proofs, verification and
// leaf updates.
func TestMerkle(t *testing.T) {
	e := newEnv(t)
	r := newRand(13)
	proofs := 0
	sizes := []int{}
	for n := 1; n <= 70; n++ {
		sizes = append(sizes, n)
	}
	sizes = append(sizes, 127, 128, 129, 300)
	for _, n := range sizes {
		leaves := make([]merkle.Hash, n)
		for i := range leaves {
			var data [40]byte
			for j := range data {
				data[j] = byte(r.Uint32())
			}
			leaves[i] = merkle.Keccak(data[:])
			if i == 0 {
				require.Equal(t, [32]byte(leaves[i]), call(e, e.h.PackLeafHash(data[:]), e.h.UnpackLeafHash))
			}
		}
		tree, err := merkle.NewTree(leaves)
		require.NoError(t, err)
		root := tree.Root()
		for i := 0; i < n; i++ {
			if n > 70 && r.IntN(8) != 0 {
				continue
			}
			p, err := tree.Proof(uint64(i))
			require.NoError(t, err)
			ph := hashes(p)
			idx := big.NewInt(int64(i))
			require.Equal(t, [32]byte(root), call(e, e.h.PackRootFromProof(leaves[i], idx, ph), e.h.UnpackRootFromProof))
			require.Equal(t, [32]byte(root), call(e, e.h.PackRootFromProofCalldata(leaves[i], idx, ph), e.h.UnpackRootFromProofCalldata))
			require.True(t, call(e, e.h.PackVerify(root, leaves[i], idx, ph), e.h.UnpackVerify))
			require.True(t, call(e, e.h.PackVerifyCalldata(root, leaves[i], idx, ph), e.h.UnpackVerifyCalldata))
			// A wrong leaf does not verify.
			wrong := leaves[(i+1)%n]
			if wrong != leaves[i] {
				require.False(t, call(e, e.h.PackVerify(root, wrong, idx, ph), e.h.UnpackVerify))
			}

			// Update: the new root is what the Go tree has after SetLeaf.
			var nl merkle.Hash
			for j := range nl {
				nl[j] = byte(r.Uint32())
			}
			t2, err := merkle.NewTree(leaves)
			require.NoError(t, err)
			require.NoError(t, t2.SetLeaf(uint64(i), nl))
			want := [32]byte(t2.Root())
			mod := append([]merkle.Hash(nil), leaves...)
			mod[i] = nl
			wantRoot, err := merkle.Root(mod)
			require.NoError(t, err)
			require.Equal(t, [32]byte(wantRoot), want)
			require.Equal(t, want, call(e, e.h.PackUpdate(root, leaves[i], nl, idx, ph), e.h.UnpackUpdate))
			require.Equal(t, want, call(e, e.h.PackUpdateCalldata(root, leaves[i], nl, idx, ph), e.h.UnpackUpdateCalldata))
			proofs++
		}
		// An index that does not fit the depth is refused, as by prover/merkle.
		if d := tree.Depth(); d > 0 {
			p, _ := tree.Proof(0)
			bad := uint64(1) << d
			_, goErr := merkle.RootFromProof(leaves[0], bad, p)
			require.ErrorIs(t, goErr, merkle.ErrProof)
			ior, ok := e.revert(e.h.PackRootFromProof(leaves[0], new(big.Int).SetUint64(bad), hashes(p))).(*bindings.CanonHarnessIndexOutOfRange)
			require.True(t, ok)
			require.Equal(t, int64(d), ior.Depth.Int64())
			_, ok = e.revert(e.h.PackUpdateCalldata(root, leaves[0], leaves[0], new(big.Int).SetUint64(bad), hashes(p))).(*bindings.CanonHarnessIndexOutOfRange)
			require.True(t, ok)
			// update with a wrong old leaf is refused.
			ip, ok := e.revert(e.h.PackUpdate(root, merkle.Hash{1}, leaves[0], big.NewInt(0), hashes(p))).(*bindings.CanonHarnessInvalidProof)
			require.True(t, ok)
			require.Equal(t, [32]byte(root), ip.Root)
		}
	}
	record(t, "merkle proofs", proofs)
	// hashPair is keccak(left ‖ right).
	a, b := merkle.Keccak([]byte("a")), merkle.Keccak([]byte("b"))
	require.Equal(t, [32]byte(merkle.NewHasher().Node(a, b)), call(e, e.h.PackHashPair(a, b), e.h.UnpackHashPair))
}
