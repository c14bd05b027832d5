// Package devnet runs a whole airollup deployment in one process for
// development and demos (docs/operators.md, "Devnet"): an L1 (go-ethereum's
// simulated backend serving JSON-RPC over HTTP with automatic block
// production, or any node such as anvil), the contracts deployed through
// internal/deploy, a model registered, and the sequencer, workers (some
// deliberately faulty on request) and a challenger with its own funded key as
// in-process services, with the addresses and endpoints (the sequencer's
// explorer page among them) written to a JSON file and a progress line as
// jobs, batches and disputes (opened, won) move.
// On the embedded L1 a block every BlockTime advances the chain's clock by at
// least a second, so with a sub-second block time the challenge window, the
// game clocks and the finality delay pass faster than wall time.
//
// Devnet.Demo runs the demo of `make demo` (airollup devnet --demo) on a
// started devnet: held-out questions of the trainer's arithmetic generator
// asked through the AskModel example DApp on L1 and as signed L2 requests
// over RPC, followed until every job is final or voided and every dispute
// resolved, and a Summary of jobs, voided records, disputes won, answers
// right against the generator's ground truth, and gas.
//
// # Import rules
//
// devnet sits on top of the services; nothing in the module imports it but
// the command line. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/cmd
package devnet
