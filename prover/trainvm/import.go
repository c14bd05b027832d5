package trainvm

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

// The import transition (docs/training-game.md, "Import"): from I, a
// program of one micro-step per row part (a norm's: per chunk) of each
// tensor in GGUF order — its master values from the base model root's row
// leaf (fine-tuning) or the seeded init (pretraining) — then, for LoRA, of
// each factor row part (seeded lora_a, zero lora_b), appended chunk by
// chunk into accumulators of the nested tensor trees; IMPEND replaces the
// carried I by S_0.

const importDomain = "airollup.train.import.v1"

// SeedPart is the number of values of a seeded row part of the import: a
// pretraining IMPROW's matrix part and an IMPFAC part, whose values the
// verifier draws (three PCG draws a value), so that one step stays within
// the verifier's gas budget at 7B (docs/training-game.md, "Sizes at 7B"). A
// fine-tuning IMPROW's matrix part is the model root's row part (RowPart
// values), which it opens.
const SeedPart = 512

// ImportConfig is what the import's verifier knows besides the pre-state
// root: the run's configuration and the VM context setup stores from the
// record and the dataset (base model root, zero for pretraining; dataset
// root; N; the corpus length and tokens root).
type ImportConfig struct {
	Spec          modelgen.Spec
	Hyper         train.Hyper
	LoRA          *train.LoRA
	BaseModelRoot merkle.Hash
	DatasetRoot   merkle.Hash
	Steps         uint64
	DataTokens    uint64
	TokensRoot    merkle.Hash
}

// ImportState is the import machine's state after J micro-steps: the
// carried level-1 root (I, then S_0 after IMPEND) and the accumulators of
// the chunk leaves of the current row, the row roots of the current
// tensor, the tensor roots of the weights tree and those of the adapters
// tree.
type ImportState struct {
	J                              uint64
	Carried                        merkle.Hash
	Chunks, Rows, Tensors, Factors Frontier
}

// Root returns keccak256("airollup.train.import.v1" ‖ be64 J ‖ carried ‖
// chunks ‖ rows ‖ tensors ‖ factors), each accumulator as be64 n ‖ its set
// levels.
func (s *ImportState) Root() merkle.Hash {
	b := binary.BigEndian.AppendUint64(nil, s.J)
	b = append(b, s.Carried[:]...)
	for _, f := range []*Frontier{&s.Chunks, &s.Rows, &s.Tensors, &s.Factors} {
		b = f.appendBytes(b)
	}
	return merkle.Keccak([]byte(importDomain), b)
}

// ImportInitialRoot returns state 0 of the import from I.
func ImportInitialRoot(input merkle.Hash) merkle.Hash {
	s := ImportState{Carried: input}
	return s.Root()
}

// importCtx is an import configuration made ready to execute.
type importCtx struct {
	cfg     ImportConfig
	p       Params
	prog    *Program
	config  merkle.Hash
	input   merkle.Hash
	targets []int // LoRA targets, ascending
	k       *merkle.Hasher
	zero    map[[2]int]merkle.Hash // zero-moment tensor roots by shape
}

func newImportCtx(cfg ImportConfig) (*importCtx, error) {
	if err := cfg.Spec.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrParams, err)
	}
	if cfg.LoRA != nil {
		if err := cfg.LoRA.Check(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrParams, err)
		}
	}
	p := paramsOf(cfg.Spec.Config(), cfg.Hyper, cfg.LoRA)
	if err := ioCheck(p); err != nil {
		return nil, err
	}
	x := &importCtx{cfg: cfg, p: p, config: train.ConfigHash(cfg.Spec, cfg.Hyper, cfg.LoRA), k: merkle.NewHasher(),
		zero: map[[2]int]merkle.Hash{}}
	x.input = InputRoot(cfg.BaseModelRoot, cfg.DatasetRoot, x.config, cfg.Steps)
	for i := 0; i < p.Tensors() && p.Rank > 0; i++ {
		if p.Trained[i] {
			x.targets = append(x.targets, i)
		}
	}
	s := seq{}
	for i := 0; i < p.Tensors(); i++ {
		rows, _ := p.Shape(i)
		s = append(s, tensorRun(OpImpRow, i, rows, x.parts(i)))
	}
	for f := 0; f < 2*len(x.targets); f++ {
		rows, cols := x.factorShape(f)
		s = append(s, tensorRun(OpImpFactor, f, rows, uint64((cols+SeedPart-1)/SeedPart)))
	}
	s = append(s, run{op: OpImpEnd, n: fixed(1), mk: func(env, uint64) Instr { return Instr{} }})
	x.prog = &Program{p: p, root: s}
	x.prog.len = s.length(env{})
	return x, nil
}

// NewImportProgram returns the import program of a run (fine-tuning when
// finetune, else pretraining): per tensor i in GGUF order, per row, per
// part: IMPROW i, row, part; per LoRA factor f (lora_a, lora_b of each
// target), per row, per part of SeedPart values: IMPFAC f, row, part;
// IMPEND.
func NewImportProgram(spec modelgen.Spec, h train.Hyper, lora *train.LoRA, finetune bool) (*Program, error) {
	cfg := ImportConfig{Spec: spec, Hyper: h, LoRA: lora}
	if finetune {
		cfg.BaseModelRoot = merkle.Hash{1} // any non-zero root: the program depends on whether there is one
	}
	x, err := newImportCtx(cfg)
	if err != nil {
		return nil, err
	}
	return x.prog, nil
}

// part returns the values of an IMPROW part of tensor i: a norm's chunk,
// a matrix's model-root row part (fine-tuning) or SeedPart (pretraining).
func (x *importCtx) part(i int) int {
	if n, _ := x.p.ioPart(i); n != RowPart || x.cfg.BaseModelRoot != (merkle.Hash{}) {
		return n
	}
	return SeedPart
}

// parts returns the IMPROW parts of a row of tensor i.
func (x *importCtx) parts(i int) uint64 {
	_, cols := x.p.Shape(i)
	n := x.part(i)
	return uint64((cols + n - 1) / n)
}

// factorShape returns the shape of LoRA factor f: lora_a (rank × cols) of
// target f/2 when f is even, else lora_b (rows × rank).
func (x *importCtx) factorShape(f int) (rows, cols int) {
	r, c := x.p.Shape(x.targets[f/2])
	if f%2 == 0 {
		return x.p.Rank, c
	}
	return r, x.p.Rank
}

// expected returns the accumulator lengths an honest import holds before
// instruction in: chunks, rows, tensors, factors.
func (x *importCtx) expected(in Instr) [4]uint64 {
	switch in.Op {
	case OpImpRow:
		n := x.part(int(in.A))
		return [4]uint64{uint64(in.C) * chunks(n), uint64(in.B), uint64(in.A), 0}
	case OpImpFactor:
		return [4]uint64{uint64(in.C) * chunks(SeedPart), uint64(in.B), uint64(x.p.Tensors()), uint64(in.A)}
	}
	return [4]uint64{0, 0, uint64(x.p.Tensors()), uint64(2 * len(x.targets))}
}

// tensorName is the GGUF name of tensor i (the trainer's stream name).
func (p Params) tensorName(i int) string {
	switch {
	case i == 0:
		return "token_embd.weight"
	case i == p.outNorm():
		return "output_norm.weight"
	case i == p.output():
		return "output.weight"
	}
	kinds := [perLayer]string{"attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm", "ffn_gate", "ffn_up", "ffn_down"}
	return fmt.Sprintf("blk.%d.%s.weight", (i-1)/perLayer, kinds[(i-1)%perLayer])
}

// nameStream returns the second PCG seed of a stream name: its FNV-1a hash.
func nameStream(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()
}

// seeded returns values [lo, hi) (row-major) of tensor i's seeded
// initialization (train.NewModel): norms 1.0; every other weight
// sat32(MulDiv(gaussQ16, σ·2^24, 1000·isqrt(fanIn·2^32))) of the tensor's
// stream, jumped to the first value's draws (three per value).
func (x *importCtx) seeded(i, lo, hi int) []int32 {
	out := make([]int32, hi-lo)
	if x.p.isNorm(i) {
		for j := range out {
			out[j] = train.OneW
		}
		return out
	}
	_, cols := x.p.Shape(i)
	sigma, fanIn := int64(1000), int64(cols)
	switch {
	case i == 0:
		fanIn = 1
	case i != x.p.output() && ((i-1)%perLayer == kWo || (i-1)%perLayer == kWdown):
		resid := int64(canon.ISqrt(2 * uint64(x.p.Dims.Layers) * 1_000_000))
		sigma = 1000 * 1000 / resid
	}
	return gaussRun(x.cfg.Spec.Seed, x.p.tensorName(i), lo, sigma, 1000*int64(canon.ISqrt(uint64(fanIn)<<32)), out)
}

// gaussRun fills out with the values lo.. of a seeded stream:
// sat32(MulDiv(gaussQ16, σ·2^24, den)).
func gaussRun(seed uint64, name string, lo int, sigma, den int64, out []int32) []int32 {
	p := pcgAt(seed, nameStream(name), 3*uint64(lo))
	for j := range out {
		out[j] = canon.Sat32(train.MulDiv(gaussQ16(&p), sigma<<train.WFrac, den))
	}
	return out
}

// factor returns values [lo, hi) of LoRA factor f at step 0: lora_a from
// the LoRA seed's stream of "<target>.lora_a" (σ 1, fan-in its columns),
// lora_b zero.
func (x *importCtx) factor(f, lo, hi int) []int32 {
	out := make([]int32, hi-lo)
	if f%2 == 1 {
		return out
	}
	_, cols := x.factorShape(f)
	return gaussRun(x.cfg.LoRA.Seed, x.p.tensorName(x.targets[f/2])+".lora_a", lo, 1000, 1000*int64(canon.ISqrt(uint64(cols)<<32)), out)
}

// leafStart returns the model-root index of tensor i's first leaf.
func (p Params) leafStart(i int) uint64 {
	var n uint64 = 1
	for t := 0; t < i; t++ {
		n += p.modelLeaves(t)
	}
	return n
}

// modelRootDepth returns the depth of the model root of a model of p's
// dimensions (untied, RoPE rows of every position).
func (p Params) modelRootDepth() int {
	return merkle.Depth(p.leafStart(p.Tensors()) + uint64(p.Dims.Context))
}

// BaseOpening is what an IMPROW step of a fine-tuning import opens of the
// base model root: a norm chunk's Q16.16 values, or a matrix row part's
// Q8_0 blocks with the part hashes of its row (when it has more than one
// part), and the path of the row's (chunk's) leaf to the model root.
type BaseOpening struct {
	Norm       []int32
	Q8         []byte
	PartHashes []merkle.Hash
	Siblings   []merkle.Hash
}

// baseValues checks a base opening of row part (A, B, C) against the base
// model root and returns its master values: each Q8_0 weight D24(d)·q, each
// norm weight shifted left by 8.
func (x *importCtx) baseValues(in Instr, o *BaseOpening) ([]int32, error) {
	i, r, part := int(in.A), int(in.B), int(in.C)
	n := x.p.partLen(i, part)
	k := x.k
	var leaf merkle.Hash
	var out []int32
	index := x.p.leafStart(i)
	if x.p.isNorm(i) {
		if len(o.Norm) != n || len(o.Q8) != 0 || len(o.PartHashes) != 0 {
			return nil, fmt.Errorf("%w: norm chunk of %d values (want %d), %d Q8 bytes and %d part hashes (want none)",
				ErrProof, len(o.Norm), n, len(o.Q8), len(o.PartHashes))
		}
		leaf = k.Sum(appendInt32s(nil, o.Norm))
		index += uint64(part)
		out = make([]int32, n)
		for j, v := range o.Norm {
			out[j] = canon.Sat32(int64(v) << (train.WFrac - canon.ActFrac))
		}
	} else {
		np := int(x.p.ioParts(i))
		hashes := 0
		if np > 1 {
			hashes = np
		}
		if len(o.Q8) != n/canon.BlockSize*canon.BlockBytes || len(o.Norm) != 0 || len(o.PartHashes) != hashes {
			return nil, fmt.Errorf("%w: row part of %d Q8 bytes (want %d), %d norm values (want none), %d part hashes (want %d)",
				ErrProof, len(o.Q8), n/canon.BlockSize*canon.BlockBytes, len(o.Norm), len(o.PartHashes), hashes)
		}
		h := k.Sum(o.Q8)
		if np == 1 {
			leaf = h
		} else {
			if o.PartHashes[part] != h {
				return nil, fmt.Errorf("%w: part hash %d is not the part's", ErrProof, part)
			}
			leaf = k.Sum(appendHashes(nil, o.PartHashes))
		}
		index += uint64(r)
		out = make([]int32, n)
		for b := 0; b < n/canon.BlockSize; b++ {
			blk := o.Q8[b*canon.BlockBytes : (b+1)*canon.BlockBytes]
			d, err := canon.FP16ToD24(binary.LittleEndian.Uint16(blk))
			if err != nil {
				return nil, fmt.Errorf("%w: tensor %d row %d block %d: %w", ErrProof, i, r, b, err)
			}
			for j := 0; j < canon.BlockSize; j++ {
				v := d * int64(int8(blk[2+j]))
				if v != int64(int32(v)) {
					return nil, fmt.Errorf("%w: tensor %d row %d: weight %d·2^-24 does not fit Q8.24", ErrProof, i, r, v)
				}
				out[b*canon.BlockSize+j] = int32(v)
			}
		}
	}
	if len(o.Siblings) != x.p.modelRootDepth() {
		return nil, fmt.Errorf("%w: %d model-root siblings, want %d", ErrProof, len(o.Siblings), x.p.modelRootDepth())
	}
	if got, err := merkle.RootFromProof(leaf, index, o.Siblings); err != nil || got != x.cfg.BaseModelRoot {
		return nil, fmt.Errorf("%w: tensor %d row %d part %d does not open against the base model root", ErrProof, i, r, part)
	}
	return out, nil
}

// appendRow appends the chunk leaves of vals to st.Chunks and, at a row's
// last part, closes the row (and, at its last row, the tensor into into).
func (x *importCtx) appendRow(st *ImportState, vals []int32, lastPart, lastRow bool, into *Frontier) {
	k := x.k
	buf := make([]byte, 0, 4*Chunk)
	for c := 0; c*Chunk < len(vals); c++ {
		st.Chunks.Append(k, k.Sum(int32Bytes(buf, vals[c*Chunk:min((c+1)*Chunk, len(vals))])))
	}
	if !lastPart {
		return
	}
	st.Rows.Append(k, st.Chunks.Root(k))
	st.Chunks = Frontier{}
	if lastRow {
		into.Append(k, st.Rows.Root(k))
		st.Rows = Frontier{}
	}
}

// zeroMoments returns the optimizer root at step 0: for Adam the tensor
// tree of zero moments over the optimizer shapes (every tensor of a full
// run, or the factors), zero for SGD.
func (x *importCtx) zeroMoments() merkle.Hash {
	if x.cfg.Hyper.Optimizer != train.Adam {
		return merkle.Hash{}
	}
	var shapes [][2]int
	if x.p.Rank == 0 {
		for i := 0; i < x.p.Tensors(); i++ {
			r, c := x.p.Shape(i)
			shapes = append(shapes, [2]int{r, c})
		}
	} else {
		for f := 0; f < 2*len(x.targets); f++ {
			r, c := x.factorShape(f)
			shapes = append(shapes, [2]int{r, c})
		}
	}
	roots := make([]merkle.Hash, len(shapes))
	for i, s := range shapes {
		roots[i] = x.zeroTensor(s)
	}
	return merkle.RootInPlace(x.k, roots)
}

// zeroTensor returns the root of a zero moment tensor of shape s, in
// O(log) hashes: every row is the same, and so is every full chunk.
func (x *importCtx) zeroTensor(s [2]int) merkle.Hash {
	if h, ok := x.zero[s]; ok {
		return h
	}
	k := x.k
	full, rest := s[1]/Chunk, s[1]%Chunk
	var row merkle.Hash
	z := k.Sum(make([]byte, 16*Chunk))
	if rest == 0 {
		row = uniformRoot(k, z, z, uint64(full))
	} else {
		row = uniformRoot(k, z, k.Sum(make([]byte, 16*rest)), uint64(full)+1)
	}
	h := uniformRoot(k, row, row, uint64(s[0]))
	x.zero[s] = h
	return h
}

// uniformRoot returns merkle.Root over n leaves, all a but the last, b.
func uniformRoot(k *merkle.Hasher, a, b merkle.Hash, n uint64) merkle.Hash {
	for ; n > 1; n = (n + 1) / 2 {
		if n%2 == 1 {
			a, b = k.Node(a, a), k.Node(b, merkle.Hash{})
		} else {
			a, b = k.Node(a, a), k.Node(a, b)
		}
	}
	return b
}

// exec runs instruction in on st with the values of its row part (nil
// for IMPEND).
func (x *importCtx) exec(st *ImportState, in Instr, vals []int32) error {
	switch in.Op {
	case OpImpRow:
		i := int(in.A)
		rows, _ := x.p.Shape(i)
		x.appendRow(st, vals, uint64(in.C) == x.parts(i)-1, int(in.B) == rows-1, &st.Tensors)
	case OpImpFactor:
		rows, cols := x.factorShape(int(in.A))
		x.appendRow(st, vals, int(in.C) == (cols-1)/SeedPart, int(in.B) == rows-1, &st.Factors)
	case OpImpEnd:
		s0 := train.State{DataTokens: x.cfg.DataTokens, TokensRoot: x.cfg.TokensRoot, ConfigHash: x.config,
			WeightsRoot: st.Tensors.Root(x.k), OptimizerRoot: x.zeroMoments()}
		if x.p.Rank > 0 {
			s0.BaseRoot, s0.AdaptersRoot = s0.WeightsRoot, st.Factors.Root(x.k) // B = 0: merged = base
		}
		st.Carried = s0.Root()
	default:
		return fmt.Errorf("%w: %s in the import", ErrOpcode, in.Op)
	}
	st.J++
	return nil
}

// factorPart returns the values of factor row part (A, B, C).
func (x *importCtx) factorPart(in Instr) []int32 {
	_, cols := x.factorShape(int(in.A))
	lo := int(in.B)*cols + int(in.C)*SeedPart
	return x.factor(int(in.A), lo, lo+min(SeedPart, cols-int(in.C)*SeedPart))
}

// seededPart returns the seeded values of row part (A, B, C).
func (x *importCtx) seededPart(in Instr) []int32 {
	i, r, part := int(in.A), int(in.B), int(in.C)
	n := x.part(i)
	_, cols := x.p.Shape(i)
	lo := r*cols + part*n
	return x.seeded(i, lo, lo+min(n, cols-part*n))
}

// ImportMachine executes the import transition from I.
type ImportMachine struct {
	x    *importCtx
	st   ImportState
	base *canon.Model
	tree *merkle.Tree // over the base's model-root leaves
}

// NewImport returns the import machine at state 0 from I of cfg; base is
// the base model (its root must be cfg.BaseModelRoot), nil for pretraining
// (a zero base root).
func NewImport(cfg ImportConfig, base *canon.Model) (*ImportMachine, error) {
	x, err := newImportCtx(cfg)
	if err != nil {
		return nil, err
	}
	im := &ImportMachine{x: x, st: ImportState{Carried: x.input}, base: base}
	if (base == nil) != (cfg.BaseModelRoot == merkle.Hash{}) {
		return nil, fmt.Errorf("%w: a base model exactly when the base model root is not zero", ErrInput)
	}
	if base == nil {
		return im, nil
	}
	want := cfg.Spec.Config()
	want.EOS = base.Config.EOS
	if base.Config != want || base.Tied() || base.RopeFreqs != nil {
		return nil, fmt.Errorf("%w: the base model's configuration is not the run's: %+v", ErrInput, base.Config)
	}
	if im.tree, err = merkle.NewTree(base.Leaves()); err != nil {
		return nil, err
	}
	if im.tree.Root() != cfg.BaseModelRoot {
		return nil, fmt.Errorf("%w: the base model does not match the base model root", ErrInput)
	}
	return im, nil
}

// Program returns the import program.
func (im *ImportMachine) Program() *Program { return im.x.prog }

// Step returns the number of micro-steps executed.
func (im *ImportMachine) Step() uint64 { return im.st.J }

// Done reports whether the import has finished.
func (im *ImportMachine) Done() bool { return im.st.J == im.x.prog.Len() }

// State returns the machine's state.
func (im *ImportMachine) State() ImportState { return im.st }

// StateRoot returns the root of the current state.
func (im *ImportMachine) StateRoot() merkle.Hash { return im.st.Root() }

// InputRoot returns I of the import's configuration.
func (im *ImportMachine) InputRoot() merkle.Hash { return im.x.input }

// opening returns what instruction in opens of the base model root (nil
// when it opens nothing: pretraining, factors, IMPEND).
func (im *ImportMachine) opening(in Instr) (*BaseOpening, error) {
	if in.Op != OpImpRow || im.base == nil {
		return nil, nil
	}
	p := im.x.p
	i, r, part := int(in.A), int(in.B), int(in.C)
	o := &BaseOpening{}
	index := p.leafStart(i)
	if p.isNorm(i) {
		norm := im.baseNorm(i)
		o.Norm = append([]int32(nil), norm[part*Chunk:part*Chunk+p.partLen(i, part)]...)
		index += uint64(part)
	} else {
		row := im.baseMatrix(i).Row(r)
		per := RowPart / canon.BlockSize * canon.BlockBytes
		o.Q8 = append([]byte(nil), row[part*per:min((part+1)*per, len(row))]...)
		if p.ioParts(i) > 1 {
			o.PartHashes = canon.RowPartHashes(merkle.NewHasher(), row)
		}
		index += uint64(r)
	}
	var err error
	o.Siblings, err = im.tree.Proof(index)
	return o, err
}

// baseNorm returns the base's norm weights of tensor i.
func (im *ImportMachine) baseNorm(i int) []int32 {
	p := im.x.p
	if i == p.outNorm() {
		return im.base.OutNorm
	}
	b := &im.base.Blocks[(i-1)/perLayer]
	if (i-1)%perLayer == kAttnNorm {
		return b.AttnNorm
	}
	return b.FFNNorm
}

// baseMatrix returns the base's matrix of tensor i.
func (im *ImportMachine) baseMatrix(i int) *canon.Q8Matrix {
	p := im.x.p
	switch i {
	case 0:
		return &im.base.Embed
	case p.output():
		return &im.base.Output
	}
	b := &im.base.Blocks[(i-1)/perLayer]
	return [...]*canon.Q8Matrix{kWq: &b.Wq, kWk: &b.Wk, kWv: &b.Wv, kWo: &b.Wo, kWgate: &b.Wgate, kWup: &b.Wup, kWdown: &b.Wdown}[(i-1)%perLayer]
}

// values returns the values instruction in appends, checking a base
// opening against the base model root.
func (x *importCtx) values(in Instr, o *BaseOpening) ([]int32, error) {
	switch {
	case in.Op == OpImpFactor:
		return x.factorPart(in), nil
	case in.Op != OpImpRow:
		return nil, nil
	case x.cfg.BaseModelRoot == merkle.Hash{}:
		return x.seededPart(in), nil
	case o == nil:
		return nil, fmt.Errorf("%w: %s of a fine-tuning import needs its base opening", ErrProof, in)
	}
	return x.baseValues(in, o)
}

// Exec executes the next micro-step.
func (im *ImportMachine) Exec() error {
	if im.Done() {
		return ErrDone
	}
	in, err := im.x.prog.At(im.st.J)
	if err != nil {
		return err
	}
	o, err := im.opening(in)
	if err != nil {
		return err
	}
	vals, err := im.x.values(in, o)
	if err == nil {
		err = im.x.exec(&im.st, in, vals)
	}
	if err != nil {
		return fmt.Errorf("trainvm: import step %d (%s): %w", im.st.J, in, err)
	}
	return nil
}

// RunTo executes steps until Step() == j.
func (im *ImportMachine) RunTo(j uint64) error {
	if j > im.x.prog.Len() || j < im.st.J {
		return fmt.Errorf("%w: cannot run the import from step %d to %d (program has %d)", ErrStep, im.st.J, j, im.x.prog.Len())
	}
	for im.st.J < j {
		if err := im.Exec(); err != nil {
			return err
		}
	}
	return nil
}

// ImportTrace returns every state root of the import: state 0 (from I) ..
// state Len (whose Carried is S_0).
func ImportTrace(cfg ImportConfig, base *canon.Model) ([]merkle.Hash, error) {
	im, err := NewImport(cfg, base)
	if err != nil {
		return nil, err
	}
	roots := []merkle.Hash{im.StateRoot()}
	for !im.Done() {
		if err := im.Exec(); err != nil {
			return nil, err
		}
		roots = append(roots, im.StateRoot())
	}
	return roots, nil
}
