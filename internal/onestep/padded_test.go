package onestep

import (
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

// paddedModel is PaddedModel, failing t on error.
func paddedModel(t testing.TB, spec modelgen.Spec, unpadded int) *canon.Model {
	t.Helper()
	m, err := PaddedModel(spec, unpadded)
	require.NoError(t, err)
	return m
}

// TestMetadataLeafMatchesSolidity: TransformerVM.checkModelConfig (what
// ModelRegistry.register asks) opens the Go metadata leaf (canon
// MetadataLeaf) of padded and unpadded models, tied or not, against their Go
// model roots — so the Solidity leaf is the Go leaf, twelve fields or
// thirteen — and refuses the configuration with ffUnpadded changed.
func TestMetadataLeafMatchesSolidity(t *testing.T) {
	chain := l1test.New(t, 1)
	tvm := bindings.NewTransformerVM()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.TransformerVMMetaData.Bin), tvm.PackConstructor(common.Address{}))
	inst := tvm.Instance(chain.Client, addr)
	odd := modelgen.Spec{Dim: 64, Layers: 1, Heads: 4, KVHeads: 1, FFDim: 96, Vocab: 300, Context: 16, Seed: 8}
	plain, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	tied := paddedModel(t, modelgen.Tiny, 161)
	tied.Output = tied.Embed
	require.NoError(t, tied.Init())
	models := map[string]*canon.Model{"tiny": plain, "tiny padded 172": paddedModel(t, modelgen.Tiny, 172),
		"padded 65": paddedModel(t, odd, 65), "padded 95": paddedModel(t, odd, 95), "tied padded 161": tied}
	for name, m := range models {
		require.Equal(t, name == "tied padded 161", m.Tied(), name)
		m.TokenizerHash = merkle.Keccak([]byte(name))
		tree, err := vm.NewModelTree(m)
		require.NoError(t, err)
		meta, err := tree.Open(canon.LeafMeta, 0, 0, 0)
		require.NoError(t, err)
		require.NoError(t, merkle.Verify(tree.Root(), m.MetadataLeaf(), 0, meta.Proof), "%s: leaf 0 of the Go root is the Go metadata leaf", name)
		cfg := Config(m)
		require.Equal(t, uint32(m.FFUnpadded), cfg.FfUnpadded, name)
		check := func(cfg bindings.IOneStepTypesModelConfig) error {
			_, err := bind.Call(inst, nil, tvm.PackCheckModelConfig(cfg, tree.Root(), hashes(meta.Proof)), func([]byte) (struct{}, error) { return struct{}{}, nil })
			return err
		}
		require.NoError(t, check(cfg), "%s: the Solidity metadata leaf is Go's", name)
		n, err := bind.Call(inst, nil, tvm.PackModelLeafCount(cfg), tvm.UnpackModelLeafCount)
		require.NoError(t, err)
		require.Equal(t, uint64(len(m.Leaves())), n.Uint64(), name)

		other := cfg
		other.FfUnpadded = uint32(m.FFDim - 1)
		if m.FFUnpadded != 0 {
			other.FfUnpadded = 0
		}
		err = check(other)
		require.Error(t, err, "%s: ffUnpadded %d is not the committed one", name, other.FfUnpadded)
		require.ErrorContains(t, err, "execution reverted")
	}
}

// TestVerifierMatchesVMOnPaddedModel: every step of blocks of a padded
// model — the FFN's MATVEC rows of ffn_gate/ffn_up (zero rows past the
// file's width) and ffn_down (zero columns), SWIGLU over the padded chunk —
// and of a head step runs in the Solidity verifier to the Go machine's
// roots, the configuration carrying ffUnpadded.
func TestVerifierMatchesVMOnPaddedModel(t *testing.T) {
	v := deploy(t)
	m := paddedModel(t, modelgen.Tiny, 172)
	mt, err := vm.NewModelTree(m)
	require.NoError(t, err)
	r := rand.New(rand.NewPCG(17, 172))
	tokens := make([]int32, 5)
	for i := range tokens {
		tokens[i] = int32(r.IntN(m.Vocab))
	}
	v.job = bindings.IOneStepTypesJobContext{PromptRoot: vm.PromptRoot(tokens), PromptLen: uint32(len(tokens))}
	down := 0
	for _, pl := range [][2]int{{0, 0}, {len(tokens) - 1, m.Layers - 1}, {len(tokens) - 2, m.Layers}} {
		mc := machineAt(t, m, tokens, pl[0], pl[1])
		for {
			sp, err := mc.Prove(mt)
			require.NoError(t, err)
			out, err := v.step(m, mt.Root(), sp)
			require.NoError(t, err, "p %d l %d step %d %s", pl[0], pl[1], sp.Step, sp.Instr)
			require.Equal(t, [32]byte(mc.StateRoot()), out.Pre, "step %d %s", sp.Step, sp.Instr)
			if mc.Done() {
				require.Equal(t, vm.OpHalt, sp.Instr.Op)
				require.Equal(t, out.Pre, out.Post)
				break
			}
			require.NoError(t, mc.Exec())
			require.Equal(t, [32]byte(mc.StateRoot()), out.Post, "p %d l %d step %d %s", pl[0], pl[1], sp.Step, sp.Instr)
			if sp.Instr.Op == vm.OpMatVec && sp.Instr.A == vm.MatDown {
				down++
			}
		}
	}
	require.Equal(t, 2*m.Dim, down, "every ffn_down row of two blocks")
}
