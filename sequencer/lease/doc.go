// Package lease is the sequencer's dispatch logic, pure and in memory:
// workers register the model roots they serve and their concurrency; queued
// jobs are leased to a worker serving their model, oldest first (FIFO per
// model by the store's sequence, and across the models a worker serves the
// oldest head first), each with a deadline; a lease that passes its deadline
// returns the job to the queue, in its old place, for any worker.
//
// A result is accepted only from the worker that holds the job's live lease.
// A result from a worker whose lease expired or was reassigned is refused
// (ErrLeaseExpired, ErrLeaseLost), even if it would be identical: results are
// deterministic, so the next lease holder produces the same one, and refusing
// keeps "one result per lease" simple to reason about after restarts.
//
// The scheduler does no I/O: the caller persists each decision in the store
// (store.Lease, store.Requeue, store.SetResult) and rebuilds the scheduler
// from the store on start (Restore). Time comes from a Clock, so tests
// control it.
//
// # Import rules
//
// lease is pure decision logic; it must never import (enforced by internal/archtest):
//   - github.com/cockroachdb/pebble
//   - github.com/ethereum/go-ethereum
//   - github.com/airollup/airollup/sequencer/store
//   - github.com/airollup/airollup/sequencer/inbox
//   - github.com/airollup/airollup/prover
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/fraud
package lease
