// Package store is the sequencer's durable state on embedded Pebble: jobs
// from L1 (keyed by inbox job id) and from L2 (keyed by request hash, with the
// signed request bytes), their results, the batches they go into with the
// L1 transactions that post and propose them, and the L1 follower's position.
//
// Every change is one Pebble batch committed with Sync: a job is durable
// before Put returns (acknowledge after, never before), a transition is all
// there after a crash or not at all, and re-applying a transition that already
// happened is a no-op, never a duplicate. Jobs carry a sequence number in
// arrival order, which dispatch follows (FIFO). The state machine, the reorg
// rules and the crash guarantees are described in docs/operators.md,
// "Sequencer".
//
// # Import rules
//
// store is storage only; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/sequencer/inbox
//   - github.com/airollup/airollup/sequencer/lease
//   - github.com/airollup/airollup/bindings
//   - github.com/airollup/airollup/prover
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/fraud
package store
