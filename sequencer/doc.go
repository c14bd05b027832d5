// Package sequencer is job intake and ordering: the JSON-RPC API and the L1
// inbox reader, the persistent queue (Pebble), dispatch to workers, batching
// and compression, data-availability posting, and bonded proposals through
// op-service's txmgr (see docs/protocol.md and docs/operators.md).
//
// # Import rules
//
// The sequencer reaches workers over their API only and leaves disputes to the
// challenger. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/fraud
package sequencer
