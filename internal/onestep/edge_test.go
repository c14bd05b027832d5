package onestep

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// edge draws an int32 that is often an extreme value.
func edge(r *rand.Rand) int32 {
	switch r.IntN(8) {
	case 0:
		return math.MaxInt32
	case 1:
		return math.MinInt32
	case 2:
		return 0
	case 3:
		return int32(r.IntN(3)) - 1
	case 4:
		return int32(r.Uint32()) // any
	default:
		return int32(r.NormFloat64() * 65536 * 4) // ordinary activations
	}
}

// extremeModel is a generated model with saturating norm weights, the
// largest and smallest fp16 scales and the int8 extremes sprinkled in.
func extremeModel(t *testing.T, r *rand.Rand) *canon.Model {
	t.Helper()
	spec := modelgen.Spec{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFDim: 96, Vocab: 400, Context: 24, Seed: r.Uint64()}
	m, err := spec.Model()
	require.NoError(t, err)
	for l := range m.Blocks {
		b := &m.Blocks[l]
		for i := range b.AttnNorm {
			if r.IntN(4) == 0 {
				b.AttnNorm[i] = edge(r)
				b.FFNNorm[i] = edge(r)
			}
		}
		for _, mat := range []*canon.Q8Matrix{&b.Wq, &b.Wk, &b.Wv, &b.Wo, &b.Wgate, &b.Wup, &b.Wdown} {
			for blk := 0; blk < len(mat.Data)/34; blk++ {
				if r.IntN(6) != 0 {
					continue
				}
				scales := []uint16{0x7bff, 0xfbff, 0x0001, 0x8001, 0x3c00, 0x0000}
				binary.LittleEndian.PutUint16(mat.Data[blk*34:], scales[r.IntN(len(scales))])
				for i := 2; i < 34; i += 1 + r.IntN(4) {
					mat.Data[blk*34+i] = []byte{0x80, 0x7f, 0x00, 0xff}[r.IntN(4)]
				}
			}
		}
	}
	require.NoError(t, m.Init())
	return m
}

// TestVerifierMatchesVMOnEdgeValues: random machine states full of extreme
// values (saturation, int32 bounds, zero blocks, huge and subnormal scales),
// every step of the block, Solidity against Go.
func TestVerifierMatchesVMOnEdgeValues(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(77, 78))
	counts := map[vm.Op]int{}
	steps := 0
	for trial := 0; trial < 5; trial++ {
		m := extremeModel(t, r)
		mt, err := vm.NewModelTree(m)
		require.NoError(t, err)
		c := m.Config
		p, l := r.IntN(c.Context), r.IntN(c.Layers)
		in := vm.Input{P: p, L: l, Residual: make([]int32, c.Dim), KVLayer: make([]int32, p*2*c.KVDim())}
		for i := range in.Residual {
			in.Residual[i] = edge(r)
		}
		for i := range in.KVLayer {
			in.KVLayer[i] = edge(r)
		}
		acc := merkle.NewAccumulator()
		w := 2 * c.KVDim()
		for tt := 0; tt < p; tt++ {
			acc.Append(vm.KVLeaf(in.KVLayer[tt*w : (tt+1)*w]))
		}
		for j := 0; j < c.Layers; j++ {
			in.LayerRoots = append(in.LayerRoots, merkle.Keccak([]byte{byte(j), byte(trial)}))
		}
		in.LayerRoots[l] = acc.RootAtDepth(merkle.Depth(uint64(c.Context)))
		in.TokensHash = merkle.Keccak([]byte{byte(trial)})
		mc, err := vm.New(m, in)
		require.NoError(t, err)
		for !mc.Done() {
			sp, err := mc.Prove(mt)
			require.NoError(t, err)
			out, err := v.step(m, mt.Root(), sp)
			require.NoError(t, err, "trial %d step %d %s", trial, sp.Step, sp.Instr)
			require.Equal(t, [32]byte(mc.StateRoot()), out.Pre)
			require.NoError(t, mc.Exec())
			require.Equal(t, [32]byte(mc.StateRoot()), out.Post, "trial %d step %d %s", trial, sp.Step, sp.Instr)
			counts[sp.Instr.Op]++
			steps++
		}
	}
	t.Logf("%d edge-value steps, per opcode: %v", steps, counts)
	require.Len(t, counts, 15)
}
