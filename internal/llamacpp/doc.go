// Package llamacpp runs GGUF models in real llama.cpp through the
// node-llama-cpp probe in tools/llamacpp (prebuilt CPU binaries, installed by
// `make setup`), for the fidelity tests and benchmarks that measure the
// canonical runtime against the float reference on the same file, and starts
// tools/llamacpp/ollama-server.mjs (Probe.StartOllama), an Ollama-API server
// over the same llama.cpp, against which the worker's Ollama backend is tested
// where no ollama binary is installed.
//
// # Import rules
//
// llamacpp is measurement tooling only; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/prover
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package llamacpp
