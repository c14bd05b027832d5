//go:build !goexperiment.simd || !amd64

package canon

// dot32 is the int8 dot product kernel; this build uses the pure-Go one.
func dot32(w []byte, q []int8) int32 { return dot32Generic(w, q) }

// KernelName names the dot-product kernel compiled into this build.
const KernelName = "generic"
