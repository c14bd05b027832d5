package quant

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
)

// ErrRange is returned for values whose scale does not fit an fp16.
var ErrRange = errors.New("quant: block scale out of fp16 range")

// BlockSize is the number of values in a Q8_0 block.
const BlockSize = 32

// BlockBytes is the encoded size of a Q8_0 block.
const BlockBytes = 34

// Block quantizes 32 fixed-point values (value = x / 2^frac) into one Q8_0
// block written to out[:34]: the fp16 scale little-endian, then the quants.
func Block(x []int64, frac int, out []byte) error {
	if len(x) != BlockSize || len(out) < BlockBytes {
		return fmt.Errorf("quant: block needs %d values and %d bytes", BlockSize, BlockBytes)
	}
	var amax uint64
	for _, v := range x {
		a := uint64(v)
		if v < 0 {
			a = uint64(-v)
		}
		amax = max(amax, a)
	}
	h, err := FP16FromRatio(new(big.Int).SetUint64(amax), big.NewInt(127), frac)
	if err != nil {
		return err
	}
	out[0], out[1] = byte(h), byte(h>>8)
	for i, v := range x {
		var q int64
		if amax != 0 {
			q = roundDiv127(v, amax)
		}
		out[2+i] = byte(int8(q))
	}
	return nil
}

// roundDiv127 returns round(127·v/amax), ties away from zero, exactly, for
// |v| ≤ amax (so the result is in [-127, 127]): (254·|v| + amax) / (2·amax)
// in 128-bit arithmetic.
func roundDiv127(v int64, amax uint64) int64 {
	a := uint64(v)
	if v < 0 {
		a = uint64(-v)
	}
	hi, lo := bits.Mul64(a, 254)
	var c uint64
	lo, c = bits.Add64(lo, amax, 0)
	hi += c
	// divide the 129-bit-safe numerator by 2·amax as (num/2)/amax to stay in 64-bit divisors
	lo = lo>>1 | hi<<63
	hi >>= 1
	q, _ := bits.Div64(hi, lo, amax)
	if v < 0 {
		return -int64(q)
	}
	return int64(q)
}

// FP16FromRatio returns the fp16 bits nearest to num/(den·2^frac) (num ≥ 0,
// den > 0), rounding to nearest with ties to even, as IEEE conversion does.
func FP16FromRatio(num, den *big.Int, frac int) (uint16, error) {
	if num.Sign() == 0 {
		return 0, nil
	}
	// value·2^24 = num·2^(24-frac)/den; fp16 values are integers in these units:
	// subnormals m (m < 1024), normals (1024+m)·2^(e-1), e = 1..30.
	n := new(big.Int).Set(num)
	d := new(big.Int).Set(den)
	if s := 24 - frac; s >= 0 {
		n.Lsh(n, uint(s))
	} else {
		d.Lsh(d, uint(-s))
	}
	// Start just below the exponent the magnitude implies; lower exponents
	// would overflow the mantissa and are skipped by the loop anyway.
	start := max(0, num.BitLen()-1-frac-7+15-2)
	if den.BitLen() != 7 { // only den = 127 has the estimate above
		start = 0
	}
	for e := start; e <= 30; e++ {
		// unit 2^(e-1) for normals, 1 for e = 0 (subnormal) and e = 1
		shift := max(e-1, 0)
		dd := new(big.Int).Lsh(d, uint(shift))
		q, r := new(big.Int).QuoRem(n, dd, new(big.Int))
		// round half to even
		r2 := new(big.Int).Lsh(r, 1)
		switch c := r2.Cmp(dd); {
		case c > 0, c == 0 && q.Bit(0) == 1:
			q.Add(q, big.NewInt(1))
		}
		if !q.IsInt64() {
			continue
		}
		m := q.Int64()
		limit := int64(2048)
		if e == 0 {
			limit = 1024 // subnormal range; 1024 becomes the smallest normal
		}
		if m < limit {
			if e == 0 {
				return uint16(m), nil // m == 1024 handled by e = 1 below
			}
			if m < 1024 {
				continue // belongs to a smaller exponent (only reachable at e = 1)
			}
			return uint16(e)<<10 | uint16(m-1024), nil
		}
	}
	return 0, fmt.Errorf("%w: %s/(%s·2^%d)", ErrRange, num, den, frac)
}
