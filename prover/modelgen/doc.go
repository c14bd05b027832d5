// Package modelgen generates deterministic random LLaMA models with realistic
// weight statistics (scaled initialization, so activations and attention are
// not degenerate), as canonical models in memory and as Q8_0 GGUF files that
// llama.cpp loads. Generation is integer-only (PCG streams, Irwin–Hall normal
// approximations, the integer Q8_0 quantizer), so a seed gives the same file
// on every machine.
//
// # Import rules
//
// modelgen builds models; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - net/http
package modelgen
