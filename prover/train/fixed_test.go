package train

import (
	"math"
	"testing"

	"github.com/airollup/airollup/prover/quant"
	"github.com/stretchr/testify/require"
)

// TestLnQ16: the integer log is within 2 Q16 ulps of ln over S/2^30 ∈ [1, 2^21].
func TestLnQ16(t *testing.T) {
	for _, s := range []int64{1 << 30, 1<<30 + 1, 3 << 29, 1 << 31, 1<<31 - 1, 5 << 30, 1000 << 30, 1<<51 - 1, 123456789012} {
		want := math.Log(float64(s)/(1<<30)) * 65536
		require.InDelta(t, want, float64(LnQ16(s)), 2, "S = %d", s)
	}
	require.Zero(t, LnQ16(1<<30))
}

// TestPowQ32: b^t by square-and-multiply is within a relative 2^-24 of the
// float power for Adam's betas.
func TestPowQ32(t *testing.T) {
	for _, b := range []int64{OneH * 9 / 10, OneH * 999 / 1000, OneH / 2} {
		for _, n := range []uint64{0, 1, 2, 3, 10, 100, 1000, 12345} {
			want := math.Pow(float64(b)/float64(OneH), float64(n)) * float64(OneH)
			require.InDelta(t, want, float64(PowQ32(b, n)), math.Max(want/(1<<24), 2), "b=%d t=%d", b, n)
		}
	}
}

// TestMulShiftDiv: the 128-bit helpers round half away from zero and saturate.
func TestMulShiftDiv(t *testing.T) {
	require.Equal(t, int64(2), MulShift(3, 1, 1))   // 1.5 → 2
	require.Equal(t, int64(-2), MulShift(-3, 1, 1)) // -1.5 → -2
	require.Equal(t, int64(1), MulShift(5, 1, 2))   // 1.25 → 1
	require.Equal(t, int64(1<<62), MulShift(1<<62, 1<<40, 40))
	require.Equal(t, int64(1<<63-1), MulShift(1<<62, 1<<62, 0))
	require.Equal(t, -int64(1<<63-1), MulShift(-1<<62, 1<<62, 1))
	r := stream(3, "mulshift")
	for i := 0; i < 20000; i++ {
		a, b := int64(r.Uint64())>>(r.IntN(64)), int64(r.Uint64())>>(r.IntN(64))
		s := uint(r.IntN(40))
		want := quant.Mul128(a, b).RDivSat64(uint64(1) << s)
		require.Equal(t, want, MulShift(a, b, s), "%d·%d >> %d", a, b, s)
	}
	require.Equal(t, int64(3), MulDiv(5, 3, 5))
	require.Equal(t, int64(-2), MulDiv(-3, 1, 2))
}

// TestMatVecFastPathMatchesExact: the int64 fast paths of matVec and
// matVecT give the 128-bit results, for small and for extreme values.
func TestMatVecFastPathMatchesExact(t *testing.T) {
	m, err := NewModel(tinySpec)
	require.NoError(t, err)
	w := newWorker(m, 4)
	r := stream(9, "matvec")
	for _, scale := range []uint{8, 20, 31} {
		tn := &Tensor{Rows: 64, Cols: 32, W: make([]int32, 64*32)}
		for i := range tn.W {
			tn.W[i] = int32(r.Int64()) >> (32 - scale)
		}
		x, dy := make([]int32, 32), make([]int32, 64)
		for i := range x {
			x[i] = int32(r.Int64()) >> (32 - scale)
		}
		for i := range dy {
			dy[i] = int32(r.Int64()) >> (32 - scale)
		}
		fastY, slowY := make([]int32, 64), make([]int32, 64)
		matVec(tn, maxBits(tn.W), x, fastY)
		matVec(tn, 63, x, slowY)
		require.Equal(t, slowY, fastY, "matVec, scale %d", scale)
		fastX, slowX := make([]int32, 32), make([]int32, 32)
		w.matVecT(tn, maxBits(tn.W), dy, fastX)
		w.matVecT(tn, 63, dy, slowX)
		require.Equal(t, slowX, fastX, "matVecT, scale %d", scale)
		if scale > 8 {
			require.NotEqual(t, make([]int32, 64), slowY, "scale %d", scale)
		}
	}
}
