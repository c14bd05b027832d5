package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

func newTestL1(t *testing.T, users int) *benchL1 {
	l, err := newL1(context.Background(), users)
	require.NoError(t, err)
	t.Cleanup(l.close)
	return l
}

// TestRPCRows runs the sequencer service and submits jobs over HTTP with one
// and with two clients: every job is acknowledged as new (submitAll checks
// each answer) and the rows count them.
func TestRPCRows(t *testing.T) {
	l := newTestL1(t, 2)
	rows, err := rpcRows(context.Background(), l, 20, []int{1, 2})
	require.NoError(t, err)
	require.Len(t, rows, 2)
	for i, r := range rows {
		require.Equal(t, i+1, r.clients)
		require.Equal(t, 20, r.jobs)
		require.LessOrEqual(t, r.p50, r.p99)
		require.LessOrEqual(t, r.p99, r.max)
	}
}
