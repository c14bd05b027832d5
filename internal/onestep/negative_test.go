package onestep

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/bindings"
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/vm"
)

// revertName decodes a verifier revert into its custom error's Go type name.
func revertName(t *testing.T, v *verifier, err error) string {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data: %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok)
	dec, err := v.b.UnpackError(common.FromHex(s))
	require.NoError(t, err, "revert %s is not a verifier error", s)
	switch dec.(type) {
	case *bindings.OneStepVerifierBadProof:
		return "BadProof"
	case *bindings.OneStepVerifierWrongOperand:
		return "WrongOperand"
	case *bindings.OneStepVerifierOperandCount:
		return "OperandCount"
	case *bindings.OneStepVerifierOperandLength:
		return "OperandLength"
	case *bindings.OneStepVerifierConfigNotInModel:
		return "ConfigNotInModel"
	case *bindings.OneStepVerifierStepOutOfRange:
		return "StepOutOfRange"
	case *bindings.OneStepVerifierOutOfRange:
		return "OutOfRange"
	case *bindings.OneStepVerifierInvalidConfig:
		return "InvalidConfig"
	}
	return "other"
}

// stepWith finds the first step with opcode op and returns its machine and proof.
func stepWith(t *testing.T, m *canon.Model, mt *vm.ModelTree, tokens []int32, op vm.Op) (*vm.Machine, *vm.StepProof) {
	t.Helper()
	mc := machineAt(t, m, tokens, len(tokens)-1, 1)
	for k := uint64(0); k < mc.Program().Len(); k++ {
		ins, err := mc.Program().At(k)
		require.NoError(t, err)
		if ins.Op == op {
			require.NoError(t, mc.RunTo(k))
			sp, err := mc.Prove(mt)
			require.NoError(t, err)
			return mc, sp
		}
	}
	t.Fatalf("no %s step", op)
	return nil, nil
}

func clone(sp *vm.StepProof) *vm.StepProof {
	c := *sp
	c.LayerRoots = append([]merkle.Hash(nil), sp.LayerRoots...)
	c.Chunks = nil
	for _, ch := range sp.Chunks {
		ch.Data = append([]byte(nil), ch.Data...)
		ch.Proof = append([]merkle.Hash(nil), ch.Proof...)
		c.Chunks = append(c.Chunks, ch)
	}
	c.Full = nil
	for _, f := range sp.Full {
		c.Full = append(c.Full, append([]byte(nil), f...))
	}
	c.Model, c.KV, c.Subtrees = nil, nil, nil
	for _, st := range sp.Subtrees {
		st.Data = append([]byte(nil), st.Data...)
		st.Proof = append([]merkle.Hash(nil), st.Proof...)
		c.Subtrees = append(c.Subtrees, st)
	}
	for _, o := range sp.Model {
		o.Data = append([]byte(nil), o.Data...)
		o.Proof = append([]merkle.Hash(nil), o.Proof...)
		c.Model = append(c.Model, o)
	}
	for _, o := range sp.KV {
		o.Data = append([]byte(nil), o.Data...)
		o.Proof = append([]merkle.Hash(nil), o.Proof...)
		c.KV = append(c.KV, o)
	}
	return &c
}

// TestVerifierRejectsBadProofs: every corruption of a valid step proof is
// rejected with a custom error, and tampering that the verifier cannot see
// changes the pre-state it reports (which the game compares with the claim).
func TestVerifierRejectsBadProofs(t *testing.T) {
	v := deploy(t)
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	mt, err := vm.NewModelTree(m)
	require.NoError(t, err)
	tokens := []int32{1, 50, 99, 7}
	cfg := Config(m)

	for _, op := range []vm.Op{vm.OpNorm, vm.OpQuant, vm.OpMatVec, vm.OpRope, vm.OpKVWrite, vm.OpScore, vm.OpSMax,
		vm.OpExp, vm.OpProb, vm.OpWSum, vm.OpWFin, vm.OpAdd, vm.OpSwiGLU, vm.OpSumSq, vm.OpRMS} {
		mc, sp := stepWith(t, m, mt, tokens, op)
		honest, err := v.step(m, mt.Root(), sp)
		require.NoError(t, err, "%s", op)
		require.Equal(t, [32]byte(mc.StateRoot()), honest.Pre)

		type mutation struct {
			name string
			f    func(*vm.StepProof)
			want string
		}
		var muts []mutation
		if len(sp.Chunks) > 0 {
			muts = append(muts,
				mutation{"chunk data", func(p *vm.StepProof) { p.Chunks[0].Data[0] ^= 1 }, "BadProof"},
				mutation{"chunk index", func(p *vm.StepProof) { p.Chunks[0].Index ^= 1 }, "WrongOperand"},
				mutation{"chunk register", func(p *vm.StepProof) { p.Chunks[0].Reg = (p.Chunks[0].Reg + 1) % vm.NumRegs }, "WrongOperand"},
				mutation{"truncated chunk", func(p *vm.StepProof) { p.Chunks[0].Data = p.Chunks[0].Data[:len(p.Chunks[0].Data)-1] }, "OperandLength"},
				mutation{"missing chunk", func(p *vm.StepProof) { p.Chunks = p.Chunks[:len(p.Chunks)-1] }, "OperandCount"},
			)
			if len(sp.Chunks[0].Proof) > 0 {
				muts = append(muts,
					mutation{"chunk sibling", func(p *vm.StepProof) { p.Chunks[0].Proof[0][5] ^= 1 }, "BadProof"},
					mutation{"short chunk proof", func(p *vm.StepProof) { p.Chunks[0].Proof = p.Chunks[0].Proof[1:] }, "BadProof"},
				)
			}
		}
		if len(sp.Full) > 0 {
			muts = append(muts,
				mutation{"full register data", func(p *vm.StepProof) { p.Full[0][len(p.Full[0])-1] ^= 0x80 }, "BadProof"},
				mutation{"truncated full register", func(p *vm.StepProof) { p.Full[0] = p.Full[0][:len(p.Full[0])-1] }, "OperandLength"},
			)
		}
		if len(sp.Model) > 1 {
			muts = append(muts,
				mutation{"weight/norm/rope data", func(p *vm.StepProof) { p.Model[1].Data[3] ^= 4 }, "BadProof"},
				mutation{"wrong model leaf", func(p *vm.StepProof) { p.Model[1].Index++ }, "BadProof"},
				mutation{"model sibling", func(p *vm.StepProof) { p.Model[1].Proof[2][0] ^= 1 }, "BadProof"},
			)
		}
		if len(sp.Subtrees) > 0 {
			muts = append(muts,
				mutation{"subtree data", func(p *vm.StepProof) { p.Subtrees[0].Data[1] ^= 1 }, "BadProof"},
				mutation{"subtree position", func(p *vm.StepProof) { p.Subtrees[0].First++ }, "WrongOperand"},
				mutation{"subtree height", func(p *vm.StepProof) { p.Subtrees[0].Height++ }, "WrongOperand"},
				mutation{"truncated subtree", func(p *vm.StepProof) { p.Subtrees[0].Data = p.Subtrees[0].Data[4:] }, "OperandLength"},
				mutation{"missing subtree", func(p *vm.StepProof) { p.Subtrees = nil }, "OperandCount"},
			)
		}
		if len(sp.KV) > 0 {
			muts = append(muts,
				mutation{"kv sibling", func(p *vm.StepProof) { p.KV[0].Proof[0][0] ^= 1 }, "BadProof"},
				mutation{"kv index", func(p *vm.StepProof) { p.KV[0].Index++ }, "BadProof"},
			)
		}
		muts = append(muts,
			mutation{"metadata proof", func(p *vm.StepProof) { p.Model[0].Proof[0][0] ^= 1 }, "ConfigNotInModel"},
			mutation{"no model openings", func(p *vm.StepProof) { p.Model = nil }, "OperandCount"},
			mutation{"layer roots", func(p *vm.StepProof) { p.LayerRoots = p.LayerRoots[:1] }, "OperandCount"},
			mutation{"step past the program", func(p *vm.StepProof) { p.Step = mc.Program().Len() + 1 }, "StepOutOfRange"},
			mutation{"position past context", func(p *vm.StepProof) { p.P = uint32(m.Context) }, "OutOfRange"},
		)
		for _, mu := range muts {
			bad := clone(sp)
			mu.f(bad)
			_, err := v.step(m, mt.Root(), bad)
			require.Equal(t, mu.want, revertName(t, v, err), "%s: %s", op, mu.name)
		}

		// A wrong model root or configuration is refused.
		_, err = v.step(m, merkle.Keccak([]byte("another model")), sp)
		require.Equal(t, "ConfigNotInModel", revertName(t, v, err), "%s: wrong model root", op)
		badCfg := cfg
		badCfg.Vocab++
		_, err = v.call(badCfg, mt.Root(), sp)
		require.Equal(t, "ConfigNotInModel", revertName(t, v, err), "%s: wrong config", op)
		badCfg = cfg
		badCfg.Heads = 5
		_, err = v.call(badCfg, mt.Root(), sp)
		require.Equal(t, "InvalidConfig", revertName(t, v, err), "%s: invalid config", op)

		// Tampering with a register root the step does not touch changes the
		// pre-state the verifier reports, so it cannot pass for the claim.
		other := clone(sp)
		other.RegRoots[vm.RegW] = merkle.Keccak([]byte("x"))
		if op != vm.OpWSum && op != vm.OpWFin {
			out, err := v.step(m, mt.Root(), other)
			require.NoError(t, err)
			require.NotEqual(t, honest.Pre, out.Pre, "%s", op)
		}
	}
}

// TestVerifierRejectsBadRowParts: a MATVECP step opens one part of its row
// and the other parts' hashes (canon.RowLeaf); a changed part, a changed or
// missing part hash, or another part's bytes are rejected.
func TestVerifierRejectsBadRowParts(t *testing.T) {
	v := deploy(t)
	m, err := modelgen.Spec{Dim: 32, Layers: 1, Heads: 2, KVHeads: 2, FFDim: 4160, Vocab: 400, Context: 16, Seed: 5}.Model()
	require.NoError(t, err)
	mt, err := vm.NewModelTree(m)
	require.NoError(t, err)
	tokens := []int32{1, 50, 99}
	mc := machineAt(t, m, tokens, len(tokens)-1, 0)
	seen := 0
	for k := uint64(0); k < mc.Program().Len() && seen < 2; k++ {
		ins, err := mc.Program().At(k)
		require.NoError(t, err)
		if ins.Op != vm.OpMatVecPart {
			continue
		}
		seen++
		require.NoError(t, mc.RunTo(k))
		sp, err := mc.Prove(mt)
		require.NoError(t, err)
		honest, err := v.step(m, mt.Root(), sp)
		require.NoError(t, err, "%s", ins)
		require.Equal(t, [32]byte(mc.StateRoot()), honest.Pre)
		other, err := mt.OpenRowPart(canon.LeafRow, 0, vm.MatDown, int(ins.B), 1-int(ins.A>>8))
		require.NoError(t, err)
		for name, f := range map[string]func(*vm.StepProof){
			"part data":         func(p *vm.StepProof) { p.Model[1].Data[5] ^= 1 },
			"other part's hash": func(p *vm.StepProof) { p.Model[1].Proof[0][3] ^= 1 },
			"no part hashes":    func(p *vm.StepProof) { p.Model[1].Proof = p.Model[1].Proof[1:] },
			"whole row":         func(p *vm.StepProof) { p.Model[1].Data = m.Blocks[0].Wdown.Row(int(ins.B)) },
			"another part":      func(p *vm.StepProof) { p.Model[1] = other },
		} {
			bad := clone(sp)
			f(bad)
			_, err := v.step(m, mt.Root(), bad)
			require.Equal(t, "BadProof", revertName(t, v, err), "%s: %s", ins, name)
		}
	}
	require.Equal(t, 2, seen, "both parts of a row")
}
