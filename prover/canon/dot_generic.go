//go:build !goexperiment.simd || !amd64

package canon

// blockSums is the block dot-product kernel; this build uses the pure-Go one.
func blockSums(row []byte, q []int8, sums []int32) { blockSumsGeneric(row, q, sums) }

// dotFast is the fast-path dot product; this build uses the pure-Go one.
func dotFast(row []byte, qv *QuantVec) int64 { return dotFastGeneric(row, qv) }

// KernelName names the dot-product kernel compiled into this build.
func KernelName() string { return "generic" }
