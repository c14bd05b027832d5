//go:build goexperiment.simd && amd64

package canon

import (
	"simd/archsimd"
	"unsafe"
)

// blockAmax is blockAmaxGeneric with each block's 32 magnitudes taken by
// VPABSD (|MinInt32| comes out as 2^31 when read unsigned, exactly) and
// reduced by VPMAXUD, then the last eight lanes in scalar code.
func blockAmax(amax []int64, x []int32) int64 {
	if !haveAVX2 || len(x) < len(amax)*BlockSize {
		return blockAmaxGeneric(amax, x)
	}
	var lanes [8]uint32 // zeroed here, before the first vector instruction
	var all int64
	defer endAVX()
	for b := range amax {
		p := unsafe.Pointer(&x[b*BlockSize])
		v0 := archsimd.LoadInt32x8((*[8]int32)(p)).Abs().AsUint32x8()
		v1 := archsimd.LoadInt32x8((*[8]int32)(unsafe.Add(p, 32))).Abs().AsUint32x8()
		v2 := archsimd.LoadInt32x8((*[8]int32)(unsafe.Add(p, 64))).Abs().AsUint32x8()
		v3 := archsimd.LoadInt32x8((*[8]int32)(unsafe.Add(p, 96))).Abs().AsUint32x8()
		v0.Max(v1).Max(v2.Max(v3)).Store(&lanes)
		m := max(lanes[0], lanes[1], lanes[2], lanes[3], lanes[4], lanes[5], lanes[6], lanes[7])
		amax[b] = int64(m)
		all = max(all, int64(m))
	}
	return all
}
