package difftest

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestMain runs the differential tests, then prints the number of compared
// cases per function (with -v, or when one failed) — after every test
// whatever their order, which a test of its own could not guarantee.
func TestMain(m *testing.M) {
	code := m.Run()
	if testing.Verbose() || code != 0 {
		if s := summary(); s != "" {
			fmt.Fprint(os.Stderr, s)
		}
	}
	os.Exit(code)
}

// summary formats the per-function case counts ("" when no differential test ran).
func summary() string {
	countsMu.Lock()
	defer countsMu.Unlock()
	if len(counts) == 0 {
		return ""
	}
	names := make([]string, 0, len(counts))
	total := 0
	for k, v := range counts {
		names = append(names, k)
		total += v
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("differential cases per function (Solidity == Go, 0 mismatches):\n")
	for _, k := range names {
		fmt.Fprintf(&b, "  %-22s %7d\n", k, counts[k])
	}
	fmt.Fprintf(&b, "  %-22s %7d\n", "total", total)
	return b.String()
}
