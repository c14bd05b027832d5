// Package sequencer is job intake and ordering: the JSON-RPC API and the L1
// inbox reader, the persistent queue (Pebble), dispatch to workers, batching
// and compression, data-availability posting, and bonded proposals through
// op-service's txmgr (see docs/protocol.md and docs/operators.md).
//
// Its durable core is in subpackages: store (jobs, results, batches and the
// L1 position on Pebble), inbox (the L1 JobInbox follower with reorg
// handling) and lease (pure lease scheduling for workers).
//
// # Import rules
//
// The sequencer reaches workers over their API only and leaves disputes to the
// challenger. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/fraud
package sequencer
