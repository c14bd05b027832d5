// Package trainvm is the level-2 machine of one training step, and of the
// import and export transitions of a training job
// (docs/training-game.md, "Level 2: the machine of one training step"): the
// program of a step derived arithmetically from the dimensions, the batch B,
// the sequence length T and the trained tensors (Program, At), its
// micro-state and state root after every micro-step over a Merkleized
// register file, and the execution of one micro-step at a time (Machine).
// Its results equal the integer trainer of prover/train bit for bit: the
// forward pass and the loss of each sequence give the trainer's saved
// activations (train.Forward), so a dispute over one training step bisects
// onto one micro-step a one-step verifier re-executes.
//
// # Structure
//
// isa.go holds the opcodes and the instruction encoding; program.go the
// program (Params, NewProgram, At: a tree of runs and loops whose position
// loops have closed-form lengths); machine.go the input checks against S_k,
// the register file, its roots, state(j), InitialRoot and Trace; ops.go the
// forward and loss instructions, backward.go the backward ones, update.go
// the optimizer (UPDATE; a LoRA run's LGRAD, LUPDA, LUPDB, MERGE), STEPEND
// and the carried trees; fixed.go the trainer's integer helpers.
// footprint.go lists the leaves each instruction reads or writes, and
// proof.go builds a step proof from the machine (Machine.Prove: the
// pre-state preimage and those leaves with one Merkle multiproof per tree)
// and encodes and decodes it (StepProof.MarshalBinary, ReadStepProof;
// ProofBytes sizes one from the positions alone, at any dimensions);
// verify.go is the stateless one-step verifier (VerifyStep: from state(j)'s
// root and a proof alone, the root of state(j+1); ROPE and ROPEB read the
// RoPE row their proof opens against the RoPE source model root,
// Config.RopeSource, which the honest machine proves from Input.RopeSource).
//
// The level-1 trace of a whole job (I, S_0 .. S_N, F) is level1.go
// (Record, Level1Trace). Its first and last transitions have machines of
// their own, on the same program tree and opcodes after the step's:
// import.go and importproof.go (I → S_0: the base model root's rows, or the
// seeded init by a PCG jump in pcg.go, and a LoRA run's factors, into
// accumulators of the tensor trees; VerifyImportStep), export.go and
// exportproof.go (S_N → F: each master row part quantized to Q8_0 in
// sub-steps of SubPart values, joined into its part hash, and its leaf
// appended to a model-root accumulator, frontier.go, the RoPE rows
// copied from the RoPE source model root; VerifyExportStep). Their Solidity
// verifiers (contracts/src/TrainIOVerifier.sol, TrainImportVerifier.sol)
// are checked against them in internal/trainio.
//
// Integer-only: no floating point appears in this package
// (internal/archtest), and it holds no chain code.
//
// # Import rules
//
// trainvm is part of the canonical runtime: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/bindings
//   - github.com/ethereum-optimism/optimism
//   - github.com/ethereum/go-ethereum
//   - net/http
package trainvm
