// Package trainstep holds the differential tests of the Solidity one-step
// verifier of the training machine (contracts/src/TrainStepVerifier.sol)
// against prover/trainvm: every sampled micro-step of tiny training steps
// (SGD and Adam, full and LoRA, short and whole row parts) is proved in Go
// and verified on a simulated chain, which must return the machine's next
// state root, and malformed proofs must revert with the verifier's custom
// errors (docs/training-game.md, "Step proofs"). BenchmarkTrainStepGas7B
// measures its gas at LLaMA-7B dims. It holds only tests and their helpers.
//
// # Import rules
//
// trainstep is test-only code; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package trainstep
