// Package onestep runs the Solidity OneStepVerifier against the Go tensor VM
// (prover/vm) on a simulated L1: for random models, positions, layers and
// steps covering every opcode, the verifier must accept the Go step proof and
// return exactly the Go machine's pre- and post-state roots, and it must
// reject every corrupted proof. It holds only tests and their helpers.
//
// # Import rules
//
// onestep is test-only code; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package onestep
