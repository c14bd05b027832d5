package train

import (
	"context"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
)

// Trace runs steps training steps of tr from its current state and returns
// the level-1 trace of that stretch of the run (docs/training-game.md):
// roots[0] is the state root before the first step, roots[i] the state root
// after i of them. ctx is checked before each step (and inside it, by
// TrainStep); a trace stopped by it returns its error wrapped, tr then
// being at the last completed step.
func Trace(ctx context.Context, tr *Trainer, steps int, opts Options) ([]merkle.Hash, error) {
	if steps < 0 {
		return nil, fmt.Errorf("%w: trace of %d steps must be at least 0", ErrConfig, steps)
	}
	roots := make([]merkle.Hash, 0, steps+1)
	roots = append(roots, tr.StateRoot())
	for i := 0; i < steps; i++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("train: trace stopped before step %d: %w", tr.Step, err)
		}
		if _, err := tr.TrainStep(ctx, opts); err != nil {
			return nil, fmt.Errorf("train: trace step %d: %w", tr.Step, err)
		}
		roots = append(roots, tr.StateRoot())
	}
	return roots, nil
}
