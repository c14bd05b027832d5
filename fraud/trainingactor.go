package fraud

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// TrainingRun is what the honest side of a training dispute replays
// (docs/training-game.md, "TrainingVM"): the job's level-1 trace and fresh
// machines of its transitions. Level1 is trainvm.Level1Trace's N + 3 states
// (I, S_0 .. S_N, F) and States the trainer's S_0 .. S_N they commit; Import,
// Step(k) and Export return the machine of transition 0, of transition
// k + 1 (training step k) and of transition N + 1, at their state 0.
type TrainingRun struct {
	Level1 []merkle.Hash
	States []train.State
	Import func() (*trainvm.ImportMachine, error)
	Step   func(k int) (*trainvm.Machine, error)
	Export func() (*trainvm.ExportMachine, error)
}

// trainingMachine is what the three machines share.
type trainingMachine interface {
	StateRoot() merkle.Hash
	Exec() error
	Step() uint64
	Program() *trainvm.Program
}

// machine returns transition t's machine, its prover (the proof of the
// step it is at, MarshalBinary's bytes) and its state's preimage as
// TrainingVM.project reads it.
func (r *TrainingRun) machine(t int) (trainingMachine, func() ([]byte, error), func() ([]byte, error), error) {
	n := len(r.States) - 1
	switch {
	case t == 0:
		im, err := r.Import()
		if err != nil {
			return nil, nil, nil, err
		}
		return im, func() ([]byte, error) {
				p, err := im.Prove()
				if err != nil {
					return nil, err
				}
				return p.MarshalBinary()
			}, func() ([]byte, error) {
				return ImportStatePreimage(im.State()), nil
			}, nil
	case t == n+1:
		em, err := r.Export()
		if err != nil {
			return nil, nil, nil, err
		}
		return em, func() ([]byte, error) {
				p, err := em.Prove()
				if err != nil {
					return nil, err
				}
				return p.MarshalBinary()
			}, func() ([]byte, error) {
				return ExportStatePreimage(em.State()), nil
			}, nil
	}
	mc, err := r.Step(t - 1)
	if err != nil {
		return nil, nil, nil, err
	}
	return mc, func() ([]byte, error) {
			p, err := mc.Prove(mc.Step())
			if err != nil {
				return nil, err
			}
			return p.MarshalBinary()
		}, func() ([]byte, error) {
			return StepStatePreimage(mc)
		}, nil
}

// TrainingLevel2 is the level-2 trace of one transition of a training
// dispute: trace index j claims the micro-state root after j + 1 steps
// (clamped at the program's end); GetStepData returns the pre-state root
// and the proof bytes TrainingVM.step takes — the machine's proof, or from
// the final state the halt proof. Its roots are computed once, when it is
// made; proofs replay a checkpoint that only moves forward. It is safe for
// concurrent use (one call at a time).
type TrainingLevel2 struct {
	Depth types.Depth
	roots []merkle.Hash
	final []byte

	mu    sync.Mutex
	run   *TrainingRun
	t     int
	cur   trainingMachine
	prove func() ([]byte, error)
}

var _ types.TraceProvider = (*TrainingLevel2)(nil)

// NewTrainingLevel2 runs transition t's machine to its end and returns its
// level-2 trace. A transition past N + 1 is padding: every claim is F.
func NewTrainingLevel2(ctx context.Context, r *TrainingRun, t int, depth types.Depth) (*TrainingLevel2, error) {
	l := &TrainingLevel2{Depth: depth, run: r, t: t}
	if t > len(r.States) {
		l.roots = []merkle.Hash{r.Level1[len(r.Level1)-1]}
		return l, nil
	}
	m, _, final, err := r.machine(t)
	if err != nil {
		return nil, err
	}
	l.roots = append(l.roots, m.StateRoot())
	for m.Step() < m.Program().Len() {
		if m.Step()%runCheck == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("fraud: level-2 trace of training transition %d stopped: %w", t, err)
			}
		}
		if err := m.Exec(); err != nil {
			return nil, err
		}
		l.roots = append(l.roots, m.StateRoot())
	}
	if l.final, err = final(); err != nil {
		return nil, err
	}
	return l, nil
}

// FinalPreimage is the preimage of the transition's final state, as
// TrainingVM.project reads it (empty for padding).
func (l *TrainingLevel2) FinalPreimage() []byte { return append([]byte{}, l.final...) }

func (l *TrainingLevel2) at(i uint64) merkle.Hash { return l.roots[min(i, uint64(len(l.roots)-1))] }

// AbsolutePreStateCommitment returns the machine's state 0.
func (l *TrainingLevel2) AbsolutePreStateCommitment(context.Context) (common.Hash, error) {
	return common.Hash(l.roots[0]), nil
}

// Get returns the micro-state root after TraceIndex(pos)+1 steps.
func (l *TrainingLevel2) Get(_ context.Context, pos types.Position) (common.Hash, error) {
	if pos.Depth() > l.Depth {
		return common.Hash{}, fmt.Errorf("%w: depth %d below the level-2 depth %d", ErrTrace, pos.Depth(), l.Depth)
	}
	return common.Hash(l.at(pos.TraceIndex(l.Depth).Uint64() + 1)), nil
}

// GetStepData returns the pre-state root and the proof of step TraceIndex(pos).
func (l *TrainingLevel2) GetStepData(ctx context.Context, pos types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	j := pos.TraceIndex(l.Depth).Uint64()
	pre := l.at(j)
	if l.final == nil { // padding: the identity, no proof
		return pre[:], []byte{}, nil, nil
	}
	if j+1 >= uint64(len(l.roots)) {
		return pre[:], HaltProof(l.final), nil, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cur == nil || l.cur.Step() > j {
		m, prove, _, err := l.run.machine(l.t)
		if err != nil {
			return nil, nil, nil, err
		}
		l.cur, l.prove = m, prove
	}
	for l.cur.Step() < j {
		if l.cur.Step()%runCheck == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, nil, fmt.Errorf("fraud: step %d of training transition %d stopped: %w", j, l.t, err)
			}
		}
		if err := l.cur.Exec(); err != nil {
			return nil, nil, nil, err
		}
	}
	proof, err := l.prove()
	return pre[:], proof, nil, err
}

// GetL2BlockNumberChallenge is not part of this game.
func (l *TrainingLevel2) GetL2BlockNumberChallenge(context.Context) (*types.InvalidL2BlockNumberChallenge, error) {
	return nil, types.ErrL2BlockNumberValid
}

// TrainingPreimages supplies TrainingVM's preimages of a run: S_{t−1}'s for
// subgamePrestate and the final micro-states' for project, from the level-2
// traces it is given; step proofs are the trace's bytes as they are.
type TrainingPreimages struct {
	Run    *TrainingRun
	Level2 func(t int) (*TrainingLevel2, error)
}

var _ Preimages = TrainingPreimages{}

// ExecRoot opens the final micro-state of transition t.
func (p TrainingPreimages) ExecRoot(t int) ([]byte, error) {
	if t > len(p.Run.States) {
		return []byte{}, nil
	}
	l, err := p.Level2(t)
	if err != nil {
		return nil, err
	}
	return l.FinalPreimage(), nil
}

// Prestate opens level-1 state t (S_{t−1}; nothing for I and padding).
func (p TrainingPreimages) Prestate(t int) ([]byte, error) {
	if t == 0 || t > len(p.Run.States) {
		return []byte{}, nil
	}
	return Level1StatePreimage(p.Run.States[t-1]), nil
}

// StepProof returns the trace's proof bytes: TrainingVM.step takes them as they are.
func (p TrainingPreimages) StepProof(_ int, data []byte) ([]byte, error) { return data, nil }

// TrainingActor returns the honest actor of a training run: its level-1
// trace, a level-2 trace per transition (made once, on first use) and the
// preimages TrainingVM asks for.
func TrainingActor(ctx context.Context, r *TrainingRun, splitDepth, maxDepth types.Depth) Actor {
	var mu sync.Mutex
	cache := map[int]*TrainingLevel2{}
	level2 := func(t int) (*TrainingLevel2, error) {
		mu.Lock()
		defer mu.Unlock()
		if l, ok := cache[t]; ok {
			return l, nil
		}
		l, err := NewTrainingLevel2(ctx, r, t, maxDepth-splitDepth-1)
		if err != nil {
			return nil, err
		}
		cache[t] = l
		return l, nil
	}
	return Actor{
		Top:        &Level1Trace{States: r.Level1, Depth: splitDepth},
		Bottom:     func(t int) (types.TraceProvider, error) { return level2(t) },
		Preimages:  TrainingPreimages{Run: r, Level2: level2},
		SplitDepth: splitDepth,
		MaxDepth:   maxDepth,
	}
}
