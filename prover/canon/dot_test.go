package canon

import (
	"math/bits"
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

// TestMantExp: every fp16 scale splits exactly as M·2^E with |M| ≤ 2047 and
// 0 ≤ E ≤ 29, the decomposition the batched kernel's products rely on.
func TestMantExp(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		m, e := mantExp(uint16(h))
		if m > 2047 || m < -2047 || e < 0 || e > 29 {
			t.Fatalf("fp16 %#04x: M %d E %d out of range", h, m, e)
		}
		if int64(m)<<e != d24[h] {
			t.Fatalf("fp16 %#04x: M·2^E = %d, d24 = %d", h, int64(m)<<e, d24[h])
		}
	}
}

// randomQ8 fills a rows×nb-block Q8_0 matrix. Modes: random bytes with
// moderate scales, extreme quants (±127, -128) with large scales, huge scales
// (exact path), subnormal and zero scales.
func randomQ8(r *rand.Rand, rows, nb int) *Q8Matrix {
	data := make([]byte, rows*nb*BlockBytes)
	for row := 0; row < rows; row++ {
		mode := r.IntN(5)
		for b := 0; b < nb; b++ {
			blk := data[(row*nb+b)*BlockBytes : (row*nb+b+1)*BlockBytes]
			var h uint16
			switch mode {
			case 0, 1:
				h = uint16(0x1000 + r.IntN(0x2000))
			case 2:
				h = uint16(0x3000 + r.IntN(0x2000))
			case 3:
				h = uint16(r.IntN(0x7c00))
			default:
				h = uint16(r.IntN(0x400)) // subnormal or zero
			}
			if r.IntN(2) == 0 {
				h |= 0x8000
			}
			blk[0], blk[1] = byte(h), byte(h>>8)
			for i := 2; i < BlockBytes; i++ {
				switch {
				case mode == 1 && r.IntN(3) > 0:
					blk[i] = []byte{0x7f, 0x81, 0x80}[r.IntN(3)]
				default:
					blk[i] = byte(r.Uint32())
				}
			}
		}
	}
	m := &Q8Matrix{Name: "rand", Rows: rows, Cols: nb * BlockSize, Data: data}
	if err := m.check(rows, nb*BlockSize); err != nil {
		panic(err)
	}
	return m
}

// randomActs returns n quantized activation vectors of nb blocks: random
// magnitudes, saturated extremes (±2^31-1, -2^31: A = 2^31 leaves the
// kernel), ±127-quant edges and all-zero blocks.
func randomActs(r *rand.Rand, n, nb int) []QuantVec {
	xs := make([]QuantVec, n)
	x := make([]int32, nb*BlockSize)
	for p := range xs {
		shift := uint(r.IntN(32))
		mode := r.IntN(6)
		for i := range x {
			x[i] = int32(r.Uint32()) >> shift
			switch {
			case mode == 1 && r.IntN(4) == 0:
				x[i] = []int32{1<<31 - 1, -1<<31 + 1, 1 << 20, -(1 << 20)}[r.IntN(4)]
			case mode == 2 && r.IntN(50) == 0:
				x[i] = -1 << 31
			}
		}
		if mode == 3 {
			clear(x[:BlockSize*r.IntN(nb+1)])
		}
		xs[p].Quantize(x)
	}
	return xs
}

// TestMatMulBatchMatchesDotRow: the matrix-matrix kernels (batches of two or
// more positions; VNNI where the CPU has it, and the other kernel forced) give
// exactly the reference dotRow for every row and position, on the 128-bit
// path and the fast path alike, for any thread count.
func TestMatMulBatchMatchesDotRow(t *testing.T) {
	for _, vnni := range []bool{false, true} {
		if vnni && !haveVNNI {
			t.Log("no AVX-512 VNNI: VNNI kernel not tested")
			continue
		}
		saved := useVNNI
		useVNNI = vnni
		testMatMulBatchMatchesDotRow(t)
		useVNNI = saved
	}
}

func testMatMulBatchMatchesDotRow(t *testing.T) {
	t.Logf("kernel: %s, vnni %v", KernelName(), useVNNI)
	r := rand.New(rand.NewPCG(51, 52))
	for _, nb := range []int{1, 2, 7, 8, 9, 15, 16, 17, 24, 37, 64} {
		for trial := 0; trial < 12; trial++ {
			rows, n := 1+r.IntN(40), 1+r.IntN(11)
			if trial%3 == 2 { // several groups of 16 positions, with a tail
				n = 17 + r.IntN(30)
			}
			m := randomQ8(r, rows, nb)
			xs := randomActs(r, n, nb)
			sums := make([]int32, nb)
			want := make([][]int32, n)
			for p := range want {
				want[p] = make([]int32, rows)
				for row := 0; row < rows; row++ {
					want[p][row] = dotRow(m.Row(row), 64, &xs[p], sums)
					if fast := dotRow(m.Row(row), m.rowBits(row), &xs[p], sums); fast != want[p][row] {
						t.Fatalf("nb %d: fast dotRow %d != exact %d", nb, fast, want[p][row])
					}
				}
			}
			for _, threads := range []int{1, 3} {
				for _, pmin := range []int{parallelMin, 1} { // 1: every product split across threads
					got := make([][]int32, n)
					for p := range got {
						got[p] = make([]int32, rows)
					}
					saved := parallelMin
					parallelMin = pmin
					MatMul(m, xs, got, threads)
					parallelMin = saved
					require.Equal(t, want, got, "nb %d rows %d n %d threads %d parallelMin %d", nb, rows, n, threads, pmin)
				}
			}
		}
	}
}

// TestBatchKernelMatchesGeneric: the kernel's int64 sums equal dotFastGeneric
// on inputs that take the fast path.
func TestBatchKernelMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	for _, nb := range []int{1, 8, 9, 16, 23, 40} {
		for trial := 0; trial < 30; trial++ {
			m := randomQ8(r, 1, nb)
			n := 1 + r.IntN(9)
			xs := randomActs(r, n, nb)
			ptrs := make([]*QuantVec, 0, n)
			for p := range xs {
				if xs[p].AmaxBits <= batchAmaxBits && m.rowBits(0)+19+xs[p].AmaxBits+bits.Len(uint(nb)) <= 63 {
					ptrs = append(ptrs, &xs[p])
				}
			}
			k := newBatchKernel(nb)
			k.setPositions(ptrs)
			k.setRow(m.Row(0))
			dst := make([]int64, len(ptrs))
			k.dots(m.Row(0), len(ptrs), dst)
			for i, qv := range ptrs {
				require.Equal(t, dotFastGeneric(m.Row(0), qv), dst[i], "nb %d position %d", nb, i)
			}
		}
	}
}
