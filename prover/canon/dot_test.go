package canon

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestKernelMatchesGeneric: the compiled kernel (AVX2 under GOEXPERIMENT=simd,
// else pure Go) gives exactly the pure-Go block sums, including the extremes.
func TestKernelMatchesGeneric(t *testing.T) {
	t.Logf("kernel: %s", KernelName())
	r := rand.New(rand.NewPCG(21, 22))
	const nb = 37
	row := make([]byte, nb*BlockBytes)
	q := make([]int8, nb*BlockSize)
	got, want := make([]int32, nb), make([]int32, nb)
	for trial := 0; trial < 2000; trial++ {
		for i := range row {
			row[i] = byte(r.Uint32())
		}
		for i := range q {
			q[i] = int8(r.IntN(255) - 127)
		}
		if trial%7 == 0 { // extremes: -128 weights against ±127 quants
			for i := range row {
				row[i] = 0x80
			}
			for i := range q {
				q[i] = -127
			}
		}
		blockSums(row, q, got)
		blockSumsGeneric(row, q, want)
		require.Equal(t, want, got)
	}
}
