package quant

import "math/bits"

// Int128 is a two's-complement 128-bit integer, Hi·2^64 + Lo: the exact
// accumulator of the native K-quant product (DotKAcc) and of the integer
// trainer (prover/train, whose level-2 machine prover/trainvm computes every
// value with the very same code).
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

// AddMul adds the exact product x·y.
func (a *Int128) AddMul(x, y int64) {
	p := Mul128(x, y)
	var c uint64
	a.Lo, c = bits.Add64(a.Lo, p.Lo, 0)
	a.Hi += p.Hi + int64(c)
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

// RDivSat32 returns a / d rounded to nearest, ties away from zero, saturated
// to int32. d must be in (0, 2^63).
func (a Int128) RDivSat32(d uint64) int32 { return sat32(a.RDivSat64(d)) }

// RShiftSat32 returns sat32(rshift(a, s)) for 1 ≤ s ≤ 62.
func (a Int128) RShiftSat32(s uint) int32 { return a.RDivSat32(uint64(1) << s) }

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

// sat32 clamps v to the int32 range.
func sat32(v int64) int32 {
	if v > 1<<31-1 {
		return 1<<31 - 1
	}
	if v < -1<<31 {
		return -1 << 31
	}
	return int32(v)
}
