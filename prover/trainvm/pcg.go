package trainvm

import "math/bits"

// pcg is math/rand/v2's PCG (128-bit LCG state, DXSM output), the stream
// of the trainer's seeded initialization (docs/arithmetic.md, "Seeded
// initialization"), with a jump: at moves the stream to any draw in
// O(log n) 128-bit multiplications.
type pcg struct{ hi, lo uint64 }

// The LCG's multiplier and increment (math/rand/v2).
const (
	pcgMulHi = 2549297995355413924
	pcgMulLo = 4865540595714422341
	pcgIncHi = 6364136223846793005
	pcgIncLo = 1442695040888963407
)

type u128 struct{ hi, lo uint64 }

func (a u128) mul(b u128) u128 {
	hi, lo := bits.Mul64(a.lo, b.lo)
	hi += a.hi*b.lo + a.lo*b.hi
	return u128{hi, lo}
}

func (a u128) add(b u128) u128 {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	hi, _ := bits.Add64(a.hi, b.hi, c)
	return u128{hi, lo}
}

// pcgAt returns the stream NewPCG(seed1, seed2) after n draws: the state
// s·a^n + c·(a^(n−1) + … + 1), by squaring (Brown's jump ahead).
func pcgAt(seed1, seed2, n uint64) pcg {
	accMul, accAdd := u128{0, 1}, u128{}
	curMul, curAdd := u128{pcgMulHi, pcgMulLo}, u128{pcgIncHi, pcgIncLo}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			accMul = accMul.mul(curMul)
			accAdd = accAdd.mul(curMul).add(curAdd)
		}
		curAdd = curMul.add(u128{0, 1}).mul(curAdd)
		curMul = curMul.mul(curMul)
	}
	s := u128{seed1, seed2}.mul(accMul).add(accAdd)
	return pcg(s)
}

// Uint64 is math/rand/v2's PCG.Uint64: one LCG step, then DXSM.
func (p *pcg) Uint64() uint64 {
	s := u128{p.hi, p.lo}.mul(u128{pcgMulHi, pcgMulLo}).add(u128{pcgIncHi, pcgIncLo})
	p.hi, p.lo = s.hi, s.lo
	const cheapMul = 0xda942042e4dd58b5
	hi := s.hi
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= s.lo | 1
	return hi
}

// gaussQ16 is the trainer's draw of an approximately standard normal value
// in Q16 (Irwin–Hall of 12 16-bit uniforms from three Uint64 draws).
func gaussQ16(p *pcg) int64 {
	var sum int64
	for i := 0; i < 3; i++ {
		u := p.Uint64()
		sum += int64(u&0xffff) + int64(u>>16&0xffff) + int64(u>>32&0xffff) + int64(u>>48)
	}
	return sum - 6*0x10000 + 6
}
