// Package ctxtest provides a context for tests of cancellation that counts
// the checks made of it, so a test asserts where work stopped instead of how
// long it took.
//
// # Import rules
//
// ctxtest is a leaf helper for tests of any package; it must never import
// (enforced by internal/archtest):
//   - github.com/airollup/airollup
//   - github.com/ethereum/go-ethereum
package ctxtest
