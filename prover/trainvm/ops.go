package trainvm

import (
	"fmt"

	"github.com/airollup/airollup/prover/canon"
)

// exec executes one instruction on the machine.
func (mc *Machine) exec(in Instr) error {
	c := mc.p.Dims
	if int(in.L) > c.Layers || int(in.T) >= mc.p.SeqLen || int(in.Seq) >= mc.p.Batch {
		return fmt.Errorf("%w: layer %d (≤ %d), position %d (< %d), sequence %d (< %d)",
			ErrOperand, in.L, c.Layers, in.T, mc.p.SeqLen, in.Seq, mc.p.Batch)
	}
	f, ok := execs[in.Op]
	if !ok {
		return fmt.Errorf("%w: %s", ErrOpcode, in.Op)
	}
	return f(mc, in)
}

// execs is the instruction set: one function per executable opcode.
var execs = map[Op]func(*Machine, Instr) error{
	OpToken: execToken, OpEmbed: execEmbed, OpSumSq: execSumSq, OpRMS: execRMS, OpNorm: execNorm,
	OpFMV: execFMV, OpRope: execRope, OpScore: execScore, OpSMax: execSMax, OpExp: execExp,
	OpProb: execProb, OpWSum: execWSum, OpWFin: execWFin, OpAdd: execAdd, OpSwiGLU: execSwiGLU,
	OpCEMax: execCEMax, OpCEExp: execCEExp, OpCELoss: execCELoss, OpCEGrad: execCEGrad,
	OpOuter: execOuter, OpMVT: execMVT, OpMVTFin: execMVTFin, OpRMSB: execRMSB, OpRMSBFin: execRMSBFin,
	OpSwiGLUB: execSwiGLUB, OpAddG: execAddG, OpDPV: execDPV, OpDSK: execDSK, OpDQFin: execDQFin,
	OpDKVFin: execDKVFin, OpRopeB: execRopeB, OpEmbedB: execEmbedB,
	OpUpdate: execUpdate, OpStepEnd: execStepEnd, OpLGrad: execLGrad, OpLUpdA: execLUpdA, OpLUpdB: execLUpdB,
	OpMerge: execMerge,
}

// vec returns n values of register r at the (l, t) slot of width n.
func (mc *Machine) vec(r, l, t, n int) []int64 {
	o := (l*mc.p.SeqLen + t) * n
	return mc.regs[r][o : o+n]
}

// wvec is vec for writing.
func (mc *Machine) wvec(r, l, t, n int) []int64 {
	mc.regOK[r] = false
	return mc.vec(r, l, t, n)
}

// chunkRange returns the bounds of chunk c of n values, or an error.
func chunkRange(c uint32, n int) (int, int, error) {
	if uint64(c) >= chunks(n) {
		return 0, 0, fmt.Errorf("%w: chunk %d of %d", ErrOperand, c, chunks(n))
	}
	return int(c) * Chunk, min(int(c+1)*Chunk, n), nil
}

// rowPart checks row in.A of tensor and returns the tensor's column count
// and the columns of part in.B of that row (FMV, OUTER, MVT).
func (mc *Machine) rowPart(tensor int, in Instr) (cols, lo, hi int, err error) {
	rows, cols := mc.p.Shape(tensor)
	if int(in.A) >= rows {
		return 0, 0, 0, fmt.Errorf("%w: row %d of %d", ErrOperand, in.A, rows)
	}
	lo, hi, err = mc.partRange(in.B, cols)
	return cols, lo, hi, err
}

// partRange returns the bounds of row part p of n values, or an error.
func (mc *Machine) partRange(p uint32, n int) (int, int, error) {
	if np := mc.p.parts(n); uint64(p) >= np {
		return 0, 0, fmt.Errorf("%w: part %d of %d", ErrOperand, p, np)
	}
	size := mc.p.partSize()
	return int(p) * size, min(int(p+1)*size, n), nil
}

// loraRange returns the bounds of the LoRA row part and the rank index of
// the operand C = part·rank + k of an LGRAD or MERGE over n values, and
// whether the part is the row's last.
func (mc *Machine) loraRange(c uint32, n int) (lo, hi, k int, last bool, err error) {
	r, np := uint64(mc.p.Rank), mc.p.loraParts(n)
	if uint64(c) >= np*r {
		return 0, 0, 0, false, fmt.Errorf("%w: LoRA part·rank %d of %d", ErrOperand, c, np*r)
	}
	p, size := uint64(c)/r, mc.p.loraPartSize()
	return int(p) * size, min(int(p+1)*size, n), int(uint64(c) % r), p+1 == np, nil
}

// TOKEN c: TOK[chunk c] = D[s·T + 32c ..] of the sequence s = (cursor + b) mod K.
func execToken(mc *Machine, in Instr) error {
	T := mc.p.SeqLen
	lo, hi, err := chunkRange(in.A, T+1)
	if err != nil {
		return err
	}
	K := (mc.carried.DataTokens - 1) / uint64(T)
	s := (mc.carried.Cursor + uint64(in.Seq)) % K
	tok := mc.wr(regTOK)
	for i := lo; i < hi; i++ {
		tok[i] = int64(mc.data[s*uint64(T)+uint64(i)])
	}
	return nil
}

// EMBED t, part: X[0,t][part] = sat32(rshift(E[TOK[t]][part], 8)).
func execEmbed(mc *Machine, in Instr) error {
	d := mc.p.Dims.Dim
	lo, hi, err := mc.partRange(in.A, d)
	if err != nil {
		return err
	}
	tok := int(mc.regs[regTOK][in.T])
	row := mc.w[0][tok*d : (tok+1)*d]
	x := mc.wvec(regX, 0, int(in.T), d)
	for i := lo; i < hi; i++ {
		x[i] = int64(sat32(rshift(int64(row[i]), wFrac-canon.ActFrac)))
	}
	return nil
}

// normIO returns a norm's input, its x̂ and output registers' slots, the
// register and index of its r, and its weight tensor.
func (mc *Machine) normIO(which uint32, l, t int) (x, xh, y []int64, rReg, rIdx, tensor int, err error) {
	d, L, T := mc.p.Dims.Dim, mc.p.Dims.Layers, mc.p.SeqLen
	switch {
	case which == NormAttn && l < L:
		return mc.vec(regX, l, t, d), mc.vec(regXA, l, t, d), mc.vec(regHA, l, t, d), regRA, l*T + t, mc.p.block(l, kAttnNorm), nil
	case which == NormFFN && l < L:
		return mc.vec(regX, l+1, t, d), mc.vec(regXF, l, t, d), mc.vec(regHF, l, t, d), regRF, l*T + t, mc.p.block(l, kFFNNorm), nil
	case which == NormFinal && l == L:
		return mc.vec(regX, L, t, d), mc.vec(regXO, 0, t, d), mc.vec(regHO, 0, t, d), regRO, t, mc.p.outNorm(), nil
	}
	return nil, nil, nil, 0, 0, 0, fmt.Errorf("%w: norm %d at layer %d", ErrOperand, which, l)
}

// SUMSQ c, norm: SS = (c == 0 ? 0 : SS) + Σ x[chunk c]² (unsigned 128-bit).
func execSumSq(mc *Machine, in Instr) error {
	x, _, _, _, _, _, err := mc.normIO(in.B, int(in.L), int(in.T))
	if err != nil {
		return err
	}
	lo, hi, err := chunkRange(in.A, len(x))
	if err != nil {
		return err
	}
	vals := make([]int32, hi-lo)
	for i := range vals {
		vals[i] = int32(x[lo+i])
	}
	h, l := canon.SumSquares(vals)
	var sh, sl uint64
	if in.A > 0 {
		sh, sl = uint64(mc.scalar(scSSHi)), uint64(mc.scalar(scSSLo))
	}
	var carry uint64
	sl, carry = add64(sl, l)
	sh += h + carry
	mc.setScalar(scSSHi, int64(sh))
	mc.setScalar(scSSLo, int64(sl))
	return nil
}

func add64(a, b uint64) (uint64, uint64) {
	s := a + b
	if s < a {
		return s, 1
	}
	return s, 0
}

// RMS norm: RMS = canon.RMS(SS, dim, ε), saved as the norm's r.
func execRMS(mc *Machine, in Instr) error {
	x, _, _, rReg, rIdx, _, err := mc.normIO(in.B, int(in.L), int(in.T))
	if err != nil {
		return err
	}
	r := canon.RMS(uint64(mc.scalar(scSSHi)), uint64(mc.scalar(scSSLo)), len(x), mc.eps)
	mc.setScalar(scRMS, r)
	mc.wr(rReg)[rIdx] = r
	return nil
}

// NORM c, norm: x̂ = sat32(rdiv(x·2^16, r)), y = sat32(rshift(x̂·w, 24)) on chunk c.
func execNorm(mc *Machine, in Instr) error {
	x, xh, y, rReg, rIdx, tensor, err := mc.normIO(in.B, int(in.L), int(in.T))
	if err != nil {
		return err
	}
	lo, hi, err := chunkRange(in.A, len(x))
	if err != nil {
		return err
	}
	mc.regOK[regXA], mc.regOK[regHA], mc.regOK[regXF], mc.regOK[regHF], mc.regOK[regXO], mc.regOK[regHO] = false, false, false, false, false, false
	r, w := mc.regs[rReg][rIdx], mc.w[tensor]
	for i := lo; i < hi; i++ {
		xh[i] = int64(sat32(rdiv(x[i]<<16, r)))
		y[i] = int64(sat32(rshift(xh[i]*int64(w[i]), wFrac)))
	}
	return nil
}

// matIO returns matrix m's tensor, its input x (the forward), and its
// output slot (the forward) at (l, t).
func (mc *Machine) matIO(m uint32, l, t int) (tensor int, x, y []int64, err error) {
	c := mc.p.Dims
	d, kv, ff, L := c.Dim, c.KVDim(), c.FFDim, c.Layers
	if m >= numMats || (m == MatOut) != (l == L) {
		return 0, nil, nil, fmt.Errorf("%w: matrix %d at layer %d", ErrOperand, m, l)
	}
	tensor = mc.p.matTensor(int(m), l)
	switch m {
	case MatQ:
		return tensor, mc.vec(regHA, l, t, d), mc.vec(regQ, l, t, d), nil
	case MatK:
		return tensor, mc.vec(regHA, l, t, d), mc.vec(regK, l, t, kv), nil
	case MatV:
		return tensor, mc.vec(regHA, l, t, d), mc.vec(regV, l, t, kv), nil
	case MatO:
		return tensor, mc.vec(regATT, l, t, d), mc.regs[regY], nil
	case MatGate:
		return tensor, mc.vec(regHF, l, t, d), mc.vec(regGT, l, t, ff), nil
	case MatUp:
		return tensor, mc.vec(regHF, l, t, d), mc.vec(regU, l, t, ff), nil
	case MatDown:
		return tensor, mc.vec(regHH, l, t, ff), mc.regs[regY], nil
	}
	return tensor, mc.vec(regHO, 0, t, d), mc.regs[regLG], nil
}

// matOutReg is the register matIO's output lies in.
var matOutReg = [numMats]int{regQ, regK, regV, regY, regGT, regU, regY, regLG}

// FMV row, part, m: ACC += W[row][part]·x[part] (exact); the last part
// writes y[row] = sat32(rdiv(ACC, 2^24)) and clears ACC.
func execFMV(mc *Machine, in Instr) error {
	tensor, x, y, err := mc.matIO(in.C, int(in.L), int(in.T))
	if err != nil {
		return err
	}
	cols, lo, hi, err := mc.rowPart(tensor, in)
	if err != nil {
		return err
	}
	row := mc.w[tensor][int(in.A)*cols : (int(in.A)+1)*cols]
	acc := mc.scalar128(scAccHi)
	for i := lo; i < hi; i++ {
		acc.AddMul(int64(row[i]), x[i])
	}
	if uint64(in.B)+1 < mc.p.parts(cols) {
		mc.setScalar128(scAccHi, acc)
		return nil
	}
	mc.regOK[matOutReg[in.C]] = false
	y[in.A] = int64(acc.RShiftSat32(wFrac))
	mc.setScalar128(scAccHi, int128{})
	return nil
}

// headOf returns head h of a register slot as int32 values.
func headOf(v []int64, h, hd int) []int32 {
	out := make([]int32, hd)
	for i := range out {
		out[i] = int32(v[h*hd+i])
	}
	return out
}

func putHead(v []int64, h int, head []int32) {
	for i, x := range head {
		v[h*len(head)+i] = int64(x)
	}
}

// ROPE head, reg: rotate head of Q[l,t] (reg 0) or K[l,t] (reg 1) for position t.
func execRope(mc *Machine, in Instr) error {
	c := mc.p.Dims
	l, t, hd := int(in.L), int(in.T), c.HeadDim()
	r, n, heads := regQ, c.Dim, c.Heads
	if in.B == 1 {
		r, n, heads = regK, c.KVDim(), c.KVHeads
	}
	if in.B > 1 || int(in.A) >= heads || l >= c.Layers {
		return fmt.Errorf("%w: rope head %d of register %d at layer %d", ErrOperand, in.A, in.B, l)
	}
	v := mc.wvec(r, l, t, n)
	head := headOf(v, int(in.A), hd)
	cs, sn := mc.ropeRowOf(t)
	canon.RopeRotate(head, cs, sn)
	putHead(v, int(in.A), head)
	return nil
}

// attnCheck checks an attention instruction's layer, head and key position.
func (mc *Machine) attnCheck(in Instr, key bool) error {
	c := mc.p.Dims
	if int(in.L) >= c.Layers || int(in.B) >= c.Heads || (key && in.A > in.T) {
		return fmt.Errorf("%w: attention at layer %d, head %d, key %d, position %d", ErrOperand, in.L, in.B, in.A, in.T)
	}
	return nil
}

func (mc *Machine) group(h int) int { return h / (mc.p.Dims.Heads / mc.p.Dims.KVHeads) }

// SCORE t', h: SC[t'] = AttnScore(Q[l,t] head h, K[l,t'] of its KV head).
func execScore(mc *Machine, in Instr) error {
	if err := mc.attnCheck(in, true); err != nil {
		return err
	}
	c := mc.p.Dims
	l, hd, h := int(in.L), c.HeadDim(), int(in.B)
	q := headOf(mc.vec(regQ, l, int(in.T), c.Dim), h, hd)
	k := headOf(mc.vec(regK, l, int(in.A), c.KVDim()), mc.group(h), hd)
	mc.wr(regSC)[in.A] = int64(canon.AttnScore(q, k))
	return nil
}

// runMax sets MAX to the largest of vals and, unless vals is a reduction's
// first chunk, of MAX itself (SMAX, CEMAX).
func (mc *Machine) runMax(vals []int64, first bool) {
	mx := int64(-1 << 31)
	if !first {
		mx = mc.scalar(scMax)
	}
	for _, v := range vals {
		mx = max(mx, v)
	}
	mc.setScalar(scMax, mx)
}

// runExpSum adds ExpNeg(v − MAX) of every v in vals to SUM, which starts at
// 0 on a reduction's first chunk, and writes each term to dst unless dst is
// nil (EXP, CEEXP).
func (mc *Machine) runExpSum(vals, dst []int64, first bool) {
	var sum int64
	if !first {
		sum = mc.scalar(scSum)
	}
	mx := mc.scalar(scMax)
	for i, v := range vals {
		e := canon.ExpNeg(sat32(v - mx))
		if dst != nil {
			dst[i] = e
		}
		sum += e
	}
	mc.setScalar(scSum, sum)
}

// keyChunk returns the key positions t' ≤ t of chunk c.
func keyChunk(in Instr) (int, int, error) { return chunkRange(in.A, int(in.T)+1) }

// SMAX c: MAX = (c == 0 ? max : max(MAX, max)) of SC over the key chunk.
func execSMax(mc *Machine, in Instr) error {
	lo, hi, err := keyChunk(in)
	if err != nil {
		return err
	}
	mc.runMax(mc.regs[regSC][lo:hi], in.A == 0)
	return nil
}

// EXP c: P[t'] = ExpNeg(SC[t'] − MAX); SUM = (c == 0 ? 0 : SUM) + Σ P.
func execExp(mc *Machine, in Instr) error {
	lo, hi, err := keyChunk(in)
	if err != nil {
		return err
	}
	mc.runExpSum(mc.regs[regSC][lo:hi], mc.wr(regP)[lo:hi], in.A == 0)
	return nil
}

// PROB c: P[t'] = rdiv(P[t']·2^30, SUM).
func execProb(mc *Machine, in Instr) error {
	lo, hi, err := keyChunk(in)
	if err != nil {
		return err
	}
	sum, p := mc.scalar(scSum), mc.wr(regP)
	for i := lo; i < hi; i++ {
		p[i] = canon.SoftmaxProb(p[i], sum)
	}
	return nil
}

// WSUM t', h: WA[i] += P[t']·V[l,t'][KV head][i] (mod 2^64).
func execWSum(mc *Machine, in Instr) error {
	if err := mc.attnCheck(in, true); err != nil {
		return err
	}
	c := mc.p.Dims
	hd := c.HeadDim()
	v := mc.vec(regV, int(in.L), int(in.A), c.KVDim())[mc.group(int(in.B))*hd:]
	pt, wa := mc.regs[regP][in.A], mc.wr(regWA)
	for i := range wa {
		wa[i] += pt * v[i]
	}
	return nil
}

// WFIN h: ATT[l,t][head h] = sat32(rshift(WA, 30)); WA = 0.
func execWFin(mc *Machine, in Instr) error {
	if err := mc.attnCheck(in, false); err != nil {
		return err
	}
	c := mc.p.Dims
	hd := c.HeadDim()
	out := mc.wvec(regATT, int(in.L), int(in.T), c.Dim)[int(in.B)*hd:]
	wa := mc.wr(regWA)
	for i := range wa {
		out[i] = int64(sat32(rshift(wa[i], canon.ProbFrac)))
		wa[i] = 0
	}
	return nil
}

// ADD c, 0: X[l+1,t] = sat32(X[l,t] + Y); ADD c, 1: X[l+1,t] = sat32(X[l+1,t] + Y) on chunk c.
func execAdd(mc *Machine, in Instr) error {
	d, l, t := mc.p.Dims.Dim, int(in.L), int(in.T)
	if l >= mc.p.Dims.Layers || in.B > 1 {
		return fmt.Errorf("%w: add %d at layer %d", ErrOperand, in.B, l)
	}
	lo, hi, err := chunkRange(in.A, d)
	if err != nil {
		return err
	}
	src := mc.vec(regX, l+int(in.B), t, d)
	dst := mc.wvec(regX, l+1, t, d)
	for i := lo; i < hi; i++ {
		dst[i] = int64(sat32(src[i] + mc.regs[regY][i]))
	}
	return nil
}

// SWIGLU c: SG = Sigmoid(GT), S = SiLU(GT), HH = sat32(rshift(S·U, 16)) on chunk c.
func execSwiGLU(mc *Machine, in Instr) error {
	ff, l, t := mc.p.Dims.FFDim, int(in.L), int(in.T)
	if l >= mc.p.Dims.Layers {
		return fmt.Errorf("%w: swiglu at layer %d", ErrOperand, l)
	}
	lo, hi, err := chunkRange(in.A, ff)
	if err != nil {
		return err
	}
	g, u := mc.vec(regGT, l, t, ff), mc.vec(regU, l, t, ff)
	sg, s, hh := mc.wvec(regSG, l, t, ff), mc.wvec(regS, l, t, ff), mc.wvec(regHH, l, t, ff)
	for i := lo; i < hi; i++ {
		sg[i] = canon.Sigmoid(int32(g[i]))
		s[i] = int64(canon.SiLU(int32(g[i])))
		hh[i] = int64(sat32(rshift(s[i]*u[i], canon.ActFrac)))
	}
	return nil
}

// CEMAX c: MAX = (c == 0 ? max : max(MAX, max)) over the logit chunk c.
func execCEMax(mc *Machine, in Instr) error {
	lo, hi, err := chunkRange(in.A, mc.p.Dims.Vocab)
	if err != nil {
		return err
	}
	mc.runMax(mc.regs[regLG][lo:hi], in.A == 0)
	return nil
}

// CEEXP c: SUM = (c == 0 ? 0 : SUM) + Σ ExpNeg(LG − MAX) over chunk c.
func execCEExp(mc *Machine, in Instr) error {
	lo, hi, err := chunkRange(in.A, mc.p.Dims.Vocab)
	if err != nil {
		return err
	}
	mc.runExpSum(mc.regs[regLG][lo:hi], nil, in.A == 0)
	return nil
}

// CELOSS: LOSS += lnQ16(SUM) + MAX − LG[y], y = TOK[t+1].
func execCELoss(mc *Machine, in Instr) error {
	y := mc.regs[regTOK][in.T+1]
	loss := lnQ16(mc.scalar(scSum)) + mc.scalar(scMax) - mc.regs[regLG][y]
	mc.setScalar(scLoss, mc.scalar(scLoss)+loss)
	return nil
}

// CEGRAD c: DL[v] = rshift(SoftmaxProb(ExpNeg(LG[v] − MAX), SUM) − [v = y]·2^30, 6) on chunk c.
func execCEGrad(mc *Machine, in Instr) error {
	lo, hi, err := chunkRange(in.A, mc.p.Dims.Vocab)
	if err != nil {
		return err
	}
	y := int(mc.regs[regTOK][in.T+1])
	mx, sum, dl := mc.scalar(scMax), mc.scalar(scSum), mc.wr(regDL)
	for v := lo; v < hi; v++ {
		p := canon.SoftmaxProb(canon.ExpNeg(sat32(mc.regs[regLG][v]-mx)), sum)
		if v == y {
			p -= 1 << canon.ProbFrac
		}
		dl[v] = int64(int32(rshift(p, canon.ProbFrac-gradFrac)))
	}
	return nil
}
