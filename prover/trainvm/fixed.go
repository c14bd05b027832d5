package trainvm

import (
	"math/bits"

	"github.com/airollup/airollup/prover/canon"
)

// The trainer's integer arithmetic (docs/arithmetic.md, "Training"), the same
// operations as prover/train's (its own are unexported): a micro-step
// computes each value exactly as the trainer does.

const (
	wFrac    = 24 // master weights, Q8.24
	gradFrac = 24 // activation and parameter gradients
	hFrac    = 32 // hyperparameters
	accFrac  = 40 // weight-gradient accumulators
	ln2Q30   = 744261118
	oneH     = int64(1) << hFrac
)

func rshift(v int64, s uint) int64 { return canon.RoundShift(v, s) }
func rdiv(n, d int64) int64        { return canon.RoundDiv(n, d) }
func sat32(v int64) int32          { return canon.Sat32(v) }

// int128 is a two's-complement 128-bit accumulator.
type int128 struct {
	hi int64
	lo uint64
}

// add adds a signed 64-bit value.
func (a *int128) add(v int64) {
	var c uint64
	a.lo, c = bits.Add64(a.lo, uint64(v), 0)
	a.hi += (v >> 63) + int64(c)
}

// abs returns |a| as an unsigned (hi, lo) and whether a is negative.
func (a int128) abs() (uint64, uint64, bool) {
	if a.hi >= 0 {
		return uint64(a.hi), a.lo, false
	}
	lo := ^a.lo + 1
	hi := ^uint64(a.hi)
	if lo == 0 {
		hi++
	}
	return hi, lo, true
}

// rdivSat64 returns a / d rounded to nearest, ties away from zero, saturated
// to ±(2^63 − 1). d must be in (0, 2^63).
func (a int128) rdivSat64(d uint64) int64 {
	hi, lo, neg := a.abs()
	var c uint64
	lo, c = bits.Add64(lo, d/2, 0)
	hi += c
	if hi >= d {
		return satSign64(neg)
	}
	q, _ := bits.Div64(hi, lo, d)
	if q > 1<<63-1 {
		return satSign64(neg)
	}
	if neg {
		return -int64(q)
	}
	return int64(q)
}

// rshiftSat32 returns sat32(rshift(a, s)) for 1 ≤ s ≤ 62.
func (a int128) rshiftSat32(s uint) int32 { return sat32(a.rdivSat64(uint64(1) << s)) }

func satSign64(neg bool) int64 {
	if neg {
		return -(1<<63 - 1)
	}
	return 1<<63 - 1
}

// mul128 returns the exact product a·b.
func mul128(a, b int64) int128 {
	neg := (a < 0) != (b < 0)
	hi, lo := bits.Mul64(abs64(a), abs64(b))
	if neg {
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	return int128{hi: int64(hi), lo: lo}
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

// mulShift returns rshift(a·b, s) with the product exact (s = 0: a·b),
// saturated to int64.
func mulShift(a, b int64, s uint) int64 {
	if a == int64(int32(a)) && b == int64(int32(b)) {
		// Fast path, same result: the product is exact in int64 (|a·b| ≤ 2^62).
		if s == 0 {
			return a * b
		}
		return rshift(a*b, s)
	}
	if s == 0 {
		return mul128(a, b).rdivSat64(1)
	}
	return mul128(a, b).rdivSat64(uint64(1) << s)
}

// mulDiv returns rdiv(a·b, d) (d > 0, d < 2^63) with the product exact,
// saturated to int64.
func mulDiv(a, b, d int64) int64 { return mul128(a, b).rdivSat64(uint64(d)) }

// lnQ16 returns ln(S / 2^30) in Q16 for S ≥ 2^30 (docs/arithmetic.md,
// "Cross-entropy and its integer log").
func lnQ16(s int64) int64 {
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
	return rshift(mulShift(log2, ln2Q30, 30), 14)
}

// powQ32 returns b^t in Q32 by square-and-multiply over the bits of t from
// the most significant.
func powQ32(b int64, t uint64) int64 {
	acc := oneH
	for i := bits.Len64(t) - 1; i >= 0; i-- {
		acc = mulShift(acc, acc, hFrac)
		if t>>uint(i)&1 == 1 {
			acc = mulShift(acc, b, hFrac)
		}
	}
	return acc
}

// addMul adds the exact product x·y.
func (a *int128) addMul(x, y int64) {
	p := mul128(x, y)
	var c uint64
	a.lo, c = bits.Add64(a.lo, p.lo, 0)
	a.hi += p.hi + int64(c)
}
