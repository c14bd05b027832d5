// Package trainio runs the Solidity TrainIOVerifier against the Go import
// and export programs of a training job (prover/trainvm) on a simulated L1:
// for every micro-step of tiny exports and imports (full and LoRA runs,
// pretraining and fine-tuning, rows of one and two parts) the verifier
// must return exactly the root trainvm.VerifyExportStep and
// trainvm.VerifyImportStep return for the Go proof bytes, and it must
// reject every corrupted proof with a custom error naming the field. It
// also measures the verifier gas of every opcode at LLaMA-7B dims. It
// holds only tests and their helpers.
//
// # Import rules
//
// trainio is test-only code; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package trainio
