package trainvm

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

// importCase is an import configuration, its base (nil: pretraining) and
// the trainer at step 0 of the same run.
type importCase struct {
	name string
	cfg  ImportConfig
	base *canon.Model
	tr   *train.Trainer
}

func importCases(t *testing.T, r *rand.Rand) []importCase {
	t.Helper()
	var out []importCase
	for _, c := range []struct {
		name     string
		ff       int
		h        train.Hyper
		finetune bool
		lora     uint8 // LoRA targets (0: a full run)
	}{
		{"pretrain-sgd", 64, sgd(1, 4), false, 0},
		{"pretrain-adam", 96, adam(1, 4), false, 0},
		{"finetune-adam", 64, adam(1, 4), true, 0},
		{"lora-adam", 96, adam(1, 4), true, uint8(1 + r.IntN(127))},
		{"lora-sgd multi-part rows", RowPart + 64, sgd(1, 2), true, 0x7f}, // ffn_down rows and its lora_a rows of two parts
		{"pretrain multi-part rows", RowPart + 32, sgd(1, 2), false, 0},   // seeded parts of SeedPart values
	} {
		spec := modelgen.Spec{Dim: 32 << r.IntN(2), Layers: 1 + r.IntN(2), Heads: 4, KVHeads: []int{2, 4}[r.IntN(2)],
			FFDim: c.ff, Vocab: 24 + r.IntN(17), Context: 16 + 16*r.IntN(3), Seed: r.Uint64()}
		m, err := train.NewModel(spec)
		require.NoError(t, err)
		var base *canon.Model
		if c.finetune {
			other := spec
			other.Seed = r.Uint64()
			src, err := train.NewModel(other)
			require.NoError(t, err)
			base, err = src.Canonical()
			require.NoError(t, err)
			m, err = train.FromCanonical(base, spec.Seed)
			require.NoError(t, err)
		}
		data := make([]int32, 2*c.h.SeqLen*c.h.Batch+1+r.IntN(40))
		for i := range data {
			data[i] = int32(r.IntN(spec.Vocab))
		}
		var tr *train.Trainer
		if c.lora != 0 {
			tr, err = train.NewLoRA(m, c.h, data, train.LoRA{Rank: 1 + r.IntN(6), Scale: train.OneH, Targets: c.lora, Seed: r.Uint64()})
		} else {
			tr, err = train.New(m, c.h, data)
		}
		require.NoError(t, err)
		cfg := ImportConfig{Spec: spec, Hyper: c.h, LoRA: tr.LoRA, DatasetRoot: merkle.Keccak([]byte(c.name)), Steps: 1 + r.Uint64N(100),
			DataTokens: uint64(len(data)), TokensRoot: train.TokensRoot(data)}
		if base != nil {
			cfg.BaseModelRoot = base.Root()
		}
		out = append(out, importCase{c.name, cfg, base, tr})
	}
	return out
}

// TestPCGJump: the jumped stream is math/rand/v2's PCG after n draws.
func TestPCGJump(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 41))
	for i := 0; i < 20; i++ {
		s1, s2, n := r.Uint64(), r.Uint64(), r.Uint64N(3000)
		ref := rand.NewPCG(s1, s2)
		for k := uint64(0); k < n; k++ {
			ref.Uint64()
		}
		p := pcgAt(s1, s2, n)
		for k := 0; k < 5; k++ {
			require.Equal(t, ref.Uint64(), p.Uint64(), "seed %d/%d draw %d+%d", s1, s2, n, k)
		}
	}
}

// TestImportIsTheTrainersInitialState: the import's last state carries
// S_0 equal to the trainer's state root at step 0 — pretraining (the
// seeded init, SGD and Adam), fine-tuning (train.FromCanonical of the base
// model root), LoRA (seeded A, zero B, merged = base), rows of one and of
// two parts; its state 0 is ImportInitialRoot(I).
func TestImportIsTheTrainersInitialState(t *testing.T) {
	r := rand.New(rand.NewPCG(43, 43))
	for _, c := range importCases(t, r) {
		t.Run(c.name, func(t *testing.T) {
			roots, err := ImportTrace(c.cfg, c.base)
			require.NoError(t, err)
			input := InputRoot(c.cfg.BaseModelRoot, c.cfg.DatasetRoot, c.tr.ConfigHash(), c.cfg.Steps)
			require.Equal(t, ImportInitialRoot(input), roots[0])
			im, err := NewImport(c.cfg, c.base)
			require.NoError(t, err)
			require.Equal(t, input, im.InputRoot())
			require.NoError(t, im.RunTo(im.Program().Len()))
			require.Equal(t, roots[len(roots)-1], im.StateRoot())
			require.Equal(t, c.tr.StateRoot(), im.State().Carried, "S_0")
		})
	}
	c := importCases(t, r)[2]
	_, err := NewImport(c.cfg, nil)
	require.ErrorIs(t, err, ErrInput, "fine-tuning without its base")
	other := c.cfg
	other.BaseModelRoot[0] ^= 1
	_, err = NewImport(other, c.base)
	require.ErrorIs(t, err, ErrInput, "a base of another root")
}

// corruptImport returns state(j) of an import replay whose micro-step bad
// writes one flipped bit into the node it last wrote.
func corruptImport(t *testing.T, c importCase, bad, j uint64) merkle.Hash {
	t.Helper()
	im, err := NewImport(c.cfg, c.base)
	require.NoError(t, err)
	if j <= bad {
		require.NoError(t, im.RunTo(j))
		return im.StateRoot()
	}
	require.NoError(t, im.RunTo(bad+1))
	flip := func(f *Frontier) bool {
		for h := 0; h < 64; h++ {
			if f.N>>uint(h)&1 == 1 {
				f.Branch[h][0] ^= 1
				return true
			}
		}
		return false
	}
	st := &im.st
	if !im.Done() && !flip(&st.Chunks) && !flip(&st.Rows) && !flip(&st.Factors) {
		flip(&st.Tensors)
	}
	if im.Done() {
		st.Carried[0] ^= 1
	}
	require.NoError(t, im.RunTo(j))
	return im.StateRoot()
}

// TestImportBisectionFindsTheCorruptedMicroStep: bisecting the honest
// import trace against a replay with one corrupted micro-step lands on it,
// and VerifyImportStep gives the honest post-state from the agreed one.
func TestImportBisectionFindsTheCorruptedMicroStep(t *testing.T) {
	r := rand.New(rand.NewPCG(45, 45))
	for _, c := range importCases(t, r)[:4] {
		t.Run(c.name, func(t *testing.T) {
			honest, err := ImportTrace(c.cfg, c.base)
			require.NoError(t, err)
			n := uint64(len(honest) - 1)
			for _, bad := range []uint64{0, n - 1, r.Uint64N(n), r.Uint64N(n)} {
				cheat := func(j uint64) merkle.Hash { return corruptImport(t, c, bad, j) }
				require.NotEqual(t, honest[n], cheat(n))
				lo := bisect(honest, cheat)
				require.Equal(t, bad, lo, "bisection lands on the corrupted step")
				im, err := NewImport(c.cfg, c.base)
				require.NoError(t, err)
				require.NoError(t, im.RunTo(lo))
				pf, err := im.Prove()
				require.NoError(t, err)
				post, err := VerifyImportStep(c.cfg, honest[lo], pf)
				require.NoError(t, err)
				require.Equal(t, honest[lo+1], post)
				require.NotEqual(t, cheat(lo+1), post)
			}
		})
	}
}

// TestVerifyImportStepIsTheMachines proves every step of the tiny
// imports (of the multi-part ones, a sample: proveAll): the proof encodes and decodes to itself, its size is
// ImportProofBytes, and VerifyImportStep gives the machine's next root.
func TestVerifyImportStepIsTheMachines(t *testing.T) {
	r := rand.New(rand.NewPCG(47, 47))
	for _, c := range importCases(t, r) {
		t.Run(c.name, func(t *testing.T) {
			im, err := NewImport(c.cfg, c.base)
			require.NoError(t, err)
			ops := map[Op]int{}
			for !im.Done() {
				pre := im.StateRoot()
				in, err := im.Program().At(im.Step())
				require.NoError(t, err)
				if !proveAll(c.name, in, r) {
					require.NoError(t, im.Exec())
					continue
				}
				pf, err := im.Prove()
				require.NoError(t, err)
				b, err := pf.MarshalBinary()
				require.NoError(t, err)
				size, err := ImportProofBytes(c.cfg, in)
				require.NoError(t, err)
				require.Equal(t, size, len(b), "step %d (%s)", im.Step(), in)
				back, err := ReadImportProof(b)
				require.NoError(t, err)
				b2, err := back.MarshalBinary()
				require.NoError(t, err)
				require.Equal(t, b, b2)
				post, err := VerifyImportStep(c.cfg, pre, back)
				require.NoError(t, err, "step %d (%s)", im.Step(), in)
				require.NoError(t, im.Exec())
				require.Equal(t, im.StateRoot(), post, "step %d (%s)", im.Step()-1, in)
				ops[in.Op]++
			}
			want := 2
			if c.cfg.LoRA != nil {
				want = 3
			}
			require.Len(t, ops, want)
		})
	}
}

// TestVerifyImportStepRefusesBadProofs: a tampered norm value, Q8 byte,
// part hash or sibling, an accumulator of the wrong length, a pre-state
// not carrying I, an opening on a step that opens none, another
// configuration or base root give ErrProof (or ErrStep), never a root.
func TestVerifyImportStepRefusesBadProofs(t *testing.T) {
	r := rand.New(rand.NewPCG(49, 49))
	c := importCases(t, r)[4] // fine-tuning LoRA, multi-part rows
	im, err := NewImport(c.cfg, c.base)
	require.NoError(t, err)
	p := im.Program()
	var normJ, rowJ, facJ uint64
	pp := im.x.p
	for j := uint64(0); j < p.Len(); j++ {
		in, err := p.At(j)
		require.NoError(t, err)
		switch {
		case in.Op == OpImpRow && pp.isNorm(int(in.A)) && normJ == 0:
			normJ = j
		case in.Op == OpImpRow && !pp.isNorm(int(in.A)) && in.C == 1 && rowJ == 0:
			rowJ = j
		case in.Op == OpImpFactor && facJ == 0:
			facJ = j
		}
	}
	proofAt := func(j uint64) (*ImportProof, merkle.Hash) {
		im, err := NewImport(c.cfg, c.base)
		require.NoError(t, err)
		require.NoError(t, im.RunTo(j))
		pf, err := im.Prove()
		require.NoError(t, err)
		return pf, im.StateRoot()
	}
	clone := func(pf *ImportProof) *ImportProof {
		b, err := pf.MarshalBinary()
		require.NoError(t, err)
		out, err := ReadImportProof(b)
		require.NoError(t, err)
		return out
	}
	norm, normPre := proofAt(normJ)
	row, rowPre := proofAt(rowJ)
	fac, facPre := proofAt(facJ)
	require.Len(t, row.Opening.PartHashes, 2)
	for name, tc := range map[string]struct {
		pf  func() *ImportProof
		pre merkle.Hash
	}{
		"norm value":      {func() *ImportProof { pf := clone(norm); pf.Opening.Norm[0] ^= 1; return pf }, normPre},
		"Q8 byte":         {func() *ImportProof { pf := clone(row); pf.Opening.Q8[40] ^= 1; return pf }, rowPre},
		"other part hash": {func() *ImportProof { pf := clone(row); pf.Opening.PartHashes[0][0] ^= 1; return pf }, rowPre},
		"sibling":         {func() *ImportProof { pf := clone(row); pf.Opening.Siblings[2][0] ^= 1; return pf }, rowPre},
		"missing sibling": {func() *ImportProof { pf := clone(norm); pf.Opening.Siblings = pf.Opening.Siblings[1:]; return pf }, normPre},
		"no opening":      {func() *ImportProof { pf := clone(row); pf.Opening = BaseOpening{}; return pf }, rowPre},
		"opening on a factor": {func() *ImportProof {
			pf := clone(fac)
			pf.Opening.Norm = []int32{1}
			return pf
		}, facPre},
		"chunks accumulator": {func() *ImportProof {
			pf := clone(row)
			pf.State.Chunks.Append(merkle.NewHasher(), merkle.Hash{})
			return pf
		}, merkle.Hash{}},
		"carried": {func() *ImportProof { pf := clone(fac); pf.State.Carried[0] ^= 1; return pf }, merkle.Hash{}},
		"pre":     {func() *ImportProof { return clone(fac) }, rowPre},
	} {
		pf := tc.pf()
		pre := tc.pre
		if pre == (merkle.Hash{}) {
			pre = pf.State.Root()
		}
		_, err := VerifyImportStep(c.cfg, pre, pf)
		require.ErrorIs(t, err, ErrProof, name)
	}
	other := c.cfg
	other.BaseModelRoot[0] ^= 1
	_, err = VerifyImportStep(other, rowPre, clone(row))
	require.ErrorIs(t, err, ErrProof, "another base: I differs")
	other = c.cfg
	other.LoRA = &train.LoRA{Rank: c.cfg.LoRA.Rank, Scale: c.cfg.LoRA.Scale, Targets: c.cfg.LoRA.Targets, Seed: c.cfg.LoRA.Seed + 1}
	_, err = VerifyImportStep(other, facPre, clone(fac))
	require.ErrorIs(t, err, ErrProof, "another LoRA seed: I differs")
	_, err = VerifyImportStep(c.cfg, facPre, nil)
	require.ErrorIs(t, err, ErrProof)
	end := clone(fac)
	end.State.J = p.Len()
	_, err = VerifyImportStep(c.cfg, end.State.Root(), end)
	require.ErrorIs(t, err, ErrStep)
}

// TestImportProofBytes7B: every import opcode's widest proof at LLaMA-7B
// dimensions fits MaxStepProofBytes (fine-tuning with LoRA on every block
// matrix at rank 16, Adam).
func TestImportProofBytes7B(t *testing.T) {
	cfg := ImportConfig{Spec: spec7B, Hyper: adam(8, 2048), BaseModelRoot: merkle.Hash{1}, DataTokens: 1 << 30,
		LoRA: &train.LoRA{Rank: 16, Scale: train.OneH, Targets: 0x7f, Seed: 1}}
	prog, err := NewImportProgram(cfg.Spec, cfg.Hyper, cfg.LoRA, true)
	require.NoError(t, err)
	p := prog.Params()
	down := p.block(p.Dims.Layers-1, kWdown)
	sizes := map[string]int{}
	for name, in := range map[string]Instr{
		"IMPROW down part":  {Op: OpImpRow, A: uint32(down), B: 4095, C: 1},
		"IMPROW output row": {Op: OpImpRow, A: uint32(p.output()), B: 31999},
		"IMPROW norm chunk": {Op: OpImpRow, A: uint32(p.outNorm()), C: 127},
		"IMPFAC lora_a":     {Op: OpImpFactor, A: 13, B: 15, C: 1},
		"IMPEND":            {Op: OpImpEnd},
	} {
		n, err := ImportProofBytes(cfg, in)
		require.NoError(t, err)
		sizes[name] = n
		// the accumulators' levels vary with their lengths: bound them by all 64 set
		require.LessOrEqual(t, n+4*64*32, MaxStepProofBytes, name)
	}
	pre := cfg
	pre.BaseModelRoot = merkle.Hash{}
	n, err := ImportProofBytes(pre, Instr{Op: OpImpRow, A: uint32(down), B: 4095, C: 1})
	require.NoError(t, err)
	sizes["IMPROW pretraining"] = n
	pprog, err := NewImportProgram(cfg.Spec, cfg.Hyper, nil, false)
	require.NoError(t, err)
	t.Logf("import proof bytes at 7B (Len %d; pretraining, full: Len %d): %v", prog.Len(), pprog.Len(), sizes)
}
