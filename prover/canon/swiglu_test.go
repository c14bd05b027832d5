package canon

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSwiGLUMatchesScalar: the four-at-a-time swiGLU equals SwiGLU (through
// Sigmoid and ExpNeg) element by element: extremes, zero, the range where
// ExpNeg's shift is 0, 30 and 31, and random values, with tails of 0-3.
func TestSwiGLUMatchesScalar(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	xs := []int32{0, 1, -1, 2, -2, math.MaxInt32, math.MinInt32, math.MinInt32 + 1, math.MaxInt32 - 1}
	// ExpNeg's n = floor(|x|·log2 e) goes 0 → 31 as |x| goes 0 → 21.5.
	for x := int32(-23 * One); x <= 23*One; x += 997 {
		xs = append(xs, x)
	}
	for range 20000 {
		xs = append(xs, int32(r.Uint32()), int32(r.Uint32())>>int(r.IntN(20)))
	}
	us := make([]int32, len(xs))
	for i := range us {
		switch r.IntN(4) {
		case 0:
			us[i] = int32(r.Uint32())
		case 1:
			us[i] = []int32{math.MaxInt32, math.MinInt32, 0, One}[r.IntN(4)]
		default:
			us[i] = int32(r.Uint32()) >> 12
		}
	}
	for _, n := range []int{len(xs), len(xs) - 1, len(xs) - 2, len(xs) - 3} {
		g := append([]int32(nil), xs[:n]...)
		swiGLU(g, us[:n])
		for i := range g {
			require.Equal(t, SwiGLU(xs[i], us[i]), g[i], "x=%d u=%d", xs[i], us[i])
		}
	}
}

func BenchmarkSwiGLU(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	g0, u := make([]int32, 2048), make([]int32, 2048)
	for i := range g0 {
		g0[i], u[i] = int32(r.NormFloat64()*float64(One)), int32(r.NormFloat64()*float64(One))
	}
	g := make([]int32, len(g0))
	for i := 0; i < b.N; i++ {
		copy(g, g0)
		swiGLU(g, u)
	}
}

// TestExpNeg4MatchesExpNeg: expNeg4 is ExpNeg on each of its arguments, for
// every x ≤ 0 it is given (attention's score differences, SwiGLU's -|x|).
func TestExpNeg4MatchesExpNeg(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	var ys []int32
	for y := int32(0); y > -40*One; y -= 331 {
		ys = append(ys, y)
	}
	ys = append(ys, math.MinInt32, math.MinInt32+1, -1, 0)
	for range 10000 {
		ys = append(ys, -int32(r.Uint32()>>1), -int32(r.Uint32()>>(1+r.IntN(28))))
	}
	for len(ys)%4 != 0 {
		ys = append(ys, 0)
	}
	for i := 0; i < len(ys); i += 4 {
		e0, e1, e2, e3 := expNeg4(ys[i], ys[i+1], ys[i+2], ys[i+3])
		for j, e := range []int64{e0, e1, e2, e3} {
			require.Equal(t, ExpNeg(ys[i+j]), e, "x=%d", ys[i+j])
		}
	}
}
