package onestep

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/internal/l1test"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// configOf converts a configuration (no model needed) to the verifier's struct.
func configOf(c canon.Config) bindings.IOneStepTypesModelConfig {
	return bindings.IOneStepTypesModelConfig{
		Dim: uint32(c.Dim), Layers: uint32(c.Layers), Heads: uint32(c.Heads), KvHeads: uint32(c.KVHeads),
		FfDim: uint32(c.FFDim), Vocab: uint32(c.Vocab), Context: uint32(c.Context), RopeDims: uint32(c.RopeDims),
	}
}

// TestProgramLengthMatchesGo: TransformerVM.programLength equals the Go
// program's length for block and head programs on several configurations and
// positions, maxProgramLength equals vm.MaxProgramLen, and capacityError
// accepts vm.RequiredDepths and names the level that one depth less leaves
// uncovered.
func TestProgramLengthMatchesGo(t *testing.T) {
	chain := l1test.New(t, 1)
	tvm := bindings.NewTransformerVM()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.TransformerVMMetaData.Bin), tvm.PackConstructor(common.Address{}))
	inst := tvm.Instance(chain.Client, addr)
	configs := map[string]canon.Config{
		"tiny":         modelgen.Tiny.Config(),
		"odd":          {Dim: 96, Layers: 2, Heads: 6, KVHeads: 2, FFDim: 160, Vocab: 400, Context: 40, RopeDims: 16},
		"wide ffn":     {Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 4160, Vocab: 400, Context: 16, RopeDims: 16},
		"LLaMA-7B":     {Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096, RopeDims: 128},
		"LLaMA-3-8B":   {Dim: 4096, Layers: 32, Heads: 32, KVHeads: 8, FFDim: 14336, Vocab: 128256, Context: 8192, RopeDims: 128},
		"dim 8192":     {Dim: 8192, Layers: 80, Heads: 64, KVHeads: 8, FFDim: 28672, Vocab: 128256, Context: 32768, RopeDims: 128},
		"context 2^20": {Dim: 4096, Layers: 32, Heads: 32, KVHeads: 8, FFDim: 11008, Vocab: 1 << 21, Context: 1 << 20, RopeDims: 128},
	}
	call := func(data []byte) *big.Int {
		n, err := bind.Call(inst, nil, data, tvm.UnpackProgramLength)
		require.NoError(t, err)
		return n
	}
	for name, c := range configs {
		cfg := configOf(c)
		for _, p := range []int{0, 1, 30, 31, 32, 33, c.Context / 2, c.Context - 2, c.Context - 1} {
			if p < 0 || p >= c.Context {
				continue
			}
			want := vm.Compile(c, p).Len()
			got := call(tvm.PackProgramLength(cfg, big.NewInt(int64(p)), false, false, false))
			require.Equal(t, want, got.Uint64(), "%s: block program at p = %d", name, p)
			if p+1 >= c.Context {
				continue
			}
			for _, h := range [][2]bool{{true, false}, {false, false}, {false, true}} {
				want := vm.CompileHead(c, p, h[0], h[1]).Len()
				got := call(tvm.PackProgramLength(cfg, big.NewInt(int64(p)), true, h[0], h[1]))
				require.Equal(t, want, got.Uint64(), "%s: head program at p = %d (prompted %v, sampled %v)", name, p, h[0], h[1])
			}
		}
		maxLen, err := bind.Call(inst, nil, tvm.PackMaxProgramLength(cfg), tvm.UnpackMaxProgramLength)
		require.NoError(t, err)
		require.Equal(t, vm.MaxProgramLen(c), maxLen.Uint64(), name)

		split, maxDepth := vm.RequiredDepths(c)
		capErr := func(s, m uint8) string {
			out, err := bind.Call(inst, nil, tvm.PackCapacityError(cfg, s, m), tvm.UnpackCapacityError)
			require.NoError(t, err)
			return out
		}
		require.Empty(t, capErr(split, maxDepth), "%s at depths %d/%d", name, split, maxDepth)
		require.Empty(t, capErr(split+1, maxDepth+1), name)
		if split > 0 {
			require.Equal(t, "level1", capErr(split-1, maxDepth-1), name)
		}
		require.Equal(t, "level2", capErr(split, maxDepth-1), name)
		require.Equal(t, "level2", capErr(split, split), name)
		t.Logf("%s: longest program %d steps, %d transitions: depths %d/%d", name, maxLen, vm.MaxTransitions(c), split, maxDepth)
	}
}
