package canon

import "math/bits"

// Exported operations of docs/arithmetic.md, for the tensor VM (prover/vm)
// that executes one block as micro-steps: it must compute exactly what the
// forward pass computes, so it calls these rather than re-implementing them.

// RoundShift returns v / 2^s rounded to nearest, ties away from zero (s ≥ 1).
func RoundShift(v int64, s uint) int64 { return roundShift(v, s) }

// RoundDiv returns n / d rounded to nearest, ties away from zero (d > 0).
func RoundDiv(n, d int64) int64 { return roundDiv(n, d) }

// Sat32 saturates v to the int32 range.
func Sat32(v int64) int32 { return sat32(v) }

// ISqrt returns floor(sqrt(n)).
func ISqrt(n uint64) uint64 { return isqrt(n) }

// DotRow returns one Q8_0 row times a quantized vector (docs/arithmetic.md,
// "Matrix-vector product"), by the exact 128-bit path.
func DotRow(row []byte, qv *QuantVec) int32 {
	return dotRow(row, 64, qv, make([]int32, len(qv.Amax)))
}

// SumSquares returns Σ x_i² exactly as an unsigned 128-bit (hi, lo).
func SumSquares(x []int32) (hi, lo uint64) {
	var ss int128
	for _, v := range x {
		ss.add64(int64(v) * int64(v))
	}
	return ss.absU()
}

// RMS returns max(1, isqrt(floor(ss / n) + eps)) for a sum of squares
// ss = hi·2^64 + lo of n values (ss < n·2^62) and ε in Q32.
func RMS(hi, lo uint64, n int, epsQ32 int64) int64 {
	q, _ := bits.Div64(hi, lo, uint64(n))
	rms := int64(isqrt(q + uint64(epsQ32)))
	return max(rms, 1)
}

// RMSApply returns sat32(rdiv(x·w, rms)).
func RMSApply(x, w int32, rms int64) int32 { return sat32(roundDiv(int64(x)*int64(w), rms)) }

// NormEps returns the model's RMSNorm ε in Q32.
func (m *Model) NormEps() int64 { return m.normEps }

// InvSqrtHeadDim returns isqrt(floor(2^60 / headDim)), the attention scale.
func InvSqrtHeadDim(headDim int) int64 { return int64(isqrt((uint64(1) << 60) / uint64(headDim))) }

// AttnScore returns the attention score of a query head and a key:
// sat32(rshift(sat32(rshift(Σ q_i·k_i, 16)) · InvSqrtHeadDim, 30)).
func AttnScore(q, k []int32) int32 {
	var dot int128
	for i, qi := range q {
		dot.add64(int64(qi) * int64(k[i]))
	}
	return sat32(roundShift(int64(dot.roundShiftSat(ActFrac))*InvSqrtHeadDim(len(q)), ProbFrac))
}

// SoftmaxProb returns rdiv(e·2^30, sum).
func SoftmaxProb(e, sum int64) int64 { return roundDiv(e<<ProbFrac, sum) }

// SwiGLU returns sat32(rshift(SiLU(g)·u, 16)).
func SwiGLU(g, u int32) int32 { return sat32(roundShift(int64(SiLU(g))*int64(u), ActFrac)) }

// AddSat returns sat32(a + b).
func AddSat(a, b int32) int32 { return sat32(int64(a) + int64(b)) }

// EmbedRow dequantizes row t of an embedding matrix into x (Q16.16).
func EmbedRow(e *Q8Matrix, t int, x []int32) { embedRow(e, t, x) }

// KV returns the session's KV cache of layer l: per position, the rotated
// keys then the values (2·KVDim int32). Positions below Pos() are final.
func (s *Session) KV(l int) []int32 { return s.kv[l] }

// SetResidualHook registers f to observe the residual of every processed
// position p after l blocks (l = 0..Layers), in the order computed. The slice
// is only valid during the call.
func (s *Session) SetResidualHook(f func(p, l int, x []int32)) { s.hook = f }

// DotRowPartial returns the exact partial sum Σ_{b ∈ [b0, b1)} D24_b·S_b·A_b
// of a row (docs/arithmetic.md, "Matrix-vector product"), added to the
// 128-bit accumulator (hi, lo), for products split into several steps.
func DotRowPartial(row []byte, qv *QuantVec, b0, b1 int, hi int64, lo uint64) (int64, uint64) {
	acc := int128{hi: hi, lo: lo}
	sums := make([]int32, len(qv.Amax))
	blockSums(row, qv.Q, sums)
	for b := b0; b < b1; b++ {
		if qv.Amax[b] == 0 || sums[b] == 0 {
			continue
		}
		acc.addMul(d24[uint16(row[b*BlockBytes])|uint16(row[b*BlockBytes+1])<<8]*int64(sums[b]), qv.Amax[b])
	}
	return acc.hi, acc.lo
}

// FinishDot returns sat32(rdiv(acc, 127·2^24)) of a 128-bit accumulator.
func FinishDot(hi int64, lo uint64) int32 { return int128{hi: hi, lo: lo}.roundDivSat(matDivisor) }

// EmbedBlock dequantizes block b of row t of an embedding matrix into x (32 values).
func EmbedBlock(e *Q8Matrix, t, b int, x []int32) {
	blk := e.Row(t)[b*BlockBytes : (b+1)*BlockBytes]
	d := d24[uint16(blk[0])|uint16(blk[1])<<8]
	for i := 0; i < BlockSize; i++ {
		x[i] = sat32(roundShift(int64(int8(blk[2+i]))*d, ScaleFrac-ActFrac))
	}
}
