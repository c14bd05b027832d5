// Package client submits L2 jobs to a sequencer over its JSON-RPC API
// (airollup_submitJob, docs/operators.md, "L2 jobs over RPC"): it builds a
// request, signs it in the sequencer's EIP-712 domain (internal/jobreq) and
// submits its canonical bytes with the domain. Its types mirror the API's
// JSON, so that clients (tests, the airollup job command) need not link the
// sequencer service.
//
// # Import rules
//
// client is a thin RPC client; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/sequencer
//   - github.com/cockroachdb/pebble
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/fraud
package client
