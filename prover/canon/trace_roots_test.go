package canon

import (
	"math/rand/v2"
	"testing"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/stretchr/testify/require"
)

// TestKeccak8MatchesScalar: every digest of a batch (1 to 8 messages of 0 to
// 135 bytes, the one-block lengths) equals keccak256 from merkle.Hasher.
func TestKeccak8MatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	k := newKeccak8()
	h := merkle.NewHasher()
	for it := 0; it < 500; it++ {
		n := 1 + r.IntN(8)
		msgs := make([][]byte, n)
		for j := range msgs {
			msgs[j] = make([]byte, r.IntN(keccakBlock))
			for i := range msgs[j] {
				msgs[j][i] = byte(r.Uint32())
			}
		}
		if it == 0 {
			msgs[0] = msgs[0][:0]
		}
		if it == 1 {
			msgs[n-1] = make([]byte, keccakBlock-1)
		}
		out := make([]merkle.Hash, n)
		k.sum(msgs, out)
		for j := range msgs {
			require.Equal(t, h.Sum(msgs[j]), out[j], "batch %d message %d of %d bytes", it, j, len(msgs[j]))
		}
	}
}

// TestVectorHasherMatchesRootInPlace: the batched roots of vectors of many
// lengths (tails shorter than a chunk, one chunk, odd levels) equal the
// one-vector-at-a-time definition, merkle.RootInPlace over chunk digests.
func TestVectorHasherMatchesRootInPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	vh := newVectorHasher()
	h := merkle.NewHasher()
	want := func(x []int32) merkle.Hash {
		var buf []byte
		b := be32s(&buf, x)
		var leaves []merkle.Hash
		for c := 0; c < len(x); c += BlockSize {
			leaves = append(leaves, h.Sum(b[4*c:4*min(c+BlockSize, len(x))]))
		}
		return merkle.RootInPlace(h, leaves)
	}
	for it := 0; it < 60; it++ {
		vs := make([][]int32, 1+r.IntN(12))
		for i := range vs {
			vs[i] = make([]int32, 1+r.IntN(40*BlockSize))
			for j := range vs[i] {
				switch r.IntN(4) {
				case 0:
					vs[i][j] = 1<<31 - 1
				case 1:
					vs[i][j] = -1 << 31
				default:
					vs[i][j] = int32(r.Uint32())
				}
			}
		}
		out := make([]merkle.Hash, len(vs))
		vh.roots(vs, out)
		for i, v := range vs {
			require.Equal(t, want(v), out[i], "round %d vector %d of %d values", it, i, len(v))
		}
	}
}
