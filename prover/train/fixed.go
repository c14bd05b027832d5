package train

import (
	"math/bits"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/quant"
)

// Fixed-point formats of docs/arithmetic.md, "Training".
const (
	// WFrac is the number of fractional bits of a master weight (Q8.24).
	WFrac = 24
	// GradFrac is the number of fractional bits of an activation gradient and
	// of a parameter gradient (Q24).
	GradFrac = 24
	// HFrac is the number of fractional bits of a hyperparameter (Q32).
	HFrac = 32
	// AccFrac is the number of fractional bits of a weight-gradient accumulator.
	AccFrac = 40
	// ln2Q30 is round(ln 2 · 2^30).
	ln2Q30 = 744261118
)

// OneW is 1.0 as a master weight.
const OneW = int32(1) << WFrac

// OneH is 1.0 as a hyperparameter.
const OneH = int64(1) << HFrac

func rshift(v int64, s uint) int64 { return canon.RoundShift(v, s) }
func rdiv(n, d int64) int64        { return canon.RoundDiv(n, d) }
func sat32(v int64) int32          { return canon.Sat32(v) }

// MulShift returns rshift(a·b, s) with the product exact (s = 0: a·b),
// saturated to int64.
func MulShift(a, b int64, s uint) int64 {
	if a == int64(int32(a)) && b == int64(int32(b)) {
		// Fast path, same result: the product is exact in int64 (|a·b| ≤ 2^62).
		if s == 0 {
			return a * b
		}
		return rshift(a*b, s)
	}
	if s == 0 {
		return quant.Mul128(a, b).RDivSat64(1)
	}
	return quant.Mul128(a, b).RDivSat64(uint64(1) << s)
}

// MulDiv returns rdiv(a·b, d) (d > 0, d < 2^63) with the product exact,
// saturated to int64.
func MulDiv(a, b, d int64) int64 { return quant.Mul128(a, b).RDivSat64(uint64(d)) }

// LnQ16 returns ln(S / 2^30) in Q16 for S ≥ 2^30 (docs/arithmetic.md,
// "Cross-entropy and its integer log").
func LnQ16(s int64) int64 {
	k := bits.Len64(uint64(s)) - 31
	z := s
	if k > 0 {
		z = rshift(s, uint(k))
	} else if k < 0 {
		z = s << uint(-k)
	}
	if z >= 1<<31 {
		k++
		z = 1 << 30
	}
	var f int64
	for i := 0; i < 30; i++ {
		z = rshift(z*z, 30)
		f *= 2
		if z >= 1<<31 {
			z = rshift(z, 1)
			f++
		}
	}
	log2 := int64(k)<<30 + f
	return rshift(MulShift(log2, ln2Q30, 30), 14)
}

// PowQ32 returns b^t in Q32 by square-and-multiply over the bits of t from
// the most significant.
func PowQ32(b int64, t uint64) int64 {
	acc := OneH
	for i := bits.Len64(t) - 1; i >= 0; i-- {
		acc = MulShift(acc, acc, HFrac)
		if t>>uint(i)&1 == 1 {
			acc = MulShift(acc, b, HFrac)
		}
	}
	return acc
}
