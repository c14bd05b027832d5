package difftest

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestZZSummary runs last (go test runs files in name order, tests in source
// order) and prints the number of compared cases per function.
func TestZZSummary(t *testing.T) {
	countsMu.Lock()
	defer countsMu.Unlock()
	if len(counts) == 0 {
		t.Skip("no differential test ran")
	}
	names := make([]string, 0, len(counts))
	total := 0
	for k, v := range counts {
		names = append(names, k)
		total += v
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("\ndifferential cases per function (Solidity == Go, 0 mismatches):\n")
	for _, k := range names {
		fmt.Fprintf(&b, "  %-22s %7d\n", k, counts[k])
	}
	fmt.Fprintf(&b, "  %-22s %7d", "total", total)
	t.Log(b.String())
}
