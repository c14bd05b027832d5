package trainvm

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
)

// noise fills every value of a verifier's machine with random values before
// the opened leaves go in: a footprint missing a read changes the post root.
func noise(r *rand.Rand) func(*Machine) {
	x := r.Uint64() | 1
	next := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x }
	return func(mc *Machine) {
		for i := range mc.regs {
			for k := range mc.regs[i] {
				mc.regs[i][k] = int64(int32(next()))
			}
			for k := range mc.wide[i] {
				mc.wide[i][k] = int128{Hi: int64(next()), Lo: next()}
			}
		}
		for _, ts := range [][][]int32{mc.w, mc.base, mc.f, {mc.data}} {
			for _, v := range ts {
				for k := range v {
					v[k] = int32(next())
				}
			}
		}
		for _, ts := range [][][]int64{mc.g, mc.m, mc.v} {
			for _, v := range ts {
				for k := range v {
					v[k] = int64(uint32(next()))
				}
			}
		}
	}
}

// TestVerifyStepIsTheMachines is the key test of the step proofs: for
// sampled micro-steps of whole tiny steps (SGD and Adam, full and LoRA,
// short row parts and whole rows) covering every opcode of each, the
// stateless verifier's post root from state(j) and the proof (through its
// encoding) is the machine's state(j+1), with every unopened value noise.
func TestVerifyStepIsTheMachines(t *testing.T) {
	for i, c := range proofCases(t) {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(i), 12))
			mc, err := New(c.in)
			require.NoError(t, err)
			steps := sampleSteps(t, r, mc.Program())
			seen := map[Op]int{}
			size := map[Op]int{}
			for _, j := range steps {
				require.NoError(t, mc.RunTo(j))
				pre := mc.StateRoot()
				pf, err := mc.Prove(j)
				require.NoError(t, err)
				enc, err := pf.MarshalBinary()
				require.NoError(t, err)
				back, err := ReadStepProof(enc)
				require.NoError(t, err)
				require.Equal(t, pf, back)
				in, err := mc.Program().At(j)
				require.NoError(t, err)
				n, err := ProofBytes(mc.Program().Params(), c.cfg.Hyper.Optimizer, uint64(len(c.in.Data)), in)
				require.NoError(t, err)
				require.Equal(t, len(enc), n, "ProofBytes of %s", in)
				post, err := verifyStep(c.cfg, pre, back, noise(r))
				require.NoError(t, err, "step %d", j)
				require.NoError(t, mc.Exec())
				require.Equal(t, mc.StateRoot(), post, "step %d (%s)", j, in)
				seen[in.Op]++
				size[in.Op] = max(size[in.Op], len(enc))
			}
			for op, n := range mc.Program().Counts() {
				if n > 0 {
					require.GreaterOrEqual(t, seen[op], min(int(n), 2), "%s proved", op)
				}
			}
			sp := c.cfg.Spec
			t.Logf("dims %d, %d layers, %d/%d heads, ff %d, vocab %d; B %d, T %d, part %d, rank %d",
				sp.Dim, sp.Layers, sp.Heads, sp.KVHeads, sp.FFDim, sp.Vocab, c.cfg.Hyper.Batch, c.cfg.Hyper.SeqLen, mc.Program().Params().partSize(), mc.Program().Params().Rank)
			for op := Op(1); op < numOps; op++ {
				if size[op] > 0 {
					t.Logf("%-8s %6d bytes (largest of %d proved)", op, size[op], seen[op])
				}
			}
		})
	}
}

// TestVerifyStepRefusesBadProofs: a proof of another step, a tampered
// value, sibling or location, a missing or extra leaf or sibling, another
// configuration (a truncated proof: a missing leaf or sibling) is refused
// with ErrProof, never a post root; a ROPE or ROPEB proof without its
// position's RoPE row opened against the RoPE source root (a tampered
// value or sibling, another position's row, another source) also with
// ErrRopeSource, and a RoPE row on another opcode with ErrProof.
func TestVerifyStepRefusesBadProofs(t *testing.T) {
	c := proofCases(t)[0]
	mc, err := New(c.in)
	require.NoError(t, err)
	prog := mc.Program()
	// the first step of several opcodes
	want := map[Op]bool{OpToken: true, OpFMV: true, OpOuter: true, OpEmbed: true, OpUpdate: true, OpDSK: true,
		OpRope: true, OpRopeB: true}
	checked := 0
	for j := uint64(0); j < prog.Len() && len(want) > 0; j++ {
		in, err := prog.At(j)
		require.NoError(t, err)
		if !want[in.Op] {
			continue
		}
		delete(want, in.Op)
		require.NoError(t, mc.RunTo(j))
		pre := mc.StateRoot()
		pf, err := mc.Prove(j)
		require.NoError(t, err)
		good, err := VerifyStep(c.cfg, pre, pf)
		require.NoError(t, err)
		clone := func() *StepProof {
			enc, err := pf.MarshalBinary()
			require.NoError(t, err)
			p, err := ReadStepProof(enc)
			require.NoError(t, err)
			return p
		}
		bad := map[string]*StepProof{}
		p := clone()
		p.J++
		bad["another step"] = p
		p = clone()
		p.Leaves[len(p.Leaves)/2].Data[0] ^= 1
		bad["tampered value"] = p
		p = clone()
		p.Leaves = p.Leaves[1:]
		bad["missing leaf"] = p
		p = clone()
		l := &p.Leaves[len(p.Leaves)-1]
		l.Chunk++
		bad["another index"] = p
		p = clone()
		p.Leaves[0].Tree = (p.Leaves[0].Tree + 1) % numRegs
		bad["another register"] = p
		p = clone()
		p.MemSiblings[0][0] ^= 1
		bad["tampered memory sibling"] = p
		p = clone()
		p.MemSiblings = append(p.MemSiblings, merkle.Hash{})
		bad["extra memory sibling"] = p
		for tr := range p.Siblings {
			if len(pf.Siblings[tr]) == 0 {
				continue
			}
			p = clone()
			p.Siblings[tr][0][5] ^= 1
			bad[fmt.Sprintf("wrong sibling tree %d", tr)] = p
			p = clone()
			p.Siblings[tr] = append(p.Siblings[tr], merkle.Hash{})
			bad[fmt.Sprintf("extra sibling tree %d", tr)] = p
			p = clone()
			p.Siblings[tr] = p.Siblings[tr][1:]
			bad[fmt.Sprintf("missing sibling tree %d", tr)] = p
		}
		rope := map[string]bool{} // the cases a RoPE opening refuses with ErrRopeSource
		if in.Op == OpRope || in.Op == OpRopeB {
			p = clone()
			p.Rope[len(p.Rope)-1]++
			bad["tampered RoPE value"], rope["tampered RoPE value"] = p, true
			p = clone()
			p.RopeSiblings[0][3] ^= 1
			bad["wrong RoPE sibling"], rope["wrong RoPE sibling"] = p, true
			p = clone()
			p.RopeSiblings = p.RopeSiblings[1:]
			bad["missing RoPE sibling"], rope["missing RoPE sibling"] = p, true
			p = clone()
			p.Rope = p.Rope[:len(p.Rope)-2]
			bad["short RoPE row"], rope["short RoPE row"] = p, true
			p = clone()
			p.Rope, p.RopeSiblings = nil, nil
			bad["no RoPE row"], rope["no RoPE row"] = p, true
			// a valid opening of another position's row
			p = clone()
			o := (int(in.T) + 1) % c.cfg.Spec.Context
			cos, sin := mc.rope.Row(o)
			p.Rope = append(slices.Clone(cos), sin...)
			p.RopeSiblings, err = mc.ropeSrc.Proof(mc.p.ropeIndex(o))
			require.NoError(t, err)
			bad["RoPE row of another position"], rope["RoPE row of another position"] = p, true
			cfg := c.cfg
			cfg.RopeSource[0] ^= 1
			_, err = VerifyStep(cfg, pre, pf)
			require.ErrorIs(t, err, ErrRopeSource, "another RoPE source")
		} else {
			p = clone()
			p.Rope, p.RopeSiblings = make([]int32, c.cfg.Spec.Dim/c.cfg.Spec.Heads), []merkle.Hash{{}}
			bad["RoPE row on "+in.Op.String()] = p
		}
		// valid openings of other leaves: a proof whose every opening
		// verifies, but not of the instruction's footprint
		locs, err := mc.footprint(in)
		require.NoError(t, err)
		for k, other := range []Loc{{Tree: regR, Chunk: 1}, {Tree: regSC}, {Tree: TreeWeights, Tensor: 1}} {
			shifted := append([]Loc{other}, locs...)
			if k == 0 {
				shifted = append(slices.Clone(locs[:len(locs)-1]), other) // one replaced
			}
			slices.SortFunc(shifted, func(a, b Loc) int { return a.less(b) })
			shifted = slices.Compact(shifted)
			if slices.Equal(shifted, locs) {
				continue
			}
			p, err := mc.proveLeaves(j, shifted)
			require.NoError(t, err)
			bad[fmt.Sprintf("valid openings of other leaves %d", k)] = p
		}
		for name, p := range bad {
			post, err := VerifyStep(c.cfg, pre, p)
			require.ErrorIs(t, err, ErrProof, "%s at %s: post %x (honest %x)", name, in, post, good)
			if rope[name] {
				require.ErrorIs(t, err, ErrRopeSource, "%s at %s", name, in)
			}
			require.Equal(t, merkle.Hash{}, post)
		}
		cfg := c.cfg
		cfg.Hyper.LR++
		_, err = VerifyStep(cfg, pre, pf)
		require.ErrorIs(t, err, ErrProof, "another configuration")
		_, err = VerifyStep(c.cfg, pre, nil)
		require.ErrorIs(t, err, ErrProof)
		checked++
	}
	require.Empty(t, want, "opcodes not found")
	require.Equal(t, 8, checked)
}

// TestVerifyStepRefusesImpossibleValues: a pre-state no honest step reaches
// (a norm's r of 0 before NORM divides by it), opened correctly, gives an
// error, not a panic.
func TestVerifyStepRefusesImpossibleValues(t *testing.T) {
	c := proofCases(t)[0]
	mc, err := New(c.in)
	require.NoError(t, err)
	var j uint64
	for ; ; j++ {
		in, err := mc.Program().At(j)
		require.NoError(t, err)
		if in.Op == OpNorm {
			break
		}
	}
	require.NoError(t, mc.RunTo(j))
	mc.wr(regRA)[0] = 0
	pf, err := mc.Prove(j)
	require.NoError(t, err)
	post, err := VerifyStep(c.cfg, mc.StateRoot(), pf)
	require.ErrorIs(t, err, ErrProof)
	require.ErrorIs(t, err, ErrOperand)
	require.Equal(t, merkle.Hash{}, post)
}
