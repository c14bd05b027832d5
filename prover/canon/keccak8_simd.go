//go:build goexperiment.simd && amd64

package canon

import (
	"encoding/binary"
	"simd/archsimd"

	"github.com/airollup/airollup/prover/merkle"
)

// have8x is whether the 8-way Keccak runs (AVX-512: 512-bit XOR, AND-NOT
// and VPROLQ rotates).
var have8x = archsimd.X86.AVX512()

// keccakRC are the round constants of Keccak-f[1600] (FIPS 202 §3.2.5).
var keccakRC = [24]uint64{
	0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
	0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
	0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
	0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
	0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
	0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
}

// keccak8 computes up to 8 Keccak-256 digests (Ethereum's keccak256, the
// legacy padding) of one-block messages at once: state word i of message j
// is lane j of vector i, and the permutation runs on all 8 (keccak8Round).
// Where the CPU lacks AVX-512 it falls back to the scalar hasher. Either way
// each digest equals merkle.Hasher.Sum of the same message (tested).
type keccak8 struct {
	st, tmp [25][8]uint64
	scalar  *merkle.Hasher
}

func newKeccak8() *keccak8 { return &keccak8{scalar: merkle.NewHasher()} }

// keccakBlock is Keccak-256's rate in bytes: messages of at most
// keccakBlock-1 bytes fit one block with their padding.
const keccakBlock = 136

// sum writes keccak256(msgs[j]) to out[j] for every j (len(msgs) ≤ 8, each
// message shorter than keccakBlock bytes).
func (k *keccak8) sum(msgs [][]byte, out []merkle.Hash) {
	if !have8x || len(msgs) < 3 {
		for j, m := range msgs {
			out[j] = k.scalar.Sum(m)
		}
		return
	}
	k.st = [25][8]uint64{}
	for j, m := range msgs {
		n := len(m)
		if n >= keccakBlock || j >= 8 {
			panic("canon: keccak8 message shapes")
		}
		i := 0
		for ; 8*i+8 <= n; i++ {
			k.st[i][j] = binary.LittleEndian.Uint64(m[8*i:])
		}
		var last uint64
		for b := 8 * i; b < n; b++ {
			last |= uint64(m[b]) << (8 * (b - 8*i))
		}
		last |= 0x01 << (8 * (n - 8*i)) // the legacy Keccak domain byte
		k.st[i][j] ^= last
		k.st[keccakBlock/8-1][j] ^= 0x80 << 56
	}
	for r := 0; r < 24; r += 2 {
		keccak8Round(&k.st, &k.tmp, keccakRC[r])
		keccak8Round(&k.tmp, &k.st, keccakRC[r+1])
	}
	endAVX()
	for j := range msgs {
		for i := 0; i < 4; i++ {
			binary.LittleEndian.PutUint64(out[j][8*i:], k.st[i][j])
		}
	}
}
