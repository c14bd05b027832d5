package trainvm

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

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
		in := inputOf(tr)
		in.part = c.part
		out = append(out, proofCase{name: fmt.Sprintf("%s-lora%v-part%d", c.h.Optimizer, c.lora, c.part), in: in,
			cfg: Config{Spec: tr.Model.Spec, Hyper: tr.Hyper, LoRA: tr.LoRA, part: c.part}})
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
	enc, err := p.MarshalBinary()
	require.NoError(f, err)
	f.Add(enc)
	f.Add(enc[:stateProofHeader+4])
	f.Add([]byte{})
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
