package canon

import "os"

// ForceVNNI selects (on) or avoids the VNNI kernels for the
// external tests and returns a function restoring the previous choice; it
// reports false, selecting nothing, where the CPU has no VNNI.
func ForceVNNI(on bool) (restore func(), ok bool) {
	saved := useVNNI
	if on && !haveVNNI {
		return func() {}, false
	}
	useVNNI = on
	return func() { useVNNI = saved }, true
}

// CANON_NO_VNNI=1 runs the tests and benchmarks without the VNNI kernels, for
// before/after comparisons from one test binary.
func init() {
	if os.Getenv("CANON_NO_VNNI") != "" {
		useVNNI = false
	}
}
