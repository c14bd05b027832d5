package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// NumRegs is the number of registers in the memory root.
const NumRegs = numRegs

// Register ids, exported for proof consumers.
const (
	RegX, RegH, RegQ, RegK, RegV, RegA, RegG, RegU, RegT   = regX, regH, regQ, regK, regV, regA, regG, regU, regT
	RegQXd, RegAMd, RegQXf, RegAMf, RegS, RegE, RegW, RegR = regQXd, regAMd, regQXf, regAMf, regS, regE, regW, regR
	RegLG, RegHist                                         = regLG, regHist
)

// Chunk is one register leaf a step reads or writes, with its Merkle proof
// in the register's tree (pre-state). A write reuses the same proof.
type Chunk struct {
	Reg   uint8
	Index uint32
	Data  []byte
	Proof []merkle.Hash
}

// Subtree is an aligned subtree of an int32 vector's chunk tree (a register,
// or the keys or values of one KV position): the leaves [First, First+2^Height)
// that exist, concatenated, and the proof from the subtree's root up. A step
// that needs one attention head opens the smallest subtree covering it.
type Subtree struct {
	Reg    uint8
	First  uint32
	Height uint8
	Data   []byte
	Proof  []merkle.Hash
}

// Opening is a leaf of the model root or of the layer-l KV tree with its proof.
type Opening struct {
	Index uint64
	Data  []byte
	Proof []merkle.Hash
}

// StepProof is everything the on-chain verifier needs to execute the next
// step: the pre-state's preimage and the operands with their proofs
// (docs/isa.md, "Step proofs" lists the operands of each opcode).
type StepProof struct {
	Step       uint64
	P, L       uint32
	RegRoots   [NumRegs]merkle.Hash
	LayerRoots []merkle.Hash
	TokensHash merkle.Hash
	Instr      Instr
	Chunks     []Chunk   // register leaves, in the opcode's operand order
	Full       [][]byte  // whole registers (their leaves concatenated), in the opcode's order
	Subtrees   []Subtree // head-sized subtrees, in the opcode's order
	Model      []Opening
	KV         []Opening
	Prompt     []Opening // head step at a prompt position: the prompt chunk holding token p+1
}

// ModelTree is the Merkle tree of a model root, built once per model.
type ModelTree struct {
	m    *canon.Model
	tree *merkle.Tree
}

// NewModelTree builds the model-root tree of m.
func NewModelTree(m *canon.Model) (*ModelTree, error) {
	t, err := merkle.NewTree(m.Leaves())
	if err != nil {
		return nil, err
	}
	return &ModelTree{m: m, tree: t}, nil
}

// Root returns the model root.
func (mt *ModelTree) Root() merkle.Hash { return mt.tree.Root() }

func be32(v []int32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.BigEndian.PutUint32(b[4*i:], uint32(x))
	}
	return b
}

// Open returns the opening of a model-root leaf (canon.LeafIndex kinds).
func (mt *ModelTree) Open(kind, layer, which, i int) (Opening, error) {
	m := mt.m
	idx := m.LeafIndex(kind, layer, which, i)
	var data []byte
	switch kind {
	case canon.LeafMeta:
		data = nil // the verifier rebuilds the metadata leaf from the configuration
	case canon.LeafNorm:
		w := m.OutNorm
		if layer < m.Layers {
			w = m.Blocks[layer].AttnNorm
			if which == 1 {
				w = m.Blocks[layer].FFNNorm
			}
		}
		data = be32(w[i*32 : min((i+1)*32, len(w))])
	case canon.LeafEmbed:
		data = m.Embed.Row(i)
	case canon.LeafOutput:
		data = m.Output.Row(i)
	case canon.LeafRow:
		b := &m.Blocks[layer]
		mats := []*canon.Q8Matrix{&b.Wq, &b.Wk, &b.Wv, &b.Wo, &b.Wgate, &b.Wup, &b.Wdown}
		data = mats[which].Row(i)
	case canon.LeafRope:
		cos, sin := m.Rope.Row(i)
		data = be32(append(append([]int32{}, cos...), sin...))
	default:
		return Opening{}, fmt.Errorf("vm: cannot open model leaf kind %d", kind)
	}
	proof, err := mt.tree.Proof(uint64(idx))
	if err != nil {
		return Opening{}, err
	}
	return Opening{Index: uint64(idx), Data: data, Proof: proof}, nil
}

// OpenRowPart returns the opening of part `part` (canon.RowPartBlocks blocks)
// of a weight row leaf (kind LeafRow or LeafOutput) of more than
// canon.RowPartBlocks blocks: Data is the part's bytes and Proof the hashes of
// the row's other parts, in order, then the leaf's proof (docs/isa.md, "Step
// proofs").
func (mt *ModelTree) OpenRowPart(kind, layer, which, i, part int) (Opening, error) {
	o, err := mt.Open(kind, layer, which, i)
	if err != nil {
		return Opening{}, err
	}
	const pb = canon.RowPartBlocks * canon.BlockBytes
	if len(o.Data) <= pb || part < 0 || part*pb >= len(o.Data) {
		return Opening{}, fmt.Errorf("vm: part %d of a row of %d bytes: %w", part, len(o.Data), ErrOperand)
	}
	hs := canon.RowPartHashes(merkle.NewHasher(), o.Data)
	sib := append(append([]merkle.Hash{}, hs[:part]...), hs[part+1:]...)
	o.Proof = append(sib, o.Proof...)
	o.Data = o.Data[part*pb : min((part+1)*pb, len(o.Data))]
	return o, nil
}

// regLeaves encodes register r's leaves.
func (mc *Machine) regLeaves(r int) [][]byte {
	v := mc.regs[r]
	per, width := 32, 4
	switch regKinds[r] {
	case kI8:
		width = 1
	case kI64:
		per, width = 16, 8
	}
	var out [][]byte
	for c := 0; c*per < len(v); c++ {
		chunk := v[c*per : min((c+1)*per, len(v))]
		b := make([]byte, len(chunk)*width)
		for i, x := range chunk {
			switch width {
			case 1:
				b[i] = byte(int8(x))
			case 4:
				binary.BigEndian.PutUint32(b[4*i:], uint32(int32(x)))
			default:
				binary.BigEndian.PutUint64(b[8*i:], uint64(x))
			}
		}
		out = append(out, b)
	}
	return out
}

func (mc *Machine) chunkProof(r, c int) (Chunk, error) {
	leaves := mc.regLeaves(r)
	hashes := make([]merkle.Hash, len(leaves))
	for i, l := range leaves {
		hashes[i] = mc.k.Sum(l)
	}
	t, err := merkle.NewTree(hashes)
	if err != nil {
		return Chunk{}, err
	}
	proof, err := t.Proof(uint64(c))
	if err != nil {
		return Chunk{}, err
	}
	return Chunk{Reg: uint8(r), Index: uint32(c), Data: leaves[c], Proof: proof}, nil
}

func (mc *Machine) full(r int) []byte {
	var out []byte
	for _, l := range mc.regLeaves(r) {
		out = append(out, l...)
	}
	return out
}

// subtreeOf opens the smallest aligned subtree of the chunk tree of v
// (32 int32 per leaf) that covers elements [e0, e1).
func subtreeOf(k *merkle.Hasher, reg int, v []int32, e0, e1 int) (Subtree, error) {
	var leaves [][]byte
	for c := 0; c*32 < len(v); c++ {
		leaves = append(leaves, be32(v[c*32:min((c+1)*32, len(v))]))
	}
	return subtreeOfLeaves(k, reg, leaves, e0/32, (e1-1)/32)
}

// subtreeOfLeaves opens the smallest aligned subtree of a tree over encoded
// leaves that covers leaves [c0, c1].
func subtreeOfLeaves(k *merkle.Hasher, reg int, leaves [][]byte, c0, c1 int) (Subtree, error) {
	hs := make([]merkle.Hash, len(leaves))
	for i, l := range leaves {
		hs[i] = k.Sum(l)
	}
	tree, err := merkle.NewTree(hs)
	if err != nil {
		return Subtree{}, err
	}
	h := 0
	for c0>>h != c1>>h {
		h++
	}
	first := (c0 >> h) << h
	proof, err := tree.ProofAt(h, uint64(first>>h))
	if err != nil {
		return Subtree{}, err
	}
	var data []byte
	for _, l := range leaves[first:min(first+1<<h, len(leaves))] {
		data = append(data, l...)
	}
	return Subtree{Reg: uint8(reg), First: uint32(first), Height: uint8(h), Data: data, Proof: proof}, nil
}

func (mc *Machine) kvOpening(t int) (Opening, error) {
	leaves := make([]merkle.Hash, 1<<mc.kvDepth)
	copy(leaves, mc.kvLeaf)
	tree, err := merkle.NewTree(leaves)
	if err != nil {
		return Opening{}, err
	}
	proof, err := tree.Proof(uint64(t))
	if err != nil {
		return Opening{}, err
	}
	// The leaf's preimage: keysRoot ‖ valuesRoot (empty for a slot not yet written).
	kvd := mc.m.KVDim()
	var data []byte
	if (2*t+2)*kvd <= len(mc.kvData) {
		kr := VectorRoot(mc.k, mc.kvData[2*t*kvd:(2*t+1)*kvd])
		vr := VectorRoot(mc.k, mc.kvData[(2*t+1)*kvd:(2*t+2)*kvd])
		data = append(append(data, kr[:]...), vr[:]...)
	}
	return Opening{Index: uint64(t), Data: data, Proof: proof}, nil
}

// Prove returns the proof data of the next step (Step()) against the
// current state, whose root is StateRoot().
//
// At the end of the program it proves the HALT step, which leaves the state
// unchanged: only the metadata opening is needed.
func (mc *Machine) Prove(mt *ModelTree) (*StepProof, error) {
	ins := Instr{Op: OpHalt}
	if !mc.Done() {
		var err error
		if ins, err = mc.prog.At(mc.step); err != nil {
			return nil, err
		}
	}
	sp, err := mc.prove(mt, ins)
	if err != nil {
		return nil, fmt.Errorf("vm: proving step %d (%s): %w", mc.step, ins, err)
	}
	return sp, nil
}

// prove returns the proof of ins at the current state through its entry in
// the opcode table (ops.go).
func (mc *Machine) prove(mt *ModelTree, ins Instr) (*StepProof, error) {
	s, err := spec(ins.Op)
	if err != nil {
		return nil, err
	}
	sp := &StepProof{
		Step: mc.step, P: uint32(mc.in.P), L: uint32(mc.in.L), LayerRoots: append([]merkle.Hash(nil), mc.layerRt...),
		TokensHash: mc.tokensHash, Instr: ins,
	}
	for r := range sp.RegRoots {
		sp.RegRoots[r] = mc.regRoot(r)
	}
	w := &witness{mc: mc, mt: mt, sp: sp}
	if err := w.model(canon.LeafMeta, 0, 0, 0); err != nil {
		return nil, err
	}
	if err := s.prove(w, int(ins.A), int(ins.B)); err != nil {
		return nil, err
	}
	return sp, nil
}

// witness collects the operands of one step proof: each method opens one
// operand against the machine's current state (or the model tree) and
// appends it to the proof's list of its kind.
type witness struct {
	mc *Machine
	mt *ModelTree
	sp *StepProof
}

// chunk adds leaf c of register r.
func (w *witness) chunk(r, c int) error {
	ch, err := w.mc.chunkProof(r, c)
	if err != nil {
		return err
	}
	w.sp.Chunks = append(w.sp.Chunks, ch)
	return nil
}

// full adds registers rs whole.
func (w *witness) full(rs ...int) {
	for _, r := range rs {
		w.sp.Full = append(w.sp.Full, w.mc.full(r))
	}
}

// head adds the subtree of v's chunk tree (register reg) covering head h.
func (w *witness) head(reg int, v []int32, h int) error {
	hd := w.mc.m.HeadDim()
	st, err := subtreeOf(w.mc.k, reg, v, h*hd, (h+1)*hd)
	if err != nil {
		return err
	}
	w.sp.Subtrees = append(w.sp.Subtrees, st)
	return nil
}

// subtree adds the subtree of register reg's tree covering leaves [c0, c1].
func (w *witness) subtree(reg, c0, c1 int) error {
	st, err := subtreeOfLeaves(w.mc.k, reg, w.mc.regLeaves(reg), c0, c1)
	if err != nil {
		return err
	}
	w.sp.Subtrees = append(w.sp.Subtrees, st)
	return nil
}

// model adds a model-root leaf (ModelTree.Open).
func (w *witness) model(kind, layer, which, i int) error {
	o, err := w.mt.Open(kind, layer, which, i)
	if err != nil {
		return err
	}
	w.sp.Model = append(w.sp.Model, o)
	return nil
}

// row adds row r of matrix m: a block matrix of layer l, or the output head.
func (w *witness) row(m, r int) error {
	if m == MatOut {
		return w.model(canon.LeafOutput, 0, 0, r)
	}
	return w.model(canon.LeafRow, w.mc.in.L, m, r)
}

// rowPart adds part `part` of row r of matrix m (ModelTree.OpenRowPart).
func (w *witness) rowPart(m, r, part int) error {
	kind, layer, which := canon.LeafRow, w.mc.in.L, m
	if m == MatOut {
		kind, layer, which = canon.LeafOutput, 0, 0
	}
	o, err := w.mt.OpenRowPart(kind, layer, which, r, part)
	if err != nil {
		return err
	}
	w.sp.Model = append(w.sp.Model, o)
	return nil
}

// kv adds position t of the layer's KV tree.
func (w *witness) kv(t int) error {
	o, err := w.mc.kvOpening(t)
	if err != nil {
		return err
	}
	w.sp.KV = append(w.sp.KV, o)
	return nil
}

// prompt adds the prompt chunk holding token i.
func (w *witness) prompt(i int) error {
	o, err := promptOpening(w.mc.k, w.mc.in.Prompt, i)
	if err != nil {
		return err
	}
	w.sp.Prompt = append(w.sp.Prompt, o)
	return nil
}

// PromptRoot is the commitment to a job's prompt tokens: the chunk tree of
// the tokens as int32 (VectorRoot).
func PromptRoot(prompt []int32) merkle.Hash { return VectorRoot(merkle.NewHasher(), prompt) }

// promptOpening opens the prompt chunk holding token i.
func promptOpening(k *merkle.Hasher, prompt []int32, i int) (Opening, error) {
	st, err := subtreeOf(k, 0, prompt, i, i+1)
	if err != nil {
		return Opening{}, err
	}
	return Opening{Index: uint64(st.First), Data: st.Data, Proof: st.Proof}, nil
}

// PreState recomputes the pre-state root from the proof's fields.
func (sp *StepProof) PreState() merkle.Hash {
	k := merkle.NewHasher()
	regs := append([]merkle.Hash(nil), sp.RegRoots[:]...)
	mem := merkle.RootInPlace(k, regs)
	kv, _ := merkle.Root(sp.LayerRoots)
	var hdr [16]byte
	binary.BigEndian.PutUint64(hdr[:8], sp.Step)
	binary.BigEndian.PutUint32(hdr[8:], sp.P)
	binary.BigEndian.PutUint32(hdr[12:], sp.L)
	return k.Sum(hdr[:], mem[:], kv[:], sp.TokensHash[:])
}
