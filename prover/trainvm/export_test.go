package trainvm

import (
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

// exportCase is a run at S_N with its export configuration and the model
// root of the GGUF train.Export writes.
type exportCase struct {
	name string
	tr   *train.Trainer
	cfg  ExportConfig
	root merkle.Hash
	src  *canon.Model
}

func exportCases(t *testing.T, r *rand.Rand) []exportCase {
	t.Helper()
	vocab := ioVocab(t)
	var out []exportCase
	for _, c := range []struct {
		name  string
		ff    int
		h     train.Hyper
		lora  bool
		steps int
	}{
		{"sgd", 64, sgd(1, 4), false, 1},
		{"adam-lora", 96, adam(1, 4), true, 1},
		{"multi-part rows", RowPart + 64, sgd(1, 2), false, 0}, // ffn_down rows of two parts
	} {
		tr := ioRun(t, r, ioSpec(r, vocab, c.ff), c.h, c.lora, c.steps)
		root, meta := exported(t, tr.Model, vocab)
		src := ropeSource(t, tr.Model.Spec)
		cfg := ExportConfig{Spec: tr.Model.Spec, Hyper: tr.Hyper, LoRA: tr.LoRA, Meta: meta,
			DatasetRoot: merkle.Keccak([]byte(c.name)), RopeSource: src.Root()}
		out = append(out, exportCase{c.name, tr, cfg, root, src})
	}
	return out
}

// TestExportIsTheCanonicalModelRoot: the export machine's final
// accumulator root is, bit for bit, the canonical loader's model root of
// the GGUF train.Export writes (full and LoRA runs, rows of one and of two
// parts); its state 0 is ExportInitialRoot(S_N) and its last state carries
// F of that root; the program has one step per model-root leaf (a
// multi-part row one per part) plus EXPEND.
func TestExportIsTheCanonicalModelRoot(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 31))
	for _, c := range exportCases(t, r) {
		t.Run(c.name, func(t *testing.T) {
			sN := c.tr.State()
			roots, err := ExportTrace(c.cfg, sN, c.tr.Model, c.src)
			require.NoError(t, err)
			require.Equal(t, ExportInitialRoot(sN.Root()), roots[0])
			em, err := NewExport(c.cfg, sN, c.tr.Model, c.src)
			require.NoError(t, err)
			require.NoError(t, em.RunTo(em.Program().Len()))
			require.Equal(t, c.root, em.NewModelRoot(), "the exported GGUF's model root")
			require.Equal(t, FinalRoot(c.root, c.cfg.DatasetRoot, sN.ConfigHash), em.State().Carried, "F")
			require.Equal(t, roots[len(roots)-1], em.StateRoot())
			p := em.Program().Params()
			var leaves, extra, joins uint64 = 1 + uint64(p.Dims.Context), 1, 0
			for i := 0; i < p.Tensors(); i++ {
				leaves += p.modelLeaves(i)
				if rows, _ := p.Shape(i); !p.isNorm(i) {
					extra += uint64(rows) * (p.expSteps(i) - 1)
					for part := 0; part < int(p.ioParts(i)); part++ {
						if p.subSteps(i, part) > 1 {
							joins += uint64(rows)
						}
					}
				}
			}
			require.Equal(t, leaves+extra, em.Program().Len())
			require.Equal(t, leaves, em.State().Acc.N)
			if c.name == "multi-part rows" {
				// ffn_down rows of two parts: 4 sub-steps and a join, then one
				require.Equal(t, uint64(subParts+2), p.expSteps(p.block(0, kWdown)))
				require.Greater(t, joins, uint64(0))
			}

			other := c.tr.Model.Spec
			other.Seed++ // another draw, the same configuration but the seed
			m, err := train.NewModel(other)
			require.NoError(t, err)
			m.Spec = c.tr.Model.Spec
			_, err = NewExport(c.cfg, sN, m, c.src)
			require.ErrorIs(t, err, ErrInput, "weights other than S_N's")
			bad := c.cfg
			bad.Hyper.Batch++
			_, err = NewExport(bad, sN, c.tr.Model, c.src)
			require.ErrorIs(t, err, ErrInput, "another configuration")
			bad = c.cfg
			bad.RopeSource[0] ^= 1
			_, err = NewExport(bad, sN, c.tr.Model, c.src)
			require.ErrorIs(t, err, ErrInput, "a RoPE source model other than the configuration's")
			_, err = NewExport(c.cfg, sN, c.tr.Model, nil)
			require.ErrorIs(t, err, ErrInput, "no RoPE source model")
		})
	}
}

// corruptExport returns state(j) of an export replay whose micro-step bad
// writes one flipped bit into what it wrote (the accumulator node, or F).
func corruptExport(t *testing.T, c exportCase, bad, j uint64) merkle.Hash {
	t.Helper()
	em, err := NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
	require.NoError(t, err)
	if j <= bad {
		require.NoError(t, em.RunTo(j))
		return em.StateRoot()
	}
	require.NoError(t, em.RunTo(bad+1))
	in, err := em.Program().At(bad)
	require.NoError(t, err)
	switch {
	case em.Done():
		em.st.Carried[0] ^= 1
	case in.Op == OpExpRow && len(em.st.Parts) > 0:
		em.st.Parts[len(em.st.Parts)-1][0] ^= 1 // a part hash kept for the row leaf
	default:
		h := 0
		for em.st.Acc.N>>uint(h)&1 == 0 {
			h++
		}
		em.st.Acc.Branch[h][0] ^= 1 // the node the appended leaf ended in
	}
	require.NoError(t, em.RunTo(j))
	return em.StateRoot()
}

// TestExportBisectionFindsTheCorruptedMicroStep: bisecting the honest
// export trace against a replay with one corrupted micro-step lands on it,
// and the honest machine and VerifyExportStep both give the honest
// post-state from the agreed pre-state.
func TestExportBisectionFindsTheCorruptedMicroStep(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 33))
	for _, c := range exportCases(t, r) {
		t.Run(c.name, func(t *testing.T) {
			honest, err := ExportTrace(c.cfg, c.tr.State(), c.tr.Model, c.src)
			require.NoError(t, err)
			n := uint64(len(honest) - 1)
			for _, bad := range []uint64{0, n - 1, r.Uint64N(n), r.Uint64N(n)} {
				cheat := func(j uint64) merkle.Hash { return corruptExport(t, c, bad, j) }
				require.NotEqual(t, honest[n], cheat(n))
				lo := bisect(honest, cheat)
				require.Equal(t, bad, lo, "bisection lands on the corrupted step")
				em, err := NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
				require.NoError(t, err)
				require.NoError(t, em.RunTo(lo))
				require.Equal(t, honest[lo], em.StateRoot())
				pf, err := em.Prove()
				require.NoError(t, err)
				post, err := VerifyExportStep(c.cfg, honest[lo], pf)
				require.NoError(t, err)
				require.Equal(t, honest[lo+1], post)
				require.NotEqual(t, cheat(lo+1), post)
			}
		})
	}
}

// proveAll reports whether a test proves step in of a case: every step of
// the small cases; of the multi-part ones (thousands of row parts of
// 4,096 values), every step but the first part of a row, which is sampled.
func proveAll(name string, in Instr, r *rand.Rand) bool {
	return !strings.Contains(name, "multi-part") || (in.Op != OpExpRow && in.Op != OpImpRow) || in.C > 0 || r.IntN(16) == 0
}

// TestVerifyExportStepIsTheMachines proves every step of the tiny exports
// (of the multi-part one, a sample: proveAll):
// the proof encodes and decodes to itself, its size is ExportProofBytes,
// and VerifyExportStep gives the machine's next state root.
func TestVerifyExportStepIsTheMachines(t *testing.T) {
	r := rand.New(rand.NewPCG(35, 35))
	for _, c := range exportCases(t, r) {
		t.Run(c.name, func(t *testing.T) {
			em, err := NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
			require.NoError(t, err)
			ops := map[Op]int{}
			for !em.Done() {
				pre := em.StateRoot()
				in, err := em.Program().At(em.Step())
				require.NoError(t, err)
				if !proveAll(c.name, in, r) {
					require.NoError(t, em.Exec())
					continue
				}
				pf, err := em.Prove()
				require.NoError(t, err)
				b, err := pf.MarshalBinary()
				require.NoError(t, err)
				size, err := ExportProofBytes(c.cfg, in)
				require.NoError(t, err)
				require.Equal(t, size, len(b), "step %d (%s)", em.Step(), in)
				back, err := ReadExportProof(b)
				require.NoError(t, err)
				b2, err := back.MarshalBinary()
				require.NoError(t, err)
				require.Equal(t, b, b2)
				post, err := VerifyExportStep(c.cfg, pre, back)
				require.NoError(t, err, "step %d (%s)", em.Step(), in)
				require.NoError(t, em.Exec())
				require.Equal(t, em.StateRoot(), post, "step %d (%s)", em.Step()-1, in)
				ops[in.Op]++
			}
			require.Len(t, ops, 4, "every export opcode")
			_, err = em.Prove()
			require.ErrorIs(t, err, ErrDone)
		})
	}
}

// TestVerifyExportStepRefusesBadProofs: a tampered value, sibling,
// accumulator, part hash or S_N field, a proof of another step, values on
// a step that opens none, another configuration or dataset, a join's
// tampered or short Q8_0 bytes or a held sub-hash its bytes do not give,
// Q8_0 bytes on a sub-step give ErrProof (or ErrStep), never a root.
func TestVerifyExportStepRefusesBadProofs(t *testing.T) {
	r := rand.New(rand.NewPCG(37, 37))
	c := exportCases(t, r)[2] // multi-part rows
	em, err := NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
	require.NoError(t, err)
	p := em.Program()
	// the second sub-step of a multi-step row part, the part's join, and the RoPE step after the tensors
	var rowJ, joinJ, ropeJ uint64
	for j := uint64(0); j < p.Len(); j++ {
		in, err := p.At(j)
		require.NoError(t, err)
		if in.Op == OpExpRow && in.C == 1 && rowJ == 0 {
			rowJ = j
		}
		if in.Op == OpExpRow && in.C == subParts && joinJ == 0 {
			joinJ = j
		}
		if in.Op == OpExpRope {
			ropeJ = j
			break
		}
	}
	require.NotZero(t, rowJ)
	proofAt := func(j uint64) (*ExportProof, merkle.Hash) {
		em, err := NewExport(c.cfg, c.tr.State(), c.tr.Model, c.src)
		require.NoError(t, err)
		require.NoError(t, em.RunTo(j))
		pf, err := em.Prove()
		require.NoError(t, err)
		return pf, em.StateRoot()
	}
	row, rowPre := proofAt(rowJ)
	require.Len(t, row.State.Parts, 1)
	join, joinPre := proofAt(joinJ)
	require.Len(t, join.State.Parts, subParts)
	require.Len(t, join.Q8, RowPart/32*34)
	_, err = VerifyExportStep(c.cfg, joinPre, join)
	require.NoError(t, err)
	rope, ropePre := proofAt(ropeJ)
	_, err = VerifyExportStep(c.cfg, rowPre, row)
	require.NoError(t, err)

	clone := func(pf *ExportProof) *ExportProof {
		b, err := pf.MarshalBinary()
		require.NoError(t, err)
		out, err := ReadExportProof(b)
		require.NoError(t, err)
		return out
	}
	for name, tc := range map[string]struct {
		pf  func() *ExportProof
		pre merkle.Hash
		cfg func(ExportConfig) ExportConfig
	}{
		"value":         {func() *ExportProof { pf := clone(row); pf.Values[5] ^= 1; return pf }, rowPre, nil},
		"missing value": {func() *ExportProof { pf := clone(row); pf.Values = pf.Values[1:]; return pf }, rowPre, nil},
		"sibling":       {func() *ExportProof { pf := clone(row); pf.Siblings[0][3] ^= 1; return pf }, rowPre, nil},
		"extra sibling": {func() *ExportProof { pf := clone(row); pf.Siblings = append(pf.Siblings, merkle.Hash{}); return pf }, rowPre, nil},
		"part hash":     {func() *ExportProof { pf := clone(row); pf.State.Parts[0][0] ^= 1; return pf }, rowPre, nil},
		"S_N weights":   {func() *ExportProof { pf := clone(row); pf.Carried.WeightsRoot[0] ^= 1; return pf }, rowPre, nil},
		"accumulator": {func() *ExportProof {
			pf := clone(rope)
			h := 0
			for pf.State.Acc.N>>uint(h)&1 == 0 {
				h++
			}
			pf.State.Acc.Branch[h][0] ^= 1
			return pf
		}, ropePre, nil},
		"step":      {func() *ExportProof { pf := clone(rope); pf.State.J++; return pf }, ropePre, nil},
		"pre-state": {func() *ExportProof { return clone(rope) }, rowPre, nil},
		"values on a RoPE step": {func() *ExportProof {
			pf := clone(rope)
			pf.Values = []int32{1}
			return pf
		}, ropePre, nil},
		"RoPE value":   {func() *ExportProof { pf := clone(rope); pf.Values[1] ^= 1; return pf }, ropePre, nil},
		"RoPE sibling": {func() *ExportProof { pf := clone(rope); pf.Siblings[2][7] ^= 1; return pf }, ropePre, nil},
		"RoPE path":    {func() *ExportProof { pf := clone(rope); pf.Siblings = pf.Siblings[1:]; return pf }, ropePre, nil},
		"RoPE source": {func() *ExportProof { return clone(rope) }, ropePre, func(c ExportConfig) ExportConfig {
			c.RopeSource[0] ^= 1
			return c
		}},
		"join byte":          {func() *ExportProof { pf := clone(join); pf.Q8[1000] ^= 1; return pf }, joinPre, nil},
		"short join":         {func() *ExportProof { pf := clone(join); pf.Q8 = pf.Q8[:len(pf.Q8)-34]; return pf }, joinPre, nil},
		"values on a join":   {func() *ExportProof { pf := clone(join); pf.Values = []int32{1}; return pf }, joinPre, nil},
		"Q8_0 on a sub-step": {func() *ExportProof { pf := clone(row); pf.Q8 = []byte{1}; return pf }, rowPre, nil},
		"configuration": {func() *ExportProof { return clone(row) }, rowPre, func(c ExportConfig) ExportConfig {
			c.Hyper.LR++
			return c
		}},
	} {
		cfg := c.cfg
		if tc.cfg != nil {
			cfg = tc.cfg(cfg)
		}
		_, err := VerifyExportStep(cfg, tc.pre, tc.pf())
		require.ErrorIs(t, err, ErrProof, name)
	}
	// a held sub-hash the join's bytes do not give (the state's root recomputed)
	pf := clone(join)
	pf.State.Parts[2][9] ^= 1
	_, err = VerifyExportStep(c.cfg, pf.State.Root(), pf)
	require.ErrorIs(t, err, ErrProof, "held sub-hash")
	// a well-formed proof of a state no honest export holds before this step
	pf = clone(rope)
	pf.State.Acc.Append(merkle.NewHasher(), merkle.Hash{1})
	_, err = VerifyExportStep(c.cfg, pf.State.Root(), pf)
	require.ErrorIs(t, err, ErrProof, "accumulator of one leaf too many")
	// the dataset root changes F, and only the last step
	end, endPre := proofAt(p.Len() - 1)
	honest, err := VerifyExportStep(c.cfg, endPre, end)
	require.NoError(t, err)
	other := c.cfg
	other.DatasetRoot[0] ^= 1
	post, err := VerifyExportStep(other, endPre, end)
	require.NoError(t, err)
	require.NotEqual(t, honest, post)
	_, err = VerifyExportStep(c.cfg, endPre, nil)
	require.ErrorIs(t, err, ErrProof)
	done := clone(end)
	done.State.J++
	_, err = VerifyExportStep(c.cfg, done.State.Root(), done)
	require.ErrorIs(t, err, ErrStep)
}

// spec7B is LLaMA-7B's dimensions.
var spec7B = modelgen.Spec{Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFDim: 11008, Vocab: 32000, Context: 4096}

// TestExportProofBytes7B: every export opcode's widest proof at LLaMA-7B
// dimensions fits MaxStepProofBytes.
func TestExportProofBytes7B(t *testing.T) {
	cfg := ExportConfig{Spec: spec7B, Hyper: adam(8, 2048), Meta: Meta{EOS: 2}}
	prog, err := NewExportProgram(spec7B.Config())
	require.NoError(t, err)
	p := prog.Params()
	down := p.block(p.Dims.Layers-1, kWdown)
	widest := map[Op]Instr{
		OpExpMeta: {Op: OpExpMeta},
		OpExpRow:  {Op: OpExpRow, A: uint32(down), B: 4095, C: subParts + 1 + subParts - 1}, // the last sub-step of 1,024 values of part 1: one part hash and three sub-hashes held
		OpExpRope: {Op: OpExpRope, A: 4095},
		OpExpEnd:  {Op: OpExpEnd},
	}
	sizes := map[string]int{}
	for op, in := range widest {
		n, err := ExportProofBytes(cfg, in)
		require.NoError(t, err)
		sizes[op.String()] = n
		require.LessOrEqual(t, n, MaxStepProofBytes, "%s", op)
	}
	// the accumulator's levels vary with its length: bound them by every
	// level below the program's length set
	x, err := newExportCtx(cfg)
	require.NoError(t, err)
	levels := bits.Len64(prog.Len())
	for op, in := range widest {
		n, _ := x.leavesBefore(in)
		require.LessOrEqual(t, sizes[op.String()]+32*(levels-bits.OnesCount64(n)), MaxStepProofBytes, "%s, every level set", op)
	}
	last, err := ExportProofBytes(cfg, Instr{Op: OpExpRow, A: uint32(down), B: 4095, C: 2*(subParts+1) + 2}) // the third part's last sub-step: 768 values
	require.NoError(t, err)
	require.Less(t, last, sizes["EXPROW"])
	join, err := ExportProofBytes(cfg, Instr{Op: OpExpRow, A: uint32(down), B: 4095, C: 2*subParts + 1}) // part 1's join: 4,352 Q8_0 bytes, five hashes held
	require.NoError(t, err)
	sizes["EXPROW join"] = join
	require.LessOrEqual(t, join+32*levels, MaxStepProofBytes, "join, every level set")
	norm, err := ExportProofBytes(cfg, Instr{Op: OpExpRow, A: uint32(p.outNorm()), C: 127})
	require.NoError(t, err)
	sizes["EXPROW norm chunk"] = norm
	t.Logf("export proof bytes at 7B (Len %d): %v", prog.Len(), sizes)
}
