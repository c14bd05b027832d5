//go:build !goexperiment.simd || !amd64

package canon

// blockAmax is the block-maximum kernel; this build uses the pure-Go one.
func blockAmax(amax []int64, x []int32) int64 { return blockAmaxGeneric(amax, x) }
