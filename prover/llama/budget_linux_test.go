package llama

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
)

// craftedChildEnv makes the test binary, re-executed, run the child side of
// TestCraftedModelUnderMemoryLimit on the file it names.
const craftedChildEnv = "AIROLLUP_TEST_CRAFTED_CHILD"

// TestCraftedModelUnderMemoryLimit loads the crafted huge-context model in a
// child process whose address space is limited to 1 GiB beyond what it has
// mapped at start, and whose Go memory limit is 512 MiB, with the default
// budget: the child must see a *canon.BudgetError (the default budget
// follows the limits), not die of "out of memory" as it did when the RoPE
// table was built up front. The child's peak RSS is logged and bounded.
func TestCraftedModelUnderMemoryLimit(t *testing.T) {
	if path := os.Getenv(craftedChildEnv); path != "" {
		craftedChild(t, path)
		return
	}
	path := filepath.Join(t.TempDir(), "crafted.gguf")
	writeCrafted(t, path, hugeContext, 512)
	st, err := os.Stat(path)
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0], "-test.run=^TestCraftedModelUnderMemoryLimit$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), craftedChildEnv+"="+path)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "child:\n%s", out)
	require.Contains(t, string(out), "CHILD OK", "child:\n%s", out)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	require.True(t, ok)
	peak := ru.Maxrss << 10 // KiB on Linux
	t.Logf("crafted file %s: child peak RSS %s", canon.FormatBytes(st.Size()), canon.FormatBytes(peak))
	require.Less(t, peak, int64(256<<20), "loading the header of a crafted model must stay small")
}

func craftedChild(t *testing.T, path string) {
	vm := vmSize(t)
	limit := uint64(vm + 1<<30)
	require.NoError(t, syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: limit, Max: limit}))
	debug.SetMemoryLimit(512 << 20)
	budget := canon.DefaultMemoryBudget()
	require.LessOrEqual(t, budget, int64(384<<20), "the default budget follows the Go memory limit")

	_, err := Load(path)
	var be *canon.BudgetError
	require.True(t, errors.As(err, &be), "want a *canon.BudgetError, got %v", err)
	require.Equal(t, keyCanonContext, be.Key)
	require.Equal(t, budget, be.Budget)

	// The table itself is lazy: under the same limit the first rows of the
	// 16 GiB table are usable.
	tab, err := canon.NewRopeTable(4096, 1<<20, DefaultRopeBaseBits)
	require.NoError(t, err)
	c, _ := tab.Row(1000)
	require.Len(t, c, 2048)
	fmt.Printf("CHILD OK: %v\n", be)
}

// vmSize returns the process's mapped address space (VmSize) in bytes.
func vmSize(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/status")
	require.NoError(t, err)
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmSize:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			require.NoError(t, err)
			return kb << 10
		}
	}
	t.Fatal("no VmSize in /proc/self/status")
	return 0
}
