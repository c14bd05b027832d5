// Package prover is the canonical deterministic runtime of airollup: the GGUF
// reader and writer, the tokenizer, the integer-only LLaMA forward pass, the
// trace commitments (model root, level-1 states h(p, l), trace roots), and the
// tensor VM that executes one layer as micro-steps and produces one-step proof
// data. Its output is the definition of a job's result, so it must be
// bit-exact on every machine, thread count and batch size: no floating point in
// the canonical path (see docs/arithmetic.md and docs/isa.md).
//
// # Import rules
//
// prover is a pure library. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/bindings
//   - github.com/ethereum-optimism/optimism
//   - github.com/ollama/ollama
//   - net/http
//   - net/rpc
package prover
