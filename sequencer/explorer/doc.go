// Package explorer is the sequencer's web page, /explorer: its batches, its
// jobs with their prompt and output as text, and every dispute of its
// records drawn as the game's bisection path down to the one step, with the
// outcome, the bonds and both chess clocks. It refreshes live.
//
// Everything the page needs is embedded in the binary (assets/: HTML,
// vanilla JavaScript, CSS; no CDN, no external font). The page polls
// /explorer/api/state, whose JSON is State (documented in docs/operators.md,
// "Explorer"). Explorer builds it from the sequencer's store (the latest N
// batches and jobs) and from L1 through GameReader: the Rollup's
// RecordDisputed logs name the games, whose claims, configuration, status
// and clocks are read through the bindings. A State is computed at most once
// per MinInterval, whatever the number of viewers.
//
// The pure part is testable without a browser or a chain: Path turns a
// game's claims into its bisection path (level-1 (token, layer) boundaries,
// then level-2 micro-steps, with the interval each claim narrows to), Clocks
// reads both chess clocks, DecodeTokens renders tokens as text or hex.
//
// # Import rules
//
// The explorer only reads: the store and L1 through small interfaces, and
// game contracts through the bindings, never through the dispute players. It
// must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/challenger
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/cmd
package explorer
