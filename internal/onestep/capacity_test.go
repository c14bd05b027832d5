package onestep

import (
	"math/big"
	"math/rand/v2"
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
	if c.RopeBaseBits == 0 {
		c.RopeBaseBits = 0x461c4000 // 10000.0
	}
	return bindings.IOneStepTypesModelConfig{
		Dim: uint32(c.Dim), Layers: uint32(c.Layers), Heads: uint32(c.Heads), KvHeads: uint32(c.KVHeads),
		FfDim: uint32(c.FFDim), Vocab: uint32(c.Vocab), Context: uint32(c.Context), RopeDims: uint32(c.RopeDims),
		RopeBaseBits: c.RopeBaseBits, NormEpsBits: c.NormEpsBits, Eos: uint32(int32(c.EOS)), FfUnpadded: uint32(int32(c.FFUnpadded)),
	}
}

// TestConfigCheckMatchesGo: TransformerVM (and so the ModelRegistry) accepts
// exactly the configurations the canonical runtime accepts (canon.Config.Check):
// a model the registry admits is one both sides of a game can run. Random
// configurations around every limit, and the edge values of the fp32 fields.
func TestConfigCheckMatchesGo(t *testing.T) {
	chain := l1test.New(t, 1)
	tvm := bindings.NewTransformerVM()
	addr := chain.Deploy(t, 0, common.FromHex(bindings.TransformerVMMetaData.Bin), tvm.PackConstructor(common.Address{}))
	inst := tvm.Instance(chain.Client, addr)
	r := rand.New(rand.NewPCG(3, 9))
	pick := func(vals ...int) int { return vals[r.IntN(len(vals))] }
	f32s := []uint32{0, 0x80000000, 0x3f800000, 0x3f800001, 0x3f7fffff, 0x461c4000, 0x3727c5ac, 0xb727c5ac,
		0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x00000001, 0x4e800000, 0x4e7fffff, 0x4f000000, 0xbf800000}
	accepted, refused := 0, 0
	for i := range 400 {
		c := canon.Config{
			Dim: pick(0, 32, 64, 96, 4096, canon.MaxDim, canon.MaxDim+32, 65536, 50), Layers: pick(0, 1, 2, 1024, 1025),
			Heads: pick(0, 1, 2, 3, 4, 32), KVHeads: pick(0, 1, 2, 4), FFDim: pick(0, 32, 192, canon.MaxFFDim, canon.MaxFFDim+32, 1<<18, 100),
			Vocab: pick(0, 1, 512, 1<<21, 1<<21+1), Context: pick(0, 1, 256, 1<<20, 1<<20+1),
			RopeDims: pick(0, 2, 3, 16, 32, 4096, 4098), RopeBaseBits: f32s[r.IntN(len(f32s))], NormEpsBits: f32s[r.IntN(len(f32s))],
			EOS: pick(-2, canon.NoEOS, 0, 2, 511, 512, 1<<21), FFUnpadded: pick(0, 0, 0, -1, 1, 160, 161, 172, 191, 192, 193),
		}
		if i%3 != 0 { // valid but for one fp32 field, the unpadded ff width or the EOS
			c = canon.Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 192, Vocab: 512, Context: 256, RopeDims: 16,
				RopeBaseBits: 0x461c4000, NormEpsBits: 0x3727c5ac, EOS: 2}
			switch i % 6 {
			case 1:
				c.RopeBaseBits = f32s[r.IntN(len(f32s))]
			case 2:
				c.NormEpsBits = f32s[r.IntN(len(f32s))]
			case 4: // the unpadded feed-forward width around ff 192
				c.FFUnpadded = pick(-1, 1, 159, 160, 161, 172, 191, 192, 193, 1<<31)
			default:
				c.EOS = pick(-2, canon.NoEOS, 0, 511, 512, 513, 1<<21)
			}
		}
		goErr := c.Check()
		cfg := configOf(c)
		cfg.RopeBaseBits = c.RopeBaseBits
		_, solErr := bind.Call(inst, nil, tvm.PackModelLeafCount(cfg), tvm.UnpackModelLeafCount)
		require.Equal(t, goErr == nil, solErr == nil, "config %+v: Go %v, Solidity %v", c, goErr, solErr)
		if goErr == nil {
			accepted++
		} else {
			refused++
		}
	}
	require.Positive(t, accepted)
	require.Positive(t, refused)
	t.Logf("%d configurations accepted by both, %d refused by both", accepted, refused)
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
