package fraud_test

import (
	"context"
	"encoding/json"
	"math/big"
	"math/rand/v2"
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
	"github.com/airollup/airollup/internal/deploy"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/internal/onestep"
	"github.com/airollup/airollup/internal/record"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// claimsFrom claims `root` for every level-1 trace index at or after cut.
type claimsFrom struct {
	types.TraceProvider
	cut  uint64
	root common.Hash
}

func (c claimsFrom) Get(ctx context.Context, pos types.Position) (common.Hash, error) {
	if pos.TraceIndex(splitDepth).Uint64() >= c.cut {
		return c.root, nil
	}
	return c.TraceProvider.Get(ctx, pos)
}

// TestEarlyStopAtAnEOSTheModelDoesNotChooseIsDisputable: a record that stops
// early at the model's EOS where the model chooses another token passes
// RecordValidity (it is not voidable) and TransformerVM.setup (outputLen <
// maxTokens), and its game covers exactly its promptLen + outputLen − 1
// positions: every level-1 state but the root claim agrees with the honest
// replay, so the bisection ends in the last position's head step, at the
// NEXT micro-step that chooses the token, which OneStepVerifier executes to
// the honest state (the model's token, not EOS): the honest step counters the
// dishonest leaf, or a dishonest step on the honest leaf reproduces it.
func TestEarlyStopAtAnEOSTheModelDoesNotChooseIsDisputable(t *testing.T) {
	ctx := context.Background()
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	require.Equal(t, 2, m.EOS, "modelgen's EOS")
	tree, err := vm.NewModelTree(m)
	require.NoError(t, err)
	eos := int32(m.EOS)

	// A prompt whose first two greedy tokens are not EOS; the record stops after one token, at EOS.
	const maxTokens = 4
	prompt := []int32{1, 60, 70}
	res, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: maxTokens, StopAtEOS: true}, canon.Options{})
	require.NoError(t, err)
	require.Len(t, res.Tokens, maxTokens, "the model does not stop early on this prompt")
	require.NotEqual(t, eos, res.Tokens[0])
	require.NotEqual(t, eos, res.Tokens[1], "the model does not choose EOS at the second output position")
	output := []int32{res.Tokens[0], eos}
	r, err := fraud.NewReplay(t.Context(), m, tree, append(append([]int32{}, prompt...), output[0]), len(prompt), canon.SampleParams{}, canon.Options{})
	require.NoError(t, err)
	T := r.Transitions()
	P := len(prompt) + len(output) - 1
	require.Equal(t, P*(m.Layers+1), T)

	// The dishonest final state: the honest one's KV, the EOS embedding and token chain.
	final := r.Final()
	rec := record.JobRecord{JobID: 1, ModelRoot: tree.Root(), InputHash: crypto.Keccak256Hash(canon.TokenBytes(prompt)),
		PromptLen: uint32(len(prompt)), OutputLen: uint32(len(output)), Params: record.JobParams{MaxTokens: maxTokens},
		OutputHash: canon.TokensHash(output), ResidualRoot: final.RegRoots()[0], KvRoot: final.KVRoot(), Fee: big.NewInt(0)}
	rec.ResidualRoot[0] ^= 1 // not the honest residual (that of the model's own token)

	chain := l1test.New(t, 2)
	a, err := deploy.Deploy(ctx, chain.Client, chain.Opts(0), chain.Wait, deploy.Config{
		Sequencer: chain.Addrs[1], InclusionWindow: 10, Game: deploy.DevnetGame(tvmSplit, tvmMax), VM: deploy.Transformer,
		Rollup: deploy.DevnetRollup(),
	})
	require.NoError(t, err)
	tvm := bindings.NewTransformerVM()
	enc, err := rec.Encode()
	require.NoError(t, err)
	data, err := fraud.SetupData(m, tree, prompt, output)
	require.NoError(t, err)
	out, err := chain.Client.CallContract(ctx, callMsg(a.VM, tvm.PackSetup(enc, data)), nil)
	require.NoError(t, err, "setup accepts an output shorter than maxTokens")
	s, err := tvm.UnpackSetup(out)
	require.NoError(t, err)
	require.Equal(t, int64(T), s.Transitions.Int64(), "the game covers promptLen + outputLen − 1 positions")
	require.Equal(t, [32]byte(r.States()[0]), s.AbsolutePrestate)
	require.NotEqual(t, [32]byte(r.States()[T]), s.RootClaim, "the root claim is not the honest final state")
	require.NoError(t, record.CheckOutput(m.Config, maxTokens, output), "the early stop rules hold: not voidable")

	// The head step of position P − 1: the state after its last NEXT is the first that differs.
	last, err := r.Machine(T - 1)
	require.NoError(t, err)
	var firstEmbed uint64
	for k := range last.Program().Len() {
		ins, err := last.Program().At(k)
		require.NoError(t, err)
		if ins.Op == vm.OpEmbed {
			firstEmbed = k
			break
		}
	}
	require.Positive(t, firstEmbed)

	att := chain.Deploy(t, 0, common.FromHex(bindings.OneStepAttentionMetaData.Bin), nil)
	head := chain.Deploy(t, 0, common.FromHex(bindings.OneStepHeadMetaData.Bin), nil)
	osv := bindings.NewOneStepVerifier()
	inst := osv.Instance(chain.Client, chain.Deploy(t, 0, common.FromHex(bindings.OneStepVerifierMetaData.Bin), osv.PackConstructor(att, head)))
	job := bindings.IOneStepTypesJobContext{PromptRoot: vm.PromptRoot(prompt), PromptLen: uint32(len(prompt))}

	mkActor := func(honest bool) *solver.GameSolver {
		var top types.TraceProvider = &fraud.Level1Trace{States: r.States(), Depth: splitDepth}
		if !honest {
			top = claimsFrom{top, uint64(T - 1), s.RootClaim}
		}
		creator := func(_ context.Context, depth types.Depth, _ types.Claim, post types.Claim) (types.TraceProvider, error) {
			k := int(post.TraceIndex(splitDepth).Int64())
			var p types.TraceProvider = &fraud.Level2Trace{Replay: r, Transition: k, Depth: depth}
			if !honest && k == T-1 {
				p = corrupt{p, depth, firstEmbed - 1} // trace index k claims the state after step k: NEXT's post-state on
			}
			return p, nil
		}
		return solver.NewGameSolver(splitDepth+1+bottomDepth, trace.NewAccessor(split.NewSplitProviderSelector(top, splitDepth, creator)))
	}
	honest, dishonest := mkActor(true), mkActor(false)
	maxDepth := types.Depth(splitDepth + 1 + bottomDepth)
	claims := []types.Claim{{ClaimData: types.ClaimData{Value: s.RootClaim, Position: types.NewPositionFromGIndex(big.NewInt(1)), Bond: big.NewInt(0)}}}
	var step *vm.StepProof
	var stepper *solver.GameSolver
	for round := 0; round < 100 && step == nil; round++ {
		acted := false
		for _, sv := range []*solver.GameSolver{honest, dishonest} {
			if step != nil {
				break
			}
			actions, err := sv.CalculateNextActions(ctx, types.NewGameState(claims, maxDepth))
			require.NoError(t, err)
			for _, act := range actions {
				acted = true
				switch act.Type {
				case types.ActionTypeMove:
					pos := act.ParentClaim.Position.Defend()
					if act.IsAttack {
						pos = act.ParentClaim.Position.Attack()
					}
					claims = append(claims, types.Claim{ClaimData: types.ClaimData{Value: act.Value, Position: pos, Bond: big.NewInt(0)},
						ContractIndex: len(claims), ParentContractIndex: act.ParentClaim.ContractIndex})
				case types.ActionTypeStep:
					var sp vm.StepProof
					require.NoError(t, json.Unmarshal(act.ProofData, &sp))
					res, err := bind.Call(inst, nil, osv.PackStep(onestep.Config(m), tree.Root(), job, onestep.Proof(&sp)), osv.UnpackStep)
					require.NoError(t, err)
					require.Equal(t, act.PreState, res.Pre[:], "the step starts from the agreed state")
					require.NoError(t, last.RunTo(sp.Step+1))
					require.Equal(t, [32]byte(last.StateRoot()), res.Post, "the verifier lands on the honest state")
					if sv == honest {
						if act.IsAttack {
							require.NotEqual(t, act.ParentClaim.Value, common.Hash(res.Post), "the honest step counters the dishonest leaf")
						}
					} else {
						// The leaf is the honest side's: a dishonest step reproduces it, so DisputeGame rejects
						// the step and the honest claim stands.
						require.True(t, act.IsAttack)
						require.Equal(t, act.ParentClaim.Value, common.Hash(res.Post), "a dishonest step reproduces the honest leaf")
					}
					step, stepper = &sp, sv
				default:
					t.Fatalf("unexpected action %v", act.Type)
				}
			}
		}
		require.True(t, acted || step != nil, "the game stalled before a step")
	}
	require.NotNil(t, step, "the game ends in a step")
	require.Equal(t, uint32(P-1), step.P, "the last processed position")
	require.Equal(t, uint32(m.Layers), step.L, "its head step")
	require.Equal(t, vm.OpNext, step.Instr.Op, "the micro-step that chooses the token")
	require.Equal(t, firstEmbed-1, step.Step)
	t.Logf("early stop at EOS %d where the model chooses %d: %d claims, step %d (%s) at p=%d l=%d by the honest side: %v",
		eos, res.Tokens[1], len(claims), step.Step, step.Instr.Op, step.P, step.L, stepper == honest)
}

// TestCheckOutputMatchesRecordValidity: record.CheckOutput accepts exactly the
// outputs RecordValidity.outputInvalidity finds valid (random outputs over a
// small vocabulary, so EOS is frequent; models with and without an EOS), and
// the canonical runtime's early-stopped outputs are among them.
func TestCheckOutputMatchesRecordValidity(t *testing.T) {
	chain := l1test.New(t, 1)
	rv := bindings.NewRecordValidity()
	inst := rv.Instance(chain.Client, chain.Deploy(t, 0, common.FromHex(bindings.RecordValidityMetaData.Bin),
		rv.PackConstructor(common.Address{}, common.Address{}, common.Address{}, false)))
	valid := func(c canon.Config, maxTokens int, outputLen int, output []int32) bool {
		b := make([]byte, 0, 4*len(output))
		for _, tok := range output {
			b = append(b, byte(uint32(tok)>>24), byte(uint32(tok)>>16), byte(uint32(tok)>>8), byte(tok))
		}
		got, err := bind.Call(inst, nil, rv.PackOutputInvalidity(big.NewInt(int64(outputLen)), big.NewInt(int64(maxTokens)),
			big.NewInt(int64(c.Vocab)), new(big.Int).SetUint64(uint64(uint32(int32(c.EOS)))), b), rv.UnpackOutputInvalidity)
		require.NoError(t, err)
		return got == 0
	}
	r := rand.New(rand.NewPCG(5, 8))
	agreed := map[bool]int{}
	for range 300 {
		c := canon.Config{Vocab: 4, EOS: r.IntN(4)}
		if r.IntN(4) == 0 {
			c.EOS = canon.NoEOS
		}
		maxTokens := 1 + r.IntN(4)
		output := make([]int32, r.IntN(6))
		for i := range output {
			output[i] = int32(r.IntN(5)) // 4 is outside the vocabulary
		}
		goErr := record.CheckOutput(c, maxTokens, output)
		if goErr != nil {
			require.ErrorIs(t, goErr, record.ErrRecord)
		}
		require.Equal(t, goErr == nil, valid(c, maxTokens, len(output), output), "eos %d, max %d, output %v: Go %v", c.EOS, maxTokens, output, goErr)
		agreed[goErr == nil]++
	}
	require.Positive(t, agreed[true])
	require.Positive(t, agreed[false])

	// The canonical runtime stops where the rules want it to: at EOS, or at maxTokens.
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	stopped := 0
	for i := range 40 {
		// Treat a token the model produces as its EOS, so that some jobs stop early.
		c := m.Config
		prompt := []int32{1, int32(3 + i)}
		full, err := m.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 6}, canon.Options{})
		require.NoError(t, err)
		c.EOS = int(full.Tokens[i%len(full.Tokens)])
		withEOS := *m
		withEOS.EOS = c.EOS
		res, err := withEOS.Generate(t.Context(), canon.Job{Prompt: prompt, MaxTokens: 6, StopAtEOS: true}, canon.Options{})
		require.NoError(t, err)
		require.NoError(t, record.CheckOutput(c, 6, res.Tokens))
		require.True(t, valid(c, 6, len(res.Tokens), res.Tokens))
		if len(res.Tokens) < 6 {
			stopped++
		}
	}
	require.Positive(t, stopped, "some jobs stopped early")
}
