//go:build !goexperiment.simd || !amd64

package canon

// blockSums is the block dot-product kernel; this build uses the pure-Go one.
func blockSums(row []byte, q []int8, sums []int32) { blockSumsGeneric(row, q, sums) }

// KernelName names the dot-product kernel compiled into this build.
func KernelName() string { return "generic" }
