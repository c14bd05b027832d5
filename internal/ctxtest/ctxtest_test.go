package ctxtest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCountdown(t *testing.T) {
	c := NewCountdown(2)
	require.NoError(t, c.Err())
	require.NoError(t, c.Err())
	require.Zero(t, c.Late())
	require.ErrorIs(t, c.Err(), context.Canceled)
	require.Zero(t, c.Late(), "the first cancelled check is not late")
	require.ErrorIs(t, c.Err(), context.Canceled)
	require.Equal(t, int64(1), c.Late())
	require.Equal(t, int64(4), c.Checks())

	require.ErrorIs(t, NewCountdown(-3).Err(), context.Canceled)
}
