package vm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

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

func (mc *Machine) exec(ins Instr) error {
	m := mc.m
	c := m.Config
	p, l := mc.in.P, mc.in.L
	var blk *canon.Block
	if l < c.Layers {
		blk = &m.Blocks[l]
	}
	a, b := int(ins.A), int(ins.B)
	sc := mc.regs[regR]
	switch ins.Op {
	case OpSumSq:
		if a == 0 {
			mc.ssHi, mc.ssLo = 0, 0
		}
		x := toI32(mc.chunk(regX, a))
		hi, lo := canon.SumSquares(x)
		var carry uint64
		mc.ssLo, carry = bits.Add64(mc.ssLo, lo, 0)
		mc.ssHi += hi + carry
		sc[scSS*4+2], sc[scSS*4+3] = int64(mc.ssHi), int64(mc.ssLo) // unsigned 128-bit in the word's low limbs
	case OpRMS:
		setScalar(sc, scRMS, canon.RMS(mc.ssHi, mc.ssLo, c.Dim, m.NormEps()))
	case OpNorm:
		var w []int32
		switch b {
		case 0:
			w = blk.AttnNorm
		case 1:
			w = blk.FFNNorm
		default:
			w = m.OutNorm
		}
		rms := sc[scRMS*4+3]
		x, h := mc.chunk(regX, a), mc.chunk(regH, a)
		for i := range x {
			h[i] = int64(canon.RMSApply(int32(x[i]), w[a*32+i], rms))
		}
	case OpQuant:
		src, qx, am := b, regQXd, regAMd
		if src == regG {
			qx, am = regQXf, regAMf
		}
		var qv canon.QuantVec
		qv.Quantize(toI32(mc.chunk(src, a)))
		q := mc.chunk(qx, a)
		for i := range q {
			q[i] = int64(qv.Q[i])
		}
		mc.regs[am][a] = qv.Amax[0]
	case OpMatVecPart:
		m8, part := a&0xff, a>>8
		w, dst, qx, am := mc.matrix(blk, m8)
		qv := canon.QuantVec{Q: make([]int8, len(mc.regs[qx])), Amax: mc.regs[am]}
		for i, v := range mc.regs[qx] {
			qv.Q[i] = int8(v)
		}
		nb := w.Cols / canon.BlockSize
		b0, b1 := part*PartBlocks, min((part+1)*PartBlocks, nb)
		var hi int64
		var lo uint64
		if part > 0 {
			hi, lo = sc[scAcc*4+2], uint64(sc[scAcc*4+3])
		}
		hi, lo = canon.DotRowPartial(w.Row(b), &qv, b0, b1, hi, lo)
		if b1 == nb {
			mc.regs[dst][b] = int64(canon.FinishDot(hi, lo))
			hi, lo = 0, 0
		}
		ext := hi >> 63
		sc[scAcc*4], sc[scAcc*4+1], sc[scAcc*4+2], sc[scAcc*4+3] = ext, ext, hi, int64(lo)
	case OpMatVec:
		if a > MatOut {
			return fmt.Errorf("unknown matrix %d", a)
		}
		w, dst, qx, am := mc.matrix(blk, a)
		qv := canon.QuantVec{Q: make([]int8, len(mc.regs[qx])), Amax: mc.regs[am]}
		for i, v := range mc.regs[qx] {
			qv.Q[i] = int8(v)
		}
		mc.regs[dst][b] = int64(canon.DotRow(w.Row(b), &qv))
	case OpRope:
		reg := regQ
		if a == 1 {
			reg = regK
		}
		hd := c.HeadDim()
		head := toI32(mc.regs[reg][b*hd : (b+1)*hd])
		m.Rope.Apply(head, p)
		for i, v := range head {
			mc.regs[reg][b*hd+i] = int64(v)
		}
	case OpKVWrite:
		row := append(toI32(mc.regs[regK]), toI32(mc.regs[regV])...)
		mc.kvData = append(mc.kvData, row...)
		mc.kvLeaf = append(mc.kvLeaf, mc.kvLeafHash(row))
		mc.layerRt[l] = mc.layerRoot()
	case OpScore:
		hd, kvd := c.HeadDim(), c.KVDim()
		g := a / (c.Heads / c.KVHeads)
		q := toI32(mc.regs[regQ][a*hd : (a+1)*hd])
		k := mc.kvData[b*2*kvd+g*hd : b*2*kvd+(g+1)*hd]
		mc.regs[regS][b] = int64(canon.AttnScore(q, k))
	case OpSMax:
		// A per-chunk reduction, so that no step reads the whole context.
		mx := int64(-1 << 31)
		if a > 0 {
			mx = sc[scMax*4+3]
		}
		for i, s := range mc.chunk(regS, a) {
			if a*32+i > p {
				break
			}
			mx = max(mx, s)
		}
		setScalar(sc, scMax, mx)
		if a == 0 {
			setScalar(sc, scSum, 0)
		}
	case OpExp:
		mx := sc[scMax*4+3]
		e := mc.chunk(regE, a)
		for i := range e {
			t := a*32 + i
			if t > p {
				e[i] = 0
				continue
			}
			e[i] = canon.ExpNeg(canon.Sat32(mc.regs[regS][t] - mx))
			setScalar(sc, scSum, sc[scSum*4+3]+e[i])
		}
	case OpProb:
		sum := sc[scSum*4+3]
		for i := range mc.chunk(regS, a) {
			t := a*32 + i
			if t > p {
				break
			}
			mc.regs[regS][t] = canon.SoftmaxProb(mc.regs[regE][t], sum)
		}
	case OpWSum:
		hd, kvd := c.HeadDim(), c.KVDim()
		g := a / (c.Heads / c.KVHeads)
		pt := mc.regs[regS][b]
		v := mc.kvData[b*2*kvd+kvd+g*hd : b*2*kvd+kvd+(g+1)*hd]
		for i, vi := range v {
			mc.regs[regW][i] += pt * int64(vi)
		}
	case OpWFin:
		hd := c.HeadDim()
		for i, w := range mc.regs[regW] {
			mc.regs[regA][a*hd+i] = int64(canon.Sat32(canon.RoundShift(w, canon.ProbFrac)))
			mc.regs[regW][i] = 0
		}
	case OpAdd:
		x, t := mc.chunk(regX, a), mc.chunk(regT, a)
		for i := range x {
			x[i] = int64(canon.AddSat(int32(x[i]), int32(t[i])))
		}
	case OpNext:
		for i, v := range mc.chunk(regLG, a) {
			if (a == 0 && i == 0) || v > sc[scBest*4+3] {
				setScalar(sc, scBest, v)
				setScalar(sc, scNext, int64(a*32+i))
			}
		}
	case OpPrompt:
		setScalar(sc, scNext, int64(mc.in.Prompt[p+1]))
	case OpEmbed:
		x := mc.chunk(regX, a)
		e := make([]int32, len(x))
		canon.EmbedBlock(&m.Embed, int(sc[scNext*4+3]), a, e)
		for i, v := range e {
			x[i] = int64(v)
		}
	case OpToken:
		var tb [4]byte
		binary.BigEndian.PutUint32(tb[:], uint32(sc[scNext*4+3]))
		mc.tokensHash = mc.k.Sum(mc.tokensHash[:], tb[:])
	case OpSPrep:
		x := int64(0)
		switch a {
		case 0:
			x = int64(c.Vocab)
			if k := int64(mc.in.Params.TopK); k > 0 && k < x {
				x = k
			}
		case 1:
			total := sc[scTotal*4+3]
			x = total
			if pp := uint64(mc.in.Params.TopPMicro); pp > 0 && pp < 1_000_000 {
				hi, lo := bits.Mul64(pp, uint64(total))
				q, rem := bits.Div64(hi, lo, 1_000_000)
				x = int64(q)
				if rem != 0 {
					x++
				}
			}
		default:
			step := uint64(p + 1 - len(mc.in.Prompt))
			r := canon.Random(mc.in.Params.Seed, step)
			var rem uint64
			for _, w := range r {
				_, rem = bits.Div64(rem, w, uint64(sc[scRes*4+3]))
			}
			x = int64(rem) + 1
		}
		setScalar(sc, scX, x)
		setScalar(sc, scAbove, 0)
		setScalar(sc, scPrefix, 0)
	case OpHist:
		pass, sel := b&0xff, b>>8
		prefix := uint64(sc[scPrefix*4+3])
		for i, l := range mc.chunk(regLG, a) {
			key := candKey(int32(l), a*32+i)
			if pass > 0 && key>>(64-8*pass) != prefix {
				continue
			}
			meas := int64(1)
			if sel > 0 {
				meas = mc.weight(int32(l), key)
			}
			mc.regs[regHist][key>>(56-8*pass)&0xff] += meas
		}
	case OpPick:
		pass, sel := a&0xff, a>>8
		above, x := sc[scAbove*4+3], sc[scX*4+3]
		hist := mc.regs[regHist]
		d := 0
		for d = 255; d > 0; d-- {
			if above+hist[d] >= x {
				break
			}
			above += hist[d]
		}
		prefix := uint64(sc[scPrefix*4+3])<<8 | uint64(d)
		setScalar(sc, scRes, above+hist[d])
		setScalar(sc, scAbove, above)
		sc[scPrefix*4], sc[scPrefix*4+1], sc[scPrefix*4+2], sc[scPrefix*4+3] = 0, 0, 0, int64(prefix)
		clear(hist)
		if pass == 7 {
			switch sel {
			case 0:
				sc[scTK*4], sc[scTK*4+1], sc[scTK*4+2], sc[scTK*4+3] = 0, 0, 0, int64(prefix)
			case 2:
				setScalar(sc, scNext, int64(0xffffffff-prefix&0xffffffff))
			}
		}
	case OpWTot:
		total := sc[scTotal*4+3]
		if a == 0 {
			total = 0
		}
		for i, l := range mc.chunk(regLG, a) {
			total += mc.weight(int32(l), candKey(int32(l), a*32+i))
		}
		setScalar(sc, scTotal, total)
	case OpSwiGLU:
		g, u := mc.chunk(regG, a), mc.chunk(regU, a)
		for i := range g {
			g[i] = int64(canon.SwiGLU(int32(g[i]), int32(u[i])))
		}
	default:
		return fmt.Errorf("unknown opcode %d", ins.Op)
	}
	return nil
}

// matrix returns matrix m of a block, its destination register and its
// quantized input registers.
func (mc *Machine) matrix(blk *canon.Block, m int) (*canon.Q8Matrix, int, int, int) {
	if m == MatOut {
		return &mc.m.Output, regLG, regQXd, regAMd
	}
	switch m {
	case MatQ:
		return &blk.Wq, regQ, regQXd, regAMd
	case MatK:
		return &blk.Wk, regK, regQXd, regAMd
	case MatV:
		return &blk.Wv, regV, regQXd, regAMd
	case MatO:
		return &blk.Wo, regT, regQXd, regAMd
	case MatGate:
		return &blk.Wgate, regG, regQXd, regAMd
	case MatUp:
		return &blk.Wup, regU, regQXd, regAMd
	default:
		return &blk.Wdown, regT, regQXf, regAMf
	}
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
