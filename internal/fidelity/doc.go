// Package fidelity measures how close the canonical integer runtime is to
// llama.cpp on the same GGUF file under teacher forcing: top-1 agreement
// (outside near-ties), the relative RMS error of the log-probabilities, and
// perplexity. It is measurement code: floats are fine here and never reach a
// job result.
//
// # Import rules
//
// fidelity measures; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package fidelity
