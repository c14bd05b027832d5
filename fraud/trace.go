package fraud

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

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
type Level2Trace struct {
	Replay     *Replay
	Transition int
	Depth      types.Depth

	cur *vm.Machine // a checkpoint that only moves forward
}

var _ types.TraceProvider = (*Level2Trace)(nil)

// padding reports whether the transition is past the job's last one: its
// level-2 game is the identity on the last level-1 state.
func (t *Level2Trace) padding() bool { return t.Transition >= t.Replay.Transitions() }

func (t *Level2Trace) last() merkle.Hash { s := t.Replay.States(); return s[len(s)-1] }

func (t *Level2Trace) machineAt(k uint64) (*vm.Machine, error) {
	if t.cur == nil || t.cur.Step() > k {
		m, err := t.Replay.Machine(t.Transition)
		if err != nil {
			return nil, err
		}
		t.cur = m
	}
	k = min(k, t.cur.Program().Len())
	if err := t.cur.RunTo(k); err != nil {
		return nil, err
	}
	return t.cur, nil
}

// AbsolutePreStateCommitment returns the machine's step-0 root.
func (t *Level2Trace) AbsolutePreStateCommitment(context.Context) (common.Hash, error) {
	if t.padding() {
		return common.Hash(t.last()), nil
	}
	m, err := t.machineAt(0)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(m.StateRoot()), nil
}

// Get returns the micro-state root after TraceIndex(pos)+1 steps.
func (t *Level2Trace) Get(_ context.Context, pos types.Position) (common.Hash, error) {
	if pos.Depth() > t.Depth {
		return common.Hash{}, fmt.Errorf("%w: depth %d below the level-2 depth %d", ErrTrace, pos.Depth(), t.Depth)
	}
	if t.padding() {
		return common.Hash(t.last()), nil
	}
	m, err := t.machineAt(pos.TraceIndex(t.Depth).Uint64() + 1)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(m.StateRoot()), nil
}

// GetStepData returns the pre-state root and the proof of step TraceIndex(pos).
func (t *Level2Trace) GetStepData(_ context.Context, pos types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	if t.padding() {
		last := t.last()
		return last[:], nil, nil, nil
	}
	j := pos.TraceIndex(t.Depth).Uint64()
	// Steps at or past the program's end are HALT from the final state.
	m, err := t.machineAt(j)
	if err != nil {
		return nil, nil, nil, err
	}
	sp, err := m.Prove(t.Replay.Tree)
	if err != nil {
		return nil, nil, nil, err
	}
	proof, err := json.Marshal(sp)
	if err != nil {
		return nil, nil, nil, err
	}
	root := m.StateRoot()
	return root[:], proof, nil, nil
}

// GetL2BlockNumberChallenge is not part of this game.
func (t *Level2Trace) GetL2BlockNumberChallenge(context.Context) (*types.InvalidL2BlockNumberChallenge, error) {
	return nil, types.ErrL2BlockNumberValid
}
