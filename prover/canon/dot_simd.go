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
// partial is exact.
func blockPartial(w []byte, x []int8) archsimd.Int32x8 {
	wv := archsimd.LoadInt8x32((*[32]int8)(unsafe.Pointer(&w[0])))
	xv := archsimd.LoadInt8x32((*[32]int8)(unsafe.Pointer(&x[0])))
	return wv.Abs().AsUint8x32().DotProductPairsSaturated(xv.CopySign(wv)).DotProductPairs(ones16)
}

// blockSums is the block dot-product kernel: AVX2 when the CPU has it, else
// the pure-Go kernel. Both compute the exact integer S_b, so the choice never
// changes a result. Eight blocks are reduced together with a VPHADDD tree.
func blockSums(row []byte, q []int8, sums []int32) {
	if !haveAVX2 {
		blockSumsGeneric(row, q, sums)
		return
	}
	nb := len(sums)
	b := 0
	for ; b+8 <= nb; b += 8 {
		var p [8]archsimd.Int32x8
		for i := range p {
			p[i] = blockPartial(row[(b+i)*BlockBytes+2:(b+i+1)*BlockBytes], q[(b+i)*BlockSize:(b+i+1)*BlockSize])
		}
		h0123 := p[0].AddPairsGrouped(p[1]).AddPairsGrouped(p[2].AddPairsGrouped(p[3]))
		h4567 := p[4].AddPairsGrouped(p[5]).AddPairsGrouped(p[6].AddPairsGrouped(p[7]))
		h0123.GetLo().Add(h0123.GetHi()).Store((*[4]int32)(unsafe.Pointer(&sums[b])))
		h4567.GetLo().Add(h4567.GetHi()).Store((*[4]int32)(unsafe.Pointer(&sums[b+4])))
	}
	var lanes [4]int32
	for ; b < nb; b++ {
		p := blockPartial(row[b*BlockBytes+2:(b+1)*BlockBytes], q[b*BlockSize:(b+1)*BlockSize])
		h := p.GetLo().Add(p.GetHi())
		h = h.AddPairs(h)
		h.Store(&lanes)
		sums[b] = lanes[0] + lanes[1]
	}
}

// KernelName names the dot-product kernel compiled into this build.
func KernelName() string {
	if haveAVX2 {
		return "avx2"
	}
	return "generic (no AVX2)"
}
