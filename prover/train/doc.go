// Package train is the canonical deterministic trainer: full-weight training
// of a LLaMA-architecture model (embeddings, RMSNorm, RoPE attention with
// grouped-query heads, SwiGLU feed-forward, untied output head, cross-entropy)
// in integer fixed point only, exactly as docs/arithmetic.md ("Training")
// specifies. Master weights are Q8.24; a step is forward with saved
// activations, backward, and an SGD or Adam update. Weight gradients are exact
// integer sums, so the number of threads and the split of a batch into
// micro-batches never change a bit. A run's state (weights, optimizer
// moments, step, data cursor, corpus, configuration) is the level-1 state
// of the training game (docs/training-game.md): State and StateRoot commit
// every tensor in chunks of 32 values per leaf, Open gives a chunk of any
// tree with its Merkle proof and VerifyOpening checks it; Trace gives the
// state roots of a run step by step. The state serializes to a checkpoint
// that resumes bit-exactly. Export writes the master weights as a
// Q8_0 GGUF the canonical runtime (and llama.cpp) loads. FromCanonical reads
// a canonical model back as master weights, exactly, to fine-tune it; NewLoRA
// fine-tunes only rank-r adapters of chosen projections, the base frozen,
// as bit-exactly (its backward computes the weight gradients of the
// adapters' targets only, never the frozen tensors'). Arithmetic
// generates the seeded corpus of checkable questions `airollup model train`
// uses by default; ArithmeticHeldOut draws from the one question in eight
// that no such corpus ever contains (IsHeldOut), the questions `airollup
// model eval` asks.
//
// No floating point appears in this package (internal/archtest).
//
// # Import rules
//
// train defines training results; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - net/http
package train
