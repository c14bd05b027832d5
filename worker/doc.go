// Package worker runs jobs and packages the canonical result with its trace
// commitments for the sequencer (see docs/protocol.md and docs/operators.md,
// "Worker"):
//
//   - Store loads canonical GGUF models by model root (a directory of files
//     named by their roots, or explicit paths), checks each file's root
//     before use (*llama.RootError), keeps a bounded LRU of loaded models under a
//     memory budget, and closes evicted models once no job holds them.
//   - Embedded, the default Backend, runs a Job with the canonical runtime
//     alone (canon.Model.Generate, traced, stopping at the model's EOS).
//   - Ollama drafts with a llama.cpp-compatible runtime through the Ollama API
//     (uploading and creating the model when absent), verifies every draft
//     with the canonical runtime in one teacher-forced pass, accepts the
//     longest agreeing prefix, takes the canonical token at the first
//     disagreement (canon.Session.Truncate drops the rest) and drafts again.
//   - Train runs a training job (docs/protocol.md, "Training jobs"): the
//     integer trainer under the job's configuration (internal/trainjob) from
//     the base model or the seeded init, over the dataset's tokens, for N
//     steps; it writes the new model's GGUF (keeping the tokenizer's name, so
//     its tokenizer hash is the dataset's) named by its root, which is the
//     record's newModelRoot.
//   - Service (airollup worker) registers with the sequencer over its
//     JSON-RPC API, leases jobs, runs them on a backend, renews their leases
//     while they run and submits the results (output tokens, trace root, and
//     the final state's residual and KV roots), retrying a sequencer that is
//     down or restarted with back-off; PromMetrics exports its metrics.
//
// Every backend returns exactly Generate's Result (tested), so the committed
// result never depends on the backend. Metrics (NoopMetrics, Tally) receive
// draft tokens proposed and accepted, draft errors, and tokens/s per backend.
//
// # Import rules
//
// A worker computes results; it never plays the dispute game nor batches. It
// must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/sequencer
package worker
