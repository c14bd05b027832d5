//go:build !linux

package canon

// systemMemoryLimit is not known off Linux: DefaultMemoryBudget falls back to
// the Go memory limit or a fixed budget.
func systemMemoryLimit() int64 { return 0 }
