// Package record is the job record the sequencer commits to and everyone
// else checks: JobRecord mirrors IRollup.JobRecord field for field, encodes
// with the bindings' ABI type of the struct (byte-identical to Solidity's
// abi.encode(record), checked against the compiled contract), and hashes to
// its leaf in a batch's records tree (RecordsRoot, the root Rollup.propose
// builds). It also holds what is record validity rather than game logic:
// CheckOutput, the early-stop rules RecordValidity.outputInvalidity applies.
// An L2 job's record (IsL2) carries the hash of its signed request
// (internal/jobreq) and names no L1 job.
//
// The sequencer, the challenger and the dispute game (fraud) all use it, so
// it holds no game and no chain access. The bindings it encodes with carry
// go-ethereum's RPC packages as dependencies, so those are forbidden as
// direct imports only.
//
// # Import rules
//
// It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/internal/l1test
//   - github.com/ethereum/go-ethereum/ethclient (direct)
//   - github.com/ethereum/go-ethereum/rpc (direct)
//   - net/http (direct)
package record
