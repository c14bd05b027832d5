//go:build goexperiment.simd && amd64

package canon

import (
	"simd/archsimd"
	"unsafe"
)

var (
	expLog2E = archsimd.BroadcastUint32x8(Log2E)
	expHalf  = archsimd.BroadcastUint64x4(1 << (ActFrac - 1))
	expHalfP = archsimd.BroadcastInt64x4(1 << (ProbFrac - 1))
	expFracM = archsimd.BroadcastUint64x4(1<<ProbFrac - 1)
	expLow32 = archsimd.BroadcastUint64x4(1<<32 - 1)
	expOne64 = archsimd.BroadcastUint64x4(1)
	exp16    = archsimd.BroadcastUint64x4(ActFrac)
	exp30    = archsimd.BroadcastUint64x4(ProbFrac)
	exp63    = archsimd.BroadcastUint64x4(63)
	exp31u   = archsimd.BroadcastUint32x8(31)
	exp1u    = archsimd.BroadcastUint32x8(1)
	exp5u    = archsimd.BroadcastUint32x8(5)
	exp6u    = archsimd.BroadcastUint32x8(6)
	expCoefV = func() (c [11]archsimd.Int64x4) {
		for k, v := range exp2Coeffs {
			c[k] = archsimd.BroadcastInt64x4(v)
		}
		return c
	}()
)

// expNegVec computes out[i] = ExpNeg(y[i]) for y[i] ≤ 0, eight at a time in
// two chains of four 64-bit lanes (AVX2), and returns how many it did (a
// multiple of 8; 0 without AVX2). Every step is ExpNeg's, exactly:
//
//   - a = roundShift(-y·log2e, 16): -y ∈ [0, 2^31] as uint32 times Log2E by
//     VPMULUDQ, a positive product, so the rounding is (v + 2^15) >> 16;
//   - u = a mod 2^30, n = a >> 30 (< 2^32);
//   - Horner: p·u by VPMULDQ of the low 32 bits of each lane (p fits in
//     int32: |p| < 2^30 at every step), roundShift(v, 30) of a signed v as
//     (v + 2^29 - [v < 0]) >> 30, whose low 32 bits a logical shift gives
//     exactly; adding c_k keeps the low 32 bits right, which is all the next
//     VPMULDQ reads. The final p is in (2^29, 2^30], so its low 32 bits are p;
//   - 2^-n·p: 0 for n > 30, else (p + 2^(n-1)) >> n (p > 0), with the shift
//     count clamped: c = min(n, 31) and c = 31 replaced by 95, for which
//     VPSLLVQ and VPSRLVQ give 0.
func expNegVec(out []int64, y []int32) int {
	n := min(len(out), len(y)) &^ 7
	if !haveAVX2 || n == 0 {
		return 0
	}
	defer endAVX()
	var zero archsimd.Int64x4
	for i := 0; i < n; i += 8 {
		y0 := archsimd.LoadInt32x4((*[4]int32)(unsafe.Pointer(&y[i]))).ExtendToInt64()
		y1 := archsimd.LoadInt32x4((*[4]int32)(unsafe.Pointer(&y[i+4]))).ExtendToInt64()
		a0 := zero.Sub(y0).AsUint32x8().MulEvenWiden(expLog2E).Add(expHalf).ShiftRight(exp16)
		a1 := zero.Sub(y1).AsUint32x8().MulEvenWiden(expLog2E).Add(expHalf).ShiftRight(exp16)
		u0, u1 := a0.And(expFracM).AsInt32x8(), a1.And(expFracM).AsInt32x8()
		p0, p1 := expCoefV[10], expCoefV[10]
		for k := 9; k >= 0; k-- {
			v0 := p0.AsInt32x8().MulEvenWiden(u0)
			v1 := p1.AsInt32x8().MulEvenWiden(u1)
			s0 := v0.AsUint64x4().ShiftRight(exp63).AsInt64x4()
			s1 := v1.AsUint64x4().ShiftRight(exp63).AsInt64x4()
			w0 := v0.Add(expHalfP).Sub(s0).AsUint64x4().ShiftRight(exp30)
			w1 := v1.Add(expHalfP).Sub(s1).AsUint64x4().ShiftRight(exp30)
			p0, p1 = w0.AsInt64x4().Add(expCoefV[k]), w1.AsInt64x4().Add(expCoefV[k])
		}
		c0 := a0.ShiftRight(exp30).AsUint32x8().Min(exp31u)
		c1 := a1.ShiftRight(exp30).AsUint32x8().Min(exp31u)
		c0 = c0.Or(c0.Add(exp1u).ShiftRight(exp5u).ShiftLeft(exp6u))
		c1 = c1.Or(c1.Add(exp1u).ShiftRight(exp5u).ShiftLeft(exp6u))
		n0, n1 := c0.AsUint64x4(), c1.AsUint64x4()
		b0 := expOne64.ShiftLeft(n0).ShiftRight(expOne64)
		b1 := expOne64.ShiftLeft(n1).ShiftRight(expOne64)
		r0 := p0.AsUint64x4().And(expLow32).Add(b0).ShiftRight(n0)
		r1 := p1.AsUint64x4().And(expLow32).Add(b1).ShiftRight(n1)
		r0.AsInt64x4().Store((*[4]int64)(unsafe.Pointer(&out[i])))
		r1.AsInt64x4().Store((*[4]int64)(unsafe.Pointer(&out[i+4])))
	}
	return n
}
