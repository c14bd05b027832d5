package trainvm

import (
	"fmt"

	"github.com/airollup/airollup/prover/canon"
)

// matGrad returns, for matrix m at (l, t), its tensor, the output gradient
// dy (one value per row), the forward input x (one per column) and the
// register and slot the input gradient dx goes to.
func (mc *Machine) matGrad(m uint32, l, t int) (tensor int, dy, x []int64, dxReg int, dx []int64, err error) {
	c := mc.p.Dims
	d, ff, L := c.Dim, c.FFDim, c.Layers
	if m >= numMats || (m == MatOut) != (l == L) {
		return 0, nil, nil, 0, nil, fmt.Errorf("%w: matrix %d at layer %d", ErrOperand, m, l)
	}
	tensor = mc.p.matTensor(int(m), l)
	dh := mc.vec(regDH, 0, t, d)
	switch m {
	case MatOut:
		return tensor, mc.regs[regDL], mc.vec(regHO, 0, t, d), regDH, dh, nil
	case MatDown:
		return tensor, mc.vec(regDX, 0, t, d), mc.vec(regHH, l, t, ff), regDFF, mc.vec(regDFF, 0, t, ff), nil
	case MatGate:
		return tensor, mc.vec(regDG, 0, t, ff), mc.vec(regHF, l, t, d), regDH, dh, nil
	case MatUp:
		return tensor, mc.vec(regDFF, 0, t, ff), mc.vec(regHF, l, t, d), regDH, dh, nil
	case MatO:
		return tensor, mc.vec(regDX, 0, t, d), mc.vec(regATT, l, t, d), regDA, mc.vec(regDA, 0, t, d), nil
	case MatQ:
		return tensor, mc.vec(regDQ, 0, t, d), mc.vec(regHA, l, t, d), regDH, dh, nil
	case MatK:
		return tensor, mc.regs[regDKS], mc.vec(regHA, l, t, d), regDH, dh, nil
	}
	return tensor, mc.regs[regDVS], mc.vec(regHA, l, t, d), regDH, dh, nil
}

// OUTER row, part, m: G[W][row][part] += dy[row]·x[part] (mod 2^64).
func execOuter(mc *Machine, in Instr) error {
	tensor, dy, x, _, _, err := mc.matGrad(in.C, int(in.L), int(in.T))
	if err != nil {
		return err
	}
	cols, lo, hi, err := mc.rowPart(tensor, in)
	if err != nil {
		return err
	}
	g := mc.wrG(tensor)
	if g == nil {
		return fmt.Errorf("%w: OUTER on frozen tensor %d", ErrOperand, tensor)
	}
	row, dr := g[int(in.A)*cols:(int(in.A)+1)*cols], dy[in.A]
	for i := lo; i < hi; i++ {
		row[i] += dr * x[i]
	}
	return nil
}

// MVT row, part, m: ACC[part] += W[row][part]·dy[row] (exact, int128).
func execMVT(mc *Machine, in Instr) error {
	tensor, dy, _, _, _, err := mc.matGrad(in.C, int(in.L), int(in.T))
	if err != nil {
		return err
	}
	cols, lo, hi, err := mc.rowPart(tensor, in)
	if err != nil {
		return err
	}
	row, dr, acc := mc.w[tensor][int(in.A)*cols:(int(in.A)+1)*cols], dy[in.A], mc.wrWide(regACC)
	for i := lo; i < hi; i++ {
		acc[i].AddMul(int64(row[i]), dr)
	}
	return nil
}

// MVTFIN c, mode, m: dx[c] = sat32(rdiv(ACC[c], 2^24)) (mode 1: added to dx
// with saturation); ACC[c] = 0.
func execMVTFin(mc *Machine, in Instr) error {
	_, _, _, dxReg, dx, err := mc.matGrad(in.C, int(in.L), int(in.T))
	if err != nil {
		return err
	}
	lo, hi, err := chunkRange(in.A, len(dx))
	if err != nil || in.B > 1 {
		return fmt.Errorf("%w: MVTFIN chunk %d mode %d", ErrOperand, in.A, in.B)
	}
	mc.regOK[dxReg] = false
	acc := mc.wrWide(regACC)
	for i := lo; i < hi; i++ {
		v := int64(acc[i].RShiftSat32(wFrac))
		if in.B == 1 {
			v = int64(sat32(dx[i] + v))
		}
		dx[i] = v
		acc[i] = int128{}
	}
	return nil
}

// normBackIO returns a norm backward's x̂, r and weight tensor (normIO) and
// the register and slot of its dx: DX[t] for the final norm, DN otherwise.
func (mc *Machine) normBackIO(in Instr) (xh []int64, r int64, tensor, dxReg int, dx []int64, err error) {
	_, xh, _, rReg, rIdx, tensor, err := mc.normIO(in.B, int(in.L), int(in.T))
	if err != nil {
		return nil, 0, 0, 0, nil, err
	}
	if in.B == NormFinal {
		return xh, mc.regs[rReg][rIdx], tensor, regDX, mc.vec(regDX, 0, int(in.T), len(xh)), nil
	}
	return xh, mc.regs[rReg][rIdx], tensor, regDN, mc.regs[regDN], nil
}

// RMSB c, norm: G[w] += dy·x̂; DT = sat32(rshift(dy·w, 24)); C = (c == 0 ?
// 0 : C) + Σ DT·x̂ (int128), dy = DH[t], on chunk c.
func execRMSB(mc *Machine, in Instr) error {
	xh, _, tensor, _, _, err := mc.normBackIO(in)
	if err != nil {
		return err
	}
	lo, hi, err := chunkRange(in.A, len(xh))
	if err != nil {
		return err
	}
	t := int(in.T)
	dy, w, g := mc.vec(regDH, 0, t, len(xh)), mc.w[tensor], mc.wrG(tensor)
	dt := mc.wvec(regDT, 0, t, len(xh))
	var c int128
	if in.A > 0 {
		c = mc.scalar128(scCHi)
	}
	for i := lo; i < hi; i++ {
		if g != nil {
			g[i] += dy[i] * xh[i]
		}
		dt[i] = int64(sat32(rshift(dy[i]*int64(w[i]), wFrac)))
		c.Add(dt[i] * xh[i])
	}
	mc.setScalar128(scCHi, c)
	return nil
}

// RMSBFIN c, norm: dx = sat32(mulDiv(DT − mulShift(x̂, rdiv(C, n·2^16), 16), 2^16, r)) on chunk c.
func execRMSBFin(mc *Machine, in Instr) error {
	xh, r, _, dxReg, dx, err := mc.normBackIO(in)
	if err != nil {
		return err
	}
	lo, hi, err := chunkRange(in.A, len(xh))
	if err != nil {
		return err
	}
	dt := mc.vec(regDT, 0, int(in.T), len(xh))
	cbar := mc.scalar128(scCHi).RDivSat64(uint64(len(xh)) << 16)
	mc.regOK[dxReg] = false
	for i := lo; i < hi; i++ {
		dx[i] = int64(sat32(mulDiv(dt[i]-mulShift(xh[i], cbar, 16), 1<<16, r)))
	}
	return nil
}

// SWIGLUB c: from dhh = DFF[t], DG[t] = the gate gradient and DFF[t] = the
// up gradient, on chunk c (docs/arithmetic.md, "Training").
func execSwiGLUB(mc *Machine, in Instr) error {
	ff, l, t := mc.p.Dims.FFDim, int(in.L), int(in.T)
	if l >= mc.p.Dims.Layers {
		return fmt.Errorf("%w: swiglu backward at layer %d", ErrOperand, l)
	}
	lo, hi, err := chunkRange(in.A, ff)
	if err != nil {
		return err
	}
	s, u, g, sgr := mc.vec(regS, l, t, ff), mc.vec(regU, l, t, ff), mc.vec(regGT, l, t, ff), mc.vec(regSG, l, t, ff)
	dff, dg := mc.wvec(regDFF, 0, t, ff), mc.wvec(regDG, 0, t, ff)
	for i := lo; i < hi; i++ {
		dhi, sg := dff[i], sgr[i]
		ds := rshift(dhi*u[i], canon.ActFrac)
		a := mulShift(g[i], 1<<canon.ProbFrac-sg, canon.ActFrac)
		dsig := mulShift(sg, 1<<canon.ProbFrac+a, canon.ProbFrac)
		dg[i] = int64(sat32(mulShift(ds, dsig, canon.ProbFrac)))
		dff[i] = int64(sat32(rshift(dhi*s[i], canon.ActFrac)))
	}
	return nil
}

// ADDG c: DX[t][c] = sat32(DX + DN).
func execAddG(mc *Machine, in Instr) error {
	d := mc.p.Dims.Dim
	lo, hi, err := chunkRange(in.A, d)
	if err != nil {
		return err
	}
	dx := mc.wvec(regDX, 0, int(in.T), d)
	for i := lo; i < hi; i++ {
		dx[i] = int64(sat32(dx[i] + mc.regs[regDN][i]))
	}
	return nil
}

// DPV t', h: DP[t'] = rdiv(DA_h·V_t', 2^16) (exact sum); DV[t'] +=
// rshift(P[t']·DA_h, 30); D = (t' == 0 ? 0 : D) + rshift(P[t']·DP[t'], 30).
func execDPV(mc *Machine, in Instr) error {
	if err := mc.attnCheck(in, true); err != nil {
		return err
	}
	c := mc.p.Dims
	hd, kv, h, tk := c.HeadDim(), c.KVDim(), int(in.B), int(in.A)
	g := mc.group(h)
	dout := mc.vec(regDA, 0, int(in.T), c.Dim)[h*hd : (h+1)*hd]
	v := mc.vec(regV, int(in.L), tk, kv)[g*hd : (g+1)*hd]
	var a int128
	for i, o := range dout {
		a.Add(o * v[i])
	}
	dp := a.RDivSat64(1 << 16)
	mc.wr(regDP)[tk] = dp
	pt := mc.regs[regP][tk]
	dv := mc.wvec(regDV, 0, tk, kv)[g*hd : (g+1)*hd]
	for i, o := range dout {
		dv[i] += mulShift(pt, o, canon.ProbFrac)
	}
	var D int64
	if tk > 0 {
		D = mc.scalar(scD)
	}
	mc.setScalar(scD, D+mulShift(pt, dp, canon.ProbFrac))
	return nil
}

// DSK t', h: dd = rshift(rshift(P·(DP − D), 30)·InvSqrtHeadDim, 30); DQA +=
// dd·K_t' (exact); DK[t'] += rshift(dd·Q_h, 16).
func execDSK(mc *Machine, in Instr) error {
	if err := mc.attnCheck(in, true); err != nil {
		return err
	}
	c := mc.p.Dims
	hd, kv, h, tk := c.HeadDim(), c.KVDim(), int(in.B), int(in.A)
	g := mc.group(h)
	ds := mulShift(mc.regs[regP][tk], mc.regs[regDP][tk]-mc.scalar(scD), canon.ProbFrac)
	dd := mulShift(ds, canon.InvSqrtHeadDim(hd), canon.ProbFrac)
	if dd == 0 {
		return nil
	}
	k := mc.vec(regK, int(in.L), tk, kv)[g*hd : (g+1)*hd]
	q := mc.vec(regQ, int(in.L), int(in.T), c.Dim)[h*hd : (h+1)*hd]
	acc, dk := mc.wrWide(regDQA), mc.wvec(regDK, 0, tk, kv)[g*hd:(g+1)*hd]
	for i := range k {
		acc[i].AddMul(dd, k[i])
		dk[i] += mulShift(dd, q[i], 16)
	}
	return nil
}

// DQFIN h: DQ[t][head h] = sat32(rdiv(DQA, 2^16)); DQA = 0.
func execDQFin(mc *Machine, in Instr) error {
	if err := mc.attnCheck(in, false); err != nil {
		return err
	}
	c := mc.p.Dims
	hd := c.HeadDim()
	dq := mc.wvec(regDQ, 0, int(in.T), c.Dim)[int(in.B)*hd:]
	acc := mc.wrWide(regDQA)
	for i := range acc {
		dq[i] = int64(acc[i].RShiftSat32(16))
		acc[i] = int128{}
	}
	return nil
}

// DKVFIN c: DKS[c] = sat32(DK[t][c]), DVS[c] = sat32(DV[t][c]); both sums cleared.
func execDKVFin(mc *Machine, in Instr) error {
	kv := mc.p.Dims.KVDim()
	lo, hi, err := chunkRange(in.A, kv)
	if err != nil {
		return err
	}
	t := int(in.T)
	dk, dv := mc.wvec(regDK, 0, t, kv), mc.wvec(regDV, 0, t, kv)
	dks, dvs := mc.wr(regDKS), mc.wr(regDVS)
	for i := lo; i < hi; i++ {
		dks[i], dvs[i] = int64(sat32(dk[i])), int64(sat32(dv[i]))
		dk[i], dv[i] = 0, 0
	}
	return nil
}

// ROPEB h, reg: the transposed rotation of head h of DQ[t] (reg 0) or of
// DKS (reg 1) for position t.
func execRopeB(mc *Machine, in Instr) error {
	c := mc.p.Dims
	hd, t := c.HeadDim(), int(in.T)
	v, heads := mc.wvec(regDQ, 0, t, c.Dim), c.Heads
	if in.B == 1 {
		v, heads = mc.wr(regDKS), c.KVHeads
	}
	if in.B > 1 || int(in.A) >= heads {
		return fmt.Errorf("%w: rope backward head %d of register %d", ErrOperand, in.A, in.B)
	}
	cs, sn := mc.ropeRowOf(t)
	head := v[int(in.A)*hd : (int(in.A)+1)*hd]
	for i := range cs {
		d0, d1 := head[2*i], head[2*i+1]
		co, si := int64(cs[i]), int64(sn[i])
		head[2*i] = int64(sat32(rshift(d0*co+d1*si, canon.ProbFrac)))
		head[2*i+1] = int64(sat32(rshift(d1*co-d0*si, canon.ProbFrac)))
	}
	return nil
}

// EMBEDB t, part: G[token_embd][TOK[t]][part] += DX[t][part]·2^16.
func execEmbedB(mc *Machine, in Instr) error {
	d := mc.p.Dims.Dim
	lo, hi, err := mc.partRange(in.A, d)
	if err != nil {
		return err
	}
	g := mc.wrG(0)
	if g == nil {
		return fmt.Errorf("%w: EMBEDB with token_embd frozen", ErrOperand)
	}
	tok := int(mc.regs[regTOK][in.T])
	row, dx := g[tok*d:(tok+1)*d], mc.vec(regDX, 0, int(in.T), d)
	for i := lo; i < hi; i++ {
		row[i] += dx[i] << (accFrac - gradFrac)
	}
	return nil
}
