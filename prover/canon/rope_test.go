package canon

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRopeTableMatchesFloat(t *testing.T) {
	const dims, positions = 128, 4096
	for _, base := range []float32{10000, 500000, 1e6} {
		tab, err := NewRopeTable(dims, positions, math.Float32bits(base))
		require.NoError(t, err)
		maxErr := 0.0
		for p := 0; p < positions; p += 7 {
			for i := 0; i < dims/2; i++ {
				theta := math.Pow(float64(base), -2*float64(i)/dims)
				a := float64(p) * theta
				c := float64(tab.Cos[p*dims/2+i]) / (1 << 30)
				s := float64(tab.Sin[p*dims/2+i]) / (1 << 30)
				maxErr = math.Max(maxErr, math.Max(math.Abs(c-math.Cos(a)), math.Abs(s-math.Sin(a))))
			}
		}
		// float64 itself loses ~p·2^-52 in p·θ; the table must be within 2 Q30 ulps.
		require.Less(t, maxErr, 2.0/(1<<30), "base %g: max error %g", base, maxErr)
	}
}

func TestRopeTableDeterministicAndValidated(t *testing.T) {
	a, err := NewRopeTable(16, 64, math.Float32bits(10000))
	require.NoError(t, err)
	b, err := NewRopeTable(16, 64, math.Float32bits(10000))
	require.NoError(t, err)
	require.Equal(t, a, b)
	require.Equal(t, int32(1<<30), a.Cos[0])
	require.Equal(t, int32(0), a.Sin[0])

	for _, tc := range []struct {
		name      string
		dims, pos int
		base      float32
	}{
		{"odd dims", 15, 64, 10000},
		{"zero positions", 16, 0, 10000},
		{"base one", 16, 64, 1},
		{"negative base", 16, 64, -10000},
		{"infinite base", 16, 64, float32(math.Inf(1))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewRopeTable(tc.dims, tc.pos, math.Float32bits(tc.base))
			require.ErrorIs(t, err, ErrRope)
		})
	}
}

func TestRopeApply(t *testing.T) {
	tab, err := NewRopeTable(4, 8, math.Float32bits(10000))
	require.NoError(t, err)
	v := []int32{One, 0, One, 0}
	tab.Apply(v, 0)
	require.Equal(t, []int32{One, 0, One, 0}, v)
	tab.Apply(v, 1)
	// pair 0 rotates by 1 rad, pair 1 by 1/100 rad
	require.InDelta(t, math.Cos(1)*65536, float64(v[0]), 1)
	require.InDelta(t, math.Sin(1)*65536, float64(v[1]), 1)
	require.InDelta(t, math.Cos(0.01)*65536, float64(v[2]), 1)
	require.InDelta(t, math.Sin(0.01)*65536, float64(v[3]), 1)
}
