package trainvm

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// Registers (docs/training-game.md, "Registers"), in memory-root order. The
// per-sequence ones are overwritten by the next sequence; G (the gradient
// accumulators) and LOSS (in R) are kept across the step.
const (
	regTOK = iota // T+1 tokens
	regX          // (L+1)·T·dim residual before each block and after the last
	regXA         // L·T·dim x̂ before attention
	regHA         // L·T·dim normed input of attention
	regRA         // L·T attention-norm r
	regQ          // L·T·dim rotated queries
	regK          // L·T·kvDim rotated keys
	regV          // L·T·kvDim values
	regATT        // L·T·dim attention output
	regXF         // L·T·dim x̂ before the FFN
	regHF         // L·T·dim normed input of the FFN
	regRF         // L·T FFN-norm r
	regGT         // L·T·ff gate
	regU          // L·T·ff up
	regS          // L·T·ff SiLU(gate)
	regSG         // L·T·ff Sigmoid(gate), int64
	regHH         // L·T·ff SwiGLU output
	regXO         // T·dim final-norm x̂
	regHO         // T·dim final-norm output
	regRO         // T final-norm r
	regY          // dim: output of the o and down projections
	regLG         // vocab: logits of the current position
	regSC         // T: attention scores of the current (layer, head, position)
	regP          // T: its softmax row, int64
	regWA         // head dim: WSUM accumulators, int64
	regDL         // vocab: logit gradient of the current position
	regDX         // T·dim residual gradient
	regDH         // T·dim branch gradient
	regDT         // T·dim norm scratch (d̂)
	regDA         // T·dim attention-output gradient
	regDQ         // T·dim query gradient
	regDN         // dim: a norm's input gradient before ADDG
	regDFF        // T·ff SwiGLU-output gradient, then the up gradient
	regDG         // T·ff gate gradient
	regDQA        // head dim: dq accumulators, int128
	regDK         // T·kvDim key gradient sums, int64
	regDV         // T·kvDim value gradient sums, int64
	regDKS        // kvDim: the current position's key gradient, saturated
	regDVS        // kvDim: its value gradient
	regDP         // T: dp of the current (head, position), int64
	regACC        // max(dim, ff): MVT and MERGE accumulators, int128
	regGA         // LoRA: rank·max cols of the targets, g_A accumulators, int128
	regGB         // LoRA: max rows of the targets·rank, g_B
	regGBA        // LoRA: rank, g_B accumulators of the current row, int128
	regR          // 64 scalars, int64
	numRegs
)

type kind uint8

const (
	kI32  kind = iota // 32 per leaf, be32
	kI64              // 16 per leaf, be64
	kI128             // 32 per leaf, be128
)

var regKinds = [numRegs]kind{
	regRA: kI64, regRF: kI64, regSG: kI64, regRO: kI64, regP: kI64, regWA: kI64, regDQA: kI128,
	regDK: kI64, regDV: kI64, regDP: kI64, regACC: kI128, regGA: kI128, regGB: kI64, regGBA: kI128, regR: kI64,
}

// Scalar slots of R.
const (
	scSSHi = iota // sum of squares, unsigned 128-bit
	scSSLo
	scRMS
	scMax
	scSum
	scAccHi // FMV accumulator, signed 128-bit
	scAccLo
	scLoss // the step's summed loss, Q16
	scD    // attention backward D = Σ p·dp
	scCHi  // norm backward c = Σ d̂·x̂, signed 128-bit
	scCLo
	numScalars = 64
)

const microDomain = "airollup.train.micro.v1"

var (
	// ErrInput is returned for machine inputs that do not match their state.
	ErrInput = errors.New("trainvm: invalid machine input")
	// ErrDone is returned when stepping a finished machine.
	ErrDone = errors.New("trainvm: program finished")
	// ErrOperand is returned for an operand outside its opcode's range.
	ErrOperand = errors.New("trainvm: operand out of range")
	// ErrOpcode is returned for an opcode the machine does not execute.
	ErrOpcode = errors.New("trainvm: opcode not executable")
)

// Input is what one step reads: the level-1 state S_k and the data behind
// it (the weights it commits, the corpus, the hyperparameters).
type Input struct {
	State train.State
	Model *train.Model // the weights S_k commits; the machine works on a copy
	Hyper train.Hyper
	Data  []int32
	// M, V are the Adam moments S_k commits (train.Trainer.Moments; nil for
	// SGD); the machine works on copies.
	M, V [][]int64
	// A LoRA run's configuration, its factors (train.Trainer.Adapters) and
	// the frozen base of every tensor (train.Trainer.BaseWeights); nil in a
	// full run.
	LoRA     *train.LoRA
	Adapters []*train.Tensor
	Base     [][]int32
	// RopeSource is the model whose root is the verifier's RoPE source
	// (Config.RopeSource): ROPE and ROPEB prove the RoPE row of their
	// position as its leaf. It must have the run's configuration (EOS
	// aside), untied, without RoPE frequency factors, and RoPE rows equal
	// to the machine's own (docs/training-game.md, "Step proofs").
	RopeSource *canon.Model

	part int // Params.part: only tests set it
}

// Machine executes one training step as micro-steps.
type Machine struct {
	prog    *Program
	p       Params
	hyper   train.Hyper
	data    []int32
	w       [][]int32 // weights per tensor, row-major
	carried train.State
	step    uint64
	b       uint32 // the sequence of the last executed instruction

	eps  int64 // norm ε, Q32
	rope *canon.RopeTable
	// the RoPE source's model-root tree (the honest machine), or the RoPE
	// row of the instruction's position opened by its proof (the verifier)
	ropeSrc *merkle.Tree
	ropeRow []int32

	regs [numRegs][]int64 // int32 and int64 registers
	wide [numRegs][]int128
	g    [][]int64 // gradient accumulators per tensor (Q40), nil when frozen
	m, v [][]int64 // Adam moments per optimizer-tree entry (optShape), nil for SGD

	// cached roots: a register's or a G tensor's root is recomputed only
	// after a step wrote it
	k       *merkle.Hasher
	regRt   [numRegs]merkle.Hash
	regOK   [numRegs]bool
	gRt     []merkle.Hash
	gOK     []bool
	carryRt merkle.Hash
	carryOK bool
	// per-tensor roots of the carried weights, moments and adapters trees
	wRt, mRt, aRt []merkle.Hash
	wOK, mOK, aOK []bool

	// a LoRA run: its scale (Q32), target tensors (ascending), each tensor's
	// index among them, the factors (lora_a, lora_b per target) and the base
	scale   int64
	targets []int
	target  []int
	f       [][]int32
	base    [][]int32

	shapes map[int]treeShape // tensor trees' shapes (proof.go)
}

// loraTargets are the tensors within a block that train.LoRA's target bits
// name, bit by bit (q, k, v, o, gate, up, down).
var loraTargets = [...]int{kWq, kWk, kWv, kWo, kWgate, kWup, kWdown}

// paramsOf returns the program parameters of a run.
func paramsOf(c canon.Config, h train.Hyper, lora *train.LoRA) Params {
	p := Params{Dims: c, Batch: h.Batch, SeqLen: h.SeqLen}
	if lora != nil {
		p.Rank, p.Trained = lora.Rank, make([]bool, p.Tensors())
		for l := 0; l < c.Layers; l++ {
			for bit, k := range loraTargets {
				if lora.Targets&(1<<bit) != 0 {
					p.Trained[p.block(l, k)] = true
				}
			}
		}
	}
	return p
}

// New returns the machine at step 0 of the step from in.State, after
// checking in against the state's roots.
func New(in Input) (*Machine, error) {
	m := in.Model
	p := paramsOf(m.Config, in.Hyper, in.LoRA)
	p.part = in.part
	prog, err := NewProgram(p)
	if err != nil {
		return nil, err
	}
	if err := in.Hyper.Check(m, len(in.Data)); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	switch {
	case len(m.Tensors) != p.Tensors():
		return nil, fmt.Errorf("%w: model has %d tensors, want %d", ErrInput, len(m.Tensors), p.Tensors())
	case uint64(len(in.Data)) != in.State.DataTokens:
		return nil, fmt.Errorf("%w: corpus of %d tokens, state says %d", ErrInput, len(in.Data), in.State.DataTokens)
	case train.TokensRoot(in.Data) != in.State.TokensRoot:
		return nil, fmt.Errorf("%w: corpus does not match the state's tokens root", ErrInput)
	case train.ConfigHash(m.Spec, in.Hyper, in.LoRA) != in.State.ConfigHash:
		return nil, fmt.Errorf("%w: model, hyperparameters or LoRA configuration do not match the state's config hash", ErrInput)
	case (in.Hyper.Optimizer == train.Adam) != (in.M != nil) || len(in.M) != len(in.V):
		return nil, fmt.Errorf("%w: %s needs moments exactly for Adam (%d, %d tensors)", ErrInput, in.Hyper.Optimizer, len(in.M), len(in.V))
	case (in.LoRA != nil) != (in.Base != nil):
		return nil, fmt.Errorf("%w: a LoRA run needs its base, a full run none", ErrInput)
	}
	for i, t := range in.Data {
		if t < 0 || int(t) >= m.Config.Vocab {
			return nil, fmt.Errorf("%w: corpus token %d at index %d outside the vocabulary [0, %d)", ErrInput, t, i, m.Config.Vocab)
		}
	}
	c := m.Config
	eps, err := canon.F32BitsToFixed(c.NormEpsBits, 32)
	if err != nil {
		return nil, fmt.Errorf("%w: norm epsilon: %w", ErrInput, err)
	}
	rope, err := canon.NewRopeTable(c.RopeDims, c.Context, c.RopeBaseBits)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	mc := &Machine{prog: prog, p: p, hyper: in.Hyper, data: in.Data, carried: in.State, eps: eps, rope: rope,
		k: merkle.NewHasher()}
	if mc.ropeSrc, err = ropeSourceTree(p, rope, in.RopeSource); err != nil {
		return nil, err
	}
	if in.LoRA != nil {
		mc.scale = in.LoRA.Scale
	}
	for i, t := range m.Tensors {
		if r, c := p.Shape(i); len(t.W) != r*c {
			return nil, fmt.Errorf("%w: tensor %d holds %d values, want %d", ErrInput, i, len(t.W), r*c)
		}
		mc.w = append(mc.w, append([]int32(nil), t.W...))
		if p.Rank > 0 && p.Trained[i] {
			mc.targets = append(mc.targets, i)
		}
	}
	mc.target = make([]int, p.Tensors())
	for t, i := range mc.targets {
		mc.target[i] = t
	}
	if err := mc.loadLoRA(in); err != nil {
		return nil, err
	}
	n := p.Tensors()
	mc.wRt, mc.wOK = make([]merkle.Hash, n), make([]bool, n)
	nf := n // the optimizer tree: every tensor, or the factors
	if p.Rank > 0 {
		nf = 2 * len(mc.targets)
	}
	mc.mRt, mc.mOK, mc.aRt, mc.aOK = make([]merkle.Hash, nf), make([]bool, nf), make([]merkle.Hash, nf), make([]bool, nf)
	if mc.treeRoot(mc.wRt, mc.wOK, p.Shape, mc.weightLeaf) != in.State.WeightsRoot {
		return nil, fmt.Errorf("%w: weights do not match the state's weights root", ErrInput)
	}
	if in.M != nil {
		if len(in.M) != nf {
			return nil, fmt.Errorf("%w: moments for %d tensors, want %d", ErrInput, len(in.M), nf)
		}
		for i := range in.M {
			r, c := mc.optShape(i)
			if len(in.M[i]) != r*c || len(in.V[i]) != r*c {
				return nil, fmt.Errorf("%w: moments of tensor %d hold %d, %d values, want %d", ErrInput, i, len(in.M[i]), len(in.V[i]), r*c)
			}
			mc.m, mc.v = append(mc.m, append([]int64(nil), in.M[i]...)), append(mc.v, append([]int64(nil), in.V[i]...))
		}
		if mc.treeRoot(mc.mRt, mc.mOK, mc.optShape, mc.momentLeaf) != in.State.OptimizerRoot {
			return nil, fmt.Errorf("%w: moments do not match the state's optimizer root", ErrInput)
		}
	}
	mc.allocate()
	return mc, nil
}

// ropeSourceTree checks the RoPE source model src against the run's
// parameters and RoPE table (its configuration but EOS, untied, no RoPE
// frequency factors, and its RoPE leaves the table's rows) and returns the
// tree of its model-root leaves.
func ropeSourceTree(p Params, rope *canon.RopeTable, src *canon.Model) (*merkle.Tree, error) {
	if src == nil {
		return nil, fmt.Errorf("%w: no RoPE source model", ErrInput)
	}
	want := p.Dims
	want.EOS = src.Config.EOS
	if src.Config != want || src.Tied() || src.RopeFreqs != nil {
		return nil, fmt.Errorf("%w: the RoPE source's configuration is not the run's: %+v", ErrInput, src.Config)
	}
	leaves := src.Leaves()
	start := p.ropeIndex(0)
	if uint64(len(leaves)) != start+uint64(want.Context) {
		return nil, fmt.Errorf("%w: the RoPE source has %d model-root leaves, want %d", ErrInput, len(leaves), start+uint64(want.Context))
	}
	k := merkle.NewHasher()
	for t := 0; t < want.Context; t++ {
		cos, sin := rope.Row(t)
		if k.Sum(appendInt32s(appendInt32s(nil, cos), sin)) != leaves[start+uint64(t)] {
			return nil, fmt.Errorf("%w: the RoPE source's row of position %d is not the machine's", ErrInput, t)
		}
	}
	return merkle.NewTree(leaves)
}

// ropeRowOf returns the RoPE row of position t: the one the verifier's
// proof opened, or the machine's own.
func (mc *Machine) ropeRowOf(t int) (cos, sin []int32) {
	if mc.ropeRow != nil {
		h := len(mc.ropeRow) / 2
		return mc.ropeRow[:h], mc.ropeRow[h:]
	}
	return mc.rope.Row(t)
}

// loadLoRA copies a LoRA run's base and factors and checks them against
// the state's base and adapters roots.
func (mc *Machine) loadLoRA(in Input) error {
	p := mc.p
	if p.Rank == 0 {
		if in.State.BaseRoot != (merkle.Hash{}) || in.State.AdaptersRoot != (merkle.Hash{}) || in.Adapters != nil {
			return fmt.Errorf("%w: a full run has no base or adapters", ErrInput)
		}
		return nil
	}
	if len(in.Base) != p.Tensors() || len(in.Adapters) != 2*len(mc.targets) {
		return fmt.Errorf("%w: LoRA base of %d tensors (want %d), %d factors (want %d)",
			ErrInput, len(in.Base), p.Tensors(), len(in.Adapters), 2*len(mc.targets))
	}
	for i, b := range in.Base {
		if r, c := p.Shape(i); len(b) != r*c {
			return fmt.Errorf("%w: base tensor %d holds %d values, want %d", ErrInput, i, len(b), r*c)
		}
		mc.base = append(mc.base, append([]int32(nil), b...))
	}
	for i, f := range in.Adapters {
		if r, c := mc.optShape(i); f.Rows != r || f.Cols != c || len(f.W) != r*c {
			return fmt.Errorf("%w: factor %d is %d × %d, want %d × %d", ErrInput, i, f.Rows, f.Cols, r, c)
		}
		mc.f = append(mc.f, append([]int32(nil), f.W...))
	}
	rt, ok := make([]merkle.Hash, p.Tensors()), make([]bool, p.Tensors())
	leaf := func(buf []byte, i, lo, hi int) []byte { return int32Bytes(buf, mc.base[i][lo:hi]) }
	if mc.treeRoot(rt, ok, p.Shape, leaf) != in.State.BaseRoot {
		return fmt.Errorf("%w: base does not match the state's base root", ErrInput)
	}
	rt, ok = make([]merkle.Hash, len(mc.f)), make([]bool, len(mc.f))
	if mc.treeRoot(rt, ok, mc.optShape, mc.factorLeaf) != in.State.AdaptersRoot {
		return fmt.Errorf("%w: factors do not match the state's adapters root", ErrInput)
	}
	return nil
}

// optShape is the shape of entry i of the optimizer tree: tensor i of a
// full run, or a LoRA run's factor i (lora_a, rank × cols, then lora_b,
// rows × rank, of each target).
func (mc *Machine) optShape(i int) (rows, cols int) {
	if mc.p.Rank == 0 {
		return mc.p.Shape(i)
	}
	r, c := mc.p.Shape(mc.targets[i/2])
	if i%2 == 0 {
		return mc.p.Rank, c
	}
	return r, mc.p.Rank
}

// allocate makes the zero registers and gradient accumulators.
func (mc *Machine) allocate() {
	for r, n := range mc.regSizes() {
		if regKinds[r] == kI128 {
			mc.wide[r] = make([]int128, n)
		} else {
			mc.regs[r] = make([]int64, n)
		}
	}
	mc.g = make([][]int64, mc.p.Tensors())
	for i := range mc.g {
		if mc.p.trained(i) {
			rows, cols := mc.p.Shape(i)
			mc.g[i] = make([]int64, rows*cols)
		}
	}
	mc.gRt, mc.gOK = make([]merkle.Hash, len(mc.g)), make([]bool, len(mc.g))
}

func (mc *Machine) regSizes() [numRegs]int {
	c, T := mc.p.Dims, mc.p.SeqLen
	d, kv, ff, V, L, hd := c.Dim, c.KVDim(), c.FFDim, c.Vocab, c.Layers, c.HeadDim()
	var maxRows, maxCols int
	for i := 0; i < mc.p.Tensors() && mc.p.Rank > 0; i++ {
		if mc.p.Trained[i] {
			r, c := mc.p.Shape(i)
			maxRows, maxCols = max(maxRows, r), max(maxCols, c)
		}
	}
	return [numRegs]int{
		regTOK: T + 1, regX: (L + 1) * T * d, regXA: L * T * d, regHA: L * T * d, regRA: L * T,
		regQ: L * T * d, regK: L * T * kv, regV: L * T * kv, regATT: L * T * d,
		regXF: L * T * d, regHF: L * T * d, regRF: L * T,
		regGT: L * T * ff, regU: L * T * ff, regS: L * T * ff, regSG: L * T * ff, regHH: L * T * ff,
		regXO: T * d, regHO: T * d, regRO: T, regY: d, regLG: V, regSC: T, regP: T, regWA: hd, regDL: V,
		regDX: T * d, regDH: T * d, regDT: T * d, regDA: T * d, regDQ: T * d, regDN: d,
		regDFF: T * ff, regDG: T * ff, regDQA: hd, regDK: T * kv, regDV: T * kv, regDKS: kv, regDVS: kv,
		regDP: T, regACC: max(d, ff), regGA: mc.p.Rank * maxCols, regGB: maxRows * mc.p.Rank, regGBA: mc.p.Rank,
		regR: numScalars,
	}
}

// Program returns the machine's program.
func (mc *Machine) Program() *Program { return mc.prog }

// Step returns the number of micro-steps executed (j of state(j)).
func (mc *Machine) Step() uint64 { return mc.step }

// Done reports whether the program has finished.
func (mc *Machine) Done() bool { return mc.step == mc.prog.Len() }

// Carried returns the carried level-1 state.
func (mc *Machine) Carried() train.State {
	mc.CarriedRoot()
	return mc.carried
}

// Loss returns the step's summed loss so far (Q16).
func (mc *Machine) Loss() int64 { return mc.regs[regR][scLoss] }

// Exec executes the next micro-step.
func (mc *Machine) Exec() error {
	if mc.Done() {
		return ErrDone
	}
	in, err := mc.prog.At(mc.step)
	if err != nil {
		return err
	}
	if err := mc.exec(in); err != nil {
		return fmt.Errorf("trainvm: step %d (%s): %w", mc.step, in, err)
	}
	mc.b = in.Seq
	mc.step++
	return nil
}

// RunTo executes steps until Step() == j.
func (mc *Machine) RunTo(j uint64) error {
	if j > mc.prog.Len() || j < mc.step {
		return fmt.Errorf("%w: cannot run from step %d to %d (program has %d)", ErrStep, mc.step, j, mc.prog.Len())
	}
	for mc.step < j {
		if err := mc.Exec(); err != nil {
			return err
		}
	}
	return nil
}

// StateRoot returns state(j) = keccak256("airollup.train.micro.v1" ‖ be64(j)
// ‖ be32(b) ‖ carried ‖ memoryRoot) after j = Step() micro-steps.
func (mc *Machine) StateRoot() merkle.Hash {
	var hdr [12]byte
	binary.BigEndian.PutUint64(hdr[:8], mc.step)
	binary.BigEndian.PutUint32(hdr[8:], mc.b)
	carried, mem := mc.CarriedRoot(), mc.MemoryRoot()
	return mc.k.Sum([]byte(microDomain), hdr[:], carried[:], mem[:])
}

// CarriedRoot returns the root of the carried level-1 state (S_k at j = 0).
func (mc *Machine) CarriedRoot() merkle.Hash {
	if !mc.carryOK {
		mc.refreshCarried()
		mc.carryRt, mc.carryOK = mc.carried.Root(), true
	}
	return mc.carryRt
}

// MemoryRoot returns the Merkle root over the register roots, then G's.
func (mc *Machine) MemoryRoot() merkle.Hash {
	roots := make([]merkle.Hash, numRegs+1)
	for r := 0; r < numRegs; r++ {
		if !mc.regOK[r] {
			mc.regRt[r], mc.regOK[r] = mc.regRoot(r), true
		}
		roots[r] = mc.regRt[r]
	}
	roots[numRegs] = mc.gradRoot()
	return merkle.RootInPlace(mc.k, roots)
}

// ResetRootCache forgets every cached root, so the next root is computed
// from all values (a test of the cache compares both).
func (mc *Machine) ResetRootCache() {
	mc.regOK = [numRegs]bool{}
	clear(mc.gOK)
	clear(mc.wOK)
	clear(mc.mOK)
	clear(mc.aOK)
	mc.carryOK = false
}

// regRoot returns the Merkle root of register r: int32 registers 32 values
// per leaf (be32), int64 16 (be64), int128 32 (be128).
func (mc *Machine) regRoot(r int) merkle.Hash {
	per, width := 32, 4
	n := len(mc.regs[r])
	switch regKinds[r] {
	case kI64:
		per, width = 16, 8
	case kI128:
		width, n = 16, len(mc.wide[r])
	}
	leaves := make([]merkle.Hash, (n+per-1)/per)
	buf := make([]byte, per*width)
	for c := range leaves {
		lo, hi := c*per, min((c+1)*per, n)
		b := buf[:(hi-lo)*width]
		for i := lo; i < hi; i++ {
			o := (i - lo) * width
			switch regKinds[r] {
			case kI32:
				binary.BigEndian.PutUint32(b[o:], uint32(int32(mc.regs[r][i])))
			case kI64:
				binary.BigEndian.PutUint64(b[o:], uint64(mc.regs[r][i]))
			default:
				binary.BigEndian.PutUint64(b[o:], uint64(mc.wide[r][i].Hi))
				binary.BigEndian.PutUint64(b[o+8:], mc.wide[r][i].Lo)
			}
		}
		leaves[c] = mc.k.Sum(b)
	}
	return merkle.RootInPlace(mc.k, leaves)
}

// gradRoot returns the root of G: the tensor tree (docs/training-game.md,
// "Tensor tree") of the trained tensors' accumulators, 32 be64 values per leaf.
func (mc *Machine) gradRoot() merkle.Hash {
	var tensors []merkle.Hash
	for i, g := range mc.g {
		if g == nil {
			continue
		}
		if !mc.gOK[i] {
			mc.gRt[i], mc.gOK[i] = mc.gradTensorRoot(i), true
		}
		tensors = append(tensors, mc.gRt[i])
	}
	if len(tensors) == 0 {
		return merkle.Hash{}
	}
	return merkle.RootInPlace(mc.k, tensors)
}

func (mc *Machine) gradTensorRoot(i int) merkle.Hash {
	rows, cols := mc.p.Shape(i)
	nc := int(chunks(cols))
	rowRoots := make([]merkle.Hash, rows)
	leaves := make([]merkle.Hash, nc)
	buf := make([]byte, 8*Chunk)
	for r := range rowRoots {
		row := mc.g[i][r*cols : (r+1)*cols]
		for c := range leaves {
			vals := row[c*Chunk : min((c+1)*Chunk, cols)]
			b := buf[:8*len(vals)]
			for k, v := range vals {
				binary.BigEndian.PutUint64(b[8*k:], uint64(v))
			}
			leaves[c] = mc.k.Sum(b)
		}
		rowRoots[r] = merkle.RootInPlace(mc.k, leaves)
	}
	return merkle.RootInPlace(mc.k, rowRoots)
}

// wr returns register r for writing (its cached root is dropped).
func (mc *Machine) wr(r int) []int64 { mc.regOK[r] = false; return mc.regs[r] }

// wrWide returns int128 register r for writing.
func (mc *Machine) wrWide(r int) []int128 { mc.regOK[r] = false; return mc.wide[r] }

// wrG returns tensor i's gradient accumulators for writing, nil when frozen.
func (mc *Machine) wrG(i int) []int64 {
	if mc.g[i] != nil {
		mc.gOK[i] = false
	}
	return mc.g[i]
}

func (mc *Machine) scalar(s int) int64 { return mc.regs[regR][s] }

func (mc *Machine) setScalar(s int, v int64) { mc.wr(regR)[s] = v }

func (mc *Machine) scalar128(hi int) int128 {
	return int128{Hi: mc.regs[regR][hi], Lo: uint64(mc.regs[regR][hi+1])}
}

func (mc *Machine) setScalar128(hi int, v int128) {
	r := mc.wr(regR)
	r[hi], r[hi+1] = v.Hi, int64(v.Lo)
}

// InitialRoot returns state(0) of the step from the level-1 state whose
// root is carried: every register and G zero, so it needs nothing but S_k
// and the parameters (what subgamePrestate derives).
func InitialRoot(p Params, carried merkle.Hash) (merkle.Hash, error) {
	if err := p.Check(); err != nil {
		return merkle.Hash{}, err
	}
	mc := &Machine{p: p, k: merkle.NewHasher(), carryRt: carried, carryOK: true}
	mc.allocate()
	return mc.StateRoot(), nil
}

// Trace returns every micro-state root of the step from in: state(0) ..
// state(Len), the replay a level-2 bisection plays over. Roots are updated
// incrementally: a step rehashes only the registers and tensors it wrote.
func Trace(in Input) ([]merkle.Hash, error) {
	mc, err := New(in)
	if err != nil {
		return nil, err
	}
	roots := make([]merkle.Hash, 0, mc.prog.Len()+1)
	roots = append(roots, mc.StateRoot())
	for !mc.Done() {
		if err := mc.Exec(); err != nil {
			return nil, err
		}
		roots = append(roots, mc.StateRoot())
	}
	return roots, nil
}
