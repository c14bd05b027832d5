package trainio

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// exportCase is a run at S_N, its export configuration and RoPE source.
type exportCase struct {
	name string
	tr   *train.Trainer
	cfg  trainvm.ExportConfig
	src  *canon.Model
}

func exportCases(t *testing.T, r *rand.Rand) []exportCase {
	t.Helper()
	var out []exportCase
	for _, c := range []struct {
		name  string
		spec  modelgen.Spec
		h     train.Hyper
		lora  bool
		steps int
		eos   int
	}{
		{"sgd", tinySpec(r, 64), sgd(1, 4), false, 1, 2},
		{"adam-lora", tinySpec(r, 96), adam(1, 4), true, 1, canon.NoEOS},
		// ffn_down rows of two parts (kept to one small layer: every step runs)
		{"multi-part rows", modelgen.Spec{Dim: 32, Layers: 1, Heads: 4, KVHeads: 2, FFDim: trainvm.RowPart + 64, Vocab: 24,
			Context: 16, Seed: r.Uint64()}, sgd(1, 2), false, 0, 3},
	} {
		m, err := train.NewModel(c.spec)
		require.NoError(t, err)
		data := make([]int32, 2*c.h.SeqLen*c.h.Batch+1)
		for i := range data {
			data[i] = int32(r.IntN(c.spec.Vocab))
		}
		var tr *train.Trainer
		if c.lora {
			tr, err = train.NewLoRA(m, c.h, data, train.LoRA{Rank: 1 + r.IntN(8), Scale: train.OneH, Targets: uint8(1 + r.IntN(127)), Seed: r.Uint64()})
		} else {
			tr, err = train.New(m, c.h, data)
		}
		require.NoError(t, err)
		for i := 0; i < c.steps; i++ {
			_, err := tr.TrainStep(context.Background(), train.Options{})
			require.NoError(t, err)
		}
		src := canonical(t, c.spec, r.Uint64())
		cfg := trainvm.ExportConfig{Spec: c.spec, Hyper: tr.Hyper, LoRA: tr.LoRA,
			Meta:        trainvm.Meta{TokenizerHash: merkle.Keccak([]byte("tokenizer " + c.name)), EOS: c.eos},
			DatasetRoot: merkle.Keccak([]byte(c.name)), RopeSource: src.Root()}
		out = append(out, exportCase{c.name, tr, cfg, src})
	}
	return out
}

// TestExportStepsMatchGo: every micro-step of tiny exports (SGD, Adam with
// LoRA, rows of two parts; every opcode) through the Solidity verifier
// gives the root trainvm.VerifyExportStep gives for the same proof bytes,
// which is the honest machine's next state.
func TestExportStepsMatchGo(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(41, 41))
	for _, c := range exportCases(t, r) {
		t.Run(c.name, func(t *testing.T) {
			em, err := trainvm.NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
			require.NoError(t, err)
			ops := map[trainvm.Op]int{}
			for !em.Done() {
				in, err := em.Program().At(em.Step())
				require.NoError(t, err)
				pre := em.StateRoot()
				pf, err := em.Prove()
				require.NoError(t, err)
				b, err := pf.MarshalBinary()
				require.NoError(t, err)
				want, err := trainvm.VerifyExportStep(c.cfg, pre, pf)
				require.NoError(t, err)
				got, err := v.export(c.cfg, pre, b)
				require.NoError(t, err, "step %d (%s)", em.Step(), in)
				require.Equal(t, want, got, "step %d (%s)", em.Step(), in)
				require.NoError(t, em.Exec())
				require.Equal(t, em.StateRoot(), got)
				ops[in.Op]++
			}
			require.Len(t, ops, 4, "every export opcode")
		})
	}
}

// TestExportRefusesBadProofs: corrupted proofs (a tampered value, sibling,
// part hash, S_N field or accumulator, another step, a truncated or longer
// proof, openings on a step that has none, another configuration or RoPE
// source; a join's tampered or short Q8_0 bytes, a held sub-hash its bytes
// do not give, values on a join, Q8_0 bytes on a sub-step or EXPROPE)
// revert with the error naming the field, and Go refuses them too.
func TestExportRefusesBadProofs(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(43, 43))
	c := exportCases(t, r)[2] // multi-part rows
	em, err := trainvm.NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
	require.NoError(t, err)
	p := em.Program()
	var rowJ, joinJ, normJ, ropeJ uint64
	for j := uint64(0); j < p.Len(); j++ {
		in, err := p.At(j)
		require.NoError(t, err)
		switch {
		case in.Op == trainvm.OpExpRow && in.C == 1 && rowJ == 0 && j > 1: // a sub-step of an ffn_down row
			rowJ = j
		case in.Op == trainvm.OpExpRow && in.C == trainvm.RowPart/trainvm.SubPart && joinJ == 0: // its first part's join
			joinJ = j
		case in.Op == trainvm.OpExpRow && normJ == 0 && j > 1 && in.A == 1: // attn_norm of layer 0
			normJ = j
		case in.Op == trainvm.OpExpRope && ropeJ == 0:
			ropeJ = j
		}
	}
	require.NotZero(t, rowJ)
	require.NotZero(t, normJ)
	proofAt := func(j uint64) (*trainvm.ExportProof, merkle.Hash) {
		em, err := trainvm.NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
		require.NoError(t, err)
		require.NoError(t, em.RunTo(j))
		pf, err := em.Prove()
		require.NoError(t, err)
		return pf, em.StateRoot()
	}
	row, rowPre := proofAt(rowJ)
	require.Len(t, row.State.Parts, 1)
	join, joinPre := proofAt(joinJ)
	require.NotEmpty(t, join.Q8)
	norm, normPre := proofAt(normJ)
	rope, ropePre := proofAt(ropeJ)
	meta, metaPre := proofAt(0)
	end, endPre := proofAt(p.Len() - 1)
	clone := func(pf *trainvm.ExportProof) *trainvm.ExportProof {
		b, err := pf.MarshalBinary()
		require.NoError(t, err)
		out, err := trainvm.ReadExportProof(b)
		require.NoError(t, err)
		return out
	}
	type tc struct {
		name string
		pf   *trainvm.ExportProof
		pre  merkle.Hash
		cfg  func(trainvm.ExportConfig) trainvm.ExportConfig
		want string
	}
	rehash := func(pf *trainvm.ExportProof) (*trainvm.ExportProof, merkle.Hash) { return pf, pf.State.Root() }
	cases := []tc{
		{"value", func() *trainvm.ExportProof { pf := clone(row); pf.Values[5] ^= 1; return pf }(), rowPre, nil, "OpeningMismatch"},
		{"norm value", func() *trainvm.ExportProof { pf := clone(norm); pf.Values[0] ^= 1; return pf }(), normPre, nil, "OpeningMismatch"},
		{"missing value", func() *trainvm.ExportProof { pf := clone(row); pf.Values = pf.Values[1:]; return pf }(), rowPre, nil, "OpeningLength"},
		{"sibling", func() *trainvm.ExportProof { pf := clone(row); pf.Siblings[0][3] ^= 1; return pf }(), rowPre, nil, "OpeningMismatch"},
		{"extra sibling", func() *trainvm.ExportProof {
			pf := clone(row)
			pf.Siblings = append(pf.Siblings, merkle.Hash{})
			return pf
		}(), rowPre, nil, "OpeningLength"},
		{"part hash", func() *trainvm.ExportProof { pf := clone(row); pf.State.Parts[0][0] ^= 1; return pf }(), rowPre, nil, "PreStateMismatch"},
		{"S_N weights", func() *trainvm.ExportProof { pf := clone(row); pf.Carried.WeightsRoot[0] ^= 1; return pf }(), rowPre, nil, "CarriedMismatch"},
		{"accumulator", func() *trainvm.ExportProof { pf := clone(rope); pf.State.Acc.N--; return pf }(), ropePre, nil, "PreStateMismatch"},
		{"step", func() *trainvm.ExportProof { pf := clone(rope); pf.State.J++; return pf }(), ropePre, nil, "PreStateMismatch"},
		{"other step's pre-state", clone(rope), rowPre, nil, "PreStateMismatch"},
		{"RoPE value", func() *trainvm.ExportProof { pf := clone(rope); pf.Values[1] ^= 1; return pf }(), ropePre, nil, "OpeningMismatch"},
		{"RoPE sibling", func() *trainvm.ExportProof { pf := clone(rope); pf.Siblings[2][7] ^= 1; return pf }(), ropePre, nil, "OpeningMismatch"},
		{"RoPE path", func() *trainvm.ExportProof { pf := clone(rope); pf.Siblings = pf.Siblings[1:]; return pf }(), ropePre, nil, "OpeningLength"},
		{"RoPE source", clone(rope), ropePre, func(c trainvm.ExportConfig) trainvm.ExportConfig { c.RopeSource[0] ^= 1; return c }, "OpeningMismatch"},
		{"values on EXPMETA", func() *trainvm.ExportProof { pf := clone(meta); pf.Values = []int32{1}; return pf }(), metaPre, nil, "OpeningLength"},
		{"siblings on EXPEND", func() *trainvm.ExportProof {
			pf := clone(end)
			pf.Siblings = []merkle.Hash{{1}}
			return pf
		}(), endPre, nil, "OpeningLength"},
		{"join byte", func() *trainvm.ExportProof { pf := clone(join); pf.Q8[1500] ^= 1; return pf }(), joinPre, nil, "OpeningMismatch"},
		{"short join", func() *trainvm.ExportProof { pf := clone(join); pf.Q8 = pf.Q8[:len(pf.Q8)-34]; return pf }(), joinPre, nil, "OpeningLength"},
		{"values on a join", func() *trainvm.ExportProof { pf := clone(join); pf.Values = []int32{1}; return pf }(), joinPre, nil, "OpeningLength"},
		{"Q8_0 on a sub-step", func() *trainvm.ExportProof { pf := clone(row); pf.Q8 = []byte{1}; return pf }(), rowPre, nil, "OpeningLength"},
		{"Q8_0 on EXPROPE", func() *trainvm.ExportProof { pf := clone(rope); pf.Q8 = []byte{1}; return pf }(), ropePre, nil, "OpeningLength"},
		{"configuration", clone(row), rowPre, func(c trainvm.ExportConfig) trainvm.ExportConfig { c.Hyper.LR++; return c }, "ConfigHashMismatch"},
		{"EOS", clone(meta), metaPre, func(c trainvm.ExportConfig) trainvm.ExportConfig { c.Meta.EOS = c.Spec.Vocab; return c }, "BadConfig"},
	}
	// well-formed states no honest export holds before their step
	pf, pre := rehash(func() *trainvm.ExportProof {
		pf := clone(rope)
		pf.State.Acc.Append(merkle.NewHasher(), merkle.Hash{1})
		return pf
	}())
	cases = append(cases, tc{"accumulator of one leaf too many", pf, pre, nil, "AccumulatorMismatch"})
	pf, pre = rehash(func() *trainvm.ExportProof { pf := clone(row); pf.State.Parts = nil; return pf }())
	cases = append(cases, tc{"part hash dropped", pf, pre, nil, "AccumulatorMismatch"})
	pf, pre = rehash(func() *trainvm.ExportProof { pf := clone(join); pf.State.Parts[1][4] ^= 1; return pf }())
	cases = append(cases, tc{"held sub-hash", pf, pre, nil, "OpeningMismatch"})
	pf, pre = rehash(func() *trainvm.ExportProof { pf := clone(end); pf.State.J++; return pf }())
	cases = append(cases, tc{"past the program", pf, pre, nil, "StepOutOfRange"})
	for _, tc := range cases {
		cfg := c.cfg
		if tc.cfg != nil {
			cfg = tc.cfg(cfg)
		}
		_, err := trainvm.VerifyExportStep(cfg, tc.pre, tc.pf)
		require.Error(t, err, tc.name)
		b, err := tc.pf.MarshalBinary()
		require.NoError(t, err)
		_, err = v.export(cfg, tc.pre, b)
		require.Equal(t, tc.want, revertName(t, v, err), tc.name)
	}
	// malformed bytes: truncated anywhere, a byte after the end, a count over its limit
	b, err := row.MarshalBinary()
	require.NoError(t, err)
	for _, n := range []int{0, 7, 40, len(b) / 2, len(b) - 1} {
		_, err := trainvm.ReadExportProof(b[:n])
		require.Error(t, err)
		_, err = v.export(c.cfg, rowPre, b[:n])
		require.Equal(t, "ProofTruncated", revertName(t, v, err), "truncated to %d", n)
	}
	_, err = v.export(c.cfg, rowPre, append(append([]byte(nil), b...), 0))
	require.Equal(t, "ProofTrailingBytes", revertName(t, v, err))
	bad := append([]byte(nil), b...)
	bad[len(b)-4-1-32*len(row.Siblings)] = 65 // sibling count
	_, err = v.export(c.cfg, rowPre, bad)
	require.Equal(t, "ProofCountOverLimit", revertName(t, v, err))
}
