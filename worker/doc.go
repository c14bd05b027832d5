// Package worker runs jobs: it talks to llama.cpp-compatible backends through
// the Ollama API (a real ollama, or the embedded canonical runtime), drafts
// with a fast float backend and verifies the draft with the canonical runtime
// in one batched pass, and packages the canonical result with its trace
// commitments for the sequencer (see docs/protocol.md).
//
// # Import rules
//
// A worker computes results; it never plays the dispute game nor batches. It
// must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/sequencer
package worker
