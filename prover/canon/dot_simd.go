//go:build goexperiment.simd && amd64

package canon

import (
	"simd/archsimd"
	"unsafe"
)

var haveAVX2 = archsimd.X86.AVX2()

// blockSums is the block dot-product kernel: AVX2 (VPMOVSXBW + VPMADDWD)
// when the CPU has it, else the pure-Go kernel. Both compute the exact
// integer S_b, so the choice never changes a result.
func blockSums(row []byte, q []int8, sums []int32) {
	if !haveAVX2 {
		blockSumsGeneric(row, q, sums)
		return
	}
	var lanes [4]int32
	for b := range sums {
		w := row[b*BlockBytes+2 : (b+1)*BlockBytes]
		x := q[b*BlockSize : (b+1)*BlockSize]
		wlo := archsimd.LoadInt8x16((*[16]int8)(unsafe.Pointer(&w[0]))).ExtendToInt16()
		whi := archsimd.LoadInt8x16((*[16]int8)(unsafe.Pointer(&w[16]))).ExtendToInt16()
		xlo := archsimd.LoadInt8x16((*[16]int8)(unsafe.Pointer(&x[0]))).ExtendToInt16()
		xhi := archsimd.LoadInt8x16((*[16]int8)(unsafe.Pointer(&x[16]))).ExtendToInt16()
		p := wlo.DotProductPairs(xlo).Add(whi.DotProductPairs(xhi))
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
