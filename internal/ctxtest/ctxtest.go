package ctxtest

import (
	"context"
	"sync/atomic"
)

// Countdown is a context whose Err is nil for its first live calls and
// context.Canceled from then on. Its Done channel never closes: it is for
// code that polls Err between units of work.
type Countdown struct {
	context.Context
	live   int64
	checks atomic.Int64
}

// NewCountdown returns a Countdown that reports cancellation at its
// (live+1)-th check; a negative live is treated as 0.
func NewCountdown(live int64) *Countdown {
	return &Countdown{Context: context.Background(), live: max(live, 0)}
}

// Err returns nil for the first live calls, then context.Canceled.
func (c *Countdown) Err() error {
	if c.checks.Add(1) <= c.live {
		return nil
	}
	return context.Canceled
}

// Checks returns the number of Err calls so far.
func (c *Countdown) Checks() int64 { return c.checks.Load() }

// Late returns the number of Err calls after the first that reported
// cancellation: 0 when the work stopped at the first check that saw it.
func (c *Countdown) Late() int64 { return max(c.checks.Load()-c.live-1, 0) }
