// Package reexec is the neutral re-execution check of a claimed result: the
// sequencer (on sampled worker results) and the challenger (on every
// proposed record) both run CheckResult, a teacher-forced pass over the
// claimed output that must reproduce its tokens, its trace root and its
// final state's residual and KV roots (docs/protocol.md). Models loads the
// canonical models it checks against from a directory of <root>.gguf files,
// checking each file's root before use.
//
// # Import rules
//
// It holds no game, no service and no chain access, so that both sides may
// import it. It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/challenger
//   - github.com/airollup/airollup/worker
//   - github.com/ethereum/go-ethereum/ethclient
//   - github.com/ethereum/go-ethereum/rpc (direct)
//   - net/http (direct)
package reexec
