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

// TestDotRowFastPathMatchesExact: the int64 fast path and the 128-bit path
// give the same value whenever the fast path is taken, and huge scales and
// activations take the exact path.
func TestDotRowFastPathMatchesExact(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	const nb = 24
	row := make([]byte, nb*BlockBytes)
	x := make([]int32, nb*BlockSize)
	sums := make([]int32, nb)
	for trial := 0; trial < 3000; trial++ {
		for b := 0; b < nb; b++ {
			// random finite fp16 scale, sometimes huge
			h := uint16(r.IntN(0x7c00))
			if trial%3 == 0 {
				h = uint16(0x3000 + r.IntN(0x1000))
			}
			row[b*BlockBytes], row[b*BlockBytes+1] = byte(h), byte(h>>8)
			for i := 0; i < 32; i++ {
				row[b*BlockBytes+2+i] = byte(r.Uint32())
			}
		}
		shift := uint(r.IntN(31))
		for i := range x {
			x[i] = int32(r.Uint32()) >> shift
		}
		var qv QuantVec
		qv.Quantize(x)
		m := Q8Matrix{Name: "t", Rows: 1, Cols: nb * BlockSize, Data: row}
		if err := m.check(1, nb*BlockSize); err != nil {
			t.Fatal(err)
		}
		fast := dotRow(row, m.rowBits(0), &qv, sums)
		exact := dotRow(row, 64, &qv, sums) // 64 bits forces the 128-bit path
		if fast != exact {
			t.Fatalf("trial %d: fast %d != exact %d", trial, fast, exact)
		}
	}
}

// TestDotFastMatchesGeneric: the fused AVX2 fast path equals the pure-Go one.
func TestDotFastMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	for _, nb := range []int{1, 7, 8, 9, 24, 37} {
		row := make([]byte, nb*BlockBytes)
		x := make([]int32, nb*BlockSize)
		for trial := 0; trial < 300; trial++ {
			for b := 0; b < nb; b++ {
				h := uint16(0x1000 + r.IntN(0x2000))
				row[b*BlockBytes], row[b*BlockBytes+1] = byte(h), byte(h>>8)
				for i := 0; i < 32; i++ {
					row[b*BlockBytes+2+i] = byte(r.Uint32())
				}
			}
			for i := range x {
				x[i] = int32(r.Uint32()) >> 12
			}
			var qv QuantVec
			qv.Quantize(x)
			require.Equal(t, dotFastGeneric(row, &qv), dotFast(row, &qv), "nb %d", nb)
		}
	}
}
