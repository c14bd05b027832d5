// Package sequencer is job intake and ordering: the JSON-RPC API and the L1
// inbox reader, the persistent queue (Pebble), dispatch to workers, batching
// and compression, data-availability posting, and bonded proposals through
// op-service's txmgr (see docs/protocol.md and docs/operators.md).
//
// Its durable core is in subpackages: store (jobs, results, batches and the
// L1 position on Pebble), inbox (the L1 JobInbox follower with reorg
// handling) and lease (pure lease scheduling for workers). This package
// wires them into the running service: Config (checked by Check, filled by
// the airollup sequencer command), NewService (store, L1 follower,
// Dispatcher, JSON-RPC and metrics servers, and the explorer page at
// /explorer on the RPC server: sequencer/explorer) with the cliapp.Lifecycle
// methods, the airollup_ JSON-RPC API (API, errors with the Code* values),
// L2 jobs accepted over airollup_submitJob (Submitter: every check of a
// signed request against L1 state before it is stored; the Go client is
// sequencer/client) and the teacher-forced re-execution of sampled results
// (CheckResult, internal/reexec's check, which the challenger runs too).
//
// Batcher seals executed jobs into batches (the pure BatchPolicy decides
// when) and proposes each through op-service's txmgr as Rollup.propose
// calldata or proposeBlobs blobs, settled from L1 after a crash, never
// proposed twice; a batch not yet on L1 is resealed without jobs refunded,
// reorged out or expiring meanwhile. Deliverer answers data challenges,
// delivers final records, voids jobs whose records can no longer be
// delivered, and releases bonds. airollup_result serves each record's
// inclusion proof.
//
// # Import rules
//
// The sequencer reaches workers over their API only and leaves disputes to the
// challenger. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/fraud
package sequencer
