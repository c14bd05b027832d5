// Package batch is the batch data format (docs/protocol.md, "Batch data
// format"): a proposal's records with the data challengers need (each
// record's ABI-encoded JobRecord, its output and, for an L2 job, its signed
// request), versioned, compressed with zlib, cut into frames with a channel
// id and frame numbers, and carried in calldata transactions or packed 31
// bytes per field element into EIP-4844 blobs.
//
// The decoder is built for hostile input: it takes frames in any order and
// with duplicates, refuses inconsistent ones, caps the decompressed size
// (MaxBatchBytes) and every count and length before it allocates, checks the
// records against the records root the payload names, and fails only with
// errors that wrap one of the package's sentinels (a limit as a
// *LimitError naming the field and the limit). Records are opaque bytes:
// the package knows how a leaf is hashed, not what a record holds.
//
// # Import rules
//
// batch is pure encoding: no chain clients, no services.
// It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/bindings
//   - github.com/airollup/airollup/internal/ethbatch
//   - github.com/ethereum/go-ethereum/ethclient
//   - github.com/ethereum/go-ethereum/rpc
//   - github.com/ethereum-optimism/optimism
//   - github.com/libp2p
//   - net/http
package batch
