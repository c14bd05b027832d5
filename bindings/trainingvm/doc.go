// Package trainingvm holds the generated binding of TrainingVM, the dispute
// game's VM for training records (contracts/src/TrainingVM.sol): a package of
// its own because abigen names output structs after the method alone, and
// its setup() is TransformerVM's. Regenerate with `make bindings`.
//
// # Import rules
//
// trainingvm is generated code; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
package trainingvm
