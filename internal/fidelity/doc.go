// Package fidelity measures how close the canonical integer runtime is to
// llama.cpp on the same GGUF file under teacher forcing: top-1 agreement
// (outside near-ties), the relative RMS error of the log-probabilities, and
// perplexity. It also writes the kinds of files users bring (WriteMix:
// llama.cpp's K-quant and *_1 mixes, with Go transcriptions of ggml's
// reference quantizers; WriteOddFF: a feed-forward width that is not a
// multiple of 32) from a generated model or from the trained Llama 3-style
// model in testdata/fidmodel (made by tools/fidmodel), so that their import
// can be measured against llama.cpp on the original. It is measurement code: floats
// are fine here and never reach a job result.
//
// # Import rules
//
// fidelity measures; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package fidelity
