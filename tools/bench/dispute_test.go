package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDisputeTiny: the dispute table's run on the tiny model ends with the
// record voided (disputeOne checks it) after a bisection down to one step,
// both sides paying gas.
func TestDisputeTiny(t *testing.T) {
	r, err := disputeOne(context.Background(), t.TempDir(), disputeShapes[0], 1)
	require.NoError(t, err)
	require.Equal(t, 1, r.steps, "one step counters the proposer's leaf")
	require.GreaterOrEqual(t, r.claims-1, int(r.maxDepth), "the bisection reached the max depth")
	require.Greater(t, r.chGas, r.disputeGas)
	require.Positive(t, r.propGas)
}
