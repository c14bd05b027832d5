// Package difftest runs the Solidity implementation of the canonical arithmetic
// (contracts/src/lib/LibCanon.sol, LibMerkle.sol, exposed by the CanonHarness
// test contract) against prover/canon and prover/merkle on a simulated L1. For
// thousands of seeded random and edge-case inputs per function, the EVM must
// return exactly what the Go runtime returns; the tests also log a gas table.
//
// # Import rules
//
// difftest is test-only code; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package difftest
