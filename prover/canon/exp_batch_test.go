package canon

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestExpNegBatchMatchesScalar: expNegBatch (the vector kernel in a simd
// build) equals ExpNeg on every x in [-22·2^16, 0] (n = 0 … 31, every
// rounding of a and every u there), on the extremes and random x ≤ 0, with
// every length 0-20 so that each tail path runs.
func TestExpNegBatchMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	ys := []int32{0, -1, -2, math.MinInt32, math.MinInt32 + 1, -1 << 30, -1 << 20}
	for y := int32(-22 * One); y <= 0; y++ {
		ys = append(ys, y)
	}
	for range 100000 {
		ys = append(ys, -int32(r.Uint32()>>(1+r.UintN(31))))
	}
	got := make([]int64, len(ys))
	expNegBatch(got, ys)
	for i, y := range ys {
		if got[i] != ExpNeg(y) {
			require.Equal(t, ExpNeg(y), got[i], "y=%d", y)
		}
	}
	for n := 0; n <= 20; n++ {
		off := r.IntN(len(ys) - n)
		out := make([]int64, n)
		expNegBatch(out, ys[off:off+n])
		for i := range out {
			require.Equal(t, ExpNeg(ys[off+i]), out[i], "n=%d i=%d y=%d", n, i, ys[off+i])
		}
	}
}
