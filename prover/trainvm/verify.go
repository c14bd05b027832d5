package trainvm

import (
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
	"github.com/airollup/airollup/prover/train"
)

// Config is what a one-step verifier knows of a run besides the pre-state
// root: the model specification, the hyperparameters and the LoRA
// configuration, whose hash the carried state commits (train.ConfigHash),
// and the RoPE source: a model root of the run's configuration (untied, no
// RoPE frequency factors) whose RoPE leaves ROPE and ROPEB open — the base
// model root for fine-tuning, a registered model of the same RoPE
// parameters for pretraining (the VM context, as ExportConfig.RopeSource).
type Config struct {
	Spec       modelgen.Spec
	Hyper      train.Hyper
	LoRA       *train.LoRA
	RopeSource merkle.Hash

	part int // Params.part: only tests set it
}

// MaxVerifyValues bounds the values VerifyStep allocates: it executes the
// instruction on full-length registers and tensors holding only the opened
// leaves (a reference at test dims; the Solidity verifier works on the
// opened values alone).
const MaxVerifyValues = 1 << 27

// VerifyStep checks proof against the pre-state root pre under cfg and
// returns the post-state root: it derives instruction j from the program
// (At), checks the pre-state preimage and every opened leaf against pre,
// checks that the leaves are exactly the instruction's footprint, executes
// it on the opened values with the machine's own code, and recomputes the
// roots from the new leaves and the same siblings. It needs no machine
// state: every failure is ErrProof (or ErrStep, ErrParams) naming the
// field, never a post root.
func VerifyStep(cfg Config, pre merkle.Hash, proof *StepProof) (merkle.Hash, error) {
	return verifyStep(cfg, pre, proof, nil)
}

// verifyStep is VerifyStep; fill, if not nil, sets the values no leaf opens
// (a test fills them with noise: a footprint missing a read then changes
// the post root).
func verifyStep(cfg Config, pre merkle.Hash, proof *StepProof, fill func(*Machine)) (merkle.Hash, error) {
	if proof == nil {
		return merkle.Hash{}, fmt.Errorf("%w: no proof", ErrProof)
	}
	k := merkle.NewHasher()
	if h := train.ConfigHash(cfg.Spec, cfg.Hyper, cfg.LoRA); h != proof.Carried.ConfigHash {
		return merkle.Hash{}, fmt.Errorf("%w: configuration hash %x, the carried state's %x", ErrProof, h, proof.Carried.ConfigHash)
	}
	mc, err := sparseMachine(cfg, proof.Carried)
	if err != nil {
		return merkle.Hash{}, err
	}
	if fill != nil {
		fill(mc)
	}
	if proof.J >= mc.prog.Len() {
		return merkle.Hash{}, fmt.Errorf("%w: step %d of a program of %d", ErrStep, proof.J, mc.prog.Len())
	}
	in, err := mc.prog.At(proof.J)
	if err != nil {
		return merkle.Hash{}, err
	}
	// the pre-state: every leaf against its tree's root
	type opened struct {
		l      Loc
		lo, hi int
		nd     tnode
	}
	var leaves []opened
	byTree := map[int][]int{}
	for i, lf := range proof.Leaves {
		if i > 0 && proof.Leaves[i-1].less(lf.Loc) >= 0 {
			return merkle.Hash{}, fmt.Errorf("%w: leaf %d (%v) not after leaf %d", ErrProof, i, lf.Loc, i-1)
		}
		nd, lo, hi, err := mc.leafPos(lf.Loc)
		if err != nil {
			return merkle.Hash{}, err
		}
		if err := mc.setLeaf(lf.Loc, lo, hi, lf.Data); err != nil {
			return merkle.Hash{}, err
		}
		leaves = append(leaves, opened{lf.Loc, lo, hi, nd})
		byTree[int(lf.Tree)] = append(byTree[int(lf.Tree)], i)
	}
	for t := range proof.Siblings {
		if _, ok := byTree[t]; !ok && len(proof.Siblings[t]) > 0 {
			return merkle.Hash{}, fmt.Errorf("%w: %d siblings for tree %d, which has no leaf", ErrProof, len(proof.Siblings[t]), t)
		}
	}
	roots := func(post bool) (map[int]merkle.Hash, error) {
		out := map[int]merkle.Hash{}
		for t, idx := range byTree {
			nh := make([]nodeHash, len(idx))
			for n, i := range idx {
				b := proof.Leaves[i].Data
				if post {
					b = mc.leafBytes(leaves[i].l, leaves[i].lo, leaves[i].hi)
				}
				nh[n] = nodeHash{leaves[i].nd, k.Sum(b)}
			}
			sib := proof.Siblings[t]
			used := 0
			root, err := multiRoot(k, nh, func(tnode) (merkle.Hash, error) {
				if used == len(sib) {
					return merkle.Hash{}, fmt.Errorf("%w: tree %d: more than its %d siblings needed", ErrProof, t, len(sib))
				}
				used++
				return sib[used-1], nil
			}, nil)
			if err != nil {
				return nil, err
			}
			if used != len(sib) {
				return nil, fmt.Errorf("%w: tree %d: %d siblings, %d needed", ErrProof, t, len(sib), used)
			}
			out[t] = root
		}
		return out, nil
	}
	before, err := roots(false)
	if err != nil {
		return merkle.Hash{}, err
	}
	for t, root := range before {
		if want := treeRootIn(t, proof.Carried); t > TreeG && root != want {
			return merkle.Hash{}, fmt.Errorf("%w: tree %d: opened leaves give root %x, the carried state's %x", ErrProof, t, root, want)
		}
	}
	mem, err := memoryRoot(k, before, proof.MemSiblings)
	if err != nil {
		return merkle.Hash{}, err
	}
	if got := stateRoot(k, proof.J, proof.Seq, proof.Carried, mem); got != pre {
		return merkle.Hash{}, fmt.Errorf("%w: pre-state preimage hashes to %x, want %x", ErrProof, got, pre)
	}
	// exactly the instruction's footprint, computed from the opened values
	want, err := mc.footprint(in)
	if err != nil {
		return merkle.Hash{}, err
	}
	got := make([]Loc, len(leaves))
	for i, o := range leaves {
		got[i] = o.l
	}
	if !slices.Equal(got, want) {
		return merkle.Hash{}, fmt.Errorf("%w: %s opens %d leaves, the proof %d (first difference %s)", ErrProof, in, len(want), len(got), firstDiff(got, want))
	}
	if err := checkRopeOpening(cfg.RopeSource, mc.p, in, proof); err != nil {
		return merkle.Hash{}, err
	}
	mc.ropeRow = proof.Rope
	if err := safeExec(mc, in); err != nil {
		return merkle.Hash{}, fmt.Errorf("%w: step %d (%s): %w", ErrProof, proof.J, in, err)
	}
	after, err := roots(true)
	if err != nil {
		return merkle.Hash{}, err
	}
	carried := mc.carried
	for t, root := range after {
		switch t {
		case TreeWeights:
			carried.WeightsRoot = root
		case TreeMoments:
			carried.OptimizerRoot = root
		case TreeAdapters:
			carried.AdaptersRoot = root
		}
	}
	if mem, err = memoryRoot(k, after, proof.MemSiblings); err != nil {
		return merkle.Hash{}, err
	}
	return stateRoot(k, proof.J+1, in.Seq, carried, mem), nil
}

// checkRopeOpening checks the RoPE opening of a proof of instruction in:
// ROPE and ROPEB carry the RoPE row of position in.T (RopeDims values,
// cos ‖ sin) whose leaf opens at model-root index ropeIndex(t) against the
// RoPE source root src; every other instruction carries none.
func checkRopeOpening(src merkle.Hash, p Params, in Instr, proof *StepProof) error {
	if in.Op != OpRope && in.Op != OpRopeB {
		if len(proof.Rope) > 0 || len(proof.RopeSiblings) > 0 {
			return fmt.Errorf("%w: %s carries a RoPE row", ErrProof, in)
		}
		return nil
	}
	switch d := p.modelRootDepth(); {
	case len(proof.Rope) != p.Dims.RopeDims:
		return fmt.Errorf("%w: %w: RoPE row of %d values, want %d", ErrProof, ErrRopeSource, len(proof.Rope), p.Dims.RopeDims)
	case len(proof.RopeSiblings) != d:
		return fmt.Errorf("%w: %w: %d RoPE siblings, want %d", ErrProof, ErrRopeSource, len(proof.RopeSiblings), d)
	}
	got, err := RopeOpeningRoot(p, int(in.T), proof.Rope, proof.RopeSiblings)
	if err != nil || got != src {
		return fmt.Errorf("%w: %w: the RoPE row of position %d gives root %x, the RoPE source is %x", ErrProof, ErrRopeSource, in.T, got, src)
	}
	return nil
}

// RopeOpeningRoot returns the model root a RoPE opening gives: the leaf
// keccak256(be32 row) (cos ‖ sin of position t) at model-root index
// ropeIndex(t) of a model of p's dimensions, with its path sib.
func RopeOpeningRoot(p Params, t int, row []int32, sib []merkle.Hash) (merkle.Hash, error) {
	return merkle.RootFromProof(merkle.Keccak(appendInt32s(nil, row)), p.ropeIndex(t), sib)
}

func firstDiff(got, want []Loc) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("%v, want %v", got[i], want[i])
		}
	}
	if len(got) > len(want) {
		return fmt.Sprintf("extra %v", got[len(want)])
	}
	return fmt.Sprintf("missing %v", want[len(got)])
}

// memoryRoot returns the memory root from the roots of the registers (and
// G) in roots and the siblings of their multiproof, or from sib alone (the
// memory root) when roots has none.
func memoryRoot(k *merkle.Hasher, roots map[int]merkle.Hash, sib []merkle.Hash) (merkle.Hash, error) {
	var leaves []nodeHash
	for t, h := range roots {
		if t <= TreeG {
			leaves = append(leaves, nodeHash{tnode{memDepth, uint64(t)}, h})
		}
	}
	if len(leaves) == 0 {
		if len(sib) != 1 {
			return merkle.Hash{}, fmt.Errorf("%w: no register opened: want the memory root alone, got %d hashes", ErrProof, len(sib))
		}
		return sib[0], nil
	}
	used := 0
	root, err := multiRoot(k, leaves, func(tnode) (merkle.Hash, error) {
		if used == len(sib) {
			return merkle.Hash{}, fmt.Errorf("%w: memory tree: more than its %d siblings needed", ErrProof, len(sib))
		}
		used++
		return sib[used-1], nil
	}, nil)
	if err == nil && used != len(sib) {
		err = fmt.Errorf("%w: memory tree: %d siblings, %d needed", ErrProof, len(sib), used)
	}
	return root, err
}

// treeRootIn returns the root of carried tree t (TreeWeights..TreeTokens)
// in a level-1 state: train's tree t − TreeWeights, as both list the trees
// in the same order (TestCarriedTreesAreTrains); zero for any other t.
func treeRootIn(t int, c train.State) merkle.Hash {
	r, _ := c.TreeRoot(train.Tree(t - TreeWeights))
	return r
}

// stateRoot is state(j) from its preimage (Machine.StateRoot).
func stateRoot(k *merkle.Hasher, j uint64, b uint32, carried train.State, mem merkle.Hash) merkle.Hash {
	var hdr [12]byte
	binary.BigEndian.PutUint64(hdr[:8], j)
	binary.BigEndian.PutUint32(hdr[8:], b)
	c := carried.Root()
	return k.Sum([]byte(microDomain), hdr[:], c[:], mem[:])
}

// sparseMachine returns a machine of cfg's run with every register, tensor
// and the corpus zero, carrying the state c: VerifyStep fills in the
// opened leaves.
func sparseMachine(cfg Config, c train.State) (*Machine, error) {
	if err := cfg.Spec.Check(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrParams, err)
	}
	dims := cfg.Spec.Config()
	p := paramsOf(dims, cfg.Hyper, cfg.LoRA)
	p.part = cfg.part
	prog, err := NewProgram(p)
	if err != nil {
		return nil, err
	}
	eps, err := canon.F32BitsToFixed(dims.NormEpsBits, 32)
	if err != nil {
		return nil, fmt.Errorf("%w: norm epsilon: %w", ErrParams, err)
	}
	// no RoPE table: ROPE and ROPEB take the row their proof opens
	mc := &Machine{prog: prog, p: p, hyper: cfg.Hyper, carried: c, eps: eps, k: merkle.NewHasher()}
	if cfg.LoRA != nil {
		mc.scale = cfg.LoRA.Scale
	}
	n := p.Tensors()
	total := c.DataTokens
	for i := 0; i < n; i++ {
		r, cols := p.Shape(i)
		total += uint64(r * cols)
		if p.Rank > 0 && p.Trained[i] {
			mc.targets = append(mc.targets, i)
		}
	}
	for _, s := range mc.regSizes() {
		total += uint64(s)
	}
	if total > MaxVerifyValues {
		return nil, fmt.Errorf("%w: %d values to hold, at most %d", ErrParams, total, MaxVerifyValues)
	}
	mc.target = make([]int, n)
	for t, i := range mc.targets {
		mc.target[i] = t
	}
	mc.data = make([]int32, c.DataTokens)
	for i := 0; i < n; i++ {
		r, cols := p.Shape(i)
		mc.w = append(mc.w, make([]int32, r*cols))
		if p.Rank > 0 {
			mc.base = append(mc.base, make([]int32, r*cols))
		}
	}
	nf := n
	if p.Rank > 0 {
		nf = 2 * len(mc.targets)
		for i := 0; i < nf; i++ {
			r, cols := mc.optShape(i)
			mc.f = append(mc.f, make([]int32, r*cols))
		}
	}
	if cfg.Hyper.Optimizer == train.Adam {
		for i := 0; i < nf; i++ {
			r, cols := mc.optShape(i)
			mc.m, mc.v = append(mc.m, make([]int64, r*cols)), append(mc.v, make([]int64, r*cols))
		}
	}
	mc.wOK, mc.mOK, mc.aOK = make([]bool, n), make([]bool, nf), make([]bool, nf)
	mc.allocate()
	return mc, nil
}

// setLeaf writes the values of leaf l from its preimage b, or returns an
// error when b is not the leaf's length.
func (mc *Machine) setLeaf(l Loc, lo, hi int, b []byte) error {
	t := int(l.Tree)
	width := 4
	switch {
	case t < numRegs:
		_, width = perLeaf(t)
	case t == TreeG:
		width = 8
	case t == TreeMoments:
		width = 16
	}
	if len(b) != (hi-lo)*width {
		return fmt.Errorf("%w: %v: leaf of %d bytes, want %d", ErrProof, l, len(b), (hi-lo)*width)
	}
	for i := lo; i < hi; i++ {
		o := (i - lo) * width
		switch {
		case t < numRegs && regKinds[t] == kI32:
			mc.regs[t][i] = int64(int32(binary.BigEndian.Uint32(b[o:])))
		case t < numRegs && regKinds[t] == kI64:
			mc.regs[t][i] = int64(binary.BigEndian.Uint64(b[o:]))
		case t < numRegs:
			mc.wide[t][i] = int128{Hi: int64(binary.BigEndian.Uint64(b[o:])), Lo: binary.BigEndian.Uint64(b[o+8:])}
		case t == TreeG:
			mc.g[l.Tensor][i] = int64(binary.BigEndian.Uint64(b[o:]))
		case t == TreeMoments:
			n := hi - lo
			mc.m[l.Tensor][i] = int64(binary.BigEndian.Uint64(b[8*(i-lo):]))
			mc.v[l.Tensor][i] = int64(binary.BigEndian.Uint64(b[8*(n+i-lo):]))
		default:
			mc.int32Tree(t, int(l.Tensor))[i] = int32(binary.BigEndian.Uint32(b[o:]))
		}
	}
	return nil
}

// safeExec executes in on the verifier's machine. An honest pre-state never
// makes an instruction divide by zero, but the verifier returns an error,
// never a panic, for opened values no honest state holds.
func safeExec(mc *Machine, in Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: executing on the opened values: %v", ErrOperand, r)
		}
	}()
	return mc.exec(in)
}
