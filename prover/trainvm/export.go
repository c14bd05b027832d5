package trainvm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/quant"
	"github.com/airollup/airollup/prover/train"
)

// The export transition (docs/training-game.md, "Export"): from S_N, a
// program of one micro-step per model-root leaf group — the metadata leaf,
// each row part of each matrix (RowPart values: canon.RowPartBlocks Q8_0
// blocks) and each chunk of each norm in GGUF order, the RoPE rows — whose
// state holds an append-only accumulator of the model root; its last step
// replaces the carried S_N by F of the accumulator's root.

// RowPart is the number of values of an import or export row part of a
// matrix: the canon.RowPartBlocks blocks a model-root row leaf commits part
// by part. A norm's part is one chunk of Chunk values.
const RowPart = canon.RowPartBlocks * canon.BlockSize

// SubPart is the number of values an export sub-step quantizes: a matrix
// row part of RowPart values is exported in RowPart/SubPart sub-steps
// (the last part of a row in fewer), each holding the hash of its Q8_0
// bytes in the state, then, when the part has more than one, a join step
// that rehashes the part's Q8_0 bytes against them (docs/training-game.md,
// "Export").
const SubPart = 1024

// subParts is the number of sub-steps of a whole row part.
const subParts = RowPart / SubPart

const exportDomain = "airollup.train.export.v1"

// ioPartSize returns the values of a row part of tensor i in the import and
// export programs, and the height of its node in the row's chunk tree.
func (p Params) ioPart(i int) (values, height int) {
	if p.isNorm(i) {
		return Chunk, 0
	}
	_, cols := p.Shape(i)
	return RowPart, min(merkle.Depth(chunks(cols)), merkle.Depth(RowPart/Chunk))
}

// ioParts returns the number of row parts of tensor i.
func (p Params) ioParts(i int) uint64 {
	n, _ := p.ioPart(i)
	_, cols := p.Shape(i)
	return uint64((cols + n - 1) / n)
}

// isNorm reports whether tensor i is a norm weight.
func (p Params) isNorm(i int) bool {
	if i == p.outNorm() {
		return true
	}
	if i < 1 || i > p.outNorm() {
		return false
	}
	k := (i - 1) % perLayer
	return k == kAttnNorm || k == kFFNNorm
}

// expSteps returns the export steps of a row of tensor i: one per chunk of
// a norm; for a matrix, per part its sub-steps and, for a part of more than
// one, its join: (P − 1)·(subParts + 1) + S + [S > 1], S the sub-steps of
// the last part.
func (p Params) expSteps(i int) uint64 {
	np := p.ioParts(i)
	if p.isNorm(i) {
		return np
	}
	s := uint64(p.subSteps(i, int(np)-1))
	n := (np-1)*(subParts+1) + s
	if s > 1 {
		n++
	}
	return n
}

// subSteps returns the sub-steps of row part (i, part).
func (p Params) subSteps(i, part int) int { return (p.partLen(i, part) + SubPart - 1) / SubPart }

// expSub returns the part and sub-step of export step k of a matrix row of
// tensor i (EXPROW's C), and whether it is the part's join.
func (p Params) expSub(i int, k uint64) (part, sub int, join bool) {
	part, sub = int(k/(subParts+1)), int(k%(subParts+1))
	return part, sub, sub == p.subSteps(i, part)
}

// subLen returns the values of sub-step sub of row part (i, part).
func (p Params) subLen(i, part, sub int) int { return min(SubPart, p.partLen(i, part)-sub*SubPart) }

// modelLeaves returns the model-root leaves of tensor i: a row per matrix
// row, a chunk per norm chunk.
func (p Params) modelLeaves(i int) uint64 {
	rows, cols := p.Shape(i)
	if p.isNorm(i) {
		return chunks(cols)
	}
	return uint64(rows)
}

// NewExportProgram returns the export program of a model of dimensions c:
// EXPMETA; per tensor i in GGUF order, per row, per step k < expSteps(i):
// EXPROW i, row, k (a norm: chunk k; a matrix: sub-step or join k of its
// parts, expSub); per position t < context: EXPROPE t; EXPEND.
func NewExportProgram(c canon.Config) (*Program, error) {
	p := Params{Dims: c}
	if err := ioCheck(p); err != nil {
		return nil, err
	}
	one := func(op Op) run { return run{op: op, n: fixed(1), mk: func(env, uint64) Instr { return Instr{} }} }
	s := seq{one(OpExpMeta)}
	for i := 0; i < p.Tensors(); i++ {
		rows, _ := p.Shape(i)
		s = append(s, tensorRun(OpExpRow, i, rows, p.expSteps(i)))
	}
	s = append(s, run{op: OpExpRope, n: fixed(uint64(c.Context)), mk: func(_ env, j uint64) Instr { return Instr{A: uint32(j)} }},
		one(OpExpEnd))
	pr := &Program{p: p, root: s}
	pr.len = s.length(env{})
	return pr, nil
}

// ioCheck validates the dimensions of an import or export program.
func ioCheck(p Params) error {
	c := p.Dims
	switch {
	case c.Dim <= 0 || c.Layers <= 0 || c.Heads <= 0 || c.KVHeads <= 0 || c.FFDim <= 0 || c.Vocab <= 0 || c.Context <= 0:
		return fmt.Errorf("%w: dimensions %+v must be positive", ErrParams, c)
	case c.Dim%Chunk != 0 || c.FFDim%Chunk != 0:
		return fmt.Errorf("%w: dim %d and ff %d must be multiples of %d (the Q8_0 blocks of a row)", ErrParams, c.Dim, c.FFDim, Chunk)
	case c.Layers > 1<<12 || c.Dim > 1<<20 || c.FFDim > 1<<20 || c.Vocab > 1<<24 || c.Context > 1<<24:
		return fmt.Errorf("%w: dimensions %+v over the limits (layers 4096, dim and ff 2^20, vocab and context 2^24)", ErrParams, c)
	}
	return nil
}

// ExportState is the export machine's state after J micro-steps: the
// carried level-1 root (S_N, then F after EXPEND), the model-root
// accumulator and the hashes held for the current row: its part hashes
// when it has more than one part, then the sub-hashes (keccak256 of each
// sub-step's Q8_0 bytes) of its current part when that has more than one
// sub-step.
type ExportState struct {
	J       uint64
	Carried merkle.Hash
	Acc     Frontier
	Parts   []merkle.Hash
}

// Root returns keccak256("airollup.train.export.v1" ‖ be64 J ‖ carried ‖
// be64 n ‖ the accumulator's set levels ‖ be32 m ‖ m held hashes).
func (s *ExportState) Root() merkle.Hash {
	b := make([]byte, 0, 8+32+frontierBytes(s.Acc.N)+4+32*len(s.Parts))
	b = binary.BigEndian.AppendUint64(b, s.J)
	b = append(b, s.Carried[:]...)
	b = s.Acc.appendBytes(b)
	b = binary.BigEndian.AppendUint32(b, uint32(len(s.Parts)))
	for _, h := range s.Parts {
		b = append(b, h[:]...)
	}
	return merkle.Keccak([]byte(exportDomain), b)
}

// ExportInitialRoot returns state 0 of the export from S_N's root: what
// subgamePrestate derives for transition N + 1.
func ExportInitialRoot(sN merkle.Hash) merkle.Hash {
	s := ExportState{Carried: sN}
	return s.Root()
}

// ExportConfig is what the export's verifier knows besides the pre-state
// root: the run's configuration (its hash is S_N's), the metadata leaf's
// tokenizer hash and EOS, the dataset root F commits and the RoPE source
// (the VM context). RopeSource is a model root of the run's configuration
// (untied, no RoPE frequency factors, so its leaves are laid out as the
// exported model's) whose RoPE leaves EXPROPE copies: the base model root
// for fine-tuning, a reference model root for pretraining (setup's
// context, docs/training-game.md "Export").
type ExportConfig struct {
	Spec        modelgen.Spec
	Hyper       train.Hyper
	LoRA        *train.LoRA
	Meta        Meta
	DatasetRoot merkle.Hash
	RopeSource  merkle.Hash
}

// exportCtx is an export configuration made ready to execute.
type exportCtx struct {
	cfg    ExportConfig
	p      Params
	prog   *Program
	config merkle.Hash
	meta   merkle.Hash
	k      *merkle.Hasher
}

func newExportCtx(cfg ExportConfig) (*exportCtx, error) {
	if err := cfg.Spec.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrParams, err)
	}
	c := cfg.Spec.Config()
	prog, err := NewExportProgram(c)
	if err != nil {
		return nil, err
	}
	if cfg.Meta.EOS < canon.NoEOS || cfg.Meta.EOS >= c.Vocab {
		return nil, fmt.Errorf("%w: EOS %d must be below the vocabulary %d, or %d", ErrParams, cfg.Meta.EOS, c.Vocab, canon.NoEOS)
	}
	mc := c
	mc.EOS = cfg.Meta.EOS
	meta := (&canon.Model{Config: mc, TokenizerHash: cfg.Meta.TokenizerHash}).MetadataLeaf()
	return &exportCtx{cfg: cfg, p: prog.p, prog: prog, config: train.ConfigHash(cfg.Spec, cfg.Hyper, cfg.LoRA),
		meta: meta, k: merkle.NewHasher()}, nil
}

// leavesBefore returns the model-root leaves an honest export has appended
// before instruction in and the hashes it holds (part hashes, then
// sub-hashes).
func (x *exportCtx) leavesBefore(in Instr) (n uint64, held int) {
	p := x.p
	all := func(to int) uint64 {
		var n uint64 = 1
		for i := 0; i < to; i++ {
			n += p.modelLeaves(i)
		}
		return n
	}
	switch in.Op {
	case OpExpMeta:
		return 0, 0
	case OpExpRow:
		i := int(in.A)
		if p.isNorm(i) {
			return all(i) + uint64(in.C), 0
		}
		part, sub, _ := p.expSub(i, uint64(in.C))
		if p.ioParts(i) > 1 {
			held = part
		}
		if p.subSteps(i, part) > 1 {
			held += sub
		}
		return all(i) + uint64(in.B), held
	case OpExpRope:
		return all(p.Tensors()) + uint64(in.A), 0
	}
	return all(p.Tensors()) + uint64(p.Dims.Context), 0
}

// subHeight returns the height of a sub-step's node in a row's chunk tree
// of tensor i: SubPart/Chunk chunks, or the whole row when it is shorter.
func (p Params) subHeight(i int) int {
	_, cols := p.Shape(i)
	return min(merkle.Depth(chunks(cols)), merkle.Depth(SubPart/Chunk))
}

// subPath returns the index of the node of sub-step sub of row part (i,
// row, part) in the weights tree viewed as one tree, and the number of
// siblings of its path.
func (p Params) subPath(i, row, part, sub int) (index uint64, depth int) {
	rows, cols := p.Shape(i)
	h := p.subHeight(i)
	dc, dr, dt := merkle.Depth(chunks(cols)), merkle.Depth(uint64(rows)), merkle.Depth(uint64(p.Tensors()))
	g := uint64(part*subParts + sub)
	return g | uint64(row)<<uint(dc-h) | uint64(i)<<uint(dc-h+dr), dc - h + dr + dt
}

// partPath returns the index of the node of row part (i, row, part) in the
// weights tree viewed as one tree, and the number of siblings of its path.
func (p Params) partPath(i, row, part int) (index uint64, depth int) {
	rows, cols := p.Shape(i)
	_, h := p.ioPart(i)
	dc, dr, dt := merkle.Depth(chunks(cols)), merkle.Depth(uint64(rows)), merkle.Depth(uint64(p.Tensors()))
	return uint64(part) | uint64(row)<<uint(dc-h) | uint64(i)<<uint(dc-h+dr), dc - h + dr + dt
}

// partLen returns the values of row part (i, part).
func (p Params) partLen(i, part int) int {
	n, _ := p.ioPart(i)
	_, cols := p.Shape(i)
	return min(n, cols-part*n)
}

// partRoot returns the root of the node of height h over the chunk leaves
// of vals (the last part of a row padded with zero hashes as merkle.Root
// pads its levels).
func partRoot(k *merkle.Hasher, vals []int32, h int) merkle.Hash {
	leaves := make([]merkle.Hash, chunks(len(vals)))
	buf := make([]byte, 0, 4*Chunk)
	for c := range leaves {
		leaves[c] = k.Sum(int32Bytes(buf, vals[c*Chunk:min((c+1)*Chunk, len(vals))]))
	}
	r := merkle.RootInPlace(k, leaves)
	for d := merkle.Depth(uint64(len(leaves))); d < h; d++ {
		r = k.Node(r, merkle.Hash{})
	}
	return r
}

// ropeIndex returns the model-root index of position t's RoPE leaf.
func (p Params) ropeIndex(t int) uint64 { return p.leafStart(p.Tensors()) + uint64(t) }

// checkRope checks the RoPE row of EXPROPE t (cos ‖ sin, RopeDims values)
// against the RoPE source model root.
func (x *exportCtx) checkRope(t int, row []int32, sib []merkle.Hash) error {
	switch {
	case len(row) != x.p.Dims.RopeDims:
		return fmt.Errorf("%w: RoPE row of %d values, want %d", ErrProof, len(row), x.p.Dims.RopeDims)
	case len(sib) != x.p.modelRootDepth():
		return fmt.Errorf("%w: %d RoPE source siblings, want %d", ErrProof, len(sib), x.p.modelRootDepth())
	}
	got, err := merkle.RootFromProof(x.k.Sum(appendInt32s(nil, row)), x.p.ropeIndex(t), sib)
	if err != nil || got != x.cfg.RopeSource {
		return fmt.Errorf("%w: RoPE row %d does not open against the RoPE source model root", ErrProof, t)
	}
	return nil
}

// quantizeQ8 returns the Q8_0 blocks of master values (quant.Block over
// each 32).
func quantizeQ8(vals []int32) ([]byte, error) {
	q8 := make([]byte, len(vals)/quant.BlockSize*quant.BlockBytes)
	blk := make([]int64, quant.BlockSize)
	for b := 0; b < len(vals)/quant.BlockSize; b++ {
		for j := range blk {
			blk[j] = int64(vals[b*quant.BlockSize+j])
		}
		if err := quant.Block(blk, train.WFrac, q8[b*quant.BlockBytes:(b+1)*quant.BlockBytes]); err != nil {
			return nil, fmt.Errorf("block %d: %w", b, err)
		}
	}
	return q8, nil
}

// subBytes is the Q8_0 bytes of a whole sub-step.
const subBytes = SubPart / quant.BlockSize * quant.BlockBytes

// checkJoin checks the Q8_0 bytes of a join of row part (i, part) against
// the sub-hashes held, the last subSteps of held.
func (x *exportCtx) checkJoin(i, part int, q8 []byte, held []merkle.Hash) error {
	s := x.p.subSteps(i, part)
	if want := x.p.partLen(i, part) / quant.BlockSize * quant.BlockBytes; len(q8) != want {
		return fmt.Errorf("%w: join of %d Q8_0 bytes, tensor %d part %d has %d", ErrProof, len(q8), i, part, want)
	}
	subs := held[len(held)-s:]
	for u := range s {
		if h := x.k.Sum(q8[u*subBytes : min((u+1)*subBytes, len(q8))]); h != subs[u] {
			return fmt.Errorf("%w: join of tensor %d part %d: bytes of sub-step %d hash to %x, the state holds %x", ErrProof, i, part, u, h, subs[u])
		}
	}
	return nil
}

// exec runs instruction in on st, with S_N's preimage sN and, for EXPROW,
// the master values of the norm chunk or sub-step (for EXPROPE the RoPE
// row, cos ‖ sin) or, for a join, the part's Q8_0 bytes (checked by
// checkJoin).
func (x *exportCtx) exec(st *ExportState, in Instr, sN train.State, vals []int32, join []byte) error {
	k := x.k
	switch in.Op {
	case OpExpMeta:
		st.Acc.Append(k, x.meta)
	case OpExpRow:
		i := int(in.A)
		if x.p.isNorm(i) {
			q := make([]int32, len(vals))
			for j, w := range vals {
				q[j] = int32(canon.RoundShift(int64(w), train.WFrac-canon.ActFrac))
			}
			st.Acc.Append(k, k.Sum(appendInt32s(nil, q)))
			break
		}
		part, _, isJoin := x.p.expSub(i, uint64(in.C))
		var h merkle.Hash
		if isJoin {
			// the part hash over the sub-steps' bytes, which replaces their sub-hashes
			h = k.Sum(join)
			st.Parts = st.Parts[:len(st.Parts)-x.p.subSteps(i, part)]
		} else {
			q8, err := quantizeQ8(vals)
			if err != nil {
				return fmt.Errorf("%w: tensor %d row %d: %w", ErrOperand, i, in.B, err)
			}
			if h = k.Sum(q8); x.p.subSteps(i, part) > 1 {
				st.Parts = append(st.Parts, h) // a sub-hash, until the join
				break
			}
		}
		np := int(x.p.ioParts(i))
		if np == 1 {
			st.Acc.Append(k, h)
			break
		}
		st.Parts = append(st.Parts, h)
		if part == np-1 {
			buf := make([]byte, 0, 32*np)
			for _, ph := range st.Parts {
				buf = append(buf, ph[:]...)
			}
			st.Acc.Append(k, k.Sum(buf))
			st.Parts = nil
		}
	case OpExpRope:
		st.Acc.Append(k, k.Sum(appendInt32s(nil, vals)))
	case OpExpEnd:
		st.Carried = FinalRoot(st.Acc.Root(k), x.cfg.DatasetRoot, sN.ConfigHash)
	default:
		return fmt.Errorf("%w: %s in the export", ErrOpcode, in.Op)
	}
	st.J++
	return nil
}

// ExportMachine executes the export transition from S_N.
type ExportMachine struct {
	x    *exportCtx
	sN   train.State
	w    [][]int32
	st   ExportState
	tree *tensorTrees
	rope *canon.RopeTable // the source's RoPE rows
	src  *merkle.Tree     // over the RoPE source's model-root leaves
}

// NewExport returns the export machine at state 0 from S_N (sN) and the
// weights it commits, after checking them against it; src is the model
// whose root is cfg.RopeSource (EXPROPE copies its RoPE leaves): it must
// have the run's configuration (but EOS), untied, without RoPE frequency
// factors.
func NewExport(cfg ExportConfig, sN train.State, m *train.Model, src *canon.Model) (*ExportMachine, error) {
	x, err := newExportCtx(cfg)
	if err != nil {
		return nil, err
	}
	if src == nil {
		return nil, fmt.Errorf("%w: no RoPE source model", ErrInput)
	}
	want := x.p.Dims
	want.EOS = src.Config.EOS
	if src.Config != want || src.Tied() || src.RopeFreqs != nil {
		return nil, fmt.Errorf("%w: the RoPE source's configuration is not the run's: %+v", ErrInput, src.Config)
	}
	switch {
	case x.config != sN.ConfigHash:
		return nil, fmt.Errorf("%w: the export's configuration hash is not S_N's", ErrInput)
	case len(m.Tensors) != x.p.Tensors():
		return nil, fmt.Errorf("%w: model has %d tensors, want %d", ErrInput, len(m.Tensors), x.p.Tensors())
	}
	w := make([][]int32, len(m.Tensors))
	for i, t := range m.Tensors {
		if r, c := x.p.Shape(i); len(t.W) != r*c {
			return nil, fmt.Errorf("%w: tensor %d holds %d values, want %d", ErrInput, i, len(t.W), r*c)
		}
		w[i] = t.W
	}
	rope, err := canon.NewRopeTable(want.RopeDims, want.Context, want.RopeBaseBits)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrParams, err)
	}
	em := &ExportMachine{x: x, sN: sN, w: w, st: ExportState{Carried: sN.Root()}, rope: rope}
	if em.src, err = merkle.NewTree(src.Leaves()); err != nil {
		return nil, err
	}
	if em.src.Root() != cfg.RopeSource {
		return nil, fmt.Errorf("%w: the RoPE source model does not match the RoPE source root", ErrInput)
	}
	em.tree = newTensorTrees(x.p.Shape, x.p.Tensors(), func(buf []byte, i, lo, hi int) []byte { return int32Bytes(buf, w[i][lo:hi]) })
	if em.tree.root() != sN.WeightsRoot {
		return nil, fmt.Errorf("%w: weights do not match S_N's weights root", ErrInput)
	}
	return em, nil
}

// Program returns the export program.
func (em *ExportMachine) Program() *Program { return em.x.prog }

// Step returns the number of micro-steps executed.
func (em *ExportMachine) Step() uint64 { return em.st.J }

// Done reports whether the export has finished.
func (em *ExportMachine) Done() bool { return em.st.J == em.x.prog.Len() }

// State returns the machine's state (its Parts shared).
func (em *ExportMachine) State() ExportState { return em.st }

// StateRoot returns the root of the current state.
func (em *ExportMachine) StateRoot() merkle.Hash { return em.st.Root() }

// NewModelRoot returns the root of the model-root leaves appended so far:
// the new model root once done.
func (em *ExportMachine) NewModelRoot() merkle.Hash { return em.st.Acc.Root(em.x.k) }

// joinBytes returns the Q8_0 bytes of the row part a join step rehashes.
func (em *ExportMachine) joinBytes(in Instr) ([]byte, error) {
	i, r := int(in.A), int(in.B)
	part, _, _ := em.x.p.expSub(i, uint64(in.C))
	_, cols := em.x.p.Shape(i)
	lo := r*cols + part*RowPart
	q8, err := quantizeQ8(em.w[i][lo : lo+em.x.p.partLen(i, part)])
	if err != nil {
		return nil, fmt.Errorf("%w: tensor %d row %d: %w", ErrOperand, i, r, err)
	}
	return q8, nil
}

// rowPart returns the values instruction in reads (nil for none): a norm
// chunk's or a sub-step's master values (nil for a join), or the source's
// RoPE row (cos ‖ sin).
func (em *ExportMachine) rowPart(in Instr) []int32 {
	if in.Op == OpExpRope {
		cos, sin := em.rope.Row(int(in.A))
		return append(append(make([]int32, 0, len(cos)+len(sin)), cos...), sin...)
	}
	if in.Op != OpExpRow {
		return nil
	}
	i, r := int(in.A), int(in.B)
	_, cols := em.x.p.Shape(i)
	if em.x.p.isNorm(i) {
		lo := r*cols + int(in.C)*Chunk
		return em.w[i][lo : lo+em.x.p.partLen(i, int(in.C))]
	}
	part, sub, isJoin := em.x.p.expSub(i, uint64(in.C))
	if isJoin {
		return nil
	}
	lo := r*cols + part*RowPart + sub*SubPart
	return em.w[i][lo : lo+em.x.p.subLen(i, part, sub)]
}

// Exec executes the next micro-step.
func (em *ExportMachine) Exec() error {
	if em.Done() {
		return ErrDone
	}
	in, err := em.x.prog.At(em.st.J)
	if err != nil {
		return err
	}
	var join []byte
	if in.Op == OpExpRow && !em.x.p.isNorm(int(in.A)) {
		if _, _, isJoin := em.x.p.expSub(int(in.A), uint64(in.C)); isJoin {
			if join, err = em.joinBytes(in); err != nil {
				return err
			}
		}
	}
	if err := em.x.exec(&em.st, in, em.sN, em.rowPart(in), join); err != nil {
		return fmt.Errorf("trainvm: export step %d (%s): %w", em.st.J, in, err)
	}
	return nil
}

// RunTo executes steps until Step() == j.
func (em *ExportMachine) RunTo(j uint64) error {
	if j > em.x.prog.Len() || j < em.st.J {
		return fmt.Errorf("%w: cannot run the export from step %d to %d (program has %d)", ErrStep, em.st.J, j, em.x.prog.Len())
	}
	for em.st.J < j {
		if err := em.Exec(); err != nil {
			return err
		}
	}
	return nil
}

// ExportTrace returns every state root of the export from sN (RoPE rows
// from src): state 0 ..
// state Len (the last one's Carried is F).
func ExportTrace(cfg ExportConfig, sN train.State, m *train.Model, src *canon.Model) ([]merkle.Hash, error) {
	em, err := NewExport(cfg, sN, m, src)
	if err != nil {
		return nil, err
	}
	roots := []merkle.Hash{em.StateRoot()}
	for !em.Done() {
		if err := em.Exec(); err != nil {
			return nil, err
		}
		roots = append(roots, em.StateRoot())
	}
	return roots, nil
}
