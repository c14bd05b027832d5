package trainvm

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
)

// enumerate lists the program of p by running the loops of
// docs/training-game.md, "Micro-steps", one instruction at a time.
func enumerate(p Params) []Instr {
	c := p.Dims
	d, kv, ff, V, T, L := c.Dim, c.KVDim(), c.FFDim, c.Vocab, p.SeqLen, c.Layers
	ch := func(n int) int { return (n + 31) / 32 }
	pt := func(n int) int { return (n + p.partSize() - 1) / p.partSize() }
	lp := min(p.partSize(), LoraPart)
	lpt := func(n int) int { return (n + lp - 1) / lp }
	var out []Instr
	var b, l, t uint32
	emit := func(op Op, a, bb, cc int) {
		out = append(out, Instr{Op: op, Seq: b, L: l, T: t, A: uint32(a), B: uint32(bb), C: uint32(cc)})
	}
	chunksOf := func(op Op, n, bb, cc int) {
		for i := 0; i < ch(n); i++ {
			emit(op, i, bb, cc)
		}
	}
	rows := func(op Op, m, r, cols int) {
		for row := 0; row < r; row++ {
			for part := 0; part < pt(cols); part++ {
				emit(op, row, part, m)
			}
		}
	}
	tr := func(i int) bool { return p.Trained == nil || p.Trained[i] }
	blk := func(k int) bool { return tr(1 + k) } // layer 0's flags stand for every layer
	norm := func(which int) {
		chunksOf(OpSumSq, d, which, 0)
		emit(OpRMS, 0, which, 0)
		chunksOf(OpNorm, d, which, 0)
	}
	softmax := func(h int) {
		for k := 0; k <= int(t); k++ {
			emit(OpScore, k, h, 0)
		}
		for _, op := range []Op{OpSMax, OpExp, OpProb} {
			for k := 0; k < ch(int(t)+1); k++ {
				emit(op, k, h, 0)
			}
		}
	}
	mvt := func(m, r, cols, mode int) {
		rows(OpMVT, m, r, cols)
		chunksOf(OpMVTFin, cols, mode, m)
	}
	for b = 0; b < uint32(p.Batch); b++ {
		l, t = 0, 0
		chunksOf(OpToken, T+1, 0, 0)
		for t = 0; t < uint32(T); t++ {
			for part := 0; part < pt(d); part++ {
				emit(OpEmbed, part, 0, 0)
			}
		}
		for l = 0; l < uint32(L); l++ {
			for t = 0; t < uint32(T); t++ {
				norm(NormAttn)
				rows(OpFMV, MatQ, d, d)
				rows(OpFMV, MatK, kv, d)
				rows(OpFMV, MatV, kv, d)
				for h := 0; h < c.Heads; h++ {
					emit(OpRope, h, 0, 0)
				}
				for g := 0; g < c.KVHeads; g++ {
					emit(OpRope, g, 1, 0)
				}
				for h := 0; h < c.Heads; h++ {
					softmax(h)
					for k := 0; k <= int(t); k++ {
						emit(OpWSum, k, h, 0)
					}
					emit(OpWFin, 0, h, 0)
				}
				rows(OpFMV, MatO, d, d)
				chunksOf(OpAdd, d, 0, 0)
				norm(NormFFN)
				rows(OpFMV, MatGate, ff, d)
				rows(OpFMV, MatUp, ff, d)
				chunksOf(OpSwiGLU, ff, 0, 0)
				rows(OpFMV, MatDown, d, ff)
				chunksOf(OpAdd, d, 1, 0)
			}
		}
		l = uint32(L)
		for t = 0; t < uint32(T); t++ {
			norm(NormFinal)
			rows(OpFMV, MatOut, V, d)
			chunksOf(OpCEMax, V, 0, 0)
			chunksOf(OpCEExp, V, 0, 0)
			emit(OpCELoss, 0, 0, 0)
			chunksOf(OpCEGrad, V, 0, 0)
			if tr(2 + L*9) {
				rows(OpOuter, MatOut, V, d)
			}
			mvt(MatOut, V, d, 0)
			chunksOf(OpRMSB, d, NormFinal, 0)
			chunksOf(OpRMSBFin, d, NormFinal, 0)
		}
		for li := L - 1; li >= 0; li-- {
			l = uint32(li)
			for t = 0; t < uint32(T); t++ {
				if blk(kWdown) {
					rows(OpOuter, MatDown, d, ff)
				}
				mvt(MatDown, d, ff, 0)
				chunksOf(OpSwiGLUB, ff, 0, 0)
				if blk(kWgate) {
					rows(OpOuter, MatGate, ff, d)
				}
				if blk(kWup) {
					rows(OpOuter, MatUp, ff, d)
				}
				mvt(MatGate, ff, d, 0)
				mvt(MatUp, ff, d, 1)
				chunksOf(OpRMSB, d, NormFFN, 0)
				chunksOf(OpRMSBFin, d, NormFFN, 0)
				chunksOf(OpAddG, d, 0, 0)
			}
			for t = 0; t < uint32(T); t++ {
				if blk(kWo) {
					rows(OpOuter, MatO, d, d)
				}
				mvt(MatO, d, d, 0)
			}
			for t = 0; t < uint32(T); t++ {
				for h := 0; h < c.Heads; h++ {
					softmax(h)
					for k := 0; k <= int(t); k++ {
						emit(OpDPV, k, h, 0)
					}
					for k := 0; k <= int(t); k++ {
						emit(OpDSK, k, h, 0)
					}
					emit(OpDQFin, 0, h, 0)
				}
			}
			for t = 0; t < uint32(T); t++ {
				for h := 0; h < c.Heads; h++ {
					emit(OpRopeB, h, 0, 0)
				}
				chunksOf(OpDKVFin, kv, 0, 0)
				for g := 0; g < c.KVHeads; g++ {
					emit(OpRopeB, g, 1, 0)
				}
				for _, m := range []struct{ k, mat, rows int }{{kWq, MatQ, d}, {kWk, MatK, kv}, {kWv, MatV, kv}} {
					if blk(m.k) {
						rows(OpOuter, m.mat, m.rows, d)
					}
				}
				mvt(MatQ, d, d, 0)
				mvt(MatK, kv, d, 1)
				mvt(MatV, kv, d, 1)
				chunksOf(OpRMSB, d, NormAttn, 0)
				chunksOf(OpRMSBFin, d, NormAttn, 0)
				chunksOf(OpAddG, d, 0, 0)
			}
		}
		l = 0
		if tr(0) {
			for t = 0; t < uint32(T); t++ {
				for part := 0; part < pt(d); part++ {
					emit(OpEmbedB, part, 0, 0)
				}
			}
		}
	}
	b, l, t = 0, 0, 0
	for i := 0; i < p.Tensors(); i++ {
		if !tr(i) {
			continue
		}
		r, cols := p.Shape(i)
		over := func(op Op, rows, n int) {
			for row := 0; row < rows; row++ {
				for k := 0; k < n; k++ {
					emit(op, i, row, k)
				}
			}
		}
		if p.Rank == 0 {
			over(OpUpdate, r, ch(cols))
			continue
		}
		over(OpLGrad, r, lpt(cols)*p.Rank) // C = part·rank + k
		over(OpLUpdA, p.Rank, ch(cols))
		over(OpLUpdB, r, ch(p.Rank))
		over(OpMerge, r, lpt(cols)*p.Rank)
	}
	emit(OpStepEnd, 0, 0, 0)
	return out
}

func dims(dim, layers, heads, kvHeads, ff, vocab int) canon.Config {
	return canon.Config{Dim: dim, Layers: layers, Heads: heads, KVHeads: kvHeads, FFDim: ff, Vocab: vocab, Context: 64}
}

// TestProgramAtIsTheSpecsLoops: At over every step of small programs (a
// full run, a LoRA-like run with frozen tensors, positions past one chunk of
// keys, several parts per row) equals the spec's loops run one instruction
// at a time, Len their count and Counts their count per opcode.
func TestProgramAtIsTheSpecsLoops(t *testing.T) {
	lora := make([]bool, 3+2*perLayer)
	for l := 0; l < 2; l++ {
		lora[1+l*perLayer+kWq], lora[1+l*perLayer+kWv], lora[1+l*perLayer+kWdown] = true, true, true
	}
	for _, p := range []Params{
		{Dims: dims(32, 2, 4, 2, 64, 24), Batch: 2, SeqLen: 8},
		{Dims: dims(32, 2, 4, 2, 64, 24), Batch: 1, SeqLen: 5, Trained: lora},
		{Dims: dims(32, 2, 4, 2, 64, 24), Batch: 2, SeqLen: 3, Trained: lora, Rank: 40},
		{Dims: dims(64, 2, 4, 2, 96, 24), Batch: 1, SeqLen: 3, Trained: lora, Rank: 3, part: 32},
		{Dims: dims(64, 1, 4, 4, 96, 40), Batch: 2, SeqLen: 4, part: 32},
		{Dims: dims(16, 1, 2, 1, 48, 40), Batch: 2, SeqLen: 40},
		{Dims: dims(2048, 1, 16, 4, 1056, 3), Batch: 1, SeqLen: 3},
	} {
		t.Run(fmt.Sprintf("d%d-T%d-B%d-frozen%v-rank%d-part%d", p.Dims.Dim, p.SeqLen, p.Batch, p.Trained != nil, p.Rank, p.partSize()), func(t *testing.T) {
			pr, err := NewProgram(p)
			require.NoError(t, err)
			want := enumerate(p)
			require.Equal(t, uint64(len(want)), pr.Len())
			for j, w := range want {
				got, err := pr.At(uint64(j))
				require.NoError(t, err)
				if got != w {
					require.Equal(t, w, got, "step %d", j)
				}
			}
			_, err = pr.At(pr.Len())
			require.ErrorIs(t, err, ErrStep)
			counts := map[Op]uint64{}
			for _, w := range want {
				counts[w.Op]++
			}
			require.Equal(t, counts, pr.Counts())
		})
	}
}

// TestProgramLen7B: the program of a LLaMA-7B step (B = 8, T = 2048) is
// derived without materializing it and is about 5·10^11 micro-steps long;
// its last instruction is STEPEND.
func TestProgramLen7B(t *testing.T) {
	p := Params{Dims: canon.Config{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096},
		Batch: 8, SeqLen: 2048}
	pr, err := NewProgram(p)
	require.NoError(t, err)
	t.Logf("7B step: %d micro-steps", pr.Len())
	var sum uint64
	for op, n := range pr.Counts() {
		t.Logf("%-8s %d", op, n)
		sum += n
	}
	require.Equal(t, pr.Len(), sum)
	require.Greater(t, pr.Len(), uint64(1e11))
	require.Less(t, pr.Len(), uint64(1e13))
	last, err := pr.At(pr.Len() - 1)
	require.NoError(t, err)
	require.Equal(t, OpStepEnd, last.Op)
	first, err := pr.At(0)
	require.NoError(t, err)
	require.Equal(t, Instr{Op: OpToken}, first)
}

func TestParamsCheck(t *testing.T) {
	ok := Params{Dims: dims(32, 2, 4, 2, 64, 24), Batch: 2, SeqLen: 8}
	mixed := make([]bool, ok.Tensors())
	mixed[1+kWq] = true // layer 0 only
	norm := make([]bool, ok.Tensors())
	norm[1+kAttnNorm], norm[1+perLayer+kAttnNorm] = true, true
	for name, p := range map[string]Params{
		"batch":   {Dims: ok.Dims, Batch: 0, SeqLen: 8},
		"seqLen":  {Dims: ok.Dims, Batch: 1, SeqLen: 65},
		"trained": {Dims: ok.Dims, Batch: 1, SeqLen: 8, Trained: []bool{true}},
		"mixed":   {Dims: ok.Dims, Batch: 1, SeqLen: 8, Trained: mixed},
		"heads":   {Dims: dims(32, 2, 3, 2, 64, 24), Batch: 1, SeqLen: 8},
		"rank":    {Dims: ok.Dims, Batch: 1, SeqLen: 8, Rank: 4},
		"part":    {Dims: ok.Dims, Batch: 1, SeqLen: 8, part: 48},
		"norm":    {Dims: ok.Dims, Batch: 1, SeqLen: 8, Rank: 4, Trained: norm},
	} {
		_, err := NewProgram(p)
		require.ErrorIs(t, err, ErrParams, name)
	}
}

// TestInstrEncode: op ‖ be32 × [b, l, t, A, B, C], 25 bytes.
func TestInstrEncode(t *testing.T) {
	in := Instr{Op: OpDSK, Seq: 1, L: 2, T: 3, A: 0x01020304, B: 5, C: 0xffffffff}
	require.Equal(t, []byte{byte(OpDSK), 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 0, 0, 0, 5, 0xff, 0xff, 0xff, 0xff}, in.Encode())
	require.Equal(t, "DSK b1 l2 t3 16909060 5 4294967295", in.String())
	require.Equal(t, "OP(200)", Op(200).String())
}

// TestProgramRandomParams: for random dimensions (GQA or not), batches,
// sequence lengths up to 70 (three chunks of keys), trained sets, ranks and
// parts, Len and Counts match the spec's loops and At matches them at 2,000
// random steps and at every segment boundary.
func TestProgramRandomParams(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 21))
	for i := 0; i < 12; i++ {
		heads := []int{1, 2, 4}[r.IntN(3)]
		kv := heads / []int{1, 2}[r.IntN(2)]
		if kv == 0 {
			kv = 1
		}
		layers := 1 + r.IntN(3)
		p := Params{Dims: canon.Config{Dim: heads * (2 + 2*r.IntN(8)), Layers: layers, Heads: heads, KVHeads: kv,
			FFDim: 1 + r.IntN(100), Vocab: 1 + r.IntN(70), Context: 80}, Batch: 1 + r.IntN(3), SeqLen: 1 + r.IntN(70),
			part: 32 * (1 + r.IntN(3))}
		if r.IntN(2) == 0 {
			p.Trained = make([]bool, p.Tensors())
			for k := 0; k < perLayer; k++ {
				if k != kAttnNorm && k != kFFNNorm && r.IntN(2) == 0 {
					for l := 0; l < layers; l++ {
						p.Trained[p.block(l, k)] = true
					}
				}
			}
			p.Trained[p.block(0, kWv)] = true
			for l := 1; l < layers; l++ {
				p.Trained[p.block(l, kWv)] = true
			}
			p.Rank = 1 + r.IntN(40)
		}
		pr, err := NewProgram(p)
		require.NoError(t, err, "%+v", p)
		want := enumerate(p)
		require.Equal(t, uint64(len(want)), pr.Len(), "%+v", p)
		counts := map[Op]uint64{}
		for _, w := range want {
			counts[w.Op]++
		}
		require.Equal(t, counts, pr.Counts())
		check := func(j int) {
			got, err := pr.At(uint64(j))
			require.NoError(t, err)
			require.Equal(t, want[j], got, "step %d of %+v", j, p)
		}
		for k := 0; k < 2000; k++ {
			check(r.IntN(len(want)))
		}
		for j := 1; j < len(want); j++ {
			if want[j].Op != want[j-1].Op || want[j].T != want[j-1].T {
				check(j - 1)
				check(j)
			}
		}
	}
}

// TestLoraRange: LGRAD's and MERGE's C = part·rank + k takes parts of
// LoraPart values even where other row parts are of Part, k inner, and the
// last part of a row is flagged; C beyond the row is refused.
func TestLoraRange(t *testing.T) {
	mc := &Machine{p: Params{Rank: 3}}
	for _, c := range []struct {
		c         uint32
		lo, hi, k int
		last      bool
	}{{0, 0, 512, 0, false}, {2, 0, 512, 2, false}, {5, 512, 1024, 2, false}, {6, 1024, 1100, 0, true}, {8, 1024, 1100, 2, true}} {
		lo, hi, k, last, err := mc.loraRange(c.c, 1100)
		require.NoError(t, err)
		require.Equal(t, []any{c.lo, c.hi, c.k, c.last}, []any{lo, hi, k, last}, "C = %d", c.c)
	}
	_, _, _, _, err := mc.loraRange(9, 1100)
	require.ErrorIs(t, err, ErrOperand)
	mc.p.part = 64
	lo, hi, k, last, err := mc.loraRange(4, 100)
	require.NoError(t, err)
	require.Equal(t, []any{64, 100, 1, true}, []any{lo, hi, k, last}, "parts of 64 under LoraPart")
}
