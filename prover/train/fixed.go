package train

import (
	"math/bits"

	"github.com/airollup/airollup/prover/canon"
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

// Int128 is a two's-complement 128-bit accumulator. It and the functions
// below are the trainer's integer arithmetic (docs/arithmetic.md,
// "Training"), exported so that the level-2 machine of a training step
// (prover/trainvm) computes every value with the very same code.
type Int128 struct {
	Hi int64  // the high 64 bits, signed
	Lo uint64 // the low 64 bits
}

// Add adds a signed 64-bit value.
func (a *Int128) Add(v int64) {
	var c uint64
	a.Lo, c = bits.Add64(a.Lo, uint64(v), 0)
	a.Hi += (v >> 63) + int64(c)
}

// Abs returns |a| as an unsigned (hi, lo) and whether a is negative.
func (a Int128) Abs() (uint64, uint64, bool) {
	if a.Hi >= 0 {
		return uint64(a.Hi), a.Lo, false
	}
	lo := ^a.Lo + 1
	hi := ^uint64(a.Hi)
	if lo == 0 {
		hi++
	}
	return hi, lo, true
}

// RDivSat64 returns a / d rounded to nearest, ties away from zero, saturated
// to ±(2^63 − 1). d must be in (0, 2^63).
func (a Int128) RDivSat64(d uint64) int64 {
	hi, lo, neg := a.Abs()
	var c uint64
	lo, c = bits.Add64(lo, d/2, 0)
	hi += c
	if hi >= d {
		return SatSign64(neg)
	}
	q, _ := bits.Div64(hi, lo, d)
	if q > 1<<63-1 {
		return SatSign64(neg)
	}
	if neg {
		return -int64(q)
	}
	return int64(q)
}

// RShiftSat32 returns sat32(rshift(a, s)) for 1 ≤ s ≤ 62.
func (a Int128) RShiftSat32(s uint) int32 { return sat32(a.RDivSat64(uint64(1) << s)) }

// SatSign64 returns the int64 a saturated result of sign neg takes: ±(2^63 − 1).
func SatSign64(neg bool) int64 {
	if neg {
		return -(1<<63 - 1)
	}
	return 1<<63 - 1
}

// Mul128 returns the exact product a·b.
func Mul128(a, b int64) Int128 {
	neg := (a < 0) != (b < 0)
	hi, lo := bits.Mul64(Abs64(a), Abs64(b))
	if neg {
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	return Int128{Hi: int64(hi), Lo: lo}
}

// Abs64 returns |v| as a uint64 (exact for math.MinInt64 too).
func Abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

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
		return Mul128(a, b).RDivSat64(1)
	}
	return Mul128(a, b).RDivSat64(uint64(1) << s)
}

// MulDiv returns rdiv(a·b, d) (d > 0, d < 2^63) with the product exact,
// saturated to int64.
func MulDiv(a, b, d int64) int64 { return Mul128(a, b).RDivSat64(uint64(d)) }

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

// AddMul adds the exact product x·y.
func (a *Int128) AddMul(x, y int64) {
	p := Mul128(x, y)
	var c uint64
	a.Lo, c = bits.Add64(a.Lo, p.Lo, 0)
	a.Hi += p.Hi + int64(c)
}
