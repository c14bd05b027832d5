//go:build goexperiment.simd && amd64

package canon

import (
	"simd/archsimd"
	"unsafe"
)

var haveAVX2 = archsimd.X86.AVX2()

var ones16 = archsimd.BroadcastInt16x16(1)

// blockPartial returns 8 partial sums of one block's 32 products, llama.cpp
// style: VPMADDUBSW of |w| (unsigned) with q·sign(w), then VPMADDWD with
// ones. |w|·|q| ≤ 128·127, so the 16-bit pair sums never saturate and every
// partial is exact. w points at the block's quants (after the scale).
func blockPartial(w, x unsafe.Pointer) archsimd.Int32x8 {
	wv := archsimd.LoadInt8x32((*[32]int8)(w))
	xv := archsimd.LoadInt8x32((*[32]int8)(x))
	return wv.Abs().AsUint8x32().DotProductPairsSaturated(xv.CopySign(wv)).DotProductPairs(ones16)
}

// blockSums is the block dot-product kernel: AVX2 when the CPU has it, else
// the pure-Go kernel. Both compute the exact integer S_b, so the choice never
// changes a result. Eight blocks are reduced together with a VPHADDD tree.
func blockSums(row []byte, q []int8, sums []int32) {
	nb := len(sums)
	if !haveAVX2 || len(row) < nb*BlockBytes || len(q) < nb*BlockSize {
		blockSumsGeneric(row, q, sums)
		return
	}
	w := unsafe.Pointer(unsafe.SliceData(row))
	x := unsafe.Pointer(unsafe.SliceData(q))
	wb := func(i int) unsafe.Pointer { return unsafe.Add(w, i*BlockBytes+2) }
	xb := func(i int) unsafe.Pointer { return unsafe.Add(x, i*BlockSize) }
	b := 0
	for ; b+8 <= nb; b += 8 {
		p0, p1 := blockPartial(wb(b), xb(b)), blockPartial(wb(b+1), xb(b+1))
		p2, p3 := blockPartial(wb(b+2), xb(b+2)), blockPartial(wb(b+3), xb(b+3))
		h0123 := p0.AddPairsGrouped(p1).AddPairsGrouped(p2.AddPairsGrouped(p3))
		h0123.GetLo().Add(h0123.GetHi()).Store((*[4]int32)(unsafe.Pointer(&sums[b])))
		p4, p5 := blockPartial(wb(b+4), xb(b+4)), blockPartial(wb(b+5), xb(b+5))
		p6, p7 := blockPartial(wb(b+6), xb(b+6)), blockPartial(wb(b+7), xb(b+7))
		h4567 := p4.AddPairsGrouped(p5).AddPairsGrouped(p6.AddPairsGrouped(p7))
		h4567.GetLo().Add(h4567.GetHi()).Store((*[4]int32)(unsafe.Pointer(&sums[b+4])))
	}
	var lanes [4]int32
	for ; b < nb; b++ {
		p := blockPartial(wb(b), xb(b))
		h := p.GetLo().Add(p.GetHi())
		h = h.AddPairs(h)
		h.Store(&lanes)
		sums[b] = lanes[0] + lanes[1]
	}
}

// dotFast returns Σ_b D24_b·S_b·A_b in int64 with the block sums and the
// scale products fused per group of eight blocks, so the scalar epilogue
// overlaps the next group's loads. Callers guarantee the sum fits (the
// fast-path bound of dotRow).
func dotFast(row []byte, qv *QuantVec) int64 {
	nb := len(qv.Amax)
	if !haveAVX2 || len(row) < nb*BlockBytes || len(qv.Q) < nb*BlockSize {
		return dotFastGeneric(row, qv)
	}
	w := unsafe.Pointer(unsafe.SliceData(row))
	x := unsafe.Pointer(unsafe.SliceData(qv.Q))
	wb := func(i int) unsafe.Pointer { return unsafe.Add(w, i*BlockBytes+2) }
	xb := func(i int) unsafe.Pointer { return unsafe.Add(x, i*BlockSize) }
	scale := func(i int) int64 { return d24[*(*uint16)(unsafe.Add(w, i*BlockBytes))] }
	var acc int64
	var s [8]int32
	b := 0
	for ; b+8 <= nb; b += 8 {
		p0, p1 := blockPartial(wb(b), xb(b)), blockPartial(wb(b+1), xb(b+1))
		p2, p3 := blockPartial(wb(b+2), xb(b+2)), blockPartial(wb(b+3), xb(b+3))
		h0123 := p0.AddPairsGrouped(p1).AddPairsGrouped(p2.AddPairsGrouped(p3))
		h0123.GetLo().Add(h0123.GetHi()).Store((*[4]int32)(unsafe.Pointer(&s[0])))
		p4, p5 := blockPartial(wb(b+4), xb(b+4)), blockPartial(wb(b+5), xb(b+5))
		p6, p7 := blockPartial(wb(b+6), xb(b+6)), blockPartial(wb(b+7), xb(b+7))
		h4567 := p4.AddPairsGrouped(p5).AddPairsGrouped(p6.AddPairsGrouped(p7))
		h4567.GetLo().Add(h4567.GetHi()).Store((*[4]int32)(unsafe.Pointer(&s[4])))
		a := qv.Amax[b : b+8 : b+8]
		acc += scale(b)*int64(s[0])*a[0] + scale(b+1)*int64(s[1])*a[1] +
			scale(b+2)*int64(s[2])*a[2] + scale(b+3)*int64(s[3])*a[3] +
			scale(b+4)*int64(s[4])*a[4] + scale(b+5)*int64(s[5])*a[5] +
			scale(b+6)*int64(s[6])*a[6] + scale(b+7)*int64(s[7])*a[7]
	}
	var lanes [4]int32
	for ; b < nb; b++ {
		p := blockPartial(wb(b), xb(b))
		h := p.GetLo().Add(p.GetHi())
		h = h.AddPairs(h)
		h.Store(&lanes)
		acc += scale(b) * int64(lanes[0]+lanes[1]) * qv.Amax[b]
	}
	return acc
}

// KernelName names the dot-product kernel compiled into this build.
func KernelName() string {
	if haveAVX2 {
		return "avx2"
	}
	return "generic (no AVX2)"
}
