package canon

import (
	"errors"
	"fmt"
	"runtime"
)

// MaxThreads bounds Options.Threads: more goroutines than this only cost memory.
const MaxThreads = 1024

// ErrOptions is returned for run options out of range.
var ErrOptions = errors.New("canon: invalid options")

// Options are the per-run execution settings of a session, a job or a model
// root computation. They never change results, only speed and resource use;
// the zero value is valid. Each run carries its own, so runs with different
// settings can share a process (there is no package-level setting).
type Options struct {
	// Threads is the number of goroutines matrix products, the per-position
	// steps of a batched pass (norms, attention, SwiGLU) and the model root
	// may use: 0 means GOMAXPROCS, otherwise 1 to MaxThreads.
	Threads int
}

// Check reports options out of range, naming the field and the limit.
func (o Options) Check() error {
	if o.Threads < 0 || o.Threads > MaxThreads {
		return fmt.Errorf("%w: Threads %d must be 0 (GOMAXPROCS) to %d", ErrOptions, o.Threads, MaxThreads)
	}
	return nil
}

// ThreadCount returns the number of goroutines the options allow: Threads,
// or GOMAXPROCS when it is 0 (at most MaxThreads, at least 1).
func (o Options) ThreadCount() int {
	n := o.Threads
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return min(max(n, 1), MaxThreads)
}
