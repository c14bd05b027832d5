// Package fraudtest holds dishonest players for tests of the dispute game:
// Tampered, a faulty worker's run with one activation corrupted, and the
// fraud.Actor that defends it. Tests of fraud, the challenger and the
// services share it instead of each keeping a copy.
//
// # Import rules
//
// fraudtest is a test helper over fraud and prover; it must never import
// (enforced by internal/archtest):
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/challenger
package fraudtest
