// Package canon is the canonical integer-only LLaMA runtime: the forward pass
// whose output defines a job's result. Every operation is specified in
// docs/arithmetic.md and implemented here with integers only — Q8_0 weights
// with exact integer scales, Q16.16 activations with per-block dynamic
// quantization, 128-bit accumulation, an integer square root, a fixed-point
// exp, RoPE tables computed with integer arithmetic, argmax with ties to the
// lowest index and a keccak-driven sampler. Processing many positions at once,
// any number of threads, and the SIMD or pure-Go kernels all give exactly the
// one-token-at-a-time result; tests guard that, and a test fails if float32 or
// float64 appears in this package. The level-1 trace hashes its chunk and node
// digests 8 at a time with AVX-512 where the CPU has it (keccak8), one at a
// time otherwise: the same keccak256 digests either way.
//
// # Options and cancellation
//
// There is no package-level setting. Execution settings travel with each run
// as Options (the thread count of matrix products, of a batch's per-position
// steps and of the model root; 0 means GOMAXPROCS), given to NewSession,
// Generate, LeavesContext and RootContext, and MatMul takes its thread count
// as an argument, so runs with different settings may share a process. Long
// work takes a context.Context:
// Session.Forward and Generate check it before each layer and before the
// output head (not inside a multiplication), LeavesContext between blocks of
// rows; once it is done they return its error wrapped, so errors.Is(err,
// context.Canceled) holds. Leaves and Root are the uncancellable shorthands
// with default options.
//
// # Rollback
//
// Session.Truncate rolls a session back to an earlier position, KV cache and
// level-1 trace together, so a worker can verify a drafted continuation in
// one teacher-forced pass and drop the rejected tail: a truncated then
// continued session is bit-identical to a straight run (tested).
//
// # Final state
//
// A job's record carries the residual and KV roots of its final level-1
// state h(P, 0), the state after the head step that chooses the last output
// token. Tracer.Final computes it from a traced session that has processed
// the prompt and every output token but the last, without another forward
// pass: the residual root is the last token's embedding, as the tracer
// records l = 0, and the KV root is the trace's after position P−1. Generate
// reports both in Result.FinalResidual and Result.FinalKV; a teacher-forced
// check calls Tracer.Final itself.
//
// # Import rules
//
// canon is the heart of the prover and stays a pure library.
// It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/bindings
//   - github.com/ethereum-optimism/optimism
//   - github.com/ethereum/go-ethereum
//   - github.com/ollama/ollama
//   - net/http
package canon
