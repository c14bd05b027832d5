package canon

import "math/bits"

// Division by an invariant divisor without a divide instruction: the
// quantizer divides every element of a block by the block's A, and the
// softmax every exp by the row's sum. With m = floor((2^64-1)/d), for every
// n < 2^64 and d ≥ 1 the estimate q0 = floor(n·m/2^64) satisfies
//
//	n/d - 1 < n/d - n/2^64 ≤ n·m/2^64 ≤ n/d
//
// (m ≥ (2^64-d)/d), so q0 is floor(n/d) or one less, and one correction step
// (n - q0·d ≥ d) makes it exact. The results are bit-identical to dividing.

// recip returns floor((2^64-1)/d), the multiplier of divRecip (d ≥ 1).
func recip(d uint64) uint64 { return ^uint64(0) / d }

// divRecip returns floor(n/d) exactly, given m = recip(d).
func divRecip(n, d, m uint64) uint64 {
	q, _ := bits.Mul64(n, m)
	if n-q*d >= d {
		q++
	}
	return q
}

// quantBlock sets q_i = roundDiv(127·x_i, amax) for one block (amax ≥ 1, the
// block's max |x_i|), by divRecip: the same rounding as roundDiv, to nearest
// with ties away from zero, on |127·x_i| + amax/2 < 2^40.
func quantBlock(q []int8, x []int32, amax int64) {
	d := uint64(amax)
	m, half := recip(d), d/2
	q = q[:len(x)]
	for i, v := range x {
		s := int64(v) >> 63 // -1 for v < 0, else 0
		n := int64(v) * 127
		a := uint64((n^s)-s) + half
		r := int64(divRecip(a, d, m))
		q[i] = int8((r ^ s) - s)
	}
}

// rmsScaleRow sets y_i = sat32(roundDiv(x_i·w_i, d)) for d ≥ 1 (RMSNorm's
// last step, d the row's RMS), by divRecip: |x_i·w_i| + d/2 < 2^64.
func rmsScaleRow(y, x, w []int32, d int64) {
	ud := uint64(d)
	m, half := recip(ud), ud/2
	y, w = y[:len(x)], w[:len(x)]
	for i, v := range x {
		n := int64(v) * int64(w[i])
		s := n >> 63
		r := int64(divRecip(uint64((n^s)-s)+half, ud, m))
		y[i] = sat32((r ^ s) - s)
	}
}

// Quantize fills qv from x (len(x) a multiple of 32), reusing its buffers:
// the block maxima first (blockAmax, vectorized where the build has it),
// then each block's quants by quantBlock.
func (qv *QuantVec) Quantize(x []int32) {
	nb := len(x) / BlockSize
	if cap(qv.Q) < len(x) {
		qv.Q = make([]int8, len(x))
		qv.Amax = make([]int64, nb)
	}
	qv.Q, qv.Amax = qv.Q[:len(x)], qv.Amax[:nb]
	all := blockAmax(qv.Amax, x[:nb*BlockSize])
	qv.AmaxBits = bits.Len64(uint64(all))
	for b, amax := range qv.Amax {
		q := qv.Q[b*BlockSize : (b+1)*BlockSize]
		if amax == 0 {
			clear(q)
			continue
		}
		quantBlock(q, x[b*BlockSize:(b+1)*BlockSize], amax)
	}
}

// blockAmaxGeneric sets amax[b] = max |x_i| over block b and returns the
// largest (|MinInt32| = 2^31 exactly).
func blockAmaxGeneric(amax []int64, x []int32) int64 {
	var all int64
	for b := range amax {
		var m int64
		for _, v := range x[b*BlockSize : (b+1)*BlockSize] {
			m = max(m, abs64i(int64(v)))
		}
		amax[b] = m
		all = max(all, m)
	}
	return all
}

// abs64i is |v| (v > math.MinInt64).
func abs64i(v int64) int64 { return max(v, -v) }
