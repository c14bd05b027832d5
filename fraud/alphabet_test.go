package fraud_test

import (
	"context"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/bindings/alphabet"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
)

// The toy trace of AlphabetVM (contracts/src/test/AlphabetVM.sol): level-1
// state i = keccak256(abi.encode("L1", i)), micro-state k of transition t =
// keccak256(abi.encode("L2", t, k)), STEPS micro-steps per transition.
const alphaSteps = 5

var (
	strU   = mustArgs("string", "uint256")
	strUU  = mustArgs("string", "uint256", "uint256")
	uintA  = mustArgs("uint256")
	recArg = mustArgs("uint256", "bytes32")
)

func mustArgs(ts ...string) abi.Arguments {
	var a abi.Arguments
	for _, s := range ts {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		a = append(a, abi.Argument{Type: ty})
	}
	return a
}

func pack(a abi.Arguments, v ...any) []byte {
	b, err := a.Pack(v...)
	if err != nil {
		panic(err)
	}
	return b
}

func level1State(i uint64) common.Hash {
	return crypto.Keccak256Hash(pack(strU, "L1", new(big.Int).SetUint64(i)))
}

func microState(t, k uint64) common.Hash {
	return crypto.Keccak256Hash(pack(strUU, "L2", new(big.Int).SetUint64(t), new(big.Int).SetUint64(k)))
}

type alphaTop struct {
	transitions uint64
	depth       types.Depth
}

func (a alphaTop) AbsolutePreStateCommitment(context.Context) (common.Hash, error) {
	return level1State(0), nil
}

func (a alphaTop) Get(_ context.Context, pos types.Position) (common.Hash, error) {
	return level1State(min(pos.TraceIndex(a.depth).Uint64()+1, a.transitions)), nil
}

func (a alphaTop) GetStepData(context.Context, types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	return nil, nil, nil, nil
}

func (a alphaTop) GetL2BlockNumberChallenge(context.Context) (*types.InvalidL2BlockNumberChallenge, error) {
	return nil, types.ErrL2BlockNumberValid
}

type alphaBottom struct {
	t, transitions uint64
	depth          types.Depth
}

func (a alphaBottom) AbsolutePreStateCommitment(context.Context) (common.Hash, error) {
	if a.t >= a.transitions {
		return level1State(a.transitions), nil
	}
	return microState(a.t, 0), nil
}

func (a alphaBottom) Get(_ context.Context, pos types.Position) (common.Hash, error) {
	if a.t >= a.transitions {
		return level1State(a.transitions), nil
	}
	return microState(a.t, min(pos.TraceIndex(a.depth).Uint64()+1, alphaSteps)), nil
}

func (a alphaBottom) GetStepData(_ context.Context, pos types.Position) ([]byte, []byte, *types.PreimageOracleData, error) {
	if a.t >= a.transitions {
		s := level1State(a.transitions)
		return s[:], []byte{}, nil, nil
	}
	k := min(pos.TraceIndex(a.depth).Uint64(), alphaSteps)
	s := microState(a.t, k)
	return s[:], pack(uintA, new(big.Int).SetUint64(k)), nil, nil
}

func (a alphaBottom) GetL2BlockNumberChallenge(context.Context) (*types.InvalidL2BlockNumberChallenge, error) {
	return nil, types.ErrL2BlockNumberValid
}

type alphaPreimages struct{ transitions int }

func (p alphaPreimages) ExecRoot(t int) ([]byte, error) {
	if t >= p.transitions {
		return []byte{}, nil
	}
	return pack(uintA, big.NewInt(alphaSteps)), nil
}

func (p alphaPreimages) Prestate(t int) ([]byte, error) {
	if t >= p.transitions {
		return []byte{}, nil
	}
	return pack(uintA, big.NewInt(int64(t))), nil
}

func (p alphaPreimages) StepProof(_ int, data []byte) ([]byte, error) { return data, nil }

// alphaActor is an AlphabetVM player; with bad ≥ 0 it lies from level-1
// transition bad on (and inside that transition's level-2 game from step cut).
func alphaActor(transitions int, split, max types.Depth, bad int, cut uint64) fraud.Actor {
	var top types.TraceProvider = alphaTop{uint64(transitions), split}
	if bad >= 0 {
		top = corrupt{top, split, uint64(bad)}
	}
	return fraud.Actor{
		Top: top,
		Bottom: func(t int) (types.TraceProvider, error) {
			var p types.TraceProvider = alphaBottom{uint64(t), uint64(transitions), max - split - 1}
			if t == bad {
				p = corrupt{p, max - split - 1, cut}
			}
			return p, nil
		},
		Preimages:  alphaPreimages{transitions},
		SplitDepth: split,
		MaxDepth:   max,
	}
}

// TestSolversPlayAlphabetGames: op-challenger's solver plays both sides of
// real DisputeGames over AlphabetVM on the simulated L1 — honest against
// dishonest and dishonest against honest, lying inside a transition or only
// in the padding past the last one — and the honest side wins and is paid
// every bond in the game.
func TestSolversPlayAlphabetGames(t *testing.T) {
	ctx := context.Background()
	const transitions, split, max = 5, 4, 8
	chain := l1test.New(t, 4) // 0 stands in for the rollup (creates games), 1 proposer, 2 and 3 players
	cfg := deploy.DevnetGame(split, max)
	vmAddr := chain.Deploy(t, 0, common.FromHex(alphabet.AlphabetVMMetaData.Bin), nil)
	fac := bindings.NewDisputeGameFactory()
	facAddr := chain.Deploy(t, 0, common.FromHex(bindings.DisputeGameFactoryMetaData.Bin), fac.PackConstructor(chain.Addrs[0], vmAddr, cfg, common.Address{}, cfg))
	out, err := chain.Client.CallContract(ctx, callMsg(facAddr, fac.PackInitBond()), nil)
	require.NoError(t, err)
	initBond, err := fac.UnpackInitBond(out)
	require.NoError(t, err)
	require.Equal(t, bondAt(cfg, 1), initBond)

	for i, tc := range []struct {
		name        string
		rootHonest  bool
		bad         int
		cut         uint64
		wantSteps   int
		wantRefused bool
	}{
		{"dishonest root, wrong inside transition 2", false, 2, 3, 1, false},
		{"dishonest root, wrong from the first step", false, 0, 0, 1, false},
		{"dishonest root, wrong in the last transition", false, transitions - 1, 4, 1, false},
		// Its exec root would have to project onto a wrong level-1 state: moveExecRoot refuses it.
		{"honest root, dishonest challenger inside transition 3", true, 3, 2, 0, true},
		// A padding transition is the identity: the dishonest step reproduces the honest leaf (ValidStep).
		{"honest root, dishonest challenger only in the padding", true, transitions, 0, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			honest := alphaActor(transitions, split, max, -1, 0)
			dishonest := alphaActor(transitions, split, max, tc.bad, tc.cut)
			claimer, challenger := dishonest, honest
			if tc.rootHonest {
				claimer, challenger = honest, dishonest
			}
			root, err := claimer.Top.Get(ctx, types.RootPosition)
			require.NoError(t, err)
			first, err := challenger.Top.Get(ctx, types.RootPosition.Attack())
			require.NoError(t, err)
			creator := &l1test.Sender{C: chain, I: 0}
			_, err = creator.Send(ctx, facAddr, fac.PackCreate(pack(recArg, big.NewInt(transitions), root), nil, chain.Addrs[1], chain.Addrs[2], first), initBond)
			require.NoError(t, err)
			out, err := chain.Client.CallContract(ctx, callMsg(facAddr, fac.PackGameAt(big.NewInt(int64(i)))), nil)
			require.NoError(t, err)
			game, err := fac.UnpackGameAt(out)
			require.NoError(t, err)

			cs, ds := &l1test.Sender{C: chain, I: 2}, &l1test.Sender{C: chain, I: 1}
			cg, dg := fraud.NewContractGame(game, blockCaller(t, chain), cs), fraud.NewContractGame(game, blockCaller(t, chain), ds)
			// The on-chain ClaimData decode to op-challenger's claims: root and first attack.
			start, err := cg.Claims(ctx)
			require.NoError(t, err)
			require.Len(t, start, 2)
			require.Equal(t, types.RootPosition.ToGIndex(), start[0].Position.ToGIndex())
			require.Equal(t, -1, start[0].ParentContractIndex)
			require.Equal(t, root, start[0].Value)
			require.Equal(t, chain.Addrs[1], start[0].Claimant)
			require.Zero(t, start[0].Bond.Sign())
			require.Equal(t, types.RootPosition.Attack().ToGIndex(), start[1].Position.ToGIndex())
			require.Equal(t, 0, start[1].ParentContractIndex)
			require.Equal(t, first, start[1].Value)
			require.Equal(t, chain.Addrs[2], start[1].Claimant)
			require.Equal(t, initBond, start[1].Bond)
			require.Equal(t, common.Address{}, start[1].CounteredBy)
			require.False(t, start[1].Clock.Timestamp.IsZero())
			log := slog.New(slog.DiscardHandler)
			agents := []*fraud.Agent{fraud.NewAgent(claimer, dg, log), fraud.NewAgent(challenger, cg, log)}
			refused := 0
			for round := 0; round < 100; round++ {
				acted := 0
				for j, a := range agents {
					n, err := a.Act(ctx)
					acted += n // what landed, even when another action was refused
					if err != nil {
						honestAgent := (j == 0) == tc.rootHonest
						require.False(t, honestAgent, "the honest agent failed: %v", err)
						t.Logf("refused: %v", err)
						refused++
					}
				}
				if acted == 0 {
					break
				}
			}
			require.Equal(t, tc.wantSteps, cg.Steps+dg.Steps, "steps")
			require.Equal(t, tc.wantRefused, refused > 0, "refused dishonest actions: %d", refused)

			require.NoError(t, chain.AdvanceTime(time.Duration(cfg.MaxClockDuration+1)*time.Second))
			g := bindings.NewDisputeGame()
			claims, err := cg.Claims(ctx)
			require.NoError(t, err)
			for c := len(claims) - 1; c >= 0; c-- {
				_, err := creator.Send(ctx, game, g.PackResolveClaim(big.NewInt(int64(c)), big.NewInt(0)), nil)
				require.NoError(t, err)
			}
			_, err = creator.Send(ctx, game, g.PackResolve(), nil)
			require.NoError(t, err)
			out, err = chain.Client.CallContract(ctx, callMsg(game, g.PackStatus()), nil)
			require.NoError(t, err)
			st, err := g.UnpackStatus(out)
			require.NoError(t, err)
			winner, loser := cs.From(), ds.From()
			want := uint8(1)
			if tc.rootHonest {
				want, winner, loser = 2, ds.From(), cs.From()
			}
			require.Equal(t, want, st, "the honest side wins")
			held, err := chain.Client.BalanceAt(ctx, game, nil)
			require.NoError(t, err)
			credit := func(who common.Address) *big.Int {
				out, err := chain.Client.CallContract(ctx, callMsg(game, g.PackCredit(who)), nil)
				require.NoError(t, err)
				v, err := g.UnpackCredit(out)
				require.NoError(t, err)
				return v
			}
			require.Equal(t, held, credit(winner), "every bond goes to the honest side")
			require.Zero(t, credit(loser).Sign(), "the dishonest side is paid nothing")
			t.Logf("%s: %d claims, %d steps, %d refused dishonest actions; %v wei to the honest side; gas challenger %d, defender %d",
				tc.name, len(claims), cg.Steps+dg.Steps, refused, held, cg.GasUsed, dg.GasUsed)
		})
	}
}
