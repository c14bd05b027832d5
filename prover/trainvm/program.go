package trainvm

import (
	"errors"
	"fmt"
	"sort"

	"github.com/airollup/airollup/prover/canon"
)

var (
	// ErrParams is returned for step parameters the machine refuses.
	ErrParams = errors.New("trainvm: invalid step parameters")
	// ErrStep is returned for a step index outside the program.
	ErrStep = errors.New("trainvm: step out of range")
)

// Part is the number of values a row-wise instruction (FMV, OUTER, MVT,
// EMBED, EMBEDB) covers: 32 chunks of 32.
const Part = 1024

// LoraPart is the most values a LoRA LGRAD or MERGE step covers of a row:
// with one rank index per step, it keeps each step's proof within
// MaxStepProofBytes at 7B dimensions.
const LoraPart = 512

// Chunk is the number of values of one register or tensor-tree leaf.
const Chunk = 32

// Tensor kinds per transformer block, in GGUF order (as prover/train).
const (
	kAttnNorm = iota
	kWq
	kWk
	kWv
	kWo
	kFFNNorm
	kWgate
	kWup
	kWdown
	perLayer
)

// Params are what a step's program depends on: the model's dimensions, the
// batch B, the sequence length T and which tensors are trained.
type Params struct {
	Dims   canon.Config
	Batch  int
	SeqLen int
	// Trained[i] says tensor i (GGUF order) is trained: its gradient is
	// accumulated and it is updated. nil trains every tensor (a full run).
	// A block tensor must be trained in every layer or in none.
	Trained []bool
	// Rank is a LoRA run's adapter rank (0: a full run). A LoRA run trains
	// the factors of its targets, the block matrices Trained names.
	Rank int

	// part overrides Part (0: Part): only tests set it, to run row parts on
	// tiny models.
	part int
}

// partSize is the number of values of a row part.
func (p Params) partSize() int {
	if p.part > 0 {
		return p.part
	}
	return Part
}

// parts returns the number of row parts of n values.
func (p Params) parts(n int) uint64 { return uint64((n + p.partSize() - 1) / p.partSize()) }

// loraPartSize is the number of values of a LoRA row part (LGRAD, MERGE).
func (p Params) loraPartSize() int { return min(p.partSize(), LoraPart) }

// loraParts returns the number of LoRA row parts of n values.
func (p Params) loraParts(n int) uint64 {
	return uint64((n + p.loraPartSize() - 1) / p.loraPartSize())
}

// Tensors returns the number of weight tensors.
func (p Params) Tensors() int { return 3 + p.Dims.Layers*perLayer }

func (p Params) block(l, k int) int { return 1 + l*perLayer + k }
func (p Params) outNorm() int       { return 1 + p.Dims.Layers*perLayer }
func (p Params) output() int        { return 2 + p.Dims.Layers*perLayer }

// Shape returns the rows and columns of tensor i (a norm weight is one row).
func (p Params) Shape(i int) (rows, cols int) {
	c := p.Dims
	switch {
	case i == 0 || i == p.output():
		return c.Vocab, c.Dim
	case i == p.outNorm():
		return 1, c.Dim
	}
	switch (i - 1) % perLayer {
	case kAttnNorm, kFFNNorm:
		return 1, c.Dim
	case kWq, kWo:
		return c.Dim, c.Dim
	case kWk, kWv:
		return c.KVDim(), c.Dim
	case kWgate, kWup:
		return c.FFDim, c.Dim
	default:
		return c.Dim, c.FFDim
	}
}

func (p Params) trained(i int) bool { return p.Trained == nil || p.Trained[i] }

// Check validates the parameters.
func (p Params) Check() error {
	c := p.Dims
	switch {
	case c.Dim <= 0 || c.Layers <= 0 || c.Heads <= 0 || c.KVHeads <= 0 || c.FFDim <= 0 || c.Vocab <= 0:
		return fmt.Errorf("%w: dimensions %+v must be positive", ErrParams, c)
	case c.Heads%c.KVHeads != 0 || c.Dim%c.Heads != 0:
		return fmt.Errorf("%w: heads %d must divide dim %d and be a multiple of kv heads %d", ErrParams, c.Heads, c.Dim, c.KVHeads)
	case p.Batch <= 0 || p.Batch > 1<<16:
		return fmt.Errorf("%w: batch %d must be 1..65536", ErrParams, p.Batch)
	case p.SeqLen <= 0 || p.SeqLen > c.Context:
		return fmt.Errorf("%w: sequence length %d must be 1..%d (the context)", ErrParams, p.SeqLen, c.Context)
	case p.Trained != nil && len(p.Trained) != p.Tensors():
		return fmt.Errorf("%w: trained flags for %d tensors, want %d", ErrParams, len(p.Trained), p.Tensors())
	}
	if p.part != 0 && (p.part%Chunk != 0 || p.part > Part) {
		return fmt.Errorf("%w: part of %d values must be a multiple of %d up to %d", ErrParams, p.part, Chunk, Part)
	}
	if p.Rank < 0 || p.Rank > 256 || (p.Rank > 0 && p.Trained == nil) {
		return fmt.Errorf("%w: LoRA rank %d must be 0..256, and a LoRA run names its targets", ErrParams, p.Rank)
	}
	for i := 0; i < p.Tensors() && p.Rank > 0; i++ {
		if rows, _ := p.Shape(i); p.Trained[i] && (i == 0 || i == p.output() || rows == 1) {
			return fmt.Errorf("%w: LoRA target %d must be a block matrix", ErrParams, i)
		}
	}
	for l := 1; l < c.Layers && p.Trained != nil; l++ {
		for k := 0; k < perLayer; k++ {
			if p.Trained[p.block(l, k)] != p.Trained[p.block(0, k)] {
				return fmt.Errorf("%w: block tensor %d trained in layer 0 but not in layer %d (or the reverse)", ErrParams, k, l)
			}
		}
	}
	return nil
}

// Program is the micro-step program of one training step (docs/training-game.md,
// "Micro-steps"). It is a small tree of loops and runs, not a list: At
// derives instruction j by segment arithmetic (a closed form over the
// position loops whose bodies grow with the position), so a 7B step of
// ~5·10^11 micro-steps costs a few hundred nodes.
type Program struct {
	p    Params
	root node
	len  uint64
}

// NewProgram returns the program of one step under p.
func NewProgram(p Params) (*Program, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	pr := &Program{p: p, root: build(p)}
	pr.len = pr.root.length(env{})
	return pr, nil
}

// Params returns the program's parameters.
func (pr *Program) Params() Params { return pr.p }

// Len returns the number of micro-steps.
func (pr *Program) Len() uint64 { return pr.len }

// Counts returns how many micro-steps each opcode takes (opcodes the
// program does not use are left out).
func (pr *Program) Counts() map[Op]uint64 {
	out := map[Op]uint64{}
	for op := Op(0); op < numAllOps; op++ {
		if n := pr.root.count(env{}, op); n > 0 {
			out[op] = n
		}
	}
	return out
}

// At returns instruction j.
func (pr *Program) At(j uint64) (Instr, error) {
	if j >= pr.len {
		return Instr{}, fmt.Errorf("%w: step %d of %d", ErrStep, j, pr.len)
	}
	return pr.root.at(env{}, j), nil
}

// env holds the loop variables an instruction is derived under.
type env struct{ b, l, t, h uint32 }

// u is the number of key positions t' ≤ t of the current position.
func (e env) u() uint64 { return uint64(e.t) + 1 }

type node interface {
	length(e env) uint64
	// count is the number of instructions of opcode op (length, when op is
	// opAll).
	count(e env, op Op) uint64
	at(e env, j uint64) Instr
}

// run is a run of n(e) instructions of one opcode: instruction j is mk(e, j).
type run struct {
	op Op
	n  func(e env) uint64
	mk func(e env, j uint64) Instr
}

func (r run) length(e env) uint64 { return r.n(e) }

func (r run) count(e env, op Op) uint64 {
	if op != opAll && op != r.op {
		return 0
	}
	return r.n(e)
}

func (r run) at(e env, j uint64) Instr {
	in := r.mk(e, j)
	in.Op, in.Seq, in.L, in.T = r.op, e.b, e.l, e.t
	return in
}

// seq is nodes one after another.
type seq []node

func (s seq) length(e env) uint64 { return s.count(e, opAll) }

func (s seq) count(e env, op Op) uint64 {
	var n uint64
	for _, c := range s {
		n += c.count(e, op)
	}
	return n
}

func (s seq) at(e env, j uint64) Instr {
	for _, c := range s {
		n := c.length(e)
		if j < n {
			return c.at(e, j)
		}
		j -= n
	}
	panic("trainvm: step outside its sequence") // unreachable: At checks the length
}

// Loop variables.
const (
	varB = iota
	varL
	varT
	varH
)

func (e env) set(v int, i uint32) env {
	switch v {
	case varB:
		e.b = i
	case varL:
		e.l = i
	case varT:
		e.t = i
	default:
		e.h = i
	}
	return e
}

// loop repeats body for variable v = 0..n−1 (n−1..0 when reverse). Unless
// grows, the body's length does not depend on v; a growing loop is over
// positions, its body's length α + β·u + γ·ceil(u/32) with u = t + 1.
type loop struct {
	v       int
	n       uint64
	reverse bool
	grows   bool
	body    node
}

func (lp loop) value(i uint64) uint32 {
	if lp.reverse {
		return uint32(lp.n - 1 - i)
	}
	return uint32(i)
}

// coeffs returns α, β, γ of a growing body's count of op, from it at u = 1, 2, 33.
func (lp loop) coeffs(e env, op Op) (a, b, c uint64) {
	l1 := lp.body.count(e.set(lp.v, 0), op)
	l2 := lp.body.count(e.set(lp.v, 1), op)
	l33 := lp.body.count(e.set(lp.v, 32), op)
	b = l2 - l1
	c = l33 - l1 - 32*b
	a = l1 - b - c
	return a, b, c
}

// prefix returns the length of the first k bodies of a growing loop:
// Σ_{u=1..k} α + β·u + γ·ceil(u/32).
func prefix(a, b, c, k uint64) uint64 {
	q, r := k/Chunk, k%Chunk
	return a*k + b*k*(k+1)/2 + c*(Chunk*q*(q+1)/2+r*(q+1))
}

func (lp loop) length(e env) uint64 { return lp.count(e, opAll) }

func (lp loop) count(e env, op Op) uint64 {
	if lp.grows {
		a, b, c := lp.coeffs(e, op)
		return prefix(a, b, c, lp.n)
	}
	return lp.n * lp.body.count(e.set(lp.v, 0), op)
}

func (lp loop) at(e env, j uint64) Instr {
	if !lp.grows {
		n := lp.body.length(e.set(lp.v, 0))
		return lp.body.at(e.set(lp.v, lp.value(j/n)), j%n)
	}
	a, b, c := lp.coeffs(e, opAll)
	// the last k with prefix(k) ≤ j
	k := uint64(sort.Search(int(lp.n), func(k int) bool { return prefix(a, b, c, uint64(k)+1) > j }))
	return lp.body.at(e.set(lp.v, lp.value(k)), j-prefix(a, b, c, k))
}

func chunks(n int) uint64 { return uint64((n + Chunk - 1) / Chunk) }

func fixed(n uint64) func(env) uint64 { return func(env) uint64 { return n } }
func perKey(e env) uint64             { return e.u() }
func perKeyChunk(e env) uint64        { return (e.u() + Chunk - 1) / Chunk }

// chunkRun is op over c < n (A = c) with B = b, C = m.
func chunkRun(op Op, n uint64, b, m uint32) run {
	return run{op: op, n: fixed(n), mk: func(_ env, j uint64) Instr { return Instr{A: uint32(j), B: b, C: m} }}
}

// rowsRun is op over row < rows, part < np (A = row, B = part, C = m).
func rowsRun(op Op, rows int, np uint64, m uint32) run {
	return run{op: op, n: fixed(uint64(rows) * np), mk: func(_ env, j uint64) Instr {
		return Instr{A: uint32(j / np), B: uint32(j % np), C: m}
	}}
}

// partRun is op over part < np (A = part).
func partRun(op Op, np uint64) run {
	return run{op: op, n: fixed(np), mk: func(_ env, j uint64) Instr { return Instr{A: uint32(j)} }}
}

// headRun is op over t' ≤ t (keys) or over the key chunks, B = the head.
func headRun(op Op, n func(env) uint64) run {
	return run{op: op, n: n, mk: func(e env, j uint64) Instr { return Instr{A: uint32(j), B: e.h} }}
}

// build returns the program tree of p (the loops of docs/training-game.md, "Micro-steps").
func build(p Params) node {
	c := p.Dims
	d, kv, ff, V, T := c.Dim, c.KVDim(), c.FFDim, c.Vocab, p.SeqLen
	L := c.Layers
	tr := func(k int) bool { return p.trained(p.block(0, k)) }
	norm := func(which uint32) seq {
		return seq{chunkRun(OpSumSq, chunks(d), which, 0),
			run{op: OpRMS, n: fixed(1), mk: func(env, uint64) Instr { return Instr{B: which} }},
			chunkRun(OpNorm, chunks(d), which, 0)}
	}
	heads := func(body node, n int) loop { return loop{v: varH, n: uint64(n), body: body} }
	fmv := func(m uint32, rows, cols int) run { return rowsRun(OpFMV, rows, p.parts(cols), m) }
	// outer is OUTER when the matrix's tensor is trained, else nothing.
	outer := func(trained bool, m uint32, rows, cols int) seq {
		if !trained {
			return nil
		}
		return seq{rowsRun(OpOuter, rows, p.parts(cols), m)}
	}
	mvt := func(m uint32, rows, cols int, mode uint32) seq {
		return seq{rowsRun(OpMVT, rows, p.parts(cols), m), chunkRun(OpMVTFin, chunks(cols), mode, m)}
	}
	softmax := seq{headRun(OpScore, perKey), headRun(OpSMax, perKeyChunk), headRun(OpExp, perKeyChunk),
		headRun(OpProb, perKeyChunk)}

	block := seq{
		norm(NormAttn),
		fmv(MatQ, d, d), fmv(MatK, kv, d), fmv(MatV, kv, d),
		loop{v: varH, n: uint64(c.Heads), body: run{op: OpRope, n: fixed(1), mk: func(e env, _ uint64) Instr { return Instr{A: e.h, B: 0} }}},
		loop{v: varH, n: uint64(c.KVHeads), body: run{op: OpRope, n: fixed(1), mk: func(e env, _ uint64) Instr { return Instr{A: e.h, B: 1} }}},
		heads(append(append(seq{}, softmax...), headRun(OpWSum, perKey),
			run{op: OpWFin, n: fixed(1), mk: func(e env, _ uint64) Instr { return Instr{B: e.h} }}), c.Heads),
		fmv(MatO, d, d), chunkRun(OpAdd, chunks(d), 0, 0),
		norm(NormFFN),
		fmv(MatGate, ff, d), fmv(MatUp, ff, d), chunkRun(OpSwiGLU, chunks(ff), 0, 0), fmv(MatDown, d, ff),
		chunkRun(OpAdd, chunks(d), 1, 0),
	}
	head := seq{
		norm(NormFinal), fmv(MatOut, V, d),
		chunkRun(OpCEMax, chunks(V), 0, 0), chunkRun(OpCEExp, chunks(V), 0, 0),
		run{op: OpCELoss, n: fixed(1), mk: func(env, uint64) Instr { return Instr{} }},
		chunkRun(OpCEGrad, chunks(V), 0, 0),
		outer(p.trained(p.output()), MatOut, V, d), mvt(MatOut, V, d, 0),
		chunkRun(OpRMSB, chunks(d), NormFinal, 0), chunkRun(OpRMSBFin, chunks(d), NormFinal, 0),
	}
	ffnBack := seq{
		outer(tr(kWdown), MatDown, d, ff), mvt(MatDown, d, ff, 0),
		chunkRun(OpSwiGLUB, chunks(ff), 0, 0),
		outer(tr(kWgate), MatGate, ff, d), outer(tr(kWup), MatUp, ff, d),
		mvt(MatGate, ff, d, 0), mvt(MatUp, ff, d, 1),
		chunkRun(OpRMSB, chunks(d), NormFFN, 0), chunkRun(OpRMSBFin, chunks(d), NormFFN, 0),
		chunkRun(OpAddG, chunks(d), 0, 0),
	}
	attnOut := seq{outer(tr(kWo), MatO, d, d), mvt(MatO, d, d, 0)}
	attnBack := heads(append(append(seq{}, softmax...), headRun(OpDPV, perKey), headRun(OpDSK, perKey),
		run{op: OpDQFin, n: fixed(1), mk: func(e env, _ uint64) Instr { return Instr{B: e.h} }}), c.Heads)
	qkvBack := seq{
		loop{v: varH, n: uint64(c.Heads), body: run{op: OpRopeB, n: fixed(1), mk: func(e env, _ uint64) Instr { return Instr{A: e.h, B: 0} }}},
		chunkRun(OpDKVFin, chunks(kv), 0, 0),
		loop{v: varH, n: uint64(c.KVHeads), body: run{op: OpRopeB, n: fixed(1), mk: func(e env, _ uint64) Instr { return Instr{A: e.h, B: 1} }}},
		outer(tr(kWq), MatQ, d, d), outer(tr(kWk), MatK, kv, d), outer(tr(kWv), MatV, kv, d),
		mvt(MatQ, d, d, 0), mvt(MatK, kv, d, 1), mvt(MatV, kv, d, 1),
		chunkRun(OpRMSB, chunks(d), NormAttn, 0), chunkRun(OpRMSBFin, chunks(d), NormAttn, 0),
		chunkRun(OpAddG, chunks(d), 0, 0),
	}
	positions := func(body node) loop { return loop{v: varT, n: uint64(T), body: body} }
	growing := func(body node) loop { return loop{v: varT, n: uint64(T), grows: true, body: body} }
	// The final norm and the output head run at layer index L.
	atLayer := func(l uint32, body node) node { return fixLayer{l: l, body: body} }

	sequence := seq{
		run{op: OpToken, n: fixed(chunks(T + 1)), mk: func(_ env, j uint64) Instr { return Instr{A: uint32(j)} }},
		positions(partRun(OpEmbed, p.parts(d))),
		loop{v: varL, n: uint64(L), body: growing(block)},
		atLayer(uint32(L), positions(head)),
		loop{v: varL, n: uint64(L), reverse: true, body: seq{
			positions(ffnBack), positions(attnOut), growing(attnBack), positions(qkvBack)}},
	}
	if p.trained(0) {
		sequence = append(sequence, positions(partRun(OpEmbedB, p.parts(d))))
	}
	step := seq{loop{v: varB, n: uint64(p.Batch), body: sequence}}
	for i := 0; i < p.Tensors(); i++ {
		if !p.trained(i) {
			continue
		}
		rows, cols := p.Shape(i)
		if p.Rank == 0 {
			step = append(step, tensorRun(OpUpdate, i, rows, chunks(cols)))
			continue
		}
		// LGRAD and MERGE: C = part·rank + k, one rank index k per step.
		lparts := p.loraParts(cols) * uint64(p.Rank)
		step = append(step, tensorRun(OpLGrad, i, rows, lparts), tensorRun(OpLUpdA, i, p.Rank, chunks(cols)),
			tensorRun(OpLUpdB, i, rows, chunks(p.Rank)), tensorRun(OpMerge, i, rows, lparts))
	}
	return append(step, run{op: OpStepEnd, n: fixed(1), mk: func(env, uint64) Instr { return Instr{} }})
}

// tensorRun is op over row < rows, k < n of tensor i (A = i, B = row, C = k).
func tensorRun(op Op, i, rows int, n uint64) run {
	return run{op: op, n: fixed(uint64(rows) * n), mk: func(_ env, j uint64) Instr {
		return Instr{A: uint32(i), B: uint32(j / n), C: uint32(j % n)}
	}}
}

// fixLayer runs body with the layer variable set to l.
type fixLayer struct {
	l    uint32
	body node
}

func (f fixLayer) length(e env) uint64 { e.l = f.l; return f.body.length(e) }

func (f fixLayer) count(e env, op Op) uint64 { e.l = f.l; return f.body.count(e, op) }

func (f fixLayer) at(e env, j uint64) Instr { e.l = f.l; return f.body.at(e, j) }

// matTensor returns the tensor of matrix m at layer l.
func (p Params) matTensor(m, l int) int {
	if m == MatOut {
		return p.output()
	}
	return p.block(l, [...]int{kWq, kWk, kWv, kWo, kWgate, kWup, kWdown}[m])
}
