// Package inbox follows the JobInbox contract on L1 for the sequencer: it
// reads JobSubmitted and JobRefunded events from blocks at least a
// confirmation depth below the L1 head, stores them with the last processed
// block's number and hash (sequencer/store, one atomic write per range), and
// on each poll checks that hash against L1: on a mismatch it walks the stored
// checkpoints back to the common ancestor and rewinds the store there
// (store.RewindL1: jobs whose events disappeared are un-queued, a batched one
// is flagged), then reads the new chain forward. An event that reappears is
// stored once: jobs are keyed by their inbox id. docs/operators.md,
// "Sequencer", describes the behaviour.
//
// # Import rules
//
// inbox reads L1 and writes the store; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/sequencer/lease
//   - github.com/airollup/airollup/prover
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/fraud
package inbox
