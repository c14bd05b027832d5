package canon

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// attnValue draws an int32, often an extreme one.
func attnValue(r *rand.Rand) int32 {
	switch r.IntN(6) {
	case 0:
		return 1<<31 - 1
	case 1:
		return -1 << 31
	case 2:
		return int32(r.IntN(3)) - 1
	default:
		return int32(r.Uint32())
	}
}

// TestAttentionKernelsMatchGeneric: the attention's score dot product and
// value accumulation (AVX2 in GOEXPERIMENT=simd builds) equal the pure-Go
// loops bit for bit, for lengths with and without tails, extreme values
// (whose sums wrap identically), and weights p inside and outside int32.
func TestAttentionKernelsMatchGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for it := 0; it < 2000; it++ {
		n := 1 + r.IntN(140)
		q, k := make([]int32, n), make([]int32, n+r.IntN(3))
		for i := range q {
			q[i] = attnValue(r)
		}
		for i := range k {
			k[i] = attnValue(r)
		}
		require.Equal(t, dotQKGeneric(q, k), dotQK(q, k), "dot, n %d", n)

		var p int64
		switch r.IntN(4) {
		case 0:
			p = 1 << ProbFrac
		case 1:
			p = int64(r.Uint64()) // outside int32: the generic path
		default:
			p = r.Int64N(1<<ProbFrac + 1)
		}
		acc := make([]int64, n)
		for i := range acc {
			acc[i] = int64(r.Uint64())
		}
		want := append([]int64(nil), acc...)
		axpyGeneric(want, p, k)
		axpy(acc, p, k)
		require.Equal(t, want, acc, "axpy, n %d, p %d", n, p)
	}
}
