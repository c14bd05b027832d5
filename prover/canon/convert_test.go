package canon

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// Floats appear only in tests, as the reference the integer conversions are checked against.

func TestFP16ToD24MatchesFloat(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		bits := uint16(h)
		got, err := FP16ToD24(bits)
		if bits&0x7c00 == 0x7c00 {
			require.ErrorIs(t, err, ErrNonFinite)
			continue
		}
		require.NoError(t, err)
		want := fp16ToFloat64(bits) * (1 << 24)
		require.Equal(t, want, float64(got), "fp16 %#04x", bits)
	}
}

func fp16ToFloat64(h uint16) float64 {
	sign := 1.0
	if h>>15 == 1 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	if exp == 0 {
		return sign * mant * math.Pow(2, -24)
	}
	return sign * (1 + mant/1024) * math.Pow(2, float64(exp-15))
}

func TestF32BitsToFixedMatchesFloat(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []float32{0, 1, -1, 0.5, 1e-5, 1e-6, -3.25, 10000, 500000, 1.5e-45, 3e-38, 65504, 1 / 3.0}
	for i := 0; i < 20000; i++ {
		cases = append(cases, math.Float32frombits(r.Uint32()))
	}
	for _, frac := range []int{0, 16, 30, 32} {
		for _, f := range cases {
			b := math.Float32bits(f)
			got, err := F32BitsToFixed(b, frac)
			if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
				require.ErrorIs(t, err, ErrNonFinite)
				continue
			}
			x := float64(f) * math.Pow(2, float64(frac)) // exact in float64
			if math.Abs(x) >= 1<<62 {
				require.ErrorIs(t, err, ErrOutOfRange)
				continue
			}
			require.NoError(t, err)
			want := math.Copysign(math.Floor(math.Abs(x)+0.5), x) // ties away from zero
			require.Equal(t, want, float64(got), "f=%g frac=%d", f, frac)
		}
	}
}

func TestRoundingHelpers(t *testing.T) {
	tests := []struct {
		name       string
		v          int64
		s          uint
		wantShift  int64
		n, d, want int64
	}{
		{"half rounds up", 3, 1, 2, 3, 2, 2},
		{"negative half rounds away", -3, 1, -2, -3, 2, -2},
		{"below half", 5, 2, 1, 5, 4, 1},
		{"above half", 7, 2, 2, 7, 4, 2},
		{"negative above half", -7, 2, -2, -7, 4, -2},
		{"zero", 0, 5, 0, 0, 7, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.wantShift, roundShift(tc.v, tc.s))
			require.Equal(t, tc.want, roundDiv(tc.n, tc.d))
		})
	}
}

func TestInt128(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		var a int128
		x := int64(r.Uint64()>>uint(r.IntN(63))) * (1 - 2*int64(r.IntN(2)))
		y := int64(r.Uint64()>>uint(1+r.IntN(62))) * (1 - 2*int64(r.IntN(2)))
		z := int64(r.Uint64()) >> uint(r.IntN(63))
		a.addMul(x, y)
		a.add64(z)
		want := bigMulAdd(x, y, z)
		require.Equal(t, want, a, "x=%d y=%d z=%d", x, y, z)
		d := uint64(1 + r.Uint64()>>uint(1+r.IntN(62)))
		require.Equal(t, bigRoundDivSat(x, y, z, d), a.roundDivSat(d), "x=%d y=%d z=%d d=%d", x, y, z, d)
	}
	require.Equal(t, uint64(0), isqrt(0))
	require.Equal(t, uint64(1), isqrt(3))
	require.Equal(t, uint64(2), isqrt(4))
	require.Equal(t, uint64(4294967295), isqrt(math.MaxUint64))
	for i := 0; i < 20000; i++ {
		n := r.Uint64() >> uint(r.IntN(64))
		s := isqrt(n)
		require.True(t, s*s <= n && (s+1)*(s+1) > n || s == 4294967295, "isqrt(%d)=%d", n, s)
	}
}

// TestRoundingBranchFree: the branch-free roundShift and roundDiv equal the
// documented two-case definitions on random and extreme inputs.
func TestRoundingBranchFree(t *testing.T) {
	refShift := func(v int64, s uint) int64 {
		if v >= 0 {
			return (v + 1<<(s-1)) >> s
		}
		return -((-v + 1<<(s-1)) >> s)
	}
	refDiv := func(n, d int64) int64 {
		if n >= 0 {
			return (n + d/2) / d
		}
		return -((-n + d/2) / d)
	}
	r := rand.New(rand.NewPCG(71, 72))
	edges := []int64{0, 1, -1, 2, -2, 3, -3, 1<<62 - 1, -(1<<62 - 1), 1 << 40, -(1 << 40), math.MaxInt64 >> 1, math.MinInt64 >> 1}
	for i := 0; i < 200000; i++ {
		var v int64
		if i < len(edges) {
			v = edges[i]
		} else {
			v = int64(r.Uint64()) >> r.IntN(63)
		}
		s := uint(1 + r.IntN(62))
		if v > -1<<62 && v < 1<<62 {
			require.Equal(t, refShift(v, s), roundShift(v, s), "roundShift(%d, %d)", v, s)
		}
		d := int64(r.Uint64()>>1)>>r.IntN(62) | 1
		if i%3 == 0 {
			d = int64(1 + r.IntN(1000))
		}
		if v > -1<<62 && v < 1<<62 && d < 1<<62 {
			require.Equal(t, refDiv(v, d), roundDiv(v, d), "roundDiv(%d, %d)", v, d)
		}
	}
}
