// Package ethbatch reads contract state over JSON-RPC pinned to one block:
// go-ethereum's ethclient plus eth_calls sent as JSON-RPC batches against a
// block named by its hash. It is the adapter that gives fraud.ContractGame
// batched reads of a game snapshot (fraud.BatchCaller), as op-service's
// batching.MultiCaller does for op-challenger, without op-service's
// transaction-manager dependencies.
//
// # Import rules
//
// ethbatch is a thin chain adapter; it must never import (enforced by
// internal/archtest):
//   - github.com/airollup/airollup/prover
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
package ethbatch
