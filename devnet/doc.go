// Package devnet runs a whole airollup deployment in one process for
// development and demos (docs/operators.md, "Devnet"): an L1 (go-ethereum's
// simulated backend serving JSON-RPC over HTTP with automatic block
// production, or any node such as anvil), the contracts deployed through
// internal/deploy, a model registered, and the sequencer, workers (some
// deliberately faulty on request) and a challenger with its own funded key as
// in-process services, with the addresses and endpoints written to a JSON
// file and a progress line as jobs, batches and disputes (opened, won) move.
// On the embedded L1 a block every BlockTime advances the chain's clock by at
// least a second, so with a sub-second block time the challenge window, the
// game clocks and the finality delay pass faster than wall time.

//
// # Import rules
//
// devnet sits on top of the services; nothing in the module imports it but
// the command line. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/cmd
package devnet
