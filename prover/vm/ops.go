package vm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/airollup/airollup/prover/canon"
)

// ErrOpcode is returned for an opcode the ISA does not define.
var ErrOpcode = errors.New("vm: undefined opcode")

// ErrOperand is returned for an operand outside its opcode's range.
var ErrOperand = errors.New("vm: operand out of range")

// opSpec is one opcode of the ISA (docs/isa.md, "Instructions" and "Step
// proofs"): its mnemonic, how the machine executes it, and which operands its
// step proof carries. Both functions take the instruction's operands A and B.
type opSpec struct {
	name string
	// exec applies the step to the machine's state.
	exec func(mc *Machine, a, b int) error
	// prove adds the step's operands to the witness, in the order the
	// verifier reads them within each kind (chunks, full registers, subtrees,
	// model, KV and prompt openings). The metadata opening every step
	// carries is added before it.
	prove func(w *witness, a, b int) error
}

// ops is the instruction set, indexed by opcode. Each opcode's exec and
// prove functions follow below in this order, side by side; adding an
// opcode means adding its constant (isa.go), its entry here and those two
// functions (TestOpTableComplete fails until all three exist).
var ops = [numOps]opSpec{
	OpHalt:       {"HALT", execHalt, proveHalt},
	OpSumSq:      {"SUMSQ", execSumSq, proveSumSq},
	OpRMS:        {"RMS", execRMS, proveRMS},
	OpNorm:       {"NORM", execNorm, proveNorm},
	OpQuant:      {"QUANT", execQuant, proveQuant},
	OpMatVec:     {"MATVEC", execMatVec, proveMatVec},
	OpRope:       {"ROPE", execRope, proveRope},
	OpKVWrite:    {"KVW", execKVWrite, proveKVWrite},
	OpScore:      {"SCORE", execScore, proveScore},
	OpSMax:       {"SMAX", execSMax, proveSMax},
	OpExp:        {"EXP", execExp, proveExpProb},
	OpProb:       {"PROB", execProb, proveExpProb},
	OpWSum:       {"WSUM", execWSum, proveWSum},
	OpWFin:       {"WFIN", execWFin, proveWFin},
	OpAdd:        {"ADD", execAdd, proveAdd},
	OpSwiGLU:     {"SWIGLU", execSwiGLU, proveSwiGLU},
	OpMatVecPart: {"MATVECP", execMatVecPart, proveMatVecPart},
	OpNext:       {"NEXT", execNext, proveNext},
	OpPrompt:     {"PROMPT", execPrompt, provePrompt},
	OpEmbed:      {"EMBED", execEmbed, proveEmbed},
	OpToken:      {"TOKEN", execToken, proveToken},
	OpSPrep:      {"SPREP", execSPrep, proveSPrep},
	OpHist:       {"HIST", execHist, proveHist},
	OpPick:       {"PICK", execPick, provePick},
	OpWTot:       {"WTOT", execWTot, proveWTot},
}

// spec returns the table entry of op, or ErrOpcode.
func spec(op Op) (*opSpec, error) {
	if int(op) >= len(ops) || ops[op].exec == nil || ops[op].prove == nil {
		return nil, fmt.Errorf("%w: %d (the ISA defines 0..%d)", ErrOpcode, uint8(op), len(ops)-1)
	}
	return &ops[op], nil
}

// HALT: the step at index Len(); the state stays as it is. The machine never
// executes it (Exec returns ErrDone), and its proof is the metadata opening.
func execHalt(*Machine, int, int) error { return nil }

func proveHalt(*witness, int, int) error { return nil }

// SUMSQ c: SS = (c == 0 ? 0 : SS) + Σ X[chunk c]².
func execSumSq(mc *Machine, a, _ int) error {
	if a == 0 {
		mc.ssHi, mc.ssLo = 0, 0
	}
	hi, lo := canon.SumSquares(toI32(mc.chunk(regX, a)))
	var carry uint64
	mc.ssLo, carry = bits.Add64(mc.ssLo, lo, 0)
	mc.ssHi += hi + carry
	sc := mc.regs[regR]
	sc[scSS*4+2], sc[scSS*4+3] = int64(mc.ssHi), int64(mc.ssLo) // unsigned 128-bit in the word's low limbs
	return nil
}

func proveSumSq(w *witness, a, _ int) error {
	w.full(regR)
	return w.chunk(regX, a)
}

// RMS: RMS = max(1, isqrt(SS / dim + ε)).
func execRMS(mc *Machine, _, _ int) error {
	setScalar(mc.regs[regR], scRMS, canon.RMS(mc.ssHi, mc.ssLo, mc.m.Dim, mc.m.NormEps()))
	return nil
}

func proveRMS(w *witness, _, _ int) error {
	w.full(regR)
	return nil
}

// NORM c, n: H[chunk c] = rdiv(X·w_n, RMS) with norm n (0 attn, 1 ffn,
// 2 the output norm of the head step).
func execNorm(mc *Machine, a, b int) error {
	w := mc.m.OutNorm
	if b < 2 {
		blk := mc.block()
		if blk == nil {
			return fmt.Errorf("%w: NORM norm %d at the head step (only 2, the output norm)", ErrOperand, b)
		}
		w = blk.AttnNorm
		if b == 1 {
			w = blk.FFNNorm
		}
	}
	rms := mc.regs[regR][scRMS*4+3]
	x, h := mc.chunk(regX, a), mc.chunk(regH, a)
	for i := range x {
		h[i] = int64(canon.RMSApply(int32(x[i]), w[a*32+i], rms))
	}
	return nil
}

func proveNorm(w *witness, a, b int) error {
	w.full(regR)
	if err := w.chunk(regX, a); err != nil {
		return err
	}
	if err := w.chunk(regH, a); err != nil {
		return err
	}
	return w.model(canon.LeafNorm, w.mc.in.L, b, a)
}

// QUANT c, src: QX[block c], AM[c] = quantize(src[chunk c]) (src H or A into
// QXd/AMd; G into QXf/AMf).
func execQuant(mc *Machine, a, b int) error {
	qx, am := quantRegs(b)
	var qv canon.QuantVec
	qv.Quantize(toI32(mc.chunk(b, a)))
	q := mc.chunk(qx, a)
	for i := range q {
		q[i] = int64(qv.Q[i])
	}
	mc.regs[am][a] = qv.Amax[0]
	return nil
}

func proveQuant(w *witness, a, b int) error {
	qx, am := quantRegs(b)
	for _, c := range [][2]int{{b, a}, {qx, a}, {am, a / 16}} {
		if err := w.chunk(c[0], c[1]); err != nil {
			return err
		}
	}
	return nil
}

// quantRegs returns the quantized input registers QUANT fills from source
// register src.
func quantRegs(src int) (qx, am int) {
	if src == regG {
		return regQXf, regAMf
	}
	return regQXd, regAMd
}

// MATVEC m, r: dst_m[r] = DotRow(W_m row r, QX_m).
func execMatVec(mc *Machine, a, b int) error {
	wm, dst, qx, am, err := mc.matrix(a)
	if err != nil {
		return err
	}
	mc.regs[dst][b] = int64(canon.DotRow(wm.Row(b), mc.quantVec(qx, am)))
	return nil
}

func proveMatVec(w *witness, a, b int) error {
	_, dst, qx, am, err := w.mc.matrix(a)
	if err != nil {
		return err
	}
	w.full(qx, am)
	if err := w.chunk(dst, b/32); err != nil {
		return err
	}
	return w.row(a, b)
}

// MATVECP m|part<<8, r: ACC += blocks [128·part, 128·part+128) of row r; the
// last part writes dst_m[r] and clears ACC.
func execMatVecPart(mc *Machine, a, b int) error {
	m8, part := a&0xff, a>>8
	wm, dst, qx, am, err := mc.matrix(m8)
	if err != nil {
		return err
	}
	b0, b1, nb := matVecPart(wm, part)
	sc := mc.regs[regR]
	var hi int64
	var lo uint64
	if part > 0 {
		hi, lo = sc[scAcc*4+2], uint64(sc[scAcc*4+3])
	}
	hi, lo = canon.DotRowPartial(wm.Row(b), mc.quantVec(qx, am), b0, b1, hi, lo)
	if b1 == nb {
		mc.regs[dst][b] = int64(canon.FinishDot(hi, lo))
		hi, lo = 0, 0
	}
	ext := hi >> 63
	sc[scAcc*4], sc[scAcc*4+1], sc[scAcc*4+2], sc[scAcc*4+3] = ext, ext, hi, int64(lo)
	return nil
}

func proveMatVecPart(w *witness, a, b int) error {
	m8, part := a&0xff, a>>8
	wm, dst, qx, am, err := w.mc.matrix(m8)
	if err != nil {
		return err
	}
	b0, b1, _ := matVecPart(wm, part)
	w.full(regR)
	if err := w.chunk(dst, b/32); err != nil {
		return err
	}
	if err := w.subtree(qx, b0, b1-1); err != nil {
		return err
	}
	if err := w.subtree(am, b0/16, (b1-1)/16); err != nil {
		return err
	}
	return w.rowPart(m8, b, part)
}

// matVecPart returns the blocks [b0, b1) that part multiplies of a row of
// wm's nb blocks.
func matVecPart(wm *canon.Q8Matrix, part int) (b0, b1, nb int) {
	nb = wm.Cols / canon.BlockSize
	return part * PartBlocks, min((part+1)*PartBlocks, nb), nb
}

// ROPE reg, h: rotate head h of Q (reg 0) or K (reg 1) for position p.
func execRope(mc *Machine, a, b int) error {
	reg := ropeReg(a)
	hd := mc.m.HeadDim()
	head := toI32(mc.regs[reg][b*hd : (b+1)*hd])
	mc.m.Rope.Apply(head, mc.in.P)
	for i, v := range head {
		mc.regs[reg][b*hd+i] = int64(v)
	}
	return nil
}

func proveRope(w *witness, a, b int) error {
	reg := ropeReg(a)
	if err := w.head(reg, toI32(w.mc.regs[reg]), b); err != nil {
		return err
	}
	return w.model(canon.LeafRope, 0, 0, w.mc.in.P)
}

// ropeReg is the register ROPE rotates: Q for 0, K for 1.
func ropeReg(a int) int {
	if a == 1 {
		return regK
	}
	return regQ
}

// KVW: KV[l][p] = keccak256(be32 K ‖ be32 V).
func execKVWrite(mc *Machine, _, _ int) error {
	row := append(toI32(mc.regs[regK]), toI32(mc.regs[regV])...)
	mc.kvData = append(mc.kvData, row...)
	mc.kvLeaf = append(mc.kvLeaf, mc.kvLeafHash(row))
	mc.layerRt[mc.in.L] = mc.layerRoot()
	return nil
}

func proveKVWrite(w *witness, _, _ int) error { return w.kv(w.mc.in.P) }

// SCORE h, t: S[t] = AttnScore(Q head h, K_t of kv head h/group).
func execScore(mc *Machine, a, b int) error {
	hd := mc.m.HeadDim()
	q := toI32(mc.regs[regQ][a*hd : (a+1)*hd])
	mc.regs[regS][b] = int64(canon.AttnScore(q, mc.kvHead(b, 0, mc.kvGroup(a))))
	return nil
}

func proveScore(w *witness, a, b int) error {
	mc := w.mc
	if err := w.chunk(regS, b/32); err != nil {
		return err
	}
	if err := w.head(regQ, toI32(mc.regs[regQ]), a); err != nil {
		return err
	}
	if err := w.kv(b); err != nil {
		return err
	}
	return w.head(regK, mc.kvVector(b, 0), mc.kvGroup(a))
}

// SMAX c: MAX = (c == 0 ? max : max(MAX, max)) of S[t] for t ≤ p in chunk c;
// c = 0 sets SUM = 0. A per-chunk reduction, so that no step reads the whole
// context.
func execSMax(mc *Machine, a, _ int) error {
	sc := mc.regs[regR]
	mx := int64(-1 << 31)
	if a > 0 {
		mx = sc[scMax*4+3]
	}
	for i, s := range mc.chunk(regS, a) {
		if a*32+i > mc.in.P {
			break
		}
		mx = max(mx, s)
	}
	setScalar(sc, scMax, mx)
	if a == 0 {
		setScalar(sc, scSum, 0)
	}
	return nil
}

func proveSMax(w *witness, a, _ int) error {
	w.full(regR)
	return w.chunk(regS, a)
}

// EXP c: E[t] = ExpNeg(S[t] − MAX), SUM += E[t] for t ≤ p in chunk c; the
// other E[t] = 0.
func execExp(mc *Machine, a, _ int) error {
	sc := mc.regs[regR]
	mx := sc[scMax*4+3]
	e := mc.chunk(regE, a)
	for i := range e {
		t := a*32 + i
		if t > mc.in.P {
			e[i] = 0
			continue
		}
		e[i] = canon.ExpNeg(canon.Sat32(mc.regs[regS][t] - mx))
		setScalar(sc, scSum, sc[scSum*4+3]+e[i])
	}
	return nil
}

// PROB c: S[t] = rdiv(E[t]·2^30, SUM) for t ≤ p in chunk c.
func execProb(mc *Machine, a, _ int) error {
	sum := mc.regs[regR][scSum*4+3]
	for i := range mc.chunk(regS, a) {
		t := a*32 + i
		if t > mc.in.P {
			break
		}
		mc.regs[regS][t] = canon.SoftmaxProb(mc.regs[regE][t], sum)
	}
	return nil
}

// proveExpProb proves EXP c and PROB c, which read and write the same operands.
func proveExpProb(w *witness, a, _ int) error {
	w.full(regR)
	if err := w.chunk(regS, a); err != nil {
		return err
	}
	return w.chunk(regE, a)
}

// WSUM h, t: W[i] += S[t]·V_t[kv head h/group][i].
func execWSum(mc *Machine, a, b int) error {
	pt := mc.regs[regS][b]
	for i, vi := range mc.kvHead(b, 1, mc.kvGroup(a)) {
		mc.regs[regW][i] += pt * int64(vi)
	}
	return nil
}

func proveWSum(w *witness, a, b int) error {
	w.full(regW)
	if err := w.chunk(regS, b/32); err != nil {
		return err
	}
	if err := w.kv(b); err != nil {
		return err
	}
	return w.head(regV, w.mc.kvVector(b, 1), w.mc.kvGroup(a))
}

// WFIN h: A[head h] = sat32(rshift(W, 30)); W = 0.
func execWFin(mc *Machine, a, _ int) error {
	hd := mc.m.HeadDim()
	for i, w := range mc.regs[regW] {
		mc.regs[regA][a*hd+i] = int64(canon.Sat32(canon.RoundShift(w, canon.ProbFrac)))
		mc.regs[regW][i] = 0
	}
	return nil
}

func proveWFin(w *witness, a, _ int) error {
	w.full(regW)
	return w.head(regA, toI32(w.mc.regs[regA]), a)
}

// ADD c: X[chunk c] = sat32(X + T).
func execAdd(mc *Machine, a, _ int) error {
	x, t := mc.chunk(regX, a), mc.chunk(regT, a)
	for i := range x {
		x[i] = int64(canon.AddSat(int32(x[i]), int32(t[i])))
	}
	return nil
}

func proveAdd(w *witness, a, _ int) error {
	if err := w.chunk(regX, a); err != nil {
		return err
	}
	return w.chunk(regT, a)
}

// SWIGLU c: G[chunk c] = SwiGLU(G, U).
func execSwiGLU(mc *Machine, a, _ int) error {
	g, u := mc.chunk(regG, a), mc.chunk(regU, a)
	for i := range g {
		g[i] = int64(canon.SwiGLU(int32(g[i]), int32(u[i])))
	}
	return nil
}

func proveSwiGLU(w *witness, a, _ int) error {
	if err := w.chunk(regG, a); err != nil {
		return err
	}
	return w.chunk(regU, a)
}

// NEXT c: BEST, NEXT = running (max logit, lowest index) over LG[chunk c].
func execNext(mc *Machine, a, _ int) error {
	sc := mc.regs[regR]
	for i, v := range mc.chunk(regLG, a) {
		if (a == 0 && i == 0) || v > sc[scBest*4+3] {
			setScalar(sc, scBest, v)
			setScalar(sc, scNext, int64(a*32+i))
		}
	}
	return nil
}

func proveNext(w *witness, a, _ int) error {
	w.full(regR)
	return w.chunk(regLG, a)
}

// PROMPT: NEXT = prompt token p+1.
func execPrompt(mc *Machine, _, _ int) error {
	setScalar(mc.regs[regR], scNext, int64(mc.in.Prompt[mc.in.P+1]))
	return nil
}

func provePrompt(w *witness, _, _ int) error {
	w.full(regR)
	return w.prompt(w.mc.in.P + 1)
}

// EMBED c: X[chunk c] = block c of token_embd row NEXT, dequantized.
func execEmbed(mc *Machine, a, _ int) error {
	x := mc.chunk(regX, a)
	e := make([]int32, len(x))
	canon.EmbedBlock(&mc.m.Embed, int(mc.regs[regR][scNext*4+3]), a, e)
	for i, v := range e {
		x[i] = int64(v)
	}
	return nil
}

func proveEmbed(w *witness, a, _ int) error {
	w.full(regR)
	if err := w.chunk(regX, a); err != nil {
		return err
	}
	return w.model(canon.LeafEmbed, 0, 0, int(w.mc.regs[regR][scNext*4+3]))
}

// TOKEN: tokensHash = keccak256(tokensHash ‖ be32(NEXT)).
func execToken(mc *Machine, _, _ int) error {
	var tb [4]byte
	binary.BigEndian.PutUint32(tb[:], uint32(mc.regs[regR][scNext*4+3]))
	mc.tokensHash = mc.k.Sum(mc.tokensHash[:], tb[:])
	return nil
}

func proveToken(w *witness, _, _ int) error {
	w.full(regR)
	return nil
}

// SPREP s: start selection s (0 top-k rank, 1 top-p cut, 2 the sampled
// token): X = its target, ABOVE = PREFIX = 0.
func execSPrep(mc *Machine, a, _ int) error {
	sc := mc.regs[regR]
	params := mc.in.Params
	x := int64(0)
	switch a {
	case 0:
		x = int64(mc.m.Vocab)
		if k := int64(params.TopK); k > 0 && k < x {
			x = k
		}
	case 1:
		total := sc[scTotal*4+3]
		x = total
		if pp := uint64(params.TopPMicro); pp > 0 && pp < 1_000_000 {
			hi, lo := bits.Mul64(pp, uint64(total))
			q, rem := bits.Div64(hi, lo, 1_000_000)
			x = int64(q)
			if rem != 0 {
				x++
			}
		}
	default:
		step := uint64(mc.in.P + 1 - len(mc.in.Prompt))
		r := canon.Random(params.Seed, step)
		var rem uint64
		for _, w := range r {
			_, rem = bits.Div64(rem, w, uint64(sc[scRes*4+3]))
		}
		x = int64(rem) + 1
	}
	setScalar(sc, scX, x)
	setScalar(sc, scAbove, 0)
	setScalar(sc, scPrefix, 0)
	return nil
}

func proveSPrep(w *witness, _, _ int) error {
	w.full(regR)
	return nil
}

// HIST c, pass|s<<8: HIST[digit] += measure of the candidates in LG[chunk c]
// whose key matches PREFIX.
func execHist(mc *Machine, a, b int) error {
	pass, sel := b&0xff, b>>8
	prefix := uint64(mc.regs[regR][scPrefix*4+3])
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
	return nil
}

func proveHist(w *witness, a, _ int) error {
	w.full(regHist, regR)
	return w.chunk(regLG, a)
}

// PICK pass|s<<8: PREFIX = PREFIX·256 + the digit where the running measure
// reaches X; at pass 7, s = 0 sets TK and s = 2 sets NEXT.
func execPick(mc *Machine, a, _ int) error {
	pass, sel := a&0xff, a>>8
	sc := mc.regs[regR]
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
	return nil
}

func provePick(w *witness, _, _ int) error {
	w.full(regHist, regR)
	return nil
}

// WTOT c: TOTAL = (c == 0 ? 0 : TOTAL) + Σ weights of the top-k candidates
// in LG[chunk c].
func execWTot(mc *Machine, a, _ int) error {
	sc := mc.regs[regR]
	total := sc[scTotal*4+3]
	if a == 0 {
		total = 0
	}
	for i, l := range mc.chunk(regLG, a) {
		total += mc.weight(int32(l), candKey(int32(l), a*32+i))
	}
	setScalar(sc, scTotal, total)
	return nil
}

func proveWTot(w *witness, a, _ int) error {
	w.full(regR)
	return w.chunk(regLG, a)
}
