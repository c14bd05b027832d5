package fraud_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/solver"
	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/trace"
	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/trace/split"
	"github.com/ethereum-optimism/optimism/op-challenger/game/fault/types"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/fraud"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/onestep"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// corrupt claims wrong values for every trace index at or after cut.
type corrupt struct {
	types.TraceProvider
	depth types.Depth
	cut   uint64
}

func (c corrupt) Get(ctx context.Context, pos types.Position) (common.Hash, error) {
	h, err := c.TraceProvider.Get(ctx, pos)
	if err != nil || pos.TraceIndex(c.depth).Uint64() < c.cut {
		return h, err
	}
	return crypto.Keccak256Hash(h[:], []byte("wrong")), nil
}

// splitDepth, bottomDepth cover every record on modelgen.Tiny (TestConfiguredDepthsCoverTheirModels).
const splitDepth, bottomDepth = 10, 12

func actor(r *fraud.Replay, badTransition int, badStep uint64) *solver.GameSolver {
	var top types.TraceProvider = &fraud.Level1Trace{States: r.States(), Depth: splitDepth}
	if badTransition >= 0 {
		top = corrupt{top, splitDepth, uint64(badTransition)}
	}
	creator := func(_ context.Context, depth types.Depth, _ types.Claim, post types.Claim) (types.TraceProvider, error) {
		k := int(post.TraceIndex(splitDepth).Int64())
		var p types.TraceProvider = &fraud.Level2Trace{Replay: r, Transition: k, Depth: depth}
		if k == badTransition {
			p = corrupt{p, depth, badStep}
		}
		return p, nil
	}
	return solver.NewGameSolver(splitDepth+1+bottomDepth, trace.NewAccessor(split.NewSplitProviderSelector(top, splitDepth, creator)))
}

// TestSolversPlayTheSplitGame: op-challenger's solver drives both sides of
// a game over a real job — level 1 over h(p, l), level 2 over one block's
// micro-steps — and the bisection ends in a step the Solidity verifier
// executes: the honest side's step counters the dishonest leaf.
func TestSolversPlayTheSplitGame(t *testing.T) {
	ctx := context.Background()
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	prompt := []int32{1, 60, 70}
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 4}, canon.Options{})
	require.NoError(t, err)
	tokens := append(append([]int32{}, prompt...), res.Tokens[:len(res.Tokens)-1]...)
	r, err := fraud.NewReplay(t.Context(), m, tree, tokens, len(prompt), canon.SampleParams{}, canon.Options{})
	require.NoError(t, err)
	require.LessOrEqual(t, len(r.States()), 1<<splitDepth)

	chain := l1test.New(t, 1)
	att := chain.Deploy(t, 0, common.FromHex(bindings.OneStepAttentionMetaData.Bin), nil)
	head := chain.Deploy(t, 0, common.FromHex(bindings.OneStepHeadMetaData.Bin), nil)
	osv := bindings.NewOneStepVerifier()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.OneStepVerifierMetaData.Bin), osv.PackConstructor(att, head))
	inst := osv.Instance(chain.Client, addr)
	job := bindings.IOneStepTypesJobContext{PromptRoot: vm.PromptRoot(prompt), PromptLen: uint32(len(prompt))}

	for _, tc := range []struct {
		name          string
		rootHonest    bool
		badTransition int
		badStep       uint64
	}{
		{"dishonest root, wrong inside a block", false, 7, 300},
		{"dishonest root, wrong inside a head step", false, 8, 100},
		{"honest root, dishonest challenger", true, 10, 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			honest := actor(r, -1, 0)
			dishonest := actor(r, tc.badTransition, tc.badStep)
			claimer, challenger := honest, dishonest
			if !tc.rootHonest {
				claimer, challenger = dishonest, honest
			}
			maxDepth := types.Depth(splitDepth + 1 + bottomDepth)
			rootTrace := &fraud.Level1Trace{States: r.States(), Depth: splitDepth}
			rootValue, err := rootTrace.Get(ctx, types.NewPositionFromGIndex(big.NewInt(1)))
			require.NoError(t, err)
			if !tc.rootHonest {
				rootValue = crypto.Keccak256Hash(rootValue[:], []byte("wrong"))
			}
			claims := []types.Claim{{ClaimData: types.ClaimData{Value: rootValue, Position: types.NewPositionFromGIndex(big.NewInt(1)), Bond: big.NewInt(0)}, ContractIndex: 0}}
			moves, stepped := 0, false
			for round := 0; round < 100 && !stepped; round++ {
				acted := false
				for _, s := range []*solver.GameSolver{challenger, claimer} {
					game := types.NewGameState(claims, maxDepth)
					actions, err := s.CalculateNextActions(ctx, game)
					require.NoError(t, err)
					for _, a := range actions {
						acted = true
						switch a.Type {
						case types.ActionTypeMove:
							pos := a.ParentClaim.Position.Defend()
							if a.IsAttack {
								pos = a.ParentClaim.Position.Attack()
							}
							claims = append(claims, types.Claim{
								ClaimData:           types.ClaimData{Value: a.Value, Position: pos, Bond: big.NewInt(0)},
								ContractIndex:       len(claims),
								ParentContractIndex: a.ParentClaim.ContractIndex,
							})
							moves++
						case types.ActionTypeStep:
							var sp vm.StepProof
							require.NoError(t, json.Unmarshal(a.ProofData, &sp))
							out, err := bind.Call(inst, nil, osv.PackStep(onestep.Config(m), tree.Root(), job, onestep.Proof(&sp)), osv.UnpackStep)
							require.NoError(t, err, "step %d (%s) of transition", sp.Step, sp.Instr)
							require.Equal(t, a.PreState, out.Pre[:], "the step starts from the agreed state")
							leaf := a.ParentClaim
							if s != honest {
								// A dishonest step on an honest leaf executes to exactly the value the
								// leaf claims, so the game contract rejects it and the honest claim stands.
								require.True(t, a.IsAttack)
								require.Equal(t, leaf.Value, common.Hash(out.Post), "a dishonest step reproduces the honest leaf")
								t.Logf("%s: %d moves, dishonest step %d (%s) at p=%d l=%d rejected", tc.name, moves, sp.Step, sp.Instr, sp.P, sp.L)
								stepped = true
								continue
							}
							if a.IsAttack {
								require.NotEqual(t, leaf.Value, common.Hash(out.Post), "the step counters the leaf claim %d at trace index %v",
									leaf.ContractIndex, leaf.TraceIndex(maxDepth))
							} else {
								// Defending: the step from the leaf's state lands on a state that differs from
								// the disputed claim after it.
								require.NotEqual(t, common.Hash{}, common.Hash(out.Post))
							}
							t.Logf("%s: %d moves, honest step %d (%s) at transition p=%d l=%d; attack=%v", tc.name, moves, sp.Step, sp.Instr, sp.P, sp.L, a.IsAttack)
							stepped = true
						default:
							t.Fatalf("unexpected action %v", a.Type)
						}
					}
				}
				if !acted {
					break
				}
			}
			require.True(t, stepped, "the game ends in a step (%d moves)", moves)
		})
	}
}
