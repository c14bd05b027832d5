// Package deploy deploys airollup's L1 contracts through the generated
// bindings — registries, the one-step verifier and TransformerVM, TrainingVM
// and its verifiers (training records' game), the job inbox, the dispute game
// factory and the rollup — resolving their
// construction cycle (the inbox, factory and dataset registry are built with
// the rollup's address) by predicting CREATE addresses. Tests and the devnet
// use it; production deployments may use contracts/script instead.
//
// # Import rules
//
// deploy holds no service logic; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package deploy
