package vm

import (
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// MaxProgramLen is the longest program any level-1 transition of any record
// on a model with configuration c runs: the number of steps before its HALT
// (docs/game.md, "Parameters"). A record of P = promptLen + outputLen − 1
// processed positions runs the blocks and head steps of positions 0..P−1,
// and P ≤ context − 1, so the longest block program is at p = context − 2;
// the longest head program is the sampled one (it does not depend on p).
// TransformerVM.maxProgramLength computes the same on-chain.
func MaxProgramLen(c canon.Config) uint64 {
	p := max(c.Context-2, 0)
	return max(Compile(c, p).Len(), CompileHead(c, p, false, true).Len())
}

// MaxTransitions is the number of level-1 transitions of the longest record
// on a model: (context − 1) · (layers + 1).
func MaxTransitions(c canon.Config) uint64 {
	return uint64(max(c.Context-1, 0)) * uint64(c.Layers+1)
}

// RequiredDepths returns the smallest game depths that cover every record on
// a model with configuration c: 2^split ≥ MaxTransitions(c) level-1
// transitions, and 2^(max − split − 1) ≥ MaxProgramLen(c) level-2 leaves per
// transition, so that every level-2 subgame reaches its program's HALT state
// (DisputeGame: the level-2 root at depth split + 1 claims trace index
// 2^(max − split − 1) − 1, the state after that many steps, which
// TransformerVM.project accepts only if it is the program's end). The game
// itself also needs split ≥ 2 and max ≥ split + 2 (LibGameConfig).
func RequiredDepths(c canon.Config) (split, maxDepth uint8) {
	split = uint8(merkle.Depth(MaxTransitions(c)))
	return split, split + 1 + uint8(merkle.Depth(MaxProgramLen(c)))
}
