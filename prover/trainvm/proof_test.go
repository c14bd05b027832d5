package trainvm

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// proofCase is a tiny step: its machine input and verifier configuration.
type proofCase struct {
	name string
	in   Input
	cfg  Config
}

func proofCases(t *testing.T) []proofCase {
	t.Helper()
	var out []proofCase
	for i, c := range []struct {
		h    train.Hyper
		lora bool
		part int
	}{{sgd(2, 4), false, 32}, {adam(1, 5), false, 0}, {sgd(1, 4), true, 32}, {adam(2, 3), true, 0}} {
		r := rand.New(rand.NewPCG(uint64(i), 11))
		tr := tiny(t, r, c.h, 1)
		if c.lora {
			tr = tinyLoRA(t, r, c.h, 1)
		}
		in := inputOf(t, tr)
		in.part = c.part
		out = append(out, proofCase{name: fmt.Sprintf("%s-lora%v-part%d", c.h.Optimizer, c.lora, c.part), in: in,
			cfg: Config{Spec: tr.Model.Spec, Hyper: tr.Hyper, LoRA: tr.LoRA, RopeSource: in.RopeSource.Root(), part: c.part}})
	}
	return out
}

// sampleSteps returns the steps to prove: per opcode its first and last
// instance, its instances at a part or chunk boundary (operand 0 and the
// last of a row), three more at random, and 150 at random overall.
func sampleSteps(t *testing.T, r *rand.Rand, prog *Program) []uint64 {
	t.Helper()
	byOp := map[Op][]uint64{}
	var last Instr
	pick := map[uint64]bool{}
	for j := uint64(0); j < prog.Len(); j++ {
		in, err := prog.At(j)
		require.NoError(t, err)
		byOp[in.Op] = append(byOp[in.Op], j)
		// the first step of a new row or target: the boundary of a part run
		if in.Op != last.Op || in.A != last.A || in.C != last.C {
			if r.IntN(64) == 0 {
				pick[j], pick[j-min(j, 1)] = true, true
			}
		}
		last = in
	}
	for _, js := range byOp {
		pick[js[0]], pick[js[len(js)-1]] = true, true
		for range 3 {
			pick[js[r.IntN(len(js))]] = true
		}
	}
	for range 150 {
		pick[r.Uint64N(prog.Len())] = true
	}
	out := make([]uint64, 0, len(pick))
	for j := range pick {
		out = append(out, j)
	}
	slices.Sort(out)
	return out
}

// TestProveEncodes: a proof of sampled steps of each tiny step opens the
// instruction's footprint in order, its encoding decodes to itself, and
// any truncation or a trailing byte is refused with ErrProofEncoding.
func TestProveEncodes(t *testing.T) {
	for i, c := range proofCases(t)[:2] {
		r := rand.New(rand.NewPCG(uint64(i), 13))
		mc, err := New(c.in)
		require.NoError(t, err)
		steps := sampleSteps(t, r, mc.Program())
		for _, j := range steps[:min(len(steps), 60)] {
			require.NoError(t, mc.RunTo(j))
			pf, err := mc.Prove(j)
			require.NoError(t, err)
			in, err := mc.Program().At(j)
			require.NoError(t, err)
			want, err := mc.footprint(in)
			require.NoError(t, err)
			require.Len(t, pf.Leaves, len(want))
			for k, l := range pf.Leaves {
				require.Equal(t, want[k], l.Loc)
			}
			enc, err := pf.MarshalBinary()
			require.NoError(t, err)
			back, err := ReadStepProof(enc)
			require.NoError(t, err)
			require.Equal(t, pf, back)
			for _, n := range []int{0, 11, stateProofHeader, len(enc) - 1} {
				_, err := ReadStepProof(enc[:n])
				require.ErrorIs(t, err, ErrProofEncoding, "truncated to %d of %d", n, len(enc))
			}
			_, err = ReadStepProof(append(enc, 0))
			require.ErrorIs(t, err, ErrProofEncoding, "trailing byte")
		}
		_, err = mc.Prove(0)
		require.ErrorIs(t, err, ErrStep, "a step the machine is past")
	}
}

func FuzzReadStepProof(f *testing.F) {
	p := &StepProof{J: 7, Seq: 1, Carried: train.State{Step: 2, DataTokens: 99},
		Leaves: []Leaf{{Loc{Tree: regR, Chunk: 0}, make([]byte, 128)}, {Loc{Tree: TreeWeights, Tensor: 3, Row: 1, Chunk: 2}, make([]byte, 128)}}}
	p.Siblings[regR] = []merkle.Hash{{1}, {2}}
	p.Siblings[TreeWeights] = []merkle.Hash{{3}}
	p.MemSiblings = []merkle.Hash{{4}, {5}}
	enc, err := p.MarshalBinary()
	require.NoError(f, err)
	f.Add(enc)
	f.Add(enc[:stateProofHeader+4])
	f.Add([]byte{})
	p.Rope, p.RopeSiblings = []int32{1 << 30, 0, -5, 1 << 29}, []merkle.Hash{{6}, {7}}
	enc, err = p.MarshalBinary()
	require.NoError(f, err)
	f.Add(enc) // with a RoPE opening
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ReadStepProof(b)
		if err != nil {
			require.ErrorIs(t, err, ErrProofEncoding)
			return
		}
		again, err := p.MarshalBinary()
		require.NoError(t, err)
		require.Equal(t, b, again, "decode then encode is the identity")
	})
}

// TestProofBytes7B sizes the proof of every opcode at LLaMA-7B dimensions
// (B = 8, T = 2,048, parts of 1,024 values; Adam; LoRA at rank 16 on every
// block matrix) with ProofBytes, which the key test holds to the encoded
// proofs at tiny dimensions: the table of docs/training-game.md, "Step
// proofs". The widest instance of each opcode is taken: the last layer and
// position, a whole part (the last part of a row when it writes the output).
func TestProofBytes7B(t *testing.T) {
	c := canon.Config{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096, RopeDims: 128}
	full := Params{Dims: c, Batch: 8, SeqLen: 2048}
	lora := full
	lora.Rank, lora.Trained = 16, make([]bool, full.Tensors())
	for l := 0; l < c.Layers; l++ {
		for _, k := range loraTargets {
			lora.Trained[lora.block(l, k)] = true
		}
	}
	L, T := uint32(c.Layers-1), uint32(full.SeqLen-1)
	q := uint32(full.block(int(L), kWq))
	cases := []struct {
		p  Params
		in Instr
	}{
		{full, Instr{Op: OpToken}},
		{full, Instr{Op: OpEmbed, T: T, A: 3}},
		{full, Instr{Op: OpSumSq, L: L, T: T, A: 5}},
		{full, Instr{Op: OpRMS, L: L, T: T}},
		{full, Instr{Op: OpNorm, L: L, T: T, A: 5}},
		{full, Instr{Op: OpFMV, L: L, T: T, A: 7, B: 3, C: MatQ}},
		{full, Instr{Op: OpRope, L: L, T: T, A: 31}},
		{full, Instr{Op: OpScore, L: L, T: T, A: T, B: 31}},
		{full, Instr{Op: OpSMax, L: L, T: T, A: 63, B: 31}},
		{full, Instr{Op: OpExp, L: L, T: T, A: 63, B: 31}},
		{full, Instr{Op: OpProb, L: L, T: T, A: 63, B: 31}},
		{full, Instr{Op: OpWSum, L: L, T: T, A: T, B: 31}},
		{full, Instr{Op: OpWFin, L: L, T: T, B: 31}},
		{full, Instr{Op: OpAdd, L: L, T: T, A: 9, B: 1}},
		{full, Instr{Op: OpSwiGLU, L: L, T: T, A: 9}},
		{full, Instr{Op: OpCEMax, L: L + 1, T: T, A: 999}},
		{full, Instr{Op: OpCEExp, L: L + 1, T: T, A: 999}},
		{full, Instr{Op: OpCELoss, L: L + 1, T: T}},
		{full, Instr{Op: OpCEGrad, L: L + 1, T: T, A: 999}},
		{full, Instr{Op: OpOuter, L: L, T: T, A: 7, B: 3, C: MatGate}},
		{full, Instr{Op: OpMVT, L: L, T: T, A: 7, B: 3, C: MatGate}},
		{full, Instr{Op: OpMVTFin, L: L, T: T, A: 9, B: 1, C: MatUp}},
		{full, Instr{Op: OpRMSB, L: L, T: T, A: 9, B: NormFFN}},
		{full, Instr{Op: OpRMSBFin, L: L, T: T, A: 9, B: NormFFN}},
		{full, Instr{Op: OpSwiGLUB, L: L, T: T, A: 9}},
		{full, Instr{Op: OpAddG, L: L, T: T, A: 9}},
		{full, Instr{Op: OpDPV, L: L, T: T, A: T, B: 31}},
		{full, Instr{Op: OpDSK, L: L, T: T, A: T, B: 31}},
		{full, Instr{Op: OpDQFin, L: L, T: T, B: 31}},
		{full, Instr{Op: OpDKVFin, L: L, T: T, A: 9}},
		{full, Instr{Op: OpRopeB, L: L, T: T, A: 31}},
		{full, Instr{Op: OpEmbedB, T: T, A: 3}},
		{full, Instr{Op: OpUpdate, A: q, B: 7, C: 9}},
		{full, Instr{Op: OpStepEnd}},
		{lora, Instr{Op: OpLGrad, A: q, B: 7, C: 7*16 + 15}}, // the last part, the last k: it writes GB
		{lora, Instr{Op: OpLUpdA, A: q, B: 7, C: 9}},
		{lora, Instr{Op: OpLUpdB, A: q, B: 7}},
		{lora, Instr{Op: OpMerge, A: q, B: 7, C: 7*16 + 15}}, // the last k: it writes W
	}
	sizes := map[Op]int{}
	for _, k := range cases {
		n, err := ProofBytes(k.p, train.Adam, 1<<30, k.in)
		require.NoError(t, err, "%s", k.in)
		sizes[k.in.Op] = n
		t.Logf("%-8s %7d bytes", k.in.Op, n)
	}
	require.Len(t, sizes, int(numOps)-1, "every opcode sized")
	for op, n := range sizes {
		require.LessOrEqual(t, n, MaxStepProofBytes, "%s within MaxStepProofBytes", op)
	}
}
