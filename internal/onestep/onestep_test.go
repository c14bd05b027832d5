package onestep

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

type verifier struct {
	b    *bindings.OneStepVerifier
	inst *bind.BoundContract
	addr common.Address
	job  bindings.IOneStepTypesJobContext
}

// Deploy deploys the three verifier contracts (attention, head, entry point)
// on chain and returns the entry point's address.
func Deploy(t testing.TB, chain *l1test.Chain) common.Address {
	att := chain.Deploy(t, 0, common.FromHex(bindings.OneStepAttentionMetaData.Bin), nil)
	head := chain.Deploy(t, 0, common.FromHex(bindings.OneStepHeadMetaData.Bin), nil)
	return chain.Deploy(t, 0, common.FromHex(bindings.OneStepVerifierMetaData.Bin), bindings.NewOneStepVerifier().PackConstructor(att, head))
}

func deploy(t testing.TB) *verifier {
	chain := l1test.New(t, 1)
	addr := Deploy(t, chain)
	b := bindings.NewOneStepVerifier()
	return &verifier{b: b, inst: b.Instance(chain.Client, addr), addr: addr}
}

func (v *verifier) step(m *canon.Model, root merkle.Hash, sp *vm.StepProof) (bindings.StepOutput, error) {
	return v.call(Config(m), root, sp)
}

func (v *verifier) call(cfg bindings.IOneStepTypesModelConfig, root merkle.Hash, sp *vm.StepProof) (bindings.StepOutput, error) {
	return bind.Call(v.inst, nil, v.b.PackStep(cfg, root, v.job, Proof(sp)), v.b.UnpackStep)
}

// machineAt builds a machine for block l of token p from a real forward pass.
func machineAt(t testing.TB, m *canon.Model, tokens []int32, p, l int) *vm.Machine {
	return machineWith(t, m, tokens, p, l, len(tokens), canon.SampleParams{})
}

// machineWith is machineAt for a job whose prompt is tokens[:promptLen], with sampling parameters.
func machineWith(t testing.TB, m *canon.Model, tokens []int32, p, l, promptLen int, params canon.SampleParams) *vm.Machine {
	t.Helper()
	s, err := m.NewSession(len(tokens), false, canon.Options{})
	require.NoError(t, err)
	resid := map[[2]int][]int32{}
	s.SetResidualHook(func(pp, ll int, x []int32) { resid[[2]int{pp, ll}] = append([]int32(nil), x...) })
	_, err = s.Forward(t.Context(), tokens, canon.LogitsNone)
	require.NoError(t, err)
	c := m.Config
	w := 2 * c.KVDim()
	k := merkle.NewHasher()
	roots := make([]merkle.Hash, c.Layers)
	for j := range roots {
		n := p
		if j < l {
			n = p + 1
		}
		acc := merkle.NewAccumulator()
		for tt := 0; tt < n; tt++ {
			acc.Append(vm.KVLeaf(s.KV(j)[tt*w : (tt+1)*w]))
		}
		roots[j] = acc.RootAtDepth(merkle.Depth(uint64(c.Context)))
	}
	var tok merkle.Hash
	var b [4]byte
	for _, x := range tokens[:p+1] {
		binary.BigEndian.PutUint32(b[:], uint32(x))
		tok = k.Sum(tok[:], b[:])
	}
	in := vm.Input{P: p, L: l, Residual: resid[[2]int{p, l}], LayerRoots: roots, TokensHash: tok, Prompt: tokens[:promptLen], Params: params}
	if l < c.Layers {
		in.KVLayer = s.KV(l)[:p*w]
	}
	mc, err := vm.New(m, in)
	require.NoError(t, err)
	return mc
}

// TestVerifierMatchesVM runs every step of a few blocks through the Solidity
// verifier and checks both roots against the Go machine.
func TestVerifierMatchesVM(t *testing.T) {
	v := deploy(t)
	specs := []modelgen.Spec{
		modelgen.Tiny,
		{Dim: 96, Layers: 2, Heads: 6, KVHeads: 2, FFDim: 160, Vocab: 400, Context: 40, Seed: 4},
		{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 4160, Vocab: 400, Context: 16, Seed: 5}, // ffn_down in 2 parts
	}
	r := rand.New(rand.NewPCG(1, 2))
	counts := map[vm.Op]int{}
	for si, spec := range specs {
		m, err := spec.Model()
		require.NoError(t, err)
		mt, err := vm.NewModelTree(m)
		require.NoError(t, err)
		tokens := make([]int32, 6)
		for i := range tokens {
			tokens[i] = int32(r.IntN(m.Vocab))
		}
		for trial := 0; trial < 5; trial++ {
			// trials 2..4 are head steps: after the prompt (argmax), inside it (the prompt's
			// token), and after a shorter prompt with sampling
			p, l := r.IntN(len(tokens)), r.IntN(m.Layers)
			promptLen := len(tokens)
			var params canon.SampleParams
			if trial >= 2 {
				l = m.Layers
				p = len(tokens) - 1 - (trial - 2)
			}
			if trial == 4 {
				p, promptLen = len(tokens)-1, 3
				params = canon.SampleParams{TemperatureMilli: 800, TopK: 40, TopPMicro: 950_000, Seed: [32]byte{byte(si), 7}}
			}
			v.job = bindings.IOneStepTypesJobContext{
				PromptRoot: vm.PromptRoot(tokens[:promptLen]), PromptLen: uint32(promptLen),
				TemperatureMilli: params.TemperatureMilli, TopK: params.TopK, TopPMicro: params.TopPMicro, Seed: params.Seed,
			}
			mc := machineWith(t, m, tokens, p, l, promptLen, params)
			for !mc.Done() {
				// The wide-FFN spec has thousands of identical-shape MATVEC rows: check one in 32.
				if ins, _ := mc.Program().At(mc.Step()); ins.Op == vm.OpMatVec && m.FFDim > 4096 && r.IntN(32) != 0 {
					require.NoError(t, mc.Exec())
					continue
				}
				sp, err := mc.Prove(mt)
				require.NoError(t, err)
				pre := mc.StateRoot()
				out, err := v.step(m, mt.Root(), sp)
				require.NoError(t, err, "spec %d p %d l %d step %d %s", si, p, l, sp.Step, sp.Instr)
				require.Equal(t, [32]byte(pre), out.Pre, "pre-state, step %d %s", sp.Step, sp.Instr)
				require.NoError(t, mc.Exec())
				require.Equal(t, [32]byte(mc.StateRoot()), out.Post, "spec %d p %d l %d step %d %s", si, p, l, sp.Step, sp.Instr)
				counts[sp.Instr.Op]++
			}
			// The step at the program's length halts: the state stays.
			sp, err := mc.Prove(mt)
			require.NoError(t, err)
			require.Equal(t, vm.OpHalt, sp.Instr.Op)
			out, err := v.step(m, mt.Root(), sp)
			require.NoError(t, err)
			require.Equal(t, [32]byte(mc.StateRoot()), out.Pre)
			require.Equal(t, out.Pre, out.Post, "HALT leaves the state unchanged")
			counts[vm.OpHalt]++
		}
	}
	t.Logf("steps checked per opcode: %v", counts)
	require.Len(t, counts, 25, "every opcode: block, MATVECP, head, sampling and HALT")
}
