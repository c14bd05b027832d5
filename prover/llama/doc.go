// Package llama maps LLaMA-architecture GGUF files to the canonical runtime:
// it loads a canonical (Q8_0) GGUF into a canon.Model and its tokenizer,
// writes generated models as GGUF files llama.cpp loads, and imports a user's
// GGUF (F32/F16/BF16 requantized to Q8_0 with llama.cpp's reference
// quantizer in integer arithmetic; Q4_0/Q5_0 converted exactly), refusing
// every shape the canonical runtime cannot run with an error that says why.
// All conversions are integer-only, so imports are identical on every machine.
//
// Models are untrusted input: before reading weights or building the
// tokenizer, Load and FromFile check the model's worst-case memory (weights,
// RoPE table at full context, one full-context KV cache, vocabulary) against
// a budget (Options.MemoryBudget, by default canon.DefaultMemoryBudget) and
// refuse a model over it with a *canon.BudgetError naming the GGUF key
// responsible.
//
// # Import rules
//
// llama is a loader of the prover; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/ethereum-optimism/optimism
//   - net/http
package llama
