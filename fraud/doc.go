// Package fraud is the off-chain half of the dispute game: generalized-index
// positions, the level-1 (token x layer) and level-2 (micro-step) trace
// providers, the honest-actor strategy and the agent that plays a game. The
// decision logic is pure and table-tested; chain access goes through small
// interfaces declared here and implemented by thin adapters (see docs/game.md).
//
// # Import rules
//
// fraud stays free of worker, RPC-server and GPU code. It must never import
// (enforced by internal/archtest):
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/ollama/ollama
//   - net/http
//   - net/rpc
package fraud
