package onestep

import (
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// audit9Extreme sprinkles the fp16 and int8 extremes into every Q8_0 matrix
// of m, makes a few rows entirely extreme (all −128 or all 127 at the largest
// scales, subnormal or zero scales), saturating norm weights, and gate rows
// 32..63 zero.
func audit9Extreme(t *testing.T, m *canon.Model, r *rand.Rand) {
	t.Helper()
	scales := []uint16{0x7bff, 0xfbff, 0x0001, 0x8001, 0x03ff, 0x83ff, 0x0400, 0x3c00, 0x0000, 0x8000}
	mats := []*canon.Q8Matrix{&m.Embed}
	if !m.Tied() {
		mats = append(mats, &m.Output)
	}
	for l := range m.Blocks {
		b := &m.Blocks[l]
		for i := range b.AttnNorm {
			if r.IntN(4) == 0 {
				b.AttnNorm[i] = edge(r)
			}
		}
		for i := range b.FFNNorm {
			if r.IntN(4) == 0 {
				b.FFNNorm[i] = edge(r)
			}
		}
		mats = append(mats, &b.Wq, &b.Wk, &b.Wv, &b.Wo, &b.Wgate, &b.Wup, &b.Wdown)
	}
	for _, mat := range mats {
		nb := mat.Cols / canon.BlockSize
		for row := 0; row < mat.Rows; row++ {
			d := mat.Row(row)
			whole := row%7 == 0 // every block of the row at an extreme
			for blk := 0; blk < nb; blk++ {
				if !whole && r.IntN(5) != 0 {
					continue
				}
				binary.LittleEndian.PutUint16(d[blk*34:], scales[r.IntN(len(scales))])
				w := []byte{0x80, 0x7f, 0x00, 0xff, 0x01}[r.IntN(5)]
				for i := 2; i < 34; i++ {
					if whole || r.IntN(3) == 0 {
						d[blk*34+i] = w
					}
				}
			}
		}
	}
	// gate rows 32..63 with zero scales: SwiGLU's block 1 is all zero (A_b = 0)
	for l := range m.Blocks {
		g := &m.Blocks[l].Wgate
		for row := 32; row < min(64, g.Rows); row++ {
			d := g.Row(row)
			for blk := 0; blk < g.Cols/canon.BlockSize; blk++ {
				d[blk*34], d[blk*34+1] = 0, 0
			}
		}
	}
	require.NoError(t, m.Init())
}

// audit9Run executes mc to the end, proving and checking against the
// verifier every step that check selects (pre and post roots equal Go's).
func audit9Run(t *testing.T, v *verifier, m *canon.Model, mt *vm.ModelTree, mc *vm.Machine, check func(vm.Instr) bool, seen ...func(*vm.StepProof)) map[vm.Op]int {
	t.Helper()
	counts := map[vm.Op]int{}
	for !mc.Done() {
		ins, err := mc.Program().At(mc.Step())
		require.NoError(t, err)
		if !check(ins) {
			require.NoError(t, mc.Exec())
			continue
		}
		sp, err := mc.Prove(mt)
		require.NoError(t, err)
		for _, f := range seen {
			f(sp)
		}
		out, err := v.step(m, mt.Root(), sp)
		require.NoError(t, err, "step %d %s", sp.Step, sp.Instr)
		require.Equal(t, [32]byte(mc.StateRoot()), out.Pre, "step %d %s", sp.Step, sp.Instr)
		require.NoError(t, mc.Exec())
		require.Equal(t, [32]byte(mc.StateRoot()), out.Post, "step %d %s", sp.Step, sp.Instr)
		counts[ins.Op]++
	}
	return counts
}

// TestAudit9WideFFNOnEdgeValues: ffn_down rows of 129 blocks (parts of 128
// and 1), 256 blocks (two full parts) and 257 blocks (128, 128, 1), every weight matrix full of int8
// and fp16 extremes (whole rows of −128 or 127 at ±65504, subnormal and zero
// scales), residuals at the int32 bounds so that SwiGLU saturates (quants
// ±127, A_b up to 2^31): every MATVECP part, the QUANT and SWIGLU steps and a
// sample of the MATVEC rows, Solidity against Go.
func TestAudit9WideFFNOnEdgeValues(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(9, 9))
	counts := map[vm.Op]int{}
	// what the MATVECP operands held: A_b = 2^31 and 0, quants ±127
	var amaxTop, amaxZero, qMax, qMin int
	operands := func(sp *vm.StepProof) {
		if sp.Instr.Op != vm.OpMatVecPart {
			return
		}
		for _, q := range sp.Subtrees[0].Data {
			qMax += b2i(int8(q) == 127)
			qMin += b2i(int8(q) == -127)
		}
		am := sp.Subtrees[1].Data
		for i := 0; i+8 <= len(am); i += 8 {
			a := int64(binary.BigEndian.Uint64(am[i:]))
			amaxTop += b2i(a == 1<<31)
			amaxZero += b2i(a == 0)
		}
	}
	for _, ff := range []int{4128, 8192, 8224} {
		for trial := 0; trial < 3; trial++ {
			m, err := modelgen.Spec{Dim: 64, Layers: 1, Heads: 4, KVHeads: 2, FFDim: ff, Vocab: 16, Context: 8, Seed: r.Uint64()}.Model()
			require.NoError(t, err)
			audit9Extreme(t, m, r)
			mt, err := vm.NewModelTree(m)
			require.NoError(t, err)
			c := m.Config
			p := r.IntN(c.Context)
			in := vm.Input{P: p, L: 0, Residual: make([]int32, c.Dim), KVLayer: make([]int32, p*2*c.KVDim())}
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
			in.LayerRoots = []merkle.Hash{acc.RootAtDepth(merkle.Depth(uint64(c.Context)))}
			in.TokensHash = merkle.Keccak([]byte{byte(trial)})
			mc, err := vm.New(m, in)
			require.NoError(t, err)
			for op, n := range audit9Run(t, v, m, mt, mc, func(ins vm.Instr) bool {
				switch ins.Op {
				case vm.OpMatVecPart, vm.OpQuant, vm.OpSwiGLU:
					return true
				case vm.OpMatVec:
					return r.IntN(256) == 0
				}
				return ins.Op != vm.OpMatVec
			}, operands) {
				counts[op] += n
			}
		}
	}
	t.Logf("steps checked per opcode: %v; MATVECP operands: A_b = 2^31 ×%d, A_b = 0 ×%d, q = 127 ×%d, q = −127 ×%d", counts, amaxTop, amaxZero, qMax, qMin)
	require.Positive(t, amaxTop)
	require.Positive(t, amaxZero)
	require.Positive(t, qMax)
	require.Positive(t, qMin)
	require.Equal(t, 3*(2*64+2*64+3*64), counts[vm.OpMatVecPart]) // 64 rows × (2 + 2 + 3 parts) × 3 trials
}

// TestAudit9WideDim: dim 4160 (130 blocks, parts of 128 and 2), so every
// matrix but ffn_down multiplies by MATVECP parts, the head's output rows too
// (untied: output rows; tied: token_embd rows), and EMBED opens two-part
// embedding rows: a sample of rows of every matrix and every head step,
// Solidity against Go, with extreme weights.
func TestAudit9WideDim(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(4160, 1))
	for _, tied := range []bool{false, true} {
		m, err := modelgen.Spec{Dim: 4160, Layers: 1, Heads: 2, KVHeads: 1, FFDim: 64, Vocab: 6, Context: 4, Seed: 41}.Model()
		require.NoError(t, err)
		if tied {
			m.Output = m.Embed
		}
		audit9Extreme(t, m, r)
		require.Equal(t, tied, m.Tied())
		mt, err := vm.NewModelTree(m)
		require.NoError(t, err)
		tokens := []int32{1, 5, 2}
		v.job = bindings.IOneStepTypesJobContext{PromptRoot: vm.PromptRoot(tokens), PromptLen: uint32(len(tokens))}
		parts := map[[2]int]bool{}
		block := audit9Run(t, v, m, mt, machineAt(t, m, tokens, 2, 0), func(ins vm.Instr) bool {
			if ins.Op != vm.OpMatVecPart {
				return false
			}
			m8 := int(ins.A & 0xff)
			rows := map[int]int{vm.MatQ: m.Dim, vm.MatK: m.KVDim(), vm.MatV: m.KVDim(), vm.MatO: m.Dim, vm.MatGate: m.FFDim, vm.MatUp: m.FFDim}[m8]
			if b := int(ins.B); b < 2 || b >= rows-1 || b%1031 == 0 {
				parts[[2]int{m8, int(ins.A >> 8)}] = true
				return true
			}
			return false
		})
		require.Len(t, parts, 12, "both parts of q, k, v, o, gate, up") // ffn_down rows (64 columns) are MATVEC
		head := audit9Run(t, v, m, mt, machineAt(t, m, tokens, 2, m.Layers), func(vm.Instr) bool { return true })
		require.Equal(t, 2*m.Vocab, head[vm.OpMatVecPart], "tied %v", tied)
		require.Equal(t, m.Dim/32, head[vm.OpEmbed], "tied %v", tied)
		t.Logf("tied %v: block %v, head %v", tied, block, head)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestAudit9RowPartForgeries: forged MATVECP row-part openings of ffn_down
// rows of 257 blocks (parts of 128, 128 and 1 blocks), every part: each is
// rejected with BadProof.
func TestAudit9RowPartForgeries(t *testing.T) {
	v := deploy(t)
	m, err := modelgen.Spec{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 8224, Vocab: 16, Context: 8, Seed: 12}.Model()
	require.NoError(t, err)
	mt, err := vm.NewModelTree(m)
	require.NoError(t, err)
	k := merkle.NewHasher()
	mc := machineAt(t, m, []int32{1, 5, 9}, 2, 0)
	seen := map[int]int{}
	for ; !mc.Done(); require.NoError(t, mc.Exec()) {
		ins, err := mc.Program().At(mc.Step())
		require.NoError(t, err)
		if ins.Op != vm.OpMatVecPart || (ins.B != 0 && ins.B != 31) {
			continue
		}
		part, row := int(ins.A>>8), int(ins.B)
		seen[part]++
		sp, err := mc.Prove(mt)
		require.NoError(t, err)
		out, err := v.step(m, mt.Root(), sp)
		require.NoError(t, err, "%s", ins)
		require.Equal(t, [32]byte(mc.StateRoot()), out.Pre)
		whole, err := mt.Open(canon.LeafRow, 0, vm.MatDown, row)
		require.NoError(t, err)
		hs := canon.RowPartHashes(k, whole.Data)
		require.Len(t, hs, 3)
		var cat []byte
		for _, h := range hs {
			cat = append(cat, h[:]...)
		}
		other, err := mt.OpenRowPart(canon.LeafRow, 0, vm.MatDown, 31-row, part)
		require.NoError(t, err)
		forgeries := map[string]func(*vm.StepProof){
			"part padded to 128 blocks": func(p *vm.StepProof) {
				p.Model[1].Data = append(p.Model[1].Data, make([]byte, 128*canon.BlockBytes-len(p.Model[1].Data)+canon.BlockBytes)...)[:128*canon.BlockBytes]
				if len(sp.Model[1].Data) == 128*canon.BlockBytes {
					p.Model[1].Data = append(p.Model[1].Data, make([]byte, canon.BlockBytes)...)
				}
			},
			"part short by a byte": func(p *vm.StepProof) { p.Model[1].Data = p.Model[1].Data[:len(p.Model[1].Data)-1] },
			"part hashes swapped": func(p *vm.StepProof) {
				p.Model[1].Proof[0], p.Model[1].Proof[1] = p.Model[1].Proof[1], p.Model[1].Proof[0]
			},
			"another row's part":          func(p *vm.StepProof) { p.Model[1] = other },
			"another row's part, my path": func(p *vm.StepProof) { p.Model[1].Data = other.Data },
			"leaf proof only":             func(p *vm.StepProof) { p.Model[1].Proof = p.Model[1].Proof[2:] },
			"an extra hash":               func(p *vm.StepProof) { p.Model[1].Proof = append([]merkle.Hash{hs[part]}, p.Model[1].Proof...) },
			"next leaf index":             func(p *vm.StepProof) { p.Model[1].Index++ },
			"the leaf's preimage as data": func(p *vm.StepProof) { p.Model[1].Data, p.Model[1].Proof = cat, whole.Proof },
			"the whole row":               func(p *vm.StepProof) { p.Model[1].Data, p.Model[1].Proof = whole.Data, whole.Proof },
			"part 0 as this part": func(p *vm.StepProof) {
				p0, err := mt.OpenRowPart(canon.LeafRow, 0, vm.MatDown, row, 0)
				require.NoError(t, err)
				if part != 0 {
					p.Model[1] = p0
				} else {
					p.Model[1].Data[0] ^= 0x40
				}
			},
		}
		for name, f := range forgeries {
			bad := clone(sp)
			f(bad)
			_, err := v.step(m, mt.Root(), bad)
			require.Equal(t, "BadProof", revertName(t, v, err), "%s: %s", ins, name)
		}
	}
	require.Equal(t, map[int]int{0: 2, 1: 2, 2: 2}, seen)
}
