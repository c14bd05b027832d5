package fraudtest

import (
	"context"
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/vm"
)

// Tampered is a dishonest replay: the honest run, but after micro-step Step
// of level-1 transition K the residual's first value is off by one, and
// every level-1 state after K+1 is wrong (the dishonest side never needs
// their preimages: the honest side bisects to the first difference). Final
// is the dishonest last state; Split and Max are the game's depths.
type Tampered struct {
	Replay     *fraud.Replay
	K          int
	Step       uint64
	Final      merkle.Hash
	Split, Max types.Depth
}

// machine is transition K's machine after steps micro-steps, tampered after
// micro-step Step.
func (d *Tampered) machine(steps uint64) (*vm.Machine, error) {
	m, err := d.Replay.Machine(d.K)
	if err != nil {
		return nil, err
	}
	if err := m.RunTo(min(d.Step, m.Program().Len())); err != nil {
		return nil, err
	}
	if steps > d.Step {
		m.Tamper(0, 1)
		if err := m.RunTo(min(steps, m.Program().Len())); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (d *Tampered) states() ([]merkle.Hash, error) {
	honest := d.Replay.States()
	out := append([]merkle.Hash(nil), honest...)
	m, err := d.machine(1 << 62)
	if err != nil {
		return nil, err
	}
	out[d.K+1] = m.Level1()
	for i := d.K + 2; i < len(out); i++ {
		out[i] = merkle.Keccak(honest[i][:], []byte("wrong"))
	}
	out[len(out)-1] = d.Final
	return out, nil
}

// tamperedL2 is the dishonest level-2 trace of transition K.
type tamperedL2 struct {
	*fraud.Level2Trace
	d *Tampered
}

func (t tamperedL2) Get(_ context.Context, pos types.Position) (common.Hash, error) {
	m, err := t.d.machine(pos.TraceIndex(t.Depth).Uint64() + 1)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(m.StateRoot()), nil
}

func (t tamperedL2) GetStepData(_ context.Context, pos types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	m, err := t.d.machine(pos.TraceIndex(t.Depth).Uint64())
	if err != nil {
		return nil, nil, nil, err
	}
	sp, err := m.Prove(t.Replay.Tree)
	if err != nil {
		return nil, nil, nil, err
	}
	b, err := json.Marshal(sp)
	root := m.StateRoot()
	return root[:], b, nil, err
}

type tamperedPreimages struct {
	fraud.ReplayPreimages
	d *Tampered
}

func (p tamperedPreimages) ExecRoot(t int) ([]byte, error) {
	if t != p.d.K {
		return p.ReplayPreimages.ExecRoot(t)
	}
	m, err := p.d.machine(1 << 62)
	if err != nil {
		return nil, err
	}
	return fraud.StatePreimage(m)
}

// Actor returns the player defending the tampered run: the honest replay's
// actor with the dishonest level-1 states, transition K's dishonest
// level-2 trace and its preimages.
func (d *Tampered) Actor() (fraud.Actor, error) {
	states, err := d.states()
	if err != nil {
		return fraud.Actor{}, err
	}
	a := fraud.ReplayActor(d.Replay, d.Split, d.Max)
	a.Top = &fraud.Level1Trace{States: states, Depth: d.Split}
	bottom := a.Bottom
	a.Bottom = func(t int) (types.TraceProvider, error) {
		p, err := bottom(t)
		if err != nil || t != d.K {
			return p, err
		}
		return tamperedL2{p.(*fraud.Level2Trace), d}, nil
	}
	a.Preimages = tamperedPreimages{fraud.ReplayPreimages{Replay: d.Replay}, d}
	return a, nil
}

// FinalState is the level-1 state h(P, 0) a record's roots claim after the
// tokens (prompt and output): what the game's root claim commits to.
func FinalState(tokens []int32, residual, kv merkle.Hash) merkle.Hash {
	var tok merkle.Hash
	for _, t := range tokens {
		tok = merkle.Keccak(tok[:], []byte{byte(t >> 24), byte(t >> 16), byte(t >> 8), byte(t)})
	}
	P := len(tokens) - 1
	return merkle.Keccak([]byte{byte(P >> 24), byte(P >> 16), byte(P >> 8), byte(P)}, []byte{0, 0, 0, 0}, residual[:], kv[:], tok[:])
}
