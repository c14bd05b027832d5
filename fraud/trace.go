package fraud

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
)

// Level1Trace is the top half of the game (docs/game.md, "Traces"): trace
// index i claims level-1 state i+1; the absolute prestate is state 0,
// h(0, 0); indices past the last state repeat it. Steps never execute at
// level 1 (the bottom game does), so GetStepData only names the transition.
type Level1Trace struct {
	States []merkle.Hash
	Depth  types.Depth
}

var _ types.TraceProvider = (*Level1Trace)(nil)

func (t *Level1Trace) state(i *big.Int) (merkle.Hash, error) {
	if len(t.States) == 0 {
		return merkle.Hash{}, fmt.Errorf("%w: empty trace", ErrTrace)
	}
	if !i.IsUint64() || i.Uint64() >= uint64(len(t.States)) {
		return t.States[len(t.States)-1], nil
	}
	return t.States[i.Uint64()], nil
}

// AbsolutePreStateCommitment returns state 0.
func (t *Level1Trace) AbsolutePreStateCommitment(context.Context) (common.Hash, error) {
	h, err := t.state(big.NewInt(0))
	return common.Hash(h), err
}

// Get returns the state claimed at pos: state TraceIndex(pos)+1.
func (t *Level1Trace) Get(_ context.Context, pos types.Position) (common.Hash, error) {
	if pos.Depth() > t.Depth {
		return common.Hash{}, fmt.Errorf("%w: depth %d below the level-1 depth %d", ErrTrace, pos.Depth(), t.Depth)
	}
	h, err := t.state(new(big.Int).Add(pos.TraceIndex(t.Depth), big.NewInt(1)))
	return common.Hash(h), err
}

// GetStepData names the level-1 transition at pos (its pre-state index).
func (t *Level1Trace) GetStepData(_ context.Context, pos types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	return pos.TraceIndex(t.Depth).FillBytes(make([]byte, 32)), nil, nil, nil
}

// GetL2BlockNumberChallenge is not part of this game.
func (t *Level1Trace) GetL2BlockNumberChallenge(context.Context) (*types.InvalidL2BlockNumberChallenge, error) {
	return nil, types.ErrL2BlockNumberValid
}

// Level2Trace is the bottom half of the game for one level-1 transition:
// trace index j claims the micro-state root after j+1 steps of the
// transition's machine (clamped at the program's end, where the state stays
// put: the step there is HALT); the absolute prestate is the machine's step-0
// root. GetStepData returns the machine's state and the JSON-encoded
// vm.StepProof of step j. A transition at or past Replay.Transitions() is
// padding: every claim, and the prestate, is the last level-1 state, and its
// steps carry no proof (the VM steps it as the identity).
//
// A Level2Trace is safe for concurrent use: its methods share one machine
// checkpoint under a mutex, so concurrent calls run one at a time. Get,
// GetStepData and AbsolutePreStateCommitment honour their context while they
// build or run the machine (checked every runCheck micro-steps) and return its
// error wrapped once it is done; a stopped call leaves the checkpoint valid.
// Replay and the other fields must not change once it is in use.
type Level2Trace struct {
	Replay     *Replay
	Transition int
	Depth      types.Depth

	mu  sync.Mutex
	cur *vm.Machine // a checkpoint that only moves forward; guarded by mu
}

var _ types.TraceProvider = (*Level2Trace)(nil)

// padding reports whether the transition is past the job's last one: its
// level-2 game is the identity on the last level-1 state.
func (t *Level2Trace) padding() bool { return t.Transition >= t.Replay.Transitions() }

func (t *Level2Trace) last() merkle.Hash { s := t.Replay.States(); return s[len(s)-1] }

// machineAt runs the checkpoint to step k (at most the program's end) and
// calls f with it; t.mu is held throughout, so f must not keep the machine.
func (t *Level2Trace) machineAt(ctx context.Context, k uint64, f func(*vm.Machine) error) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("fraud: level-2 trace of transition %d stopped: %w", t.Transition, err)
	}
	if t.cur == nil || t.cur.Step() > k {
		m, err := t.Replay.Machine(t.Transition)
		if err != nil {
			return err
		}
		t.cur = m
	}
	k = min(k, t.cur.Program().Len())
	if err := runTo(ctx, t.cur, k); err != nil {
		// A machine stopped part-way is still a valid checkpoint: it only
		// moved forward, between whole steps.
		return err
	}
	return f(t.cur)
}

// AbsolutePreStateCommitment returns the machine's step-0 root.
func (t *Level2Trace) AbsolutePreStateCommitment(ctx context.Context) (common.Hash, error) {
	if t.padding() {
		return common.Hash(t.last()), nil
	}
	var root merkle.Hash
	err := t.machineAt(ctx, 0, func(m *vm.Machine) error { root = m.StateRoot(); return nil })
	return common.Hash(root), err
}

// Get returns the micro-state root after TraceIndex(pos)+1 steps.
func (t *Level2Trace) Get(ctx context.Context, pos types.Position) (common.Hash, error) {
	if pos.Depth() > t.Depth {
		return common.Hash{}, fmt.Errorf("%w: depth %d below the level-2 depth %d", ErrTrace, pos.Depth(), t.Depth)
	}
	if t.padding() {
		return common.Hash(t.last()), nil
	}
	var root merkle.Hash
	err := t.machineAt(ctx, pos.TraceIndex(t.Depth).Uint64()+1, func(m *vm.Machine) error { root = m.StateRoot(); return nil })
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(root), nil
}

// GetStepData returns the pre-state root and the proof of step TraceIndex(pos).
func (t *Level2Trace) GetStepData(ctx context.Context, pos types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	if t.padding() {
		last := t.last()
		return last[:], nil, nil, nil
	}
	j := pos.TraceIndex(t.Depth).Uint64()
	// Steps at or past the program's end are HALT from the final state.
	var root merkle.Hash
	var sp *vm.StepProof
	err := t.machineAt(ctx, j, func(m *vm.Machine) error {
		var err error
		sp, err = m.Prove(t.Replay.Tree)
		root = m.StateRoot()
		return err
	})
	if err != nil {
		return nil, nil, nil, err
	}
	proof, err := json.Marshal(sp)
	if err != nil {
		return nil, nil, nil, err
	}
	return root[:], proof, nil, nil
}

// GetL2BlockNumberChallenge is not part of this game.
func (t *Level2Trace) GetL2BlockNumberChallenge(context.Context) (*types.InvalidL2BlockNumberChallenge, error) {
	return nil, types.ErrL2BlockNumberValid
}
