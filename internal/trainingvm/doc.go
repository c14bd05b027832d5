// Package trainingvm holds the differential tests of TrainingVM
// (contracts/src/TrainingVM.sol), the dispute game's VM for training
// records, against the Go training machines (prover/trainvm) and fraud's
// encodings of its setup data, context and preimages: setup, the level-2
// binding (subgamePrestate, project) of every transition of tiny fine-tuning,
// LoRA and pretraining runs, and steps of each transition kind through
// TrainingVM.step, with a negative suite naming each revert. It has no
// non-test code.
package trainingvm
