package trainio

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/quant"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// spec7B is LLaMA-7B's dimensions.
var spec7B = modelgen.Spec{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096, Seed: 7}

// dims7 is the tensor layout of a run (trainvm's Params, in test code: a
// wrong index or length here makes the Go verifier refuse the proof).
type dims7 struct {
	c  canon.Config
	rp int // values of a matrix part: trainvm.RowPart, or trainvm.SeedPart for a seeded import
}

func (d dims7) tensors() int { return 3 + 9*d.c.Layers }

func (d dims7) isNorm(i int) bool {
	if i == 1+9*d.c.Layers {
		return true
	}
	return i >= 1 && i < 1+9*d.c.Layers && ((i-1)%9 == 0 || (i-1)%9 == 5)
}

func (d dims7) shape(i int) (int, int) {
	c := d.c
	switch {
	case i == 0 || i == 2+9*c.Layers:
		return c.Vocab, c.Dim
	case d.isNorm(i):
		return 1, c.Dim
	}
	switch (i - 1) % 9 {
	case 1, 4:
		return c.Dim, c.Dim
	case 2, 3:
		return c.KVDim(), c.Dim
	case 6, 7:
		return c.FFDim, c.Dim
	}
	return c.Dim, c.FFDim
}

// part returns the values of a row part and its node's height.
func (d dims7) part(i int) (int, int) {
	if d.isNorm(i) {
		return 32, 0
	}
	_, cols := d.shape(i)
	return d.rp, min(merkle.Depth(uint64((cols+31)/32)), 7)
}

func (d dims7) parts(i int) int {
	n, _ := d.part(i)
	_, cols := d.shape(i)
	return (cols + n - 1) / n
}

func (d dims7) leaves(i int) int {
	rows, cols := d.shape(i)
	if d.isNorm(i) {
		return (cols + 31) / 32
	}
	return rows
}

func (d dims7) leafStart(i int) uint64 {
	n := uint64(1)
	for t := 0; t < i; t++ {
		n += uint64(d.leaves(t))
	}
	return n
}

// rowStep returns the index of (i, r, p) in the run over every tensor's row parts.
func (d dims7) rowStep(i, r, p int) uint64 {
	var n uint64
	for t := 0; t < i; t++ {
		rows, _ := d.shape(t)
		n += uint64(rows * d.parts(t))
	}
	return n + uint64(r*d.parts(i)+p)
}

// expSteps returns the export steps of a row of tensor i (trainvm's
// Params.expSteps): a norm's chunks; per matrix part its sub-steps of
// SubPart values and, for a part of more than one, its join.
func (d dims7) expSteps(i int) int {
	if d.isNorm(i) {
		return d.parts(i)
	}
	_, cols := d.shape(i)
	np := d.parts(i)
	last := cols - (np-1)*trainvm.RowPart
	s := (last + trainvm.SubPart - 1) / trainvm.SubPart
	n := (np-1)*(trainvm.RowPart/trainvm.SubPart+1) + s
	if s > 1 {
		n++
	}
	return n
}

// expStep returns the export program's index of step k of row r of tensor i.
func (d dims7) expStep(i, r, k int) uint64 {
	n := uint64(1) // EXPMETA
	for t := 0; t < i; t++ {
		rows, _ := d.shape(t)
		n += uint64(rows * d.expSteps(t))
	}
	return n + uint64(r*d.expSteps(i)+k)
}

// q8Of returns the Q8_0 blocks of master values.
func q8Of(t testing.TB, vals []int32) []byte {
	out := make([]byte, len(vals)/32*34)
	blk := make([]int64, 32)
	for b := range len(vals) / 32 {
		for k := range blk {
			blk[k] = int64(vals[32*b+k])
		}
		require.NoError(t, quant.Block(blk, train.WFrac, out[34*b:34*b+34]))
	}
	return out
}

func (d dims7) modelDepth() int { return merkle.Depth(d.leafStart(d.tensors()) + uint64(d.c.Context)) }

func randHashes(r *rand.Rand, n int) []merkle.Hash {
	out := make([]merkle.Hash, n)
	for i := range out {
		for k := range out[i] {
			out[i][k] = byte(r.Uint32())
		}
	}
	return out
}

// frontier returns an accumulator of n leaves with random levels.
func frontier(r *rand.Rand, n uint64) trainvm.Frontier {
	f := trainvm.Frontier{N: n}
	for h := 0; h < 64; h++ {
		if n>>uint(h)&1 == 1 {
			f.Branch[h] = randHashes(r, 1)[0]
		}
	}
	return f
}

func be32s(vals []int32) []byte {
	b := make([]byte, 0, 4*len(vals))
	for _, v := range vals {
		b = binary.BigEndian.AppendUint32(b, uint32(v))
	}
	return b
}

// partNode returns the node of height h over the chunk leaves of vals.
func partNode(vals []int32, h int) merkle.Hash {
	leaves := make([]merkle.Hash, (len(vals)+31)/32)
	for c := range leaves {
		leaves[c] = merkle.Keccak(be32s(vals[32*c : min(32*c+32, len(vals))]))
	}
	r, _ := merkle.Root(leaves) // at least one leaf
	for d := merkle.Depth(uint64(len(leaves))); d < h; d++ {
		r = merkle.NewHasher().Node(r, merkle.Hash{})
	}
	return r
}

func randWeights(r *rand.Rand, n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(r.IntN(1<<23)) - 1<<22
	}
	return out
}

func mustRoot(t testing.TB, leaf merkle.Hash, index uint64, sib []merkle.Hash) merkle.Hash {
	root, err := merkle.RootFromProof(leaf, index, sib)
	require.NoError(t, err)
	return root
}

// gasRow is one measured step.
type gasRow struct {
	op, instance string
	bytes        int
	gas          uint64
}

// TestGas7B measures the verifier gas (eth_estimateGas: the 21,000 base,
// calldata and execution) of every import and export opcode's widest step
// at LLaMA-7B dims, on proofs built for those dims (their openings lead to
// roots made from random siblings, which is all a verifier can tell), after
// checking that the Go verifier gives the same post-state root; every step
// stays within MaxStepGas7B but those of overBudget7B, which keep their
// own bound.
func TestGas7B(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(59, 59))
	var rows []gasRow
	measure := func(op, instance string, data []byte, size int) {
		gas, err := v.chain.Client.EstimateGas(context.Background(), ethereum.CallMsg{From: v.chain.Addrs[0], To: &v.addr, Data: data})
		require.NoError(t, err, "%s %s", op, instance)
		rows = append(rows, gasRow{op, instance, size, gas})
	}
	exportGas(t, v, r, measure)
	importGas(t, v, r, measure)
	for _, row := range rows {
		t.Logf("| %s | %s | %d | %d |", row.op, row.instance, row.bytes, row.gas)
	}
	for _, row := range rows {
		limit := uint64(MaxStepGas7B)
		if l, ok := overBudget7B[row.op+" "+row.instance]; ok {
			limit = l
		}
		require.LessOrEqual(t, row.gas, limit, "%s %s", row.op, row.instance)
	}
}

// MaxStepGas7B is the budget of one import or export step's verification.
const MaxStepGas7B = 1_000_000

// overBudget7B are the steps known to exceed MaxStepGas7B, with the bound
// they keep (docs/training-game.md, "Sizes at 7B"): none since EXPROW
// quantizes a 4,096-value row part in sub-steps of 1,024 values and a join.
var overBudget7B = map[string]uint64{}

func exportGas(t *testing.T, v *verifier, r *rand.Rand, measure func(op, instance string, data []byte, size int)) {
	h := adam(8, 2048)
	d := dims7{spec7B.Config(), trainvm.RowPart}
	cfg := trainvm.ExportConfig{Spec: spec7B, Hyper: h, Meta: trainvm.Meta{TokenizerHash: merkle.Keccak([]byte("tok")), EOS: 2},
		DatasetRoot: merkle.Keccak([]byte("corpus"))}
	prog, err := trainvm.NewExportProgram(spec7B.Config())
	require.NoError(t, err)
	sN := train.State{Step: 1000, Cursor: 12345, DataTokens: 1 << 30, TokensRoot: merkle.Keccak([]byte("t")),
		ConfigHash: train.ConfigHash(spec7B, h, nil), OptimizerRoot: merkle.Keccak([]byte("o"))}
	down := 1 + 31*9 + 8
	type step struct {
		name   string
		in     trainvm.Instr
		j      uint64
		n      uint64 // accumulator length
		parts  int    // held hashes (random; a join's sub-hashes are its bytes')
		values []int32
		rope   bool
		join   []int32 // a join's part values, whose Q8_0 bytes it carries
	}
	const subs = trainvm.RowPart / trainvm.SubPart
	ropeStart := d.leafStart(d.tensors())
	out := down + 2
	for _, s := range []step{
		{"", trainvm.Instr{Op: trainvm.OpExpMeta}, 0, 0, 0, nil, false, nil},
		{"`ffn_down` part 1 of the last row, its last sub-step (1,024 values; one part hash and three sub-hashes held)",
			trainvm.Instr{Op: trainvm.OpExpRow, A: uint32(down), B: 4095, C: subs + 1 + subs - 1},
			d.expStep(down, 4095, 2*subs), d.leafStart(down) + 4095, 1 + subs - 1, randWeights(r, trainvm.SubPart), false, nil},
		{"`ffn_down` part 1 of the last row, its join (4,352 Q8_0 bytes; one part hash and four sub-hashes held)",
			trainvm.Instr{Op: trainvm.OpExpRow, A: uint32(down), B: 4095, C: 2*subs + 1},
			d.expStep(down, 4095, 2*subs+1), d.leafStart(down) + 4095, 1, nil, false, randWeights(r, trainvm.RowPart)},
		{"`output` row, its last sub-step (1,024 values, three sub-hashes held)", trainvm.Instr{Op: trainvm.OpExpRow, A: uint32(out), B: 31999, C: subs - 1},
			d.expStep(out, 31999, subs-1), d.leafStart(out) + 31999, subs - 1, randWeights(r, trainvm.SubPart), false, nil},
		{"`output` row, its join (4,352 Q8_0 bytes, four sub-hashes held)", trainvm.Instr{Op: trainvm.OpExpRow, A: uint32(out), B: 31999, C: subs},
			d.expStep(out, 31999, subs), d.leafStart(out) + 31999, 0, nil, false, randWeights(r, trainvm.RowPart)},
		{"norm chunk", trainvm.Instr{Op: trainvm.OpExpRow, A: uint32(down + 1), C: 127}, d.expStep(down+1, 0, 127),
			d.leafStart(down+1) + 127, 0, randWeights(r, 32), false, nil},
		{"t = 4,095", trainvm.Instr{Op: trainvm.OpExpRope, A: 4095}, prog.Len() - 2, ropeStart + 4095, 0, randWeights(r, 128), true, nil},
		{"", trainvm.Instr{Op: trainvm.OpExpEnd}, prog.Len() - 1, ropeStart + 4096, 0, nil, false, nil},
	} {
		in, err := prog.At(s.j)
		require.NoError(t, err)
		require.Equal(t, s.in, in, "step %d", s.j)
		c := cfg
		sn := sN
		pf := &trainvm.ExportProof{State: trainvm.ExportState{J: s.j, Acc: frontier(r, s.n), Parts: randHashes(r, s.parts)}, Values: s.values}
		if s.join != nil {
			pf.Q8 = q8Of(t, s.join)
			for u := range subs {
				pf.State.Parts = append(pf.State.Parts, merkle.Keccak(pf.Q8[u*len(pf.Q8)/subs:(u+1)*len(pf.Q8)/subs]))
			}
		}
		switch {
		case s.rope:
			pf.Siblings = randHashes(r, d.modelDepth())
			c.RopeSource = mustRoot(t, merkle.Keccak(be32s(s.values)), ropeStart+4095, pf.Siblings)
		case s.values != nil:
			i := int(in.A)
			rows, cols := d.shape(i)
			_, hgt := d.part(i)
			node := uint64(in.C) // a norm chunk
			if !d.isNorm(i) {    // a sub-step's node: SubPart values
				hgt = min(merkle.Depth(uint64((cols+31)/32)), 5)
				node = uint64(in.C/(subs+1)*subs + in.C%(subs+1))
			}
			dc := merkle.Depth(uint64((cols+31)/32)) - hgt
			dr := merkle.Depth(uint64(rows))
			pf.Siblings = randHashes(r, dc+dr+merkle.Depth(uint64(d.tensors())))
			index := node | uint64(in.B)<<uint(dc) | uint64(i)<<uint(dc+dr)
			sn.WeightsRoot = mustRoot(t, partNode(s.values, hgt), index, pf.Siblings)
		}
		pf.Carried = sn
		pf.State.Carried = sn.Root()
		pre := pf.State.Root()
		want, err := trainvm.VerifyExportStep(c, pre, pf)
		require.NoError(t, err, "%s", in)
		b, err := pf.MarshalBinary()
		require.NoError(t, err)
		got, err := v.export(c, pre, b)
		require.NoError(t, err, "%s", in)
		require.Equal(t, want, got, "%s", in)
		measure(in.Op.String(), s.name, v.b.PackVerifyExportStep(trainConfig(c.Spec, c.Hyper, c.LoRA), exportContext(c), pre, b), len(b))
	}
}

func importGas(t *testing.T, v *verifier, r *rand.Rand, measure func(op, instance string, data []byte, size int)) {
	h := adam(8, 2048)
	d := dims7{spec7B.Config(), trainvm.RowPart}
	sd := dims7{spec7B.Config(), trainvm.SeedPart}
	lora := &train.LoRA{Rank: 16, Scale: train.OneH, Targets: 0x7f, Seed: 99}
	ctx := trainvm.ImportConfig{Spec: spec7B, Hyper: h, DatasetRoot: merkle.Keccak([]byte("corpus")), Steps: 1000,
		DataTokens: 1 << 30, TokensRoot: merkle.Keccak([]byte("t"))}
	down := 1 + 31*9 + 8
	tensorSteps := d.rowStep(d.tensors(), 0, 0)
	// factor steps: per layer, per target (q k v o gate up down), lora_a (16 × ceil(cols/512)) then lora_b (rows × 1)
	factorStep := func(l, k int, b bool, row, part int) (uint64, int) {
		n := tensorSteps
		f := 0
		for ll := 0; ll <= l; ll++ {
			for _, kk := range []int{2, 3, 4, 5, 7, 8, 9} {
				rows, cols := d.shape(1 + ll*9 + kk - 1)
				if ll == l && kk == k+1 {
					if !b {
						return n + uint64(row*((cols+trainvm.SeedPart-1)/trainvm.SeedPart)+part), f
					}
					return n + uint64(16*((cols+trainvm.SeedPart-1)/trainvm.SeedPart)) + uint64(row), f + 1
				}
				n += uint64(16*((cols+trainvm.SeedPart-1)/trainvm.SeedPart) + rows)
				f += 2
			}
		}
		panic("no factor")
	}
	type step struct {
		name     string
		in       trainvm.Instr
		j        uint64
		acc      [4]uint64
		lora     bool
		finetune bool
	}
	fs, f := factorStep(31, 8, false, 15, 1)
	bs, fb := factorStep(31, 8, true, 4095, 0)
	for _, s := range []step{
		{"fine-tuning, `ffn_down` part 1 (4,352 Q8_0 bytes, 3 part hashes)", trainvm.Instr{Op: trainvm.OpImpRow, A: uint32(down), B: 4095, C: 1},
			d.rowStep(down, 4095, 1), [4]uint64{128, 4095, uint64(down), 0}, true, true},
		{"fine-tuning, `output` row", trainvm.Instr{Op: trainvm.OpImpRow, A: uint32(down + 2), B: 31999},
			d.rowStep(down+2, 31999, 0), [4]uint64{0, 31999, uint64(down + 2), 0}, true, true},
		{"fine-tuning, norm chunk", trainvm.Instr{Op: trainvm.OpImpRow, A: uint32(down + 1), C: 127},
			d.rowStep(down+1, 0, 127), [4]uint64{127, 0, uint64(down + 1), 0}, true, true},
		{"pretraining, `output` row part (512 seeded values)", trainvm.Instr{Op: trainvm.OpImpRow, A: uint32(down + 2), B: 31999, C: 7},
			sd.rowStep(down+2, 31999, 7), [4]uint64{7 * 16, 31999, uint64(down + 2), 0}, false, false},
		{"lora_a part (512 seeded values)", trainvm.Instr{Op: trainvm.OpImpFactor, A: uint32(f), B: 15, C: 1},
			fs, [4]uint64{16, 15, uint64(d.tensors()), uint64(f)}, true, true},
		{"lora_b row (zero)", trainvm.Instr{Op: trainvm.OpImpFactor, A: uint32(fb), B: 4095},
			bs, [4]uint64{0, 4095, uint64(d.tensors()), uint64(fb)}, true, true},
		{"LoRA, Adam (zero moments of 448 factors)", trainvm.Instr{Op: trainvm.OpImpEnd}, tensorSteps + uint64(bs-tensorSteps) + 1,
			[4]uint64{0, 0, uint64(d.tensors()), 448}, true, true},
		{"pretraining, full, Adam (zero moments of 291 tensors)", trainvm.Instr{Op: trainvm.OpImpEnd}, sd.rowStep(d.tensors(), 0, 0),
			[4]uint64{0, 0, uint64(d.tensors()), 0}, false, false},
	} {
		c := ctx
		if s.lora {
			c.LoRA = lora
		}
		var o trainvm.BaseOpening
		if s.finetune && s.in.Op == trainvm.OpImpRow {
			i := int(s.in.A)
			index := d.leafStart(i)
			var leaf merkle.Hash
			if d.isNorm(i) {
				o.Norm = randWeights(r, 32)
				for k := range o.Norm {
					o.Norm[k] >>= 8
				}
				leaf = merkle.Keccak(be32s(o.Norm))
				index += uint64(s.in.C)
			} else {
				vals := randWeights(r, 4096)
				o.Q8 = make([]byte, 128*34)
				blk := make([]int64, 32)
				for b := 0; b < 128; b++ {
					for k := range blk {
						blk[k] = int64(vals[32*b+k])
					}
					require.NoError(t, quant.Block(blk, train.WFrac, o.Q8[34*b:34*b+34]))
				}
				leaf = merkle.Keccak(o.Q8)
				if np := d.parts(i); np > 1 {
					o.PartHashes = randHashes(r, np)
					o.PartHashes[s.in.C] = leaf
					var cat []byte
					for _, ph := range o.PartHashes {
						cat = append(cat, ph[:]...)
					}
					leaf = merkle.Keccak(cat)
				}
				index += uint64(s.in.B)
			}
			o.Siblings = randHashes(r, d.modelDepth())
			c.BaseModelRoot = mustRoot(t, leaf, index, o.Siblings)
		} else if s.finetune {
			c.BaseModelRoot = merkle.Keccak([]byte("base"))
		}
		prog, err := trainvm.NewImportProgram(c.Spec, c.Hyper, c.LoRA, s.finetune)
		require.NoError(t, err)
		in, err := prog.At(s.j)
		require.NoError(t, err)
		require.Equal(t, s.in, in, "step %d", s.j)
		config := train.ConfigHash(c.Spec, c.Hyper, c.LoRA)
		pf := &trainvm.ImportProof{State: trainvm.ImportState{J: s.j, Carried: trainvm.InputRoot(c.BaseModelRoot, c.DatasetRoot, config, c.Steps),
			Chunks: frontier(r, s.acc[0]), Rows: frontier(r, s.acc[1]), Tensors: frontier(r, s.acc[2]), Factors: frontier(r, s.acc[3])}, Opening: o}
		pre := pf.State.Root()
		want, err := trainvm.VerifyImportStep(c, pre, pf)
		require.NoError(t, err, "%s", in)
		b, err := pf.MarshalBinary()
		require.NoError(t, err)
		got, err := v.importStep(c, pre, b)
		require.NoError(t, err, "%s", in)
		require.Equal(t, want, got, "%s", in)
		measure(in.Op.String(), s.name, v.b.PackVerifyImportStep(trainConfig(c.Spec, c.Hyper, c.LoRA), importContext(c), pre, b), len(b))
	}
}
