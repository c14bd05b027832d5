// Package merkle builds the binary keccak256 Merkle trees that every airollup
// commitment uses (model roots, dataset roots, residual streams, KV caches,
// traces) and their inclusion proofs, with exactly the rules the Solidity
// verifier checks: leaf = keccak256(data), node = keccak256(left ‖ right)
// except that two zero children give zero (an empty subtree is bytes32(0)),
// and a level of odd length padded with one zero hash. A tree of n leaves is
// therefore also the fixed-depth sparse tree of depth ceil(log2 n).
//
// # Import rules
//
// merkle is a leaf of the canonical runtime: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
//   - github.com/ethereum/go-ethereum
//   - net/http
package merkle
