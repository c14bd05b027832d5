package canon

import "math/bits"

// Fixed-point conventions (docs/arithmetic.md, "Formats"):
//
//	activations  int32, Q16.16 (value = x / 2^16)
//	probabilities and exp outputs  Q2.30 (value = x / 2^30)
//	RoPE tables  Q2.30
//	Q8_0 block scales  int64 "D24" (value = d / 2^24), exact from fp16
const (
	// ActFrac is the number of fractional bits of an activation.
	ActFrac = 16
	// One is 1.0 as an activation.
	One = int32(1) << ActFrac
	// ProbFrac is the number of fractional bits of exp outputs and probabilities.
	ProbFrac = 30
	// ScaleFrac is the number of fractional bits of a Q8_0 block scale.
	ScaleFrac = 24
)

// sat32 saturates v to the int32 range.
func sat32(v int64) int32 {
	if v > 1<<31-1 {
		return 1<<31 - 1
	}
	if v < -1<<31 {
		return -1 << 31
	}
	return int32(v)
}

// roundShift returns v / 2^s rounded to nearest, ties away from zero (s ≥ 1).
// Branch-free (the sign is data-dependent, e.g. in the exp polynomial):
// with m = v>>63, (v^m)-m is -v for v < 0 and v otherwise, so this is
// exactly v ≥ 0 ? (v + 2^(s-1)) >> s : -((-v + 2^(s-1)) >> s).
func roundShift(v int64, s uint) int64 {
	m := v >> 63
	r := ((v ^ m) - m + 1<<(s-1)) >> s
	return (r ^ m) - m
}

// roundDiv returns n / d rounded to nearest, ties away from zero (d > 0).
// n must not be math.MinInt64 and |n| + d/2 must not overflow.
//
// Branch-free like roundShift: exactly n ≥ 0 ? (n + d/2) / d : -((-n + d/2) / d).
func roundDiv(n, d int64) int64 {
	m := n >> 63
	q := ((n ^ m) - m + d/2) / d
	return (q ^ m) - m
}

// int128 is a two's-complement 128-bit integer.
type int128 struct {
	hi int64
	lo uint64
}

// add64 adds a signed 64-bit value.
func (a *int128) add64(v int64) {
	var c uint64
	a.lo, c = bits.Add64(a.lo, uint64(v), 0)
	a.hi += (v >> 63) + int64(c)
}

// addMul adds the exact product x*y of two signed 64-bit values.
func (a *int128) addMul(x, y int64) {
	neg := (x < 0) != (y < 0)
	ux, uy := abs64(x), abs64(y)
	hi, lo := bits.Mul64(ux, uy)
	if neg {
		// negate (hi, lo)
		lo = ^lo + 1
		hi = ^hi
		if lo == 0 {
			hi++
		}
	}
	var c uint64
	a.lo, c = bits.Add64(a.lo, lo, 0)
	a.hi += int64(hi) + int64(c)
}

// abs64 returns |v| as an unsigned value (exact for math.MinInt64).
func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

// neg reports whether a is negative.
func (a int128) neg() bool { return a.hi < 0 }

// absU returns |a| as (hi, lo) unsigned.
func (a int128) absU() (uint64, uint64) {
	if a.hi >= 0 {
		return uint64(a.hi), a.lo
	}
	lo := ^a.lo + 1
	hi := ^uint64(a.hi)
	if lo == 0 {
		hi++
	}
	return hi, lo
}

// roundDivSat returns a / d rounded to nearest (ties away from zero),
// saturated to int32. d must be in (0, 2^63).
func (a int128) roundDivSat(d uint64) int32 {
	hi, lo := a.absU()
	// magnitude + d/2
	var c uint64
	lo, c = bits.Add64(lo, d/2, 0)
	hi += c
	if hi >= d {
		return satSign(a.neg())
	}
	q, _ := bits.Div64(hi, lo, d)
	if q > 1<<31 {
		return satSign(a.neg())
	}
	if a.neg() {
		return int32(-int64(q))
	}
	if q > 1<<31-1 {
		return 1<<31 - 1
	}
	return int32(q)
}

// roundShiftSat returns a / 2^s rounded to nearest (ties away from zero),
// saturated to int32. 1 ≤ s ≤ 63.
func (a int128) roundShiftSat(s uint) int32 { return a.roundDivSat(uint64(1) << s) }

func satSign(negative bool) int32 {
	if negative {
		return -1 << 31
	}
	return 1<<31 - 1
}

// isqrt returns floor(sqrt(n)).
func isqrt(n uint64) uint64 {
	if n < 2 {
		return n
	}
	// Newton's method from an over-estimate; converges monotonically down.
	x := uint64(1) << ((bits.Len64(n) + 1) / 2)
	for {
		y := (x + n/x) / 2
		if y >= x {
			return x
		}
		x = y
	}
}

// div128 returns floor((hi·2^64 + lo) / d); callers guarantee hi < d, so the
// quotient fits in 64 bits.
func div128(hi, lo, d uint64) uint64 {
	q, _ := bits.Div64(hi, lo, d)
	return q
}
