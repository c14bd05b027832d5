// Package l1test runs a real, in-process L1 for tests: go-ethereum's
// simulated backend (a full geth node with a simulated beacon) with funded,
// deterministic accounts, plus helpers to deploy contracts and mine
// transactions with checked receipts.
//
// # Import rules
//
// l1test is test infrastructure over go-ethereum; it must never import
// (enforced by internal/archtest):
//   - github.com/airollup/airollup/prover
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package l1test
