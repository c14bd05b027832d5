// Package alphabet holds the generated binding of AlphabetVM, the dispute
// game's toy VM (contracts/src/test/AlphabetVM.sol), used by tests of the
// game logic. Regenerate with `make bindings`.
//
// # Import rules
//
// alphabet is generated code; it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
package alphabet
