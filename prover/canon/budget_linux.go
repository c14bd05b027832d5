package canon

import (
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// systemMemoryLimit returns the least of the physical memory, the cgroup v2
// memory.max and RLIMIT_AS, or 0 if none is known.
func systemMemoryLimit() int64 {
	var limit int64
	take := func(v uint64) {
		if v > 0 && v < math.MaxInt64 && (limit == 0 || int64(v) < limit) {
			limit = int64(v)
		}
	}
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		take(uint64(si.Totalram) * uint64(si.Unit))
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if v, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64); err == nil { // "max" means none
			take(v)
		}
	}
	var rl syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &rl) == nil && rl.Cur != ^uint64(0) {
		take(rl.Cur)
	}
	return limit
}
