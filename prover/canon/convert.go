package canon

import (
	"errors"
	"fmt"
)

var (
	// ErrNonFinite is returned for an infinite or NaN fp16/fp32 value.
	ErrNonFinite = errors.New("canon: non-finite value")
	// ErrOutOfRange is returned for a value that does not fit its fixed-point format.
	ErrOutOfRange = errors.New("canon: value out of fixed-point range")
)

// FP16ToD24 converts IEEE binary16 bits to d·2^24 exactly. Every finite fp16
// is an integer multiple of 2^-24, so the result is exact; |result| < 2^40.
func FP16ToD24(h uint16) (int64, error) {
	sign := h >> 15
	exp := int64(h>>10) & 0x1f
	mant := int64(h & 0x3ff)
	var v int64
	switch exp {
	case 0x1f:
		return 0, fmt.Errorf("%w: fp16 bits %#04x", ErrNonFinite, h)
	case 0:
		v = mant // subnormal: mant · 2^-24
	default:
		v = (1024 + mant) << (exp - 1) // (1024+mant) · 2^(exp-25)
	}
	if sign == 1 {
		v = -v
	}
	return v, nil
}

// F32BitsToFixed converts IEEE binary32 bits to round(x · 2^frac), rounding
// to nearest with ties away from zero, using integer operations only. It
// fails for non-finite values and for results outside ±2^62.
func F32BitsToFixed(b uint32, frac int) (int64, error) {
	sign := b >> 31
	exp := int64(b>>23) & 0xff
	mant := int64(b & 0x7fffff)
	if exp == 0xff {
		return 0, fmt.Errorf("%w: fp32 bits %#08x", ErrNonFinite, b)
	}
	var m, e int64 // value = m · 2^e
	if exp == 0 {
		m, e = mant, -149
	} else {
		m, e = (1<<23)+mant, exp-150
	}
	shift := e + int64(frac)
	var v int64
	switch {
	case m == 0:
		v = 0
	case shift >= 0:
		if shift > 62-24 {
			return 0, fmt.Errorf("%w: fp32 bits %#08x at %d fractional bits", ErrOutOfRange, b, frac)
		}
		v = m << shift
	case shift <= -26:
		v = 0 // m < 2^24 ≤ 2^(-shift-1): rounds to zero
	default:
		v = roundShift(m, uint(-shift))
	}
	if sign == 1 {
		v = -v
	}
	return v, nil
}
