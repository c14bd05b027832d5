// Package llama maps LLaMA-architecture GGUF files to the canonical runtime:
// it loads a canonical (Q8_0) GGUF into a canon.Model and its tokenizer,
// writes generated models as GGUF files llama.cpp loads, and imports a user's
// GGUF (F32/F16/BF16 requantized to Q8_0 with llama.cpp's reference
// quantizer in integer arithmetic; Q4_1/Q5_1/Q4_K/Q5_K/Q6_K decoded exactly
// and requantized the same way; Q4_0/Q5_0 converted exactly), refusing
// every shape the canonical runtime cannot run with an error that names the
// GGUF key or tensor and says why. A feed-forward width that is not a
// multiple of 32 is zero-padded, which leaves the function unchanged, and
// recorded (canon.Config.FFUnpadded).
// All conversions are integer-only, so imports are identical on every machine.
//
// Models are untrusted input: before reading weights or building the
// tokenizer, Load and FromFile check the model's worst-case memory (weights,
// RoPE table at full context, one full-context KV cache, vocabulary) against
// a budget (Options.MemoryBudget, by default canon.DefaultMemoryBudget) and
// refuse a model over it with a *canon.BudgetError naming the GGUF key
// responsible.
//
// # Weights lifecycle
//
// Load returns a *Loaded that the caller must Close. Where the weights live
// is chosen for soundness: a model root commits to the weights, and a forward
// pass must never fault. A mapping of a file that can change gives neither: a
// truncation turns reads of the mapping into SIGBUS (in the matrix kernels,
// on goroutines no caller controls), and a write in place changes the
// weights under a root already computed (MAP_PRIVATE does not isolate pages
// that were never written). So:
//   - a regular file on a local file system that is read-only itself (its
//     superblock, per /proc/self/mountinfo) cannot change while open: its
//     weights are mapped read-only and private (MAP_PRIVATE, PROT_READ), and
//     Close unmaps them. A read-only mount is not enough: a read-only bind
//     mount (a container's ":ro" volume) leaves the file writable through
//     other mounts, and a network, FUSE or overlay file system can change
//     under a read-only superblock; such files are copied;
//   - any other regular file is read tensor by tensor into memory of the
//     model's own, after which nothing done to the file reaches the model:
//     one arena for all the Q8_0 matrices, advised (on Linux) to be backed
//     by transparent huge pages, since decoding streams every weight once
//     per token and a TLB miss every 4 KiB costs it about a quarter of its
//     speed (arenaReader);
//   - a file that is not a regular file (a pipe, a device) is read whole, up
//     to MaxStreamSize bytes and the memory budget (a longer one is refused
//     with a *canon.BudgetError), then parsed.
//
// Load snapshots the file (size, modification and change times, device and
// inode) when it opens it and refuses with ErrChanged a file that changed
// while it was being read. Loaded.Verify compares the path with that snapshot
// later, and returns a *ChangedError (wrapping ErrChanged) when the file was
// written, truncated, replaced or removed since: the loaded model is still
// the one whose root was computed, but the path no longer holds it. The
// check has the file system's timestamp granularity.
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
