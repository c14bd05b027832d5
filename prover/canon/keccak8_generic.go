//go:build !goexperiment.simd || !amd64

package canon

import "github.com/airollup/airollup/prover/merkle"

// keccak8 computes several Keccak-256 digests of one-block messages; this
// build hashes them one at a time (the 8-way permutation needs
// GOEXPERIMENT=simd on amd64).
type keccak8 struct{ scalar *merkle.Hasher }

func newKeccak8() *keccak8 { return &keccak8{scalar: merkle.NewHasher()} }

// sum writes keccak256(msgs[j]) to out[j] for every j.
func (k *keccak8) sum(msgs [][]byte, out []merkle.Hash) {
	for j, m := range msgs {
		out[j] = k.scalar.Sum(m)
	}
}

// keccakBlock is Keccak-256's rate in bytes: messages of at most
// keccakBlock-1 bytes fit one block with their padding.
const keccakBlock = 136
