package canon

import (
	"math/bits"
	"sort"
	"sync"
)

// d24 maps every fp16 bit pattern to its exact scale d·2^24 (non-finite
// patterns map to 0; models are validated so they never occur).
var d24 = func() *[1 << 16]int64 {
	var t [1 << 16]int64
	for h := range t {
		if v, err := FP16ToD24(uint16(h)); err == nil {
			t[h] = v
		}
	}
	return &t
}()

// QuantVec is an activation vector quantized per block of 32 the way
// llama.cpp quantizes activations for Q8_0 dot products: A = max|x| of the
// block and q = round(127·x/A), ties away from zero. The real value of q_i is
// q_i·A/127 (in Q16.16 units).
type QuantVec struct {
	Q    []int8
	Amax []int64
	// AmaxBits is the bit length of the largest A_b, for the overflow-free fast path.
	AmaxBits int
}

// matDivisor is 127·2^24: one 127 from the activation scale A/127 and 2^24
// from the weight scale d·2^24; dividing by it leaves Q16.16.
const matDivisor = 127 << ScaleFrac

// dotRow returns the dot product of one Q8_0 row with a quantized vector as a
// Q16.16 activation:
//
//	y = round( Σ_b d24_b · S_b · A_b / (127 · 2^24) ),  S_b = Σ_i w_bi · q_bi
//
// accumulated exactly in 128 bits in block order, rounded once to nearest
// (ties away from zero) and saturated to int32. sums is scratch of at least
// len(qv.Amax) entries.
func dotRow(row []byte, rowBits int, qv *QuantVec, sums []int32) int32 {
	nb := len(qv.Amax)
	// Fast path, same result: when |D24| < 2^rowBits, |S| < 2^19 and
	// A < 2^AmaxBits bound the whole sum below 2^63, accumulate in int64.
	if rowBits+19+qv.AmaxBits+bits.Len(uint(nb)) <= 63 {
		return sat32(roundDiv(dotFast(row, qv), matDivisor))
	}
	sums = sums[:nb]
	blockSums(row, qv.Q, sums)
	var acc int128
	for b, amax := range qv.Amax {
		s := sums[b]
		if amax == 0 || s == 0 {
			continue
		}
		acc.addMul(d24[uint16(row[b*BlockBytes])|uint16(row[b*BlockBytes+1])<<8]*int64(s), amax)
	}
	return acc.roundDivSat(matDivisor)
}

// dotFastGeneric is Σ_b D24_b·S_b·A_b in int64 (callers guarantee it fits).
func dotFastGeneric(row []byte, qv *QuantVec) int64 {
	var acc int64
	for b, amax := range qv.Amax {
		s := dot32Generic(row[b*BlockBytes+2:(b+1)*BlockBytes], qv.Q[b*BlockSize:(b+1)*BlockSize])
		acc += d24[uint16(row[b*BlockBytes])|uint16(row[b*BlockBytes+1])<<8] * int64(s) * amax
	}
	return acc
}

// blockSumsGeneric writes S_b = Σ_i w_bi·q_bi for every block b of a row.
func blockSumsGeneric(row []byte, q []int8, sums []int32) {
	for b := range sums {
		sums[b] = dot32Generic(row[b*BlockBytes+2:(b+1)*BlockBytes], q[b*BlockSize:(b+1)*BlockSize])
	}
}

// dot32Generic is the pure-Go int8 dot product of 32 weights (raw bytes) and 32 quants.
func dot32Generic(w []byte, q []int8) int32 {
	w = w[:32]
	q = q[:32]
	var s int32
	for i := 0; i < 32; i += 4 {
		s += int32(int8(w[i]))*int32(q[i]) + int32(int8(w[i+1]))*int32(q[i+1]) +
			int32(int8(w[i+2]))*int32(q[i+2]) + int32(int8(w[i+3]))*int32(q[i+3])
	}
	return s
}

// parallelMin is the number of multiply-adds per goroutine below which a
// product is not split further: a fork and join costs tens of microseconds
// on a loaded VM, more than a smaller share saves (2 threads on gen-15M
// decode: 1<<16 gave 0.7× of 1 thread, 1<<18 about 1×). Tests lower it to
// split every product; the split never changes a result.
var parallelMin = 1 << 18

// MatMul computes out[p][r] = dotRow(m.Row(r), xs[p]) for every position p and
// row r. Rows are split across up to threads goroutines (below 1 means 1);
// each (p, r) is computed by the same code whatever the split, so results are
// identical for any thread count and any batch size.
func MatMul(m *Q8Matrix, xs []QuantVec, out [][]int32, threads int) {
	if work := m.Rows * m.Cols * len(xs); threads > 1 && work < parallelMin*threads {
		threads = max(1, work/parallelMin)
	}
	if threads <= 1 {
		matMulRows(m, xs, out, 0, m.Rows)
		return
	}
	var wg sync.WaitGroup
	chunk := (m.Rows + threads - 1) / threads
	for lo := 0; lo < m.Rows; lo += chunk {
		hi := min(lo+chunk, m.Rows)
		wg.Add(1)
		go func() {
			defer wg.Done()
			matMulRows(m, xs, out, lo, hi)
		}()
	}
	wg.Wait()
}

// batchMin is the batch size from which MatMul uses the matrix-matrix kernel.
const batchMin = 2

func matMulRows(m *Q8Matrix, xs []QuantVec, out [][]int32, lo, hi int) {
	nb := m.Cols / BlockSize
	sums := make([]int32, nb)
	if len(xs) < batchMin {
		if useVNNI && len(xs) == 1 && xs[0].AmaxBits <= vnniAmaxBits && len(xs[0].Amax) == nb && len(xs[0].Q) >= nb*BlockSize {
			matVecVNNI(m, &xs[0], out[0], lo, hi, sums)
			return
		}
		for r := lo; r < hi; r++ {
			row := m.Row(r)
			rb := m.rowBits(r)
			for p := range xs {
				out[p][r] = dotRow(row, rb, &xs[p], sums)
			}
		}
		return
	}
	// Positions in order of AmaxBits, so that the positions a row may take on
	// the fast path are a prefix; the kernel runs that prefix, dotRow the rest.
	order := make([]int, len(xs))
	for p := range order {
		order[p] = p
	}
	sort.SliceStable(order, func(i, j int) bool { return xs[order[i]].AmaxBits < xs[order[j]].AmaxBits })
	ptrs := make([]*QuantVec, 0, len(xs))
	for _, p := range order {
		if xs[p].AmaxBits > batchAmaxBits || len(xs[p].Amax) != nb || len(xs[p].Q) < nb*BlockSize {
			break
		}
		ptrs = append(ptrs, &xs[p])
	}
	// fast[rb] is the number of positions a row with rowBits rb takes on the
	// fast path (rb+19+AmaxBits+len(nb) ≤ 63).
	var fast [65]int
	lenBits := bits.Len(uint(nb))
	for rb := range fast {
		for fast[rb] < len(ptrs) && rb+19+ptrs[fast[rb]].AmaxBits+lenBits <= 63 {
			fast[rb]++
		}
	}
	if useVNNI && len(ptrs) >= vnniMin {
		matMulRowsVNNI(m, xs, ptrs, order, &fast, out, lo, hi, sums)
		return
	}
	k := newBatchKernel(nb)
	k.setPositions(ptrs)
	dst := make([]int64, len(ptrs))
	for r := lo; r < hi; r++ {
		row := m.Row(r)
		rb := m.rowBits(r)
		n := fast[min(rb, 64)]
		if n > 0 {
			k.setRow(row)
			k.dots(row, n, dst)
			for i, v := range dst[:n] {
				out[order[i]][r] = sat32(roundDiv(v, matDivisor))
			}
		}
		for _, p := range order[n:] {
			out[p][r] = dotRow(row, rb, &xs[p], sums)
		}
	}
}

// mantExp splits the D24 scale of fp16 bits h as M·2^E with |M| ≤ 2047 and
// 0 ≤ E ≤ 29: M·2^E == d24[h] for every pattern (non-finite ones give 0).
func mantExp(h uint16) (int32, int64) {
	e := int64(h>>10) & 0x1f
	m := int32(h & 0x3ff)
	switch e {
	case 0x1f:
		return 0, 0
	case 0:
		e = 0
	default:
		m, e = m+1024, e-1
	}
	s := -int32(h >> 15) // 0 or -1: no branch, which would mispredict on random signs
	return (m ^ s) - s, e
}

// dotQKGeneric returns Σ q_i·k_i in wrapping int64 arithmetic (k at least as
// long as q).
func dotQKGeneric(q, k []int32) int64 {
	k = k[:len(q)]
	var s int64
	for i, qi := range q {
		s += int64(qi) * int64(k[i])
	}
	return s
}

// axpyGeneric adds p·v_i to acc_i for every i < len(acc), in wrapping int64
// arithmetic.
func axpyGeneric(acc []int64, p int64, v []int32) {
	v = v[:len(acc)]
	for i, vi := range v {
		acc[i] += p * int64(vi)
	}
}
