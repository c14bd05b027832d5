// Package fraud is the off-chain half of the dispute game: generalized-index
// positions, the level-1 (token x layer) and level-2 (micro-step) trace
// providers, the honest-actor strategy and the agent that plays a game. Of
// training records' games (TrainingVM) it holds the encodings (training.go:
// setup data, context, job input, the preimages of subgamePrestate and
// project, the halt proof) and the honest actor of a run (TrainingActor,
// TrainingLevel2, TrainingPreimages). The
// decision logic is pure and table-tested; chain access goes through small
// interfaces declared here and implemented by thin adapters (see docs/game.md).
// ContractGame reads each snapshot of a game at one block, by its hash
// (BlockCaller; batched through a BatchCaller such as internal/ethbatch), and
// Agent.Act performs every action it can, reporting the failures joined.
//
// # Contexts and concurrency
//
// Long work takes a context.Context and returns its error wrapped once it is
// done (errors.Is(err, context.Canceled) holds): NewReplay stops between
// layers of its forward pass and every 64 micro-steps of the head step's
// machine, and Level2Trace's Get, GetStepData and AbsolutePreStateCommitment
// stop while they build or run their machine. NewReplay takes the run's
// canon.Options (threads). Level1Trace and Level2Trace are safe for concurrent
// use; a Replay is read-only once built.
//
// # Import rules
//
// fraud stays free of worker, RPC and GPU code: chain and network access go
// through interfaces implemented by adapters in other packages. op-challenger's
// types and solver, which fraud builds on, carry go-ethereum's RPC packages as
// dependencies, so those are forbidden as direct imports only.
// It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/ollama/ollama
//   - net/http (direct)
//   - net/rpc (direct)
//   - github.com/ethereum/go-ethereum/rpc (direct)
//   - github.com/ethereum/go-ethereum/ethclient (direct)
package fraud
