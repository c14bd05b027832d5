package canon

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestExpNegAccuracy(t *testing.T) {
	maxErr := 0.0
	for x := int32(0); x > -40*One; x -= 37 {
		got := float64(ExpNeg(x)) / (1 << 30)
		want := math.Exp(float64(x) / (1 << 16))
		err := math.Abs(got - want)
		maxErr = math.Max(maxErr, err)
	}
	// Absolute error within a few Q30 ulps over the whole range.
	require.Less(t, maxErr, 8.0/(1<<30), "max abs error %g", maxErr)
	require.Equal(t, int64(1<<30), ExpNeg(0))
	require.Equal(t, int64(1<<30), ExpNeg(5))
	require.Equal(t, int64(0), ExpNeg(math.MinInt32))
	// Monotone non-increasing.
	prev := ExpNeg(0)
	for x := int32(-1); x > -25*One; x -= 101 {
		v := ExpNeg(x)
		require.LessOrEqual(t, v, prev, "x=%d", x)
		prev = v
	}
}

func TestSiLUAccuracy(t *testing.T) {
	for x := int32(-30 * One); x < 30*One; x += 1013 {
		xf := float64(x) / (1 << 16)
		want := xf / (1 + math.Exp(-xf))
		got := float64(SiLU(x)) / (1 << 16)
		require.InDelta(t, want, got, 2.0/(1<<16), "x=%g", xf)
	}
	require.Equal(t, int32(0), SiLU(0))
	require.Equal(t, int32(math.MaxInt32), SiLU(math.MaxInt32))
}
