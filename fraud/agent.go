package fraud

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/solver"
	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/trace"
	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/trace/split"
	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/prover/vm"
)

// ErrAction is returned when the agent cannot carry out one of the solver's actions.
var ErrAction = errors.New("fraud: cannot act")

// GameContract is an on-chain DisputeGame as the agent plays it. The
// implementation (ContractGame) sends transactions; tests may drive it on a
// simulated L1.
type GameContract interface {
	// Claims returns every claim in contract order.
	Claims(ctx context.Context) ([]types.Claim, error)
	// Move attacks or defends parent with value; execRoot is the preimage a
	// move to the split depth + 1 must carry (nil elsewhere).
	Move(ctx context.Context, parent types.Claim, isAttack bool, value common.Hash, execRoot []byte) error
	// Step counters the leaf parent with one VM step.
	Step(ctx context.Context, parent types.Claim, isAttack bool, prestate, proof []byte) error
}

// Preimages supplies what our game asks beyond op-challenger's actions: the
// level-2 binding preimages and the VM's encoding of a step proof.
type Preimages interface {
	// ExecRoot opens the final micro-state of transition t (IDisputeVM.project).
	ExecRoot(t int) ([]byte, error)
	// Prestate opens level-1 state t (IDisputeVM.subgamePrestate).
	Prestate(t int) ([]byte, error)
	// StepProof converts the trace's step data for transition t to the VM's proof.
	StepProof(t int, proofData []byte) ([]byte, error)
}

// Actor is one side's view of a game: its traces and the game's shape.
type Actor struct {
	Top        types.TraceProvider                               // level 1
	Bottom     func(transition int) (types.TraceProvider, error) // level 2 of one transition
	Preimages  Preimages
	SplitDepth types.Depth
	MaxDepth   types.Depth
}

// Agent plays a game for one actor with op-challenger's solver: each Act
// reads the claims, asks the solver for its moves and steps, and sends them.
type Agent struct {
	actor  Actor
	game   GameContract
	solver *solver.GameSolver
	log    *slog.Logger
}

// NewAgent returns an agent playing game for actor.
func NewAgent(actor Actor, game GameContract, log *slog.Logger) *Agent {
	creator := func(_ context.Context, _ types.Depth, _ types.Claim, post types.Claim) (types.TraceProvider, error) {
		return actor.Bottom(int(post.TraceIndex(actor.SplitDepth).Int64()))
	}
	sel := split.NewSplitProviderSelector(actor.Top, actor.SplitDepth, creator)
	return &Agent{actor: actor, game: game, solver: solver.NewGameSolver(actor.MaxDepth, trace.NewAccessor(sel)), log: log}
}

// Transition returns the level-1 transition whose level-2 game holds pos
// (pos deeper than the split depth): the index of its ancestor at the split depth.
func Transition(pos types.Position, splitDepth types.Depth) int {
	g := pos.ToGIndex()
	g.Rsh(g, uint(pos.Depth()-splitDepth))
	return int(types.NewPositionFromGIndex(g).IndexAtDepth().Int64())
}

// Act performs every action the solver wants now and returns how many
// succeeded. One action failing does not stop the others: the failures come
// back joined (errors.Join), each naming its action (kind, parent claim
// index and position, attack or defend), while the count says what landed.
// A cancelled ctx stops the round: the actions not yet tried are reported as
// one error wrapping ctx.Err().
func (a *Agent) Act(ctx context.Context) (int, error) {
	claims, err := a.game.Claims(ctx)
	if err != nil {
		return 0, err
	}
	actions, err := a.solver.CalculateNextActions(ctx, types.NewGameState(claims, a.actor.MaxDepth))
	if err != nil {
		return 0, err
	}
	done := 0
	var errs []error
	for i, act := range actions {
		if err := ctx.Err(); err != nil {
			errs = append(errs, fmt.Errorf("fraud: %d of %d actions not tried: %w", len(actions)-i, len(actions), err))
			break
		}
		if err := a.perform(ctx, act); err != nil {
			a.log.Warn("action failed", "kind", act.Type, "parent", act.ParentClaim.ContractIndex, "attack", act.IsAttack, "err", err)
			errs = append(errs, fmt.Errorf("fraud: action %d of %d (%s): %w", i+1, len(actions), describe(act), err))
			continue
		}
		done++
	}
	return done, errors.Join(errs...)
}

// describe names an action: its kind, the parent claim's contract index and
// generalized-index position, and its direction.
func describe(act types.Action) string {
	dir := "defend"
	if act.IsAttack {
		dir = "attack"
	}
	p := act.ParentClaim
	return fmt.Sprintf("%s %s claim %d at position %v (depth %d)", act.Type, dir, p.ContractIndex, p.Position.ToGIndex(), p.Position.Depth())
}

func (a *Agent) perform(ctx context.Context, act types.Action) error {
	parent := act.ParentClaim
	switch act.Type {
	case types.ActionTypeMove:
		pos := parent.Position.Defend()
		if act.IsAttack {
			pos = parent.Position.Attack()
		}
		var execRoot []byte
		if pos.Depth() == a.actor.SplitDepth+1 {
			var err error
			if execRoot, err = a.actor.Preimages.ExecRoot(Transition(pos, a.actor.SplitDepth)); err != nil {
				return fmt.Errorf("%w: exec root preimage: %w", ErrAction, err)
			}
		}
		a.log.Debug("move", "parent", parent.ContractIndex, "attack", act.IsAttack, "depth", pos.Depth(), "claim", act.Value)
		return a.game.Move(ctx, parent, act.IsAttack, act.Value, execRoot)
	case types.ActionTypeStep:
		t := Transition(parent.Position, a.actor.SplitDepth)
		pre, err := a.actor.Preimages.Prestate(t)
		if err != nil {
			return fmt.Errorf("%w: prestate preimage: %w", ErrAction, err)
		}
		proof, err := a.actor.Preimages.StepProof(t, act.ProofData)
		if err != nil {
			return fmt.Errorf("%w: step proof: %w", ErrAction, err)
		}
		a.log.Debug("step", "parent", parent.ContractIndex, "attack", act.IsAttack, "transition", t)
		return a.game.Step(ctx, parent, act.IsAttack, pre, proof)
	default:
		return fmt.Errorf("%w: unsupported action %v", ErrAction, act.Type)
	}
}

// ReplayPreimages supplies TransformerVM's preimages from a job's replay.
type ReplayPreimages struct{ Replay *Replay }

var _ Preimages = ReplayPreimages{}

// ExecRoot opens the final micro-state of transition t.
func (p ReplayPreimages) ExecRoot(t int) ([]byte, error) {
	if t >= p.Replay.Transitions() {
		return []byte{}, nil
	}
	m, err := p.Replay.Machine(t)
	if err != nil {
		return nil, err
	}
	if err := m.Run(); err != nil {
		return nil, err
	}
	return StatePreimage(m)
}

// Prestate opens level-1 state t.
func (p ReplayPreimages) Prestate(t int) ([]byte, error) {
	if t >= p.Replay.Transitions() {
		return []byte{}, nil
	}
	m, err := p.Replay.Machine(t)
	if err != nil {
		return nil, err
	}
	return Level1Preimage(m)
}

// StepProof converts Level2Trace's JSON step proof to abi.encode(StepProof).
func (p ReplayPreimages) StepProof(t int, data []byte) ([]byte, error) {
	if t >= p.Replay.Transitions() {
		return []byte{}, nil
	}
	var sp vm.StepProof
	if err := json.Unmarshal(data, &sp); err != nil {
		return nil, err
	}
	return StepProofBytes(&sp)
}

// ReplayActor returns the honest actor of a job's replay.
func ReplayActor(r *Replay, splitDepth, maxDepth types.Depth) Actor {
	return Actor{
		Top: &Level1Trace{States: r.States(), Depth: splitDepth},
		Bottom: func(t int) (types.TraceProvider, error) {
			return &Level2Trace{Replay: r, Transition: t, Depth: maxDepth - splitDepth - 1}, nil
		},
		Preimages:  ReplayPreimages{Replay: r},
		SplitDepth: splitDepth,
		MaxDepth:   maxDepth,
	}
}

// bigIndex converts a claim index for a contract call.
func bigIndex(i int) *big.Int { return big.NewInt(int64(i)) }
