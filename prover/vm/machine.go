package vm

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// Registers (docs/isa.md, "Memory layout"). Each register is a vector whose
// Merkle root is one leaf of the memory root, in this order.
const (
	regX    = iota // residual, dim, int32
	regH           // normed input, dim, int32
	regQ           // queries, dim, int32
	regK           // keys, kvDim, int32
	regV           // values, kvDim, int32
	regA           // attention output, dim, int32
	regG           // gate, ff, int32
	regU           // up, ff, int32
	regT           // projection output, dim, int32
	regQXd         // quantized dim-sized input, dim, int8
	regAMd         // its block maxima, dim/32, int64
	regQXf         // quantized ff-sized input, ff, int8
	regAMf         // its block maxima, ff/32, int64
	regS           // scores, then probabilities, context, int32
	regE           // exp weights, context, int32
	regW           // weighted-sum accumulators, head dim, int64
	regR           // scalars: SS (128-bit), RMS, MAX, SUM, ACC, BEST, NEXT as seven 32-byte words
	regLG          // logits, vocab, int32 (head step)
	regHist        // radix histogram, 256, int64 (sampling)
	numRegs
)

type kind uint8

const (
	kI32 kind = iota // 32 per chunk, be32
	kI8              // 32 per chunk, one byte
	kI64             // 16 per chunk, be64
)

var regKinds = [numRegs]kind{kI32, kI32, kI32, kI32, kI32, kI32, kI32, kI32, kI32, kI8, kI64, kI8, kI64, kI32, kI32, kI64, kI64, kI32, kI64}

// Scalar slots of regR (each a 32-byte big-endian two's-complement word).
const (
	scSS = iota
	scRMS
	scMax
	scSum
	scAcc    // partial matrix-product accumulator (signed 128-bit)
	scBest   // head step: best logit so far
	scNext   // head step: the next token
	scX      // sampling: the selection's target measure
	scAbove  // sampling: measure of candidates above PREFIX
	scPrefix // sampling: key digits chosen so far
	scTK     // sampling: key of the last top-k candidate
	scTotal  // sampling: total weight of the top-k candidates
	scRes    // sampling: measure up to and including the selection
	numScalars
)

var (
	// ErrInput is returned for machine inputs of the wrong shape.
	ErrInput = errors.New("vm: invalid machine input")
	// ErrDone is returned when stepping a finished machine.
	ErrDone = errors.New("vm: program finished")
)

// Input is everything block l of token p reads: the level-1 state h(p, l)
// and the data behind it.
type Input struct {
	P, L       int
	Residual   []int32       // the residual after l blocks (dim)
	KVLayer    []int32       // layer l's KV cache, positions 0..P-1 (each 2·kvDim: keys then values)
	LayerRoots []merkle.Hash // the L per-layer KV roots at state (p, l)
	TokensHash merkle.Hash   // t_p

	// The head step (L = Layers) also needs the job: position p+1 takes the
	// prompt's token when p+1 < len(Prompt), else the greedy or sampled
	// choice under Params, with sampling step p+1 − len(Prompt).
	Prompt []int32
	Params canon.SampleParams
}

// Machine executes one block as micro-steps.
type Machine struct {
	m    *canon.Model
	prog *Program
	in   Input
	step uint64

	regs    [numRegs][]int64
	ssHi    uint64 // SS as unsigned 128-bit
	ssLo    uint64
	kvLeaf  []merkle.Hash // layer l leaves, positions 0..P (P after KVW)
	kvData  []int32       // layer l data, positions 0..P
	layerRt []merkle.Hash
	kvDepth int
	// tokensHash is the machine's tokens hash: the input's, extended by TOKEN.
	tokensHash merkle.Hash
	k          *merkle.Hasher
}

// New returns the machine at step 0 of block in.L for the token at in.P.
func New(m *canon.Model, in Input) (*Machine, error) {
	c := m.Config
	kvd := c.KVDim()
	switch {
	case in.L < 0 || in.L > c.Layers:
		return nil, fmt.Errorf("%w: layer %d of %d", ErrInput, in.L, c.Layers)
	case in.L == c.Layers && in.P+1 >= c.Context:
		return nil, fmt.Errorf("%w: head step at position %d leaves no room in context %d", ErrInput, in.P, c.Context)
	case in.P < 0 || in.P >= c.Context:
		return nil, fmt.Errorf("%w: position %d of context %d", ErrInput, in.P, c.Context)
	case len(in.Residual) != c.Dim:
		return nil, fmt.Errorf("%w: residual has %d values, want %d", ErrInput, len(in.Residual), c.Dim)
	case in.L < c.Layers && len(in.KVLayer) < in.P*2*kvd:
		return nil, fmt.Errorf("%w: KV layer holds %d values, want %d", ErrInput, len(in.KVLayer), in.P*2*kvd)
	case len(in.LayerRoots) != c.Layers:
		return nil, fmt.Errorf("%w: %d layer roots, want %d", ErrInput, len(in.LayerRoots), c.Layers)
	}
	prog := Compile(c, in.P)
	if in.L == c.Layers {
		prog = CompileHead(c, in.P, in.P+1 < len(in.Prompt), !in.Params.Greedy())
	}
	mc := &Machine{m: m, prog: prog, in: in, kvDepth: merkle.Depth(uint64(c.Context)), k: merkle.NewHasher()}
	sizes := [numRegs]int{c.Dim, c.Dim, c.Dim, kvd, kvd, c.Dim, c.FFDim, c.FFDim, c.Dim,
		c.Dim, c.Dim / canon.BlockSize, c.FFDim, c.FFDim / canon.BlockSize, c.Context, c.Context, c.HeadDim(), numScalars * 4, c.Vocab, 256}
	for r := range mc.regs {
		mc.regs[r] = make([]int64, sizes[r])
	}
	for i, v := range in.Residual {
		mc.regs[regX][i] = int64(v)
	}
	if in.L == c.Layers {
		in.KVLayer = nil // the head step reads no KV cache
	}
	mc.kvData = append([]int32(nil), in.KVLayer[:min(len(in.KVLayer), in.P*2*kvd)]...)
	for t := 0; t < len(mc.kvData)/(2*kvd); t++ {
		mc.kvLeaf = append(mc.kvLeaf, mc.kvLeafHash(mc.kvData[t*2*kvd:(t+1)*2*kvd]))
	}
	mc.layerRt = append([]merkle.Hash(nil), in.LayerRoots...)
	mc.tokensHash = in.TokensHash
	return mc, nil
}

// Program returns the machine's program.
func (mc *Machine) Program() *Program { return mc.prog }

// Step returns the index of the next micro-step.
func (mc *Machine) Step() uint64 { return mc.step }

// Done reports whether the program has finished.
func (mc *Machine) Done() bool { return mc.step == mc.prog.Len() }

// Residual returns the residual register.
func (mc *Machine) Residual() []int32 { return toI32(mc.regs[regX]) }

func toI32(v []int64) []int32 {
	out := make([]int32, len(v))
	for i, x := range v {
		out[i] = int32(x)
	}
	return out
}

func (mc *Machine) kvLeafHash(row []int32) merkle.Hash { return KVLeaf(row) }

// KVLeaf is the leaf of one position in a layer's KV tree: row holds the keys
// then the values (kvDim each); the leaf is keccak256(keysRoot ‖ valuesRoot),
// each root over chunks of 32 be32 values (docs/protocol.md, "Trace, level 1").
func KVLeaf(row []int32) merkle.Hash {
	k := merkle.NewHasher()
	n := len(row) / 2
	kr, vr := VectorRoot(k, row[:n]), VectorRoot(k, row[n:])
	return k.Sum(kr[:], vr[:])
}

// VectorRoot is the Merkle root of int32 values in chunks of 32 be32 values.
func VectorRoot(k *merkle.Hasher, v []int32) merkle.Hash {
	leaves := make([]merkle.Hash, (len(v)+31)/32)
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.BigEndian.PutUint32(b[4*i:], uint32(x))
	}
	for c := range leaves {
		leaves[c] = k.Sum(b[4*32*c : 4*min(32*(c+1), len(v))])
	}
	return merkle.RootInPlace(k, leaves)
}

// Run executes every remaining step.
func (mc *Machine) Run() error {
	for !mc.Done() {
		if err := mc.Exec(); err != nil {
			return err
		}
	}
	return nil
}

// RunTo executes steps until Step() == k.
func (mc *Machine) RunTo(k uint64) error {
	if k > mc.prog.Len() || k < mc.step {
		return fmt.Errorf("%w: cannot run from step %d to %d (program has %d)", ErrStep, mc.step, k, mc.prog.Len())
	}
	for mc.step < k {
		if err := mc.Exec(); err != nil {
			return err
		}
	}
	return nil
}

// Exec executes the next micro-step.
func (mc *Machine) Exec() error {
	if mc.Done() {
		return ErrDone
	}
	ins, err := mc.prog.At(mc.step)
	if err != nil {
		return err
	}
	if err := mc.exec(ins); err != nil {
		return fmt.Errorf("vm: step %d (%s): %w", mc.step, ins, err)
	}
	mc.step++
	return nil
}

func (mc *Machine) chunk(r, c int) []int64 {
	n := 32
	if regKinds[r] == kI64 {
		n = 16
	}
	return mc.regs[r][c*n : min((c+1)*n, len(mc.regs[r]))]
}

// exec executes ins through its entry in the opcode table (ops.go).
func (mc *Machine) exec(ins Instr) error {
	s, err := spec(ins.Op)
	if err != nil {
		return err
	}
	return s.exec(mc, int(ins.A), int(ins.B))
}

// block returns the weights of the machine's block, nil at the head step.
func (mc *Machine) block() *canon.Block {
	if mc.in.L < mc.m.Layers {
		return &mc.m.Blocks[mc.in.L]
	}
	return nil
}

// matrix returns matrix m of the machine's block (or the output head, m =
// MatOut), its destination register and its quantized input registers.
func (mc *Machine) matrix(m int) (*canon.Q8Matrix, int, int, int, error) {
	if m == MatOut {
		return &mc.m.Output, regLG, regQXd, regAMd, nil
	}
	blk := mc.block()
	if m < 0 || m > MatOut || blk == nil {
		return nil, 0, 0, 0, fmt.Errorf("%w: matrix %d at layer %d (block matrices 0..%d, the output head %d)",
			ErrOperand, m, mc.in.L, MatDown, MatOut)
	}
	switch m {
	case MatQ:
		return &blk.Wq, regQ, regQXd, regAMd, nil
	case MatK:
		return &blk.Wk, regK, regQXd, regAMd, nil
	case MatV:
		return &blk.Wv, regV, regQXd, regAMd, nil
	case MatO:
		return &blk.Wo, regT, regQXd, regAMd, nil
	case MatGate:
		return &blk.Wgate, regG, regQXd, regAMd, nil
	case MatUp:
		return &blk.Wup, regU, regQXd, regAMd, nil
	default:
		return &blk.Wdown, regT, regQXf, regAMf, nil
	}
}

// quantVec returns the quantized input in registers qx and am as canon's
// operand of a matrix product.
func (mc *Machine) quantVec(qx, am int) *canon.QuantVec {
	qv := &canon.QuantVec{Q: make([]int8, len(mc.regs[qx])), Amax: mc.regs[am]}
	for i, v := range mc.regs[qx] {
		qv.Q[i] = int8(v)
	}
	return qv
}

// kvGroup is the KV head that attention head h reads.
func (mc *Machine) kvGroup(h int) int { return h / (mc.m.Heads / mc.m.KVHeads) }

// kvVector returns the keys (which = 0) or values (which = 1) of KV position t.
func (mc *Machine) kvVector(t, which int) []int32 {
	kvd := mc.m.KVDim()
	return mc.kvData[(2*t+which)*kvd : (2*t+which+1)*kvd]
}

// kvHead returns KV head g of the keys (which = 0) or values (which = 1) of
// KV position t.
func (mc *Machine) kvHead(t, which, g int) []int32 {
	hd := mc.m.HeadDim()
	return mc.kvVector(t, which)[g*hd : (g+1)*hd]
}

// candKey orders sampling candidates: a larger key ranks first. The high 32
// bits are the logit made unsigned order-preserving, the low 32 bits the
// complement of the token id (ties go to the lower id), so keys are unique.
func candKey(logit int32, id int) uint64 {
	return uint64(uint32(logit)^0x80000000)<<32 | uint64(0xffffffff-uint32(id))
}

// weight is a candidate's sampling weight (docs/arithmetic.md, "Sampling"):
// ExpNeg(sat32(rdiv((l − max)·1000, T))) for the top-k candidates (key ≥ TK),
// 0 for the others.
func (mc *Machine) weight(logit int32, key uint64) int64 {
	sc := mc.regs[regR]
	if key < uint64(sc[scTK*4+3]) {
		return 0
	}
	mx := sc[scBest*4+3]
	s := canon.RoundDiv((int64(logit)-mx)*1000, int64(mc.in.Params.TemperatureMilli))
	return canon.ExpNeg(canon.Sat32(s))
}

// setScalar stores a signed 64-bit value as scalar word slot: four 64-bit
// limbs, most significant first, sign-extended.
func setScalar(sc []int64, slot int, v int64) {
	ext := v >> 63
	sc[slot*4], sc[slot*4+1], sc[slot*4+2], sc[slot*4+3] = ext, ext, ext, v
}

// layerRoot is the root of layer l's sparse KV tree (depth ceil(log2 context)).
func (mc *Machine) layerRoot() merkle.Hash {
	acc := merkle.NewAccumulator()
	for _, h := range mc.kvLeaf {
		acc.Append(h)
	}
	return acc.RootAtDepth(mc.kvDepth)
}
