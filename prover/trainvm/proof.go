package trainvm

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// Step proofs (docs/training-game.md, "Step proofs"): what a one-step
// verifier needs to execute micro-step j from state(j) alone. A proof
// carries the pre-state preimage (j, b, the carried level-1 state's fields)
// and the leaves the instruction reads or writes (its footprint), grouped
// by tree, each group with the siblings of one Merkle multiproof, and the
// multiproof of the touched registers' (and G's) roots in the memory tree. The verifier recomputes the pre-state roots from
// the leaves and siblings, executes the instruction on the opened values,
// and recomputes the post-state roots from the new leaves and the same
// siblings (writes reuse the read proofs).

// Trees a proof opens besides the registers (tree r < numRegs is register r).
const (
	TreeG        = numRegs + iota // G: the trained tensors' gradient accumulators (memory-root leaf numRegs)
	TreeWeights                   // the carried weights
	TreeMoments                   // the carried Adam moments (optimizer root)
	TreeBase                      // a LoRA run's frozen base
	TreeAdapters                  // a LoRA run's factors
	TreeTokens                    // the corpus (tokens root)
	NumTrees
)

// Loc names one leaf of a step's state: leaf Chunk of register Tree
// (Tree < TreeG; Tensor and Row 0), or chunk Chunk of row Row of tensor
// Tensor of a tensor tree (G: Tensor is the tensor's index in the model;
// moments and adapters: the optimizer-tree entry; tokens: tensor 0, row 0).
type Loc struct {
	Tree               uint8
	Tensor, Row, Chunk uint32
}

func (l Loc) String() string {
	if int(l.Tree) < numRegs {
		return fmt.Sprintf("register %d leaf %d", l.Tree, l.Chunk)
	}
	return fmt.Sprintf("tree %d tensor %d row %d chunk %d", l.Tree, l.Tensor, l.Row, l.Chunk)
}

func (l Loc) less(o Loc) int {
	switch {
	case l.Tree != o.Tree:
		return int(l.Tree) - int(o.Tree)
	case l.Tensor != o.Tensor:
		return cmp.Compare(l.Tensor, o.Tensor)
	case l.Row != o.Row:
		return cmp.Compare(l.Row, o.Row)
	}
	return cmp.Compare(l.Chunk, o.Chunk)
}

// Leaf is one opened leaf: its location and its preimage (the register's
// or tree's leaf format: be32, be64 or be128 values; a moment leaf be64 m
// × n ‖ be64 v × n).
type Leaf struct {
	Loc
	Data []byte
}

// StepProof is the proof of micro-step J: the preimage of state(J) but its
// memory root, the leaves of the instruction's footprint, sorted by
// location, with per tree the siblings of their multiproof (depth
// descending, index ascending), and MemSiblings: the siblings of the
// multiproof of the opened registers' and G's roots (which the leaves
// give) in the memory tree; when the footprint opens no register nor G
// (STEPEND), MemSiblings is the memory root alone. ROPE and ROPEB also
// carry the RoPE row of their position (cos ‖ sin, RopeDims values) and
// the path of its model-root leaf to the RoPE source root (Config.RopeSource);
// every other proof carries none.
type StepProof struct {
	J            uint64
	Seq          uint32 // b of state(J)
	Carried      train.State
	Leaves       []Leaf
	Siblings     [NumTrees][]merkle.Hash
	MemSiblings  []merkle.Hash
	Rope         []int32
	RopeSiblings []merkle.Hash
}

var (
	// ErrProof is returned for a step proof that does not verify against
	// its pre-state root, naming the field.
	ErrProof = errors.New("trainvm: bad step proof")
	// ErrRopeSource is returned (with ErrProof) for a ROPE or ROPEB proof
	// whose RoPE row does not open against the RoPE source root.
	ErrRopeSource = errors.New("trainvm: RoPE row not in the RoPE source")
	// ErrProofEncoding is returned by ReadStepProof for malformed bytes,
	// naming the field and its limit.
	ErrProofEncoding = errors.New("trainvm: bad step proof encoding")
)

// MaxStepProofBytes is the size every opcode's step proof stays within at
// LLaMA-7B dimensions (ProofBytes; TestProofBytes7B), so that one proof fits
// one L1 transaction whose EIP-7623 calldata floor stays under 1M gas.
const MaxStepProofBytes = 24 << 10

// Limits of an encoded step proof.
const (
	MaxProofLeaves   = 1 << 14 // leaves of one proof
	MaxLeafBytes     = 512     // an int128 leaf, or a moment leaf
	MaxTreeSiblings  = 1 << 16 // siblings of one tree's multiproof
	MaxRopeValues    = 1 << 12 // values of a RoPE row (canon's RoPE dims limit)
	MaxRopeSiblings  = 64      // siblings of a RoPE row's model-root path
	stateProofHeader = 8 + 4 + 3*8 + 6*32
)

// memDepth is the depth of the memory tree (numRegs + 1 leaves).
var memDepth = merkle.Depth(numRegs + 1)

// tnode is a position in a tree: depth below the root and index at that depth.
type tnode struct {
	d int
	i uint64
}

type nodeHash struct {
	tnode
	h merkle.Hash
}

// multiRoot returns the root of a tree from some of its nodes (leaves at
// any depth) and sib, called for every sibling the leaves do not determine,
// depth descending, index ascending; seen, if not nil, gets every node.
func multiRoot(k *merkle.Hasher, leaves []nodeHash, sib func(tnode) (merkle.Hash, error), seen func(nodeHash)) (merkle.Hash, error) {
	if len(leaves) == 0 {
		return merkle.Hash{}, fmt.Errorf("%w: no leaves", ErrProof)
	}
	maxD := 0
	for _, l := range leaves {
		maxD = max(maxD, l.d)
	}
	level := make([][]nodeHash, maxD+1)
	for _, l := range leaves {
		level[l.d] = append(level[l.d], l)
	}
	for d := maxD; d >= 0; d-- {
		cur := level[d]
		slices.SortFunc(cur, func(a, b nodeHash) int { return cmp.Compare(a.i, b.i) })
		for k := 1; k < len(cur); k++ {
			if cur[k].i == cur[k-1].i {
				return merkle.Hash{}, fmt.Errorf("%w: node %d at depth %d opened twice", ErrProof, cur[k].i, d)
			}
		}
		if seen != nil {
			for _, e := range cur {
				seen(e)
			}
		}
		if d == 0 {
			break
		}
		for j := 0; j < len(cur); {
			e := cur[j]
			var l, r merkle.Hash
			if e.i%2 == 0 && j+1 < len(cur) && cur[j+1].i == e.i+1 {
				l, r = e.h, cur[j+1].h
				j += 2
			} else {
				s, err := sib(tnode{d, e.i ^ 1})
				if err != nil {
					return merkle.Hash{}, err
				}
				if l, r = e.h, s; e.i%2 == 1 {
					l, r = s, e.h
				}
				j++
			}
			level[d-1] = append(level[d-1], nodeHash{tnode{d - 1, e.i >> 1}, k.Node(l, r)})
		}
	}
	if len(level[0]) != 1 {
		return merkle.Hash{}, fmt.Errorf("%w: %d roots", ErrProof, len(level[0]))
	}
	return level[0][0].h, nil
}

// perLeaf returns the values per leaf of register r and their width in bytes.
func perLeaf(r int) (per, width int) {
	switch regKinds[r] {
	case kI64:
		return 16, 8
	case kI128:
		return 32, 16
	}
	return 32, 4
}

// regLen is the number of values of register r.
func (mc *Machine) regLen(r int) int { return mc.regSizes()[r] }

// treeShapes returns the tensor shapes of tensor tree t (none for a tree
// the run does not have) and, for G, the tensor index of each entry.
func (mc *Machine) treeShapes(t int) (shapes [][2]int, ids []int) {
	if mc.shapes == nil {
		mc.shapes = map[int]treeShape{}
	}
	if s, ok := mc.shapes[t]; ok {
		return s.shapes, s.ids
	}
	add := func(i int, shape func(int) (int, int)) {
		r, c := shape(i)
		shapes, ids = append(shapes, [2]int{r, c}), append(ids, i)
	}
	n := mc.p.Tensors()
	switch t {
	case TreeG:
		for i := 0; i < n; i++ {
			if mc.p.trained(i) {
				add(i, mc.p.Shape)
			}
		}
	case TreeWeights:
		for i := 0; i < n; i++ {
			add(i, mc.p.Shape)
		}
	case TreeBase:
		for i := 0; i < n && mc.p.Rank > 0; i++ {
			add(i, mc.p.Shape)
		}
	case TreeMoments, TreeAdapters:
		if (t == TreeMoments && mc.hyper.Optimizer != train.Adam) || (t == TreeAdapters && mc.p.Rank == 0) {
			break
		}
		nf := n
		if mc.p.Rank > 0 {
			nf = 2 * len(mc.targets)
		}
		for i := 0; i < nf; i++ {
			add(i, mc.optShape)
		}
	case TreeTokens:
		shapes, ids = [][2]int{{1, int(mc.carried.DataTokens)}}, []int{0}
	}
	mc.shapes[t] = treeShape{shapes, ids}
	return shapes, ids
}

type treeShape struct {
	shapes [][2]int
	ids    []int
}

// leafPos returns the position of l in its tree and the bounds of its
// values in the backing slice, or an error naming the index out of range.
func (mc *Machine) leafPos(l Loc) (nd tnode, lo, hi int, err error) {
	t := int(l.Tree)
	if t < numRegs {
		n := mc.regLen(t)
		per, _ := perLeaf(t)
		leaves := (n + per - 1) / per
		if l.Tensor != 0 || l.Row != 0 || uint64(l.Chunk) >= uint64(leaves) {
			return tnode{}, 0, 0, fmt.Errorf("%w: %v: register of %d leaves", ErrProof, l, leaves)
		}
		lo = int(l.Chunk) * per
		return tnode{merkle.Depth(uint64(leaves)), uint64(l.Chunk)}, lo, min(lo+per, n), nil
	}
	if t >= NumTrees {
		return tnode{}, 0, 0, fmt.Errorf("%w: %v: tree must be below %d", ErrProof, l, NumTrees)
	}
	shapes, ids := mc.treeShapes(t)
	e := slices.Index(ids, int(l.Tensor))
	if e < 0 {
		return tnode{}, 0, 0, fmt.Errorf("%w: %v: tensor not in the tree (%d entries)", ErrProof, l, len(ids))
	}
	rows, cols := shapes[e][0], shapes[e][1]
	nc := int(chunks(cols))
	if uint64(l.Row) >= uint64(rows) || uint64(l.Chunk) >= uint64(nc) {
		return tnode{}, 0, 0, fmt.Errorf("%w: %v: tensor of %d rows, %d chunks", ErrProof, l, rows, nc)
	}
	dc, dr, dt := merkle.Depth(uint64(nc)), merkle.Depth(uint64(rows)), merkle.Depth(uint64(len(ids)))
	lo = int(l.Row)*cols + int(l.Chunk)*Chunk
	hi = int(l.Row)*cols + min(int(l.Chunk+1)*Chunk, cols)
	return tnode{dc + dr + dt, uint64(l.Chunk) | uint64(l.Row)<<dc | uint64(e)<<(dc+dr)}, lo, hi, nil
}

// leafBytes returns the preimage of leaf l (bounds from leafPos).
func (mc *Machine) leafBytes(l Loc, lo, hi int) []byte {
	t := int(l.Tree)
	if t < numRegs {
		_, width := perLeaf(t)
		b := make([]byte, (hi-lo)*width)
		for i := lo; i < hi; i++ {
			o := (i - lo) * width
			switch regKinds[t] {
			case kI32:
				binary.BigEndian.PutUint32(b[o:], uint32(int32(mc.regs[t][i])))
			case kI64:
				binary.BigEndian.PutUint64(b[o:], uint64(mc.regs[t][i]))
			default:
				binary.BigEndian.PutUint64(b[o:], uint64(mc.wide[t][i].Hi))
				binary.BigEndian.PutUint64(b[o+8:], mc.wide[t][i].Lo)
			}
		}
		return b
	}
	switch t {
	case TreeG:
		b := make([]byte, 0, 8*(hi-lo))
		for _, v := range mc.g[l.Tensor][lo:hi] {
			b = binary.BigEndian.AppendUint64(b, uint64(v))
		}
		return b
	case TreeMoments:
		return mc.momentLeaf(make([]byte, 16*(hi-lo)), int(l.Tensor), lo, hi)
	}
	return int32Bytes(make([]byte, 4*(hi-lo)), mc.int32Tree(t, int(l.Tensor))[lo:hi])
}

// int32Tree returns the values of an int32 tensor tree's tensor i.
func (mc *Machine) int32Tree(t, i int) []int32 {
	switch t {
	case TreeWeights:
		return mc.w[i]
	case TreeBase:
		return mc.base[i]
	case TreeAdapters:
		return mc.f[i]
	}
	return mc.data
}

// treeRootOf returns the machine's current root of tree t.
func (mc *Machine) treeRootOf(t int) merkle.Hash {
	switch {
	case t < numRegs:
		mc.MemoryRoot()
		return mc.regRt[t]
	case t == TreeG:
		return mc.gradRoot()
	}
	return treeRootIn(t, mc.Carried())
}

// treeNodes returns the nodes of tree t that determine its root: every
// leaf of a register, or of the tensors of a tensor tree that open (in
// open), and the cached roots of the other tensors.
func (mc *Machine) treeNodes(t int, open map[uint32]bool) ([]nodeHash, error) {
	var locs []Loc
	var out []nodeHash
	if t < numRegs {
		per, _ := perLeaf(t)
		for c := 0; c < (mc.regLen(t)+per-1)/per; c++ {
			locs = append(locs, Loc{Tree: uint8(t), Chunk: uint32(c)})
		}
	} else {
		shapes, ids := mc.treeShapes(t)
		dt := merkle.Depth(uint64(len(ids)))
		cached := mc.tensorRoots(t)
		for e, s := range shapes {
			if !open[uint32(ids[e])] && cached != nil {
				out = append(out, nodeHash{tnode{dt, uint64(e)}, cached[e]})
				continue
			}
			for r := 0; r < s[0]; r++ {
				for c := 0; c < int(chunks(s[1])); c++ {
					locs = append(locs, Loc{Tree: uint8(t), Tensor: uint32(ids[e]), Row: uint32(r), Chunk: uint32(c)})
				}
			}
		}
	}
	for _, l := range locs {
		nd, lo, hi, err := mc.leafPos(l)
		if err != nil {
			return nil, err
		}
		out = append(out, nodeHash{nd, mc.k.Sum(mc.leafBytes(l, lo, hi))})
	}
	return out, nil
}

// tensorRoots returns the machine's cached per-entry roots of a tensor tree
// (nil where it keeps none: the base), after bringing them up to date.
func (mc *Machine) tensorRoots(t int) []merkle.Hash {
	switch t {
	case TreeG:
		mc.gradRoot()
		var out []merkle.Hash
		for i, g := range mc.g {
			if g != nil {
				out = append(out, mc.gRt[i])
			}
		}
		return out
	case TreeWeights:
		mc.CarriedRoot()
		return mc.wRt
	case TreeMoments:
		mc.CarriedRoot()
		return mc.mRt
	case TreeAdapters:
		mc.CarriedRoot()
		return mc.aRt
	}
	return nil
}

// Prove returns the proof of micro-step j, which must be the machine's next
// step (Step() == j): the preimage of state(j) and the leaves instruction j
// reads or writes with their multiproofs.
func (mc *Machine) Prove(j uint64) (*StepProof, error) {
	if j != mc.step || mc.Done() {
		return nil, fmt.Errorf("%w: the machine is at step %d of %d, cannot prove step %d", ErrStep, mc.step, mc.prog.Len(), j)
	}
	in, err := mc.prog.At(j)
	if err != nil {
		return nil, err
	}
	locs, err := mc.footprint(in)
	if err != nil {
		return nil, err
	}
	pf, err := mc.proveLeaves(j, locs)
	if err != nil {
		return nil, err
	}
	if in.Op == OpRope || in.Op == OpRopeB {
		if mc.ropeSrc == nil {
			return nil, fmt.Errorf("%w: no RoPE source to prove %s", ErrInput, in)
		}
		cos, sin := mc.rope.Row(int(in.T))
		pf.Rope = append(append([]int32(nil), cos...), sin...)
		if pf.RopeSiblings, err = mc.ropeSrc.Proof(mc.p.ropeIndex(int(in.T))); err != nil {
			return nil, err
		}
	}
	return pf, nil
}

// proveLeaves returns the proof of step j opening the leaves locs (sorted).
func (mc *Machine) proveLeaves(j uint64, locs []Loc) (*StepProof, error) {
	pf := &StepProof{J: j, Seq: mc.b, Carried: mc.Carried()}
	mem := mc.MemoryRoot()
	all := make([]nodeHash, numRegs+1)
	for r := range all {
		all[r].tnode = tnode{memDepth, uint64(r)}
	}
	for r := range numRegs {
		all[r].h = mc.regRt[r]
	}
	all[numRegs].h = mc.gradRoot()
	nodes := map[tnode]merkle.Hash{}
	if _, err := multiRoot(mc.k, all, func(tnode) (merkle.Hash, error) { return merkle.Hash{}, nil },
		func(e nodeHash) { nodes[e.tnode] = e.h }); err != nil {
		return nil, err
	}
	var touched []nodeHash
	for _, l := range locs {
		if t := int(l.Tree); t <= TreeG && (len(touched) == 0 || touched[len(touched)-1].i != uint64(t)) {
			touched = append(touched, all[t])
		}
	}
	if len(touched) == 0 {
		pf.MemSiblings = []merkle.Hash{mem}
	} else if _, err := multiRoot(mc.k, touched, func(n tnode) (merkle.Hash, error) {
		pf.MemSiblings = append(pf.MemSiblings, nodes[n])
		return nodes[n], nil
	}, nil); err != nil {
		return nil, err
	}
	byTree := map[int][]nodeHash{}
	for _, l := range locs {
		nd, lo, hi, err := mc.leafPos(l)
		if err != nil {
			return nil, err
		}
		b := mc.leafBytes(l, lo, hi)
		pf.Leaves = append(pf.Leaves, Leaf{l, b})
		byTree[int(l.Tree)] = append(byTree[int(l.Tree)], nodeHash{nd, mc.k.Sum(b)})
	}
	for t, leaves := range byTree {
		open := map[uint32]bool{}
		for _, l := range locs {
			if int(l.Tree) == t {
				open[l.Tensor] = true
			}
		}
		all, err := mc.treeNodes(t, open)
		if err != nil {
			return nil, err
		}
		nodes := map[tnode]merkle.Hash{}
		root, err := multiRoot(mc.k, all, func(tnode) (merkle.Hash, error) { return merkle.Hash{}, nil },
			func(e nodeHash) { nodes[e.tnode] = e.h })
		if err != nil {
			return nil, err
		}
		if want := mc.treeRootOf(t); root != want {
			return nil, fmt.Errorf("trainvm: tree %d: rebuilt root %x, machine's %x", t, root, want)
		}
		_, err = multiRoot(mc.k, leaves, func(n tnode) (merkle.Hash, error) {
			pf.Siblings[t] = append(pf.Siblings[t], nodes[n])
			return nodes[n], nil
		}, nil)
		if err != nil {
			return nil, err
		}
	}
	return pf, nil
}

// MarshalBinary encodes p: be64 j ‖ be32 b ‖ the carried state (be64 step,
// cursor, dataTokens ‖ tokens, config, weights, optimizer, base, adapters
// roots) ‖ be32 n ‖ n leaves (u8 tree
// ‖ be32 tensor, row, chunk ‖ be16 length ‖ bytes) ‖ per tree with a leaf,
// ascending: be32 m ‖ m siblings ‖ u8 k ‖ k memory siblings, then, for a
// proof with a RoPE row (ROPE, ROPEB): be16 r ‖ r × be32 row values ‖ u8 d ‖
// d siblings.
func (p *StepProof) MarshalBinary() ([]byte, error) {
	if len(p.Leaves) > MaxProofLeaves {
		return nil, fmt.Errorf("%w: %d leaves, at most %d", ErrProofEncoding, len(p.Leaves), MaxProofLeaves)
	}
	b := binary.BigEndian.AppendUint64(nil, p.J)
	b = binary.BigEndian.AppendUint32(b, p.Seq)
	c := p.Carried
	b = binary.BigEndian.AppendUint64(b, c.Step)
	b = binary.BigEndian.AppendUint64(b, c.Cursor)
	b = binary.BigEndian.AppendUint64(b, c.DataTokens)
	for _, h := range []merkle.Hash{c.TokensRoot, c.ConfigHash, c.WeightsRoot, c.OptimizerRoot, c.BaseRoot, c.AdaptersRoot} {
		b = append(b, h[:]...)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(len(p.Leaves)))
	var has [NumTrees]bool
	for _, l := range p.Leaves {
		if int(l.Tree) >= NumTrees || len(l.Data) > MaxLeafBytes {
			return nil, fmt.Errorf("%w: %v: tree below %d, at most %d bytes (has %d)", ErrProofEncoding, l.Loc, NumTrees, MaxLeafBytes, len(l.Data))
		}
		has[l.Tree] = true
		b = append(b, l.Tree)
		b = binary.BigEndian.AppendUint32(b, l.Tensor)
		b = binary.BigEndian.AppendUint32(b, l.Row)
		b = binary.BigEndian.AppendUint32(b, l.Chunk)
		b = binary.BigEndian.AppendUint16(b, uint16(len(l.Data)))
		b = append(b, l.Data...)
	}
	for t, s := range p.Siblings {
		if !has[t] {
			if len(s) > 0 {
				return nil, fmt.Errorf("%w: siblings of tree %d, which has no leaf", ErrProofEncoding, t)
			}
			continue
		}
		if len(s) > MaxTreeSiblings {
			return nil, fmt.Errorf("%w: tree %d: %d siblings, at most %d", ErrProofEncoding, t, len(s), MaxTreeSiblings)
		}
		b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
		for _, h := range s {
			b = append(b, h[:]...)
		}
	}
	if len(p.MemSiblings) == 0 || len(p.MemSiblings) > numRegs+1 {
		return nil, fmt.Errorf("%w: %d memory siblings, want 1..%d", ErrProofEncoding, len(p.MemSiblings), numRegs+1)
	}
	b = append(b, byte(len(p.MemSiblings)))
	for _, h := range p.MemSiblings {
		b = append(b, h[:]...)
	}
	switch {
	case len(p.Rope) == 0 && len(p.RopeSiblings) == 0:
		return b, nil
	case len(p.Rope) == 0 || len(p.Rope) > MaxRopeValues || len(p.RopeSiblings) > MaxRopeSiblings:
		return nil, fmt.Errorf("%w: RoPE row of %d values (1..%d), %d siblings (at most %d)", ErrProofEncoding,
			len(p.Rope), MaxRopeValues, len(p.RopeSiblings), MaxRopeSiblings)
	}
	b = binary.BigEndian.AppendUint16(b, uint16(len(p.Rope)))
	b = appendInt32s(b, p.Rope)
	b = append(b, byte(len(p.RopeSiblings)))
	for _, h := range p.RopeSiblings {
		b = append(b, h[:]...)
	}
	return b, nil
}

// reader reads big-endian fields, remembering the first shortfall.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int, field string) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = fmt.Errorf("%w: %s: %d bytes left, need %d", ErrProofEncoding, field, len(r.b), n)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u64(field string) uint64 {
	if b := r.take(8, field); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

func (r *reader) u32(field string) uint32 {
	if b := r.take(4, field); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

func (r *reader) hash(field string) (h merkle.Hash) {
	copy(h[:], r.take(32, field))
	return h
}

// ReadStepProof decodes a proof MarshalBinary encoded, refusing bytes that
// are short, trailing, or over a limit (ErrProofEncoding naming the field
// and the limit). Leaves must be sorted by location, without repeats.
func ReadStepProof(b []byte) (*StepProof, error) {
	r := &reader{b: b}
	p := &StepProof{J: r.u64("j"), Seq: r.u32("b")}
	c := &p.Carried
	c.Step, c.Cursor, c.DataTokens = r.u64("carried step"), r.u64("carried cursor"), r.u64("carried data tokens")
	for _, h := range []*merkle.Hash{&c.TokensRoot, &c.ConfigHash, &c.WeightsRoot, &c.OptimizerRoot, &c.BaseRoot, &c.AdaptersRoot} {
		*h = r.hash("carried roots")
	}
	n := r.u32("leaf count")
	if r.err != nil {
		return nil, r.err
	}
	if n > MaxProofLeaves {
		return nil, fmt.Errorf("%w: leaf count %d must be at most %d", ErrProofEncoding, n, MaxProofLeaves)
	}
	var has [NumTrees]bool
	for k := uint32(0); k < n; k++ {
		var l Leaf
		if t := r.take(1, "leaf tree"); t != nil {
			l.Tree = t[0]
		}
		l.Tensor, l.Row, l.Chunk = r.u32("leaf tensor"), r.u32("leaf row"), r.u32("leaf chunk")
		size := 0
		if s := r.take(2, "leaf length"); s != nil {
			size = int(binary.BigEndian.Uint16(s))
		}
		if r.err == nil && (int(l.Tree) >= NumTrees || size == 0 || size > MaxLeafBytes) {
			return nil, fmt.Errorf("%w: leaf %d: tree %d (below %d), %d bytes (1..%d)", ErrProofEncoding, k, l.Tree, NumTrees, size, MaxLeafBytes)
		}
		l.Data = r.take(size, "leaf data")
		if r.err != nil {
			return nil, r.err
		}
		if k > 0 && p.Leaves[k-1].less(l.Loc) >= 0 {
			return nil, fmt.Errorf("%w: leaf %d (%v) not after leaf %d (%v)", ErrProofEncoding, k, l.Loc, k-1, p.Leaves[k-1].Loc)
		}
		l.Data = append([]byte(nil), l.Data...)
		has[l.Tree] = true
		p.Leaves = append(p.Leaves, l)
	}
	for t := range p.Siblings {
		if !has[t] {
			continue
		}
		m := r.u32("sibling count")
		if r.err == nil && m > MaxTreeSiblings {
			return nil, fmt.Errorf("%w: tree %d: %d siblings, at most %d", ErrProofEncoding, t, m, MaxTreeSiblings)
		}
		if r.err == nil && uint64(len(r.b)) < 32*uint64(m) {
			return nil, fmt.Errorf("%w: tree %d: %d siblings need %d bytes, %d left", ErrProofEncoding, t, m, 32*m, len(r.b))
		}
		for i := uint32(0); i < m && r.err == nil; i++ {
			p.Siblings[t] = append(p.Siblings[t], r.hash("siblings"))
		}
	}
	m := 0
	if b := r.take(1, "memory sibling count"); b != nil {
		m = int(b[0])
	}
	if r.err == nil && (m == 0 || m > numRegs+1) {
		return nil, fmt.Errorf("%w: %d memory siblings, want 1..%d", ErrProofEncoding, m, numRegs+1)
	}
	for i := 0; i < m && r.err == nil; i++ {
		p.MemSiblings = append(p.MemSiblings, r.hash("memory siblings"))
	}
	if r.err == nil && len(r.b) > 0 {
		// the RoPE opening of a ROPE or ROPEB proof
		n := 0
		if b := r.take(2, "RoPE row length"); b != nil {
			n = int(binary.BigEndian.Uint16(b))
		}
		if r.err == nil && (n == 0 || n > MaxRopeValues) {
			return nil, fmt.Errorf("%w: RoPE row of %d values, want 1..%d", ErrProofEncoding, n, MaxRopeValues)
		}
		if b := r.take(4*n, "RoPE row"); b != nil {
			p.Rope = make([]int32, n)
			for i := range p.Rope {
				p.Rope[i] = int32(binary.BigEndian.Uint32(b[4*i:]))
			}
		}
		d := 0
		if b := r.take(1, "RoPE sibling count"); b != nil {
			d = int(b[0])
		}
		if r.err == nil && d > MaxRopeSiblings {
			return nil, fmt.Errorf("%w: %d RoPE siblings, at most %d", ErrProofEncoding, d, MaxRopeSiblings)
		}
		for i := 0; i < d && r.err == nil; i++ {
			p.RopeSiblings = append(p.RopeSiblings, r.hash("RoPE siblings"))
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrProofEncoding, len(r.b))
	}
	return p, nil
}

// ProofBytes returns the encoded size of the proof of instruction in of a
// step under p (opt its optimizer, dataTokens the corpus length) without a
// machine: its footprint (read with every token 0), the leaves' lengths
// and the multiproofs' sibling counts follow from the positions alone, so
// it sizes proofs at any dimensions (docs/training-game.md, "Step proofs").
func ProofBytes(p Params, opt train.Optimizer, dataTokens uint64, in Instr) (int, error) {
	if err := p.Check(); err != nil {
		return 0, err
	}
	mc := &Machine{p: p, hyper: train.Hyper{Optimizer: opt}, carried: train.State{DataTokens: dataTokens}, k: merkle.NewHasher()}
	mc.target = make([]int, p.Tensors())
	for i := 0; i < p.Tensors() && p.Rank > 0; i++ {
		if p.Trained[i] {
			mc.target[i] = len(mc.targets)
			mc.targets = append(mc.targets, i)
		}
	}
	mc.regs[regTOK] = make([]int64, p.SeqLen+1)
	locs, err := mc.footprint(in)
	if err != nil {
		return 0, err
	}
	size := stateProofHeader + 4
	byTree := map[int][]nodeHash{}
	for _, l := range locs {
		nd, lo, hi, err := mc.leafPos(l)
		if err != nil {
			return 0, err
		}
		width := 4
		switch t := int(l.Tree); {
		case t < numRegs:
			_, width = perLeaf(t)
		case t == TreeG:
			width = 8
		case t == TreeMoments:
			width = 16
		}
		size += 15 + (hi-lo)*width
		byTree[int(l.Tree)] = append(byTree[int(l.Tree)], nodeHash{tnode: nd})
	}
	var touched []nodeHash
	for t, leaves := range byTree {
		n := 0
		if _, err := multiRoot(mc.k, leaves, func(tnode) (merkle.Hash, error) { n++; return merkle.Hash{}, nil }, nil); err != nil {
			return 0, err
		}
		size += 4 + 32*n
		if t <= TreeG {
			touched = append(touched, nodeHash{tnode: tnode{memDepth, uint64(t)}})
		}
	}
	n := 0
	if len(touched) == 0 {
		n = 1
	} else if _, err := multiRoot(mc.k, touched, func(tnode) (merkle.Hash, error) { n++; return merkle.Hash{}, nil }, nil); err != nil {
		return 0, err
	}
	if in.Op == OpRope || in.Op == OpRopeB {
		size += ropeOpeningBytes(p)
	}
	return size + 1 + 32*n, nil
}

// ropeOpeningBytes is the size of a RoPE opening: be16 r ‖ r values ‖ u8 d
// ‖ d siblings.
func ropeOpeningBytes(p Params) int { return 2 + 4*p.Dims.RopeDims + 1 + 32*p.modelRootDepth() }
