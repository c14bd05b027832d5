//go:build !linux

package llama

// adviseHuge does nothing where the platform has no transparent huge pages
// to ask for.
func adviseHuge([]byte) {}
