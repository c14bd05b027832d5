package challenger

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestForEachBounded: with 10 tasks and a limit of 3, the first 3 meet
// inside at once (a barrier that opens only when 3 are running: a pool
// that allowed fewer would hang), no more than 3 ever run together, every
// task runs once, and the errors come back joined.
func TestForEachBounded(t *testing.T) {
	const n, limit = 10, 3
	var (
		mu           sync.Mutex
		active, peak int
		ran          [n]int
		gate         = make(chan struct{})
		arrived      int
	)
	err := forEachBounded(context.Background(), limit, n, func(k int) error {
		mu.Lock()
		active++
		peak = max(peak, active)
		ran[k]++
		arrived++
		if arrived == limit {
			close(gate)
		}
		mu.Unlock()
		<-gate
		mu.Lock()
		active--
		mu.Unlock()
		if k%4 == 1 {
			return fmt.Errorf("task %d failed", k)
		}
		return nil
	})
	require.Equal(t, limit, peak)
	for k, c := range ran {
		require.Equal(t, 1, c, "task %d", k)
	}
	require.ErrorContains(t, err, "task 1 failed")
	require.ErrorContains(t, err, "task 5 failed")
	require.ErrorContains(t, err, "task 9 failed")
}

// TestForEachBoundedCancelled: a cancelled context starts nothing.
func TestForEachBoundedCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	started := 0
	err := forEachBounded(ctx, 1, 5, func(int) error { started++; return nil })
	require.True(t, errors.Is(err, context.Canceled))
	require.LessOrEqual(t, started, 1, "at most the one that took the free slot")
}
