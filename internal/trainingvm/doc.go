// Package trainingvm holds the differential tests of TrainingVM
// (contracts/src/TrainingVM.sol), the dispute game's VM for training
// records, against the Go training machines (prover/trainvm) and fraud's
// encodings of its setup data, context and preimages: setup, the level-2
// binding (subgamePrestate, project) of every transition of tiny fine-tuning,
// LoRA and pretraining runs, steps of each transition kind through
// TrainingVM.step, a negative suite naming each revert, gas, and whole
// training disputes played by fraud's agent on both sides. It holds only
// tests and their helpers.
//
// # Import rules
//
// trainingvm is test-only code; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package trainingvm
