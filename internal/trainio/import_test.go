package trainio

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
	"github.com/airollup/airollup/prover/trainvm"
)

// importCase is an import configuration and its base (nil: pretraining).
type importCase struct {
	name string
	cfg  trainvm.ImportConfig
	base *canon.Model
}

func importCases(t *testing.T, r *rand.Rand) []importCase {
	t.Helper()
	var out []importCase
	for _, c := range []struct {
		name     string
		spec     modelgen.Spec
		h        train.Hyper
		finetune bool
		lora     uint8 // LoRA targets (0: a full run)
	}{
		{"pretrain-sgd", tinySpec(r, 64), sgd(1, 4), false, 0},
		{"pretrain-adam", tinySpec(r, 96), adam(1, 4), false, 0},
		{"finetune-adam", tinySpec(r, 64), adam(1, 4), true, 0},
		{"lora-adam", tinySpec(r, 96), adam(1, 4), true, uint8(1 + r.IntN(127))},
		// ffn_down rows and their lora_a rows of two parts (one small layer: every step runs)
		{"lora-sgd multi-part rows", modelgen.Spec{Dim: 32, Layers: 1, Heads: 4, KVHeads: 2, FFDim: trainvm.RowPart + 64,
			Vocab: 24, Context: 16, Seed: r.Uint64()}, sgd(1, 2), true, 0x7f},
		{"pretrain multi-part rows", modelgen.Spec{Dim: 32, Layers: 1, Heads: 4, KVHeads: 4, FFDim: trainvm.RowPart + 32,
			Vocab: 24, Context: 16, Seed: r.Uint64()}, adam(1, 2), false, 0},
	} {
		cfg := trainvm.ImportConfig{Spec: c.spec, Hyper: c.h, DatasetRoot: merkle.Keccak([]byte(c.name)),
			Steps: 1 + r.Uint64N(100), DataTokens: 10 + r.Uint64N(100), TokensRoot: merkle.Keccak([]byte("tokens " + c.name))}
		if c.lora != 0 {
			cfg.LoRA = &train.LoRA{Rank: 1 + r.IntN(6), Scale: train.OneH, Targets: c.lora, Seed: r.Uint64()}
		}
		var base *canon.Model
		if c.finetune {
			base = canonical(t, c.spec, r.Uint64())
			cfg.BaseModelRoot = base.Root()
		}
		out = append(out, importCase{c.name, cfg, base})
	}
	return out
}

// TestImportStepsMatchGo: every micro-step of tiny imports (pretraining
// with SGD and Adam, fine-tuning, LoRA, rows of one and two parts; every
// opcode) through the Solidity verifier gives the root
// trainvm.VerifyImportStep gives for the same proof bytes, which is the
// honest machine's next state.
func TestImportStepsMatchGo(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(47, 47))
	for _, c := range importCases(t, r) {
		t.Run(c.name, func(t *testing.T) {
			im, err := trainvm.NewImport(c.cfg, c.base)
			require.NoError(t, err)
			ops := map[trainvm.Op]int{}
			for !im.Done() {
				in, err := im.Program().At(im.Step())
				require.NoError(t, err)
				pre := im.StateRoot()
				pf, err := im.Prove()
				require.NoError(t, err)
				b, err := pf.MarshalBinary()
				require.NoError(t, err)
				want, err := trainvm.VerifyImportStep(c.cfg, pre, pf)
				require.NoError(t, err)
				got, err := v.importStep(c.cfg, pre, b)
				require.NoError(t, err, "step %d (%s)", im.Step(), in)
				require.Equal(t, want, got, "step %d (%s)", im.Step(), in)
				require.NoError(t, im.Exec())
				require.Equal(t, im.StateRoot(), got)
				ops[in.Op]++
			}
			if c.cfg.LoRA != nil {
				require.Len(t, ops, 3, "every import opcode")
			} else {
				require.Len(t, ops, 2)
			}
		})
	}
}

// TestImportRefusesBadProofs: corrupted proofs (a tampered Q8_0 byte, part
// hash, norm value or sibling of the base opening, an opening where none
// belongs or missing, another step, a state no honest import holds, another
// configuration or context, truncated or longer bytes) revert with the
// error naming the field, and Go refuses them too.
func TestImportRefusesBadProofs(t *testing.T) {
	v := deploy(t)
	r := rand.New(rand.NewPCG(53, 53))
	cases := importCases(t, r)
	ft := cases[4] // LoRA fine-tuning, ffn_down rows of two parts
	pt := cases[0] // pretraining
	find := func(c importCase, ok func(trainvm.Instr) bool) uint64 {
		im, err := trainvm.NewImport(c.cfg, c.base)
		require.NoError(t, err)
		for j := uint64(0); j < im.Program().Len(); j++ {
			in, err := im.Program().At(j)
			require.NoError(t, err)
			if ok(in) {
				return j
			}
		}
		t.Fatal("no such step")
		return 0
	}
	proofAt := func(c importCase, j uint64) (*trainvm.ImportProof, merkle.Hash) {
		im, err := trainvm.NewImport(c.cfg, c.base)
		require.NoError(t, err)
		require.NoError(t, im.RunTo(j))
		pf, err := im.Prove()
		require.NoError(t, err)
		return pf, im.StateRoot()
	}
	clone := func(pf *trainvm.ImportProof) *trainvm.ImportProof {
		b, err := pf.MarshalBinary()
		require.NoError(t, err)
		out, err := trainvm.ReadImportProof(b)
		require.NoError(t, err)
		return out
	}
	row, rowPre := proofAt(ft, find(ft, func(in trainvm.Instr) bool { return in.Op == trainvm.OpImpRow && in.C == 1 }))
	require.Len(t, row.Opening.PartHashes, 2)
	norm, normPre := proofAt(ft, find(ft, func(in trainvm.Instr) bool { return in.Op == trainvm.OpImpRow && in.A == 1 }))
	require.Len(t, norm.Opening.Norm, 32)
	fac, facPre := proofAt(ft, find(ft, func(in trainvm.Instr) bool { return in.Op == trainvm.OpImpFactor }))
	end, endPre := proofAt(ft, find(ft, func(in trainvm.Instr) bool { return in.Op == trainvm.OpImpEnd }))
	seeded, seededPre := proofAt(pt, 3)
	one := cases[2] // fine-tuning, rows of one part
	orow, orowPre := proofAt(one, find(one, func(in trainvm.Instr) bool { return in.Op == trainvm.OpImpRow && in.A == 0 }))
	type tc struct {
		name string
		c    importCase
		pf   *trainvm.ImportProof
		pre  merkle.Hash
		cfg  func(trainvm.ImportConfig) trainvm.ImportConfig
		want string
	}
	mod := func(pf *trainvm.ImportProof, f func(*trainvm.ImportProof)) *trainvm.ImportProof {
		out := clone(pf)
		f(out)
		return out
	}
	tcs := []tc{
		{"Q8 byte", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening.Q8[40] ^= 1 }), rowPre, nil, "OpeningMismatch"},
		{"Q8 scale", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening.Q8[0] ^= 1 }), rowPre, nil, "OpeningMismatch"},
		{"other part hash", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening.PartHashes[0][5] ^= 1 }), rowPre, nil, "OpeningMismatch"},
		{"missing part hash", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening.PartHashes = p.Opening.PartHashes[:1] }), rowPre, nil, "OpeningLength"},
		{"missing Q8 block", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening.Q8 = p.Opening.Q8[34:] }), rowPre, nil, "OpeningLength"},
		{"Q8 scale out of Q8.24", one, mod(orow, func(p *trainvm.ImportProof) { p.Opening.Q8[0], p.Opening.Q8[1] = 0xff, 0x7b }), orowPre, nil, "WeightRange"},
		{"sibling", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening.Siblings[1][0] ^= 1 }), rowPre, nil, "OpeningMismatch"},
		{"short path", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening.Siblings = p.Opening.Siblings[1:] }), rowPre, nil, "OpeningLength"},
		{"norm value", ft, mod(norm, func(p *trainvm.ImportProof) { p.Opening.Norm[3] ^= 1 }), normPre, nil, "OpeningMismatch"},
		{"Q8 bytes on a norm", ft, mod(norm, func(p *trainvm.ImportProof) { p.Opening.Q8 = []byte{1} }), normPre, nil, "OpeningLength"},
		{"no opening", ft, mod(row, func(p *trainvm.ImportProof) { p.Opening = trainvm.BaseOpening{} }), rowPre, nil, "OpeningLength"},
		{"opening on IMPFAC", ft, mod(fac, func(p *trainvm.ImportProof) { p.Opening.Norm = []int32{1} }), facPre, nil, "OpeningLength"},
		{"opening on IMPEND", ft, mod(end, func(p *trainvm.ImportProof) { p.Opening.Siblings = []merkle.Hash{{1}} }), endPre, nil, "OpeningLength"},
		{"opening on a pretraining row", pt, mod(seeded, func(p *trainvm.ImportProof) { p.Opening.Q8 = []byte{1} }), seededPre, nil, "OpeningLength"},
		{"step", ft, mod(row, func(p *trainvm.ImportProof) { p.State.J++ }), rowPre, nil, "PreStateMismatch"},
		{"other step's pre-state", ft, clone(fac), rowPre, nil, "PreStateMismatch"},
		{"configuration", ft, clone(row), rowPre, func(c trainvm.ImportConfig) trainvm.ImportConfig { c.Hyper.LR++; return c }, "CarriedMismatch"},
		{"LoRA seed", ft, clone(fac), facPre, func(c trainvm.ImportConfig) trainvm.ImportConfig {
			l := *c.LoRA
			l.Seed++
			c.LoRA = &l
			return c
		}, "CarriedMismatch"},
		{"base model root", ft, clone(row), rowPre, func(c trainvm.ImportConfig) trainvm.ImportConfig { c.BaseModelRoot[0] ^= 1; return c }, "CarriedMismatch"},
		{"N", pt, clone(seeded), seededPre, func(c trainvm.ImportConfig) trainvm.ImportConfig { c.Steps++; return c }, "CarriedMismatch"},
	}
	// well-formed states no honest import holds before their step
	for _, f := range []struct {
		name string
		c    importCase
		pf   *trainvm.ImportProof
		edit func(*trainvm.ImportProof)
	}{
		{"a row too many", ft, row, func(p *trainvm.ImportProof) { p.State.Rows.Append(merkle.NewHasher(), merkle.Hash{1}) }},
		{"a chunk too many", pt, seeded, func(p *trainvm.ImportProof) { p.State.Chunks.Append(merkle.NewHasher(), merkle.Hash{1}) }},
		{"a factor too many", ft, end, func(p *trainvm.ImportProof) { p.State.Factors.Append(merkle.NewHasher(), merkle.Hash{1}) }},
		{"a tensor too few", ft, fac, func(p *trainvm.ImportProof) { p.State.Tensors = trainvm.Frontier{} }},
		{"past the program", ft, end, func(p *trainvm.ImportProof) { p.State.J++ }},
		{"another carried root", pt, seeded, func(p *trainvm.ImportProof) { p.State.Carried[0] ^= 1 }},
	} {
		pf := mod(f.pf, f.edit)
		want := "AccumulatorMismatch"
		switch f.name {
		case "past the program":
			want = "StepOutOfRange"
		case "another carried root":
			want = "CarriedMismatch"
		}
		tcs = append(tcs, tc{f.name, f.c, pf, pf.State.Root(), nil, want})
	}
	for _, tc := range tcs {
		cfg := tc.c.cfg
		if tc.cfg != nil {
			cfg = tc.cfg(cfg)
		}
		_, err := trainvm.VerifyImportStep(cfg, tc.pre, tc.pf)
		require.Error(t, err, tc.name)
		b, err := tc.pf.MarshalBinary()
		require.NoError(t, err)
		_, err = v.importStep(cfg, tc.pre, b)
		require.Equal(t, tc.want, revertName(t, v, err), tc.name)
	}
	// malformed bytes: truncated anywhere, a byte after the end, a count over its limit
	b, err := row.MarshalBinary()
	require.NoError(t, err)
	for _, n := range []int{0, 7, 40, len(b) / 2, len(b) - 1} {
		_, err := trainvm.ReadImportProof(b[:n])
		require.Error(t, err)
		_, err = v.importStep(ft.cfg, rowPre, b[:n])
		require.Equal(t, "ProofTruncated", revertName(t, v, err), "truncated to %d", n)
	}
	_, err = v.importStep(ft.cfg, rowPre, append(append([]byte(nil), b...), 0))
	require.Equal(t, "ProofTrailingBytes", revertName(t, v, err))
	sb, err := seeded.MarshalBinary()
	require.NoError(t, err)
	sb[len(sb)-1-4-4-4] = 33 // the norm value count's low byte, after the state: be32 a ‖ be32 q ‖ be32 m ‖ u8 d
	_, err = trainvm.ReadImportProof(sb)
	require.Error(t, err)
	_, err = v.importStep(pt.cfg, seededPre, sb)
	require.Equal(t, "ProofCountOverLimit", revertName(t, v, err))
}
