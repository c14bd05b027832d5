package canon

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDivRecipExact: divRecip equals the divide instruction on the extremes
// of n and d, on n = k·d + {-1, 0, 1} (where an estimate one short shows),
// and on random operands of every bit length.
func TestDivRecipExact(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	ds := []uint64{1, 2, 3, 7, 127, 1 << 31, 1<<31 - 1, 1<<31 + 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<63 + 1, math.MaxUint64 - 1, math.MaxUint64}
	for range 2000 {
		ds = append(ds, r.Uint64()>>r.UintN(64)|1)
	}
	for _, d := range ds {
		m := recip(d)
		ns := []uint64{0, 1, d - 1, d, d + 1, math.MaxUint64, math.MaxUint64 - 1, math.MaxUint64 - d}
		for range 50 {
			k := r.Uint64() >> r.UintN(64)
			if hi, lo := mul128(k, d); hi == 0 {
				ns = append(ns, lo, lo-1, lo+1)
			}
			ns = append(ns, r.Uint64()>>r.UintN(64))
		}
		for _, n := range ns {
			require.Equal(t, n/d, divRecip(n, d, m), "n=%d d=%d", n, d)
		}
	}
}

func mul128(a, b uint64) (uint64, uint64) {
	if a == 0 || b <= math.MaxUint64/a {
		return 0, a * b
	}
	return 1, 0
}

// quantizeRef is the quantizer as the spec writes it: q = roundDiv(127·x, A).
func quantizeRef(x []int32) ([]int8, []int64) {
	q := make([]int8, len(x))
	amax := make([]int64, len(x)/BlockSize)
	for b := range amax {
		for _, v := range x[b*BlockSize : (b+1)*BlockSize] {
			amax[b] = max(amax[b], abs64i(int64(v)))
		}
		for i := b * BlockSize; i < (b+1)*BlockSize && amax[b] > 0; i++ {
			q[i] = int8(roundDiv(int64(x[i])*127, amax[b]))
		}
	}
	return q, amax
}

// TestQuantizeMatchesDivision: Quantize (by reciprocals) equals roundDiv
// element by element: zero blocks, every A up to 300 with every x in
// [-A, A], the extreme A of 2^31 (x = MinInt32) and 2^31-1, the rounding
// ties and their neighbours for large A, and random blocks.
func TestQuantizeMatchesDivision(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var blocks [][]int32
	blocks = append(blocks, make([]int32, BlockSize))
	// Small A: every value in [-A, A].
	for a := int32(1); a <= 300; a++ {
		vals := []int32{}
		for v := -a; v <= a; v++ {
			vals = append(vals, v)
		}
		for len(vals)%BlockSize != 0 || len(vals) == 0 {
			vals = append(vals, 0)
		}
		for b := 0; b < len(vals); b += BlockSize {
			blk := append([]int32{}, vals[b:b+BlockSize]...)
			blk[0] = a // every block has A = a
			if b%2 == 1 {
				blk[0] = -a
			}
			blocks = append(blocks, blk)
		}
	}
	// Large A: values at and around the ties 127·x + A/2 ≡ 0 (mod A).
	for _, a := range []int64{1 << 31, 1<<31 - 1, 1 << 30, 1<<30 + 1, 65536, 65537, 254, 255, 1000003, int64(r.Int32())} {
		var vals []int32
		for k := int64(-127); k <= 127; k++ {
			c := (2*k*a - a) / 254 // near x with 127·x/A = k - 1/2
			for dv := int64(-2); dv <= 2; dv++ {
				if v := c + dv; v >= -a && v <= a && v >= math.MinInt32 && v <= math.MaxInt32 {
					vals = append(vals, int32(v))
				}
			}
		}
		for b := 0; b < len(vals); b += BlockSize - 1 {
			blk := make([]int32, BlockSize)
			if a == 1<<31 {
				blk[0] = math.MinInt32
			} else {
				blk[0] = int32(a)
			}
			copy(blk[1:], vals[b:min(b+BlockSize-1, len(vals))])
			blocks = append(blocks, blk)
		}
	}
	for range 2000 {
		blk := make([]int32, BlockSize)
		for i := range blk {
			blk[i] = attnValue(r) >> r.UintN(32)
		}
		blocks = append(blocks, blk)
	}
	var x []int32
	for _, b := range blocks {
		x = append(x, b...)
	}
	wantQ, wantA := quantizeRef(x)
	var qv QuantVec
	qv.Quantize(x)
	require.Equal(t, wantA, qv.Amax)
	for i := range wantQ { // the first difference, not a dump of the whole vector
		require.Equal(t, wantQ[i], qv.Q[i], "x=%d A=%d", x[i], wantA[i/BlockSize])
	}
}

// TestRMSScaleRowMatchesDivision: rmsScaleRow equals sat32(roundDiv(x·w, d))
// for the extreme products (±2^62, saturating results), d = 1, 2^31 and
// beyond, ties (x·w = k·d ± d/2) and random operands.
func TestRMSScaleRowMatchesDivision(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	ds := []int64{1, 2, 3, 127, 1 << 16, 1<<16 + 1, 1<<31 - 1, 1 << 31, 1 << 40, 1<<62 - 1}
	for range 200 {
		ds = append(ds, int64(r.Uint64()>>(1+r.UintN(63)))|1)
	}
	for _, d := range ds {
		var x, w []int32
		for _, v := range []int32{0, 1, -1, math.MaxInt32, math.MinInt32, math.MinInt32 + 1} {
			for _, u := range []int32{1, -1, math.MaxInt32, math.MinInt32} {
				x, w = append(x, v), append(w, u)
			}
		}
		if d < 1<<31 { // ties: x·w = k·d + d/2 with w = 1 (and neighbours)
			for range 20 {
				k := int64(r.IntN(1<<31/int(d))) - 1<<30/d
				for _, dv := range []int64{-1, 0, 1} {
					if n := k*d + d/2 + dv; n >= math.MinInt32 && n <= math.MaxInt32 {
						x, w = append(x, int32(n), int32(n)), append(w, 1, -1)
					}
				}
			}
		}
		for range 100 {
			x, w = append(x, attnValue(r)), append(w, attnValue(r)>>r.UintN(32))
		}
		y := make([]int32, len(x))
		rmsScaleRow(y, x, w, d)
		for i := range x {
			require.Equal(t, sat32(roundDiv(int64(x[i])*int64(w[i]), d)), y[i], "x=%d w=%d d=%d", x[i], w[i], d)
		}
	}
}

// TestBlockAmaxMatchesGeneric: blockAmax (VPABSD/VPMAXUD in a simd build)
// equals the scalar maxima on blocks of extremes (MinInt32 → 2^31, MaxInt32),
// zero blocks, a single nonzero element in every position, and random blocks.
func TestBlockAmaxMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	var x []int32
	x = append(x, make([]int32, BlockSize)...)
	for i := range BlockSize {
		for _, v := range []int32{math.MinInt32, math.MaxInt32, -1, 1, math.MinInt32 + 1} {
			blk := make([]int32, BlockSize)
			blk[i] = v
			x = append(x, blk...)
		}
	}
	for range 3000 {
		x = append(x, attnValue(r)>>r.UintN(32))
	}
	x = x[:len(x)/BlockSize*BlockSize]
	want, got := make([]int64, len(x)/BlockSize), make([]int64, len(x)/BlockSize)
	wantAll := blockAmaxGeneric(want, x)
	require.Equal(t, wantAll, blockAmax(got, x))
	require.Equal(t, want, got)
	require.Equal(t, int64(1)<<31, got[1])
}
