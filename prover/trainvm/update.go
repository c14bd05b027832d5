package trainvm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// optimizer returns the step's learning rate and, for Adam, the bias
// corrections 1 − β^t (t = step + 1) and ε in Q24 (docs/arithmetic.md, "Optimizer").
func (mc *Machine) optimizer() (lr, b1, b2, eps int64) {
	h := mc.hyper
	lr = h.LRAt(mc.carried.Step)
	if h.Optimizer == train.Adam {
		t := mc.carried.Step + 1
		b1, b2 = oneH-powQ32(h.Beta1, t), oneH-powQ32(h.Beta2, t)
		eps = rshift(h.Eps, hFrac-gradFrac)
	}
	return lr, b1, b2, eps
}

// delta returns the optimizer's step for parameter j of optimizer-tree
// entry i with mean gradient g (Q24), updating its Adam moments (SGD: lr·g).
func (mc *Machine) delta(i, j int, g int64) int64 {
	h := mc.hyper
	lr, b1, b2, eps := mc.optimizer()
	if h.Optimizer != train.Adam {
		return mulShift(lr, g, hFrac)
	}
	m := mulShift(h.Beta1, mc.m[i][j], hFrac) + mulShift(oneH-h.Beta1, g, hFrac)
	v := mulShift(h.Beta2, mc.v[i][j], hFrac) + mulShift(oneH-h.Beta2, mulShift(g, g, 0), hFrac)
	mc.m[i][j], mc.v[i][j] = m, v
	mc.mOK[i] = false
	mh, vh := mulDiv(m, oneH, b1), mulDiv(v, oneH, b2)
	d := (int64(canon.ISqrt(uint64(max(vh, 0)))) + eps) << (hFrac - gradFrac)
	return mulDiv(lr, mh, max(d, 1))
}

// gradDen is the divisor of a gradient accumulator: B·T positions, Q40 to Q24.
func (mc *Machine) gradDen() int64 { return int64(mc.p.Batch*mc.p.SeqLen) << (accFrac - gradFrac) }

// UPDATE i, r, c: the optimizer on chunk c of row r of tensor i of a full
// run: g = rdiv(G, B·T·2^16), w = sat32(w − delta).
func execUpdate(mc *Machine, in Instr) error {
	i := int(in.A)
	if i >= len(mc.w) || mc.g[i] == nil || mc.p.Rank > 0 {
		return fmt.Errorf("%w: update of tensor %d (untrained, of %d, or a LoRA run's)", ErrOperand, i, len(mc.w))
	}
	rows, cols := mc.p.Shape(i)
	if int(in.B) >= rows {
		return fmt.Errorf("%w: row %d of %d", ErrOperand, in.B, rows)
	}
	lo, hi, err := chunkRange(in.C, cols)
	if err != nil {
		return err
	}
	base, den := int(in.B)*cols, mc.gradDen()
	for j := base + lo; j < base+hi; j++ {
		mc.w[i][j] = sat32(int64(mc.w[i][j]) - mc.delta(i, j, rdiv(mc.g[i][j], den)))
	}
	mc.wOK[i], mc.carryOK = false, false
	return nil
}

// lora checks a LoRA instruction's target tensor and row against rows(i)
// rows, returning the target's number among the targets and its shape.
func (mc *Machine) lora(in Instr, rowsOf func(r, c int) int) (t, rows, cols int, err error) {
	i := int(in.A)
	if mc.p.Rank == 0 || i >= len(mc.w) || !mc.p.Trained[i] {
		return 0, 0, 0, fmt.Errorf("%w: tensor %d is not a LoRA target", ErrOperand, i)
	}
	rows, cols = mc.p.Shape(i)
	if n := rowsOf(rows, cols); int(in.B) >= n {
		return 0, 0, 0, fmt.Errorf("%w: row %d of %d", ErrOperand, in.B, n)
	}
	return mc.target[i], rows, cols, nil
}

func tensorRows(r, _ int) int { return r }

// LGRAD i, row, part·rank + k: for the target's gradient g = rdiv(G,
// B·T·2^16) of a row part, GBA[k] += Σ_j g_j·A[k][j] and GA[k][j] +=
// B[row][k]·g_j (exact, with the factors before the update); the last part
// writes GB[row][k] = rshift(s·rdiv(GBA[k], 2^24), 32) and clears GBA[k].
func execLGrad(mc *Machine, in Instr) error {
	t, _, cols, err := mc.lora(in, tensorRows)
	if err != nil {
		return err
	}
	lo, hi, k, last, err := mc.loraRange(in.C, cols)
	if err != nil {
		return err
	}
	r, row, den := mc.p.Rank, int(in.B), mc.gradDen()
	A, b, G := mc.f[2*t][k*cols:(k+1)*cols], int64(mc.f[2*t+1][row*r+k]), mc.g[int(in.A)][row*cols:(row+1)*cols]
	ga, gba := mc.wrWide(regGA)[k*cols:(k+1)*cols], mc.wrWide(regGBA)
	for j := lo; j < hi; j++ {
		g := rdiv(G[j], den)
		gba[k].AddMul(g, int64(A[j]))
		ga[j].AddMul(b, g)
	}
	if !last {
		return nil
	}
	mc.wr(regGB)[row*r+k] = mulShift(mc.scale, gba[k].RDivSat64(1<<wFrac), hFrac)
	gba[k] = int128{}
	return nil
}

// LUPDA i, k, c: g_A = rshift(s·rdiv(GA[k][j], 2^24), 32) on chunk c of row
// k of lora_a; A = sat32(A − delta); GA cleared.
func execLUpdA(mc *Machine, in Instr) error {
	t, _, cols, err := mc.lora(in, func(int, int) int { return mc.p.Rank })
	if err != nil {
		return err
	}
	lo, hi, err := chunkRange(in.C, cols)
	if err != nil {
		return err
	}
	ga, A, k := mc.wrWide(regGA), mc.f[2*t], int(in.B)
	for j := k*cols + lo; j < k*cols+hi; j++ {
		g := mulShift(mc.scale, ga[j].RDivSat64(1<<wFrac), hFrac)
		ga[j] = int128{}
		A[j] = sat32(int64(A[j]) - mc.delta(2*t, j, g))
	}
	mc.aOK[2*t], mc.carryOK = false, false
	return nil
}

// LUPDB i, row, c: B[row][c] = sat32(B − delta(GB[row][c])); GB cleared.
func execLUpdB(mc *Machine, in Instr) error {
	t, _, _, err := mc.lora(in, tensorRows)
	if err != nil {
		return err
	}
	r := mc.p.Rank
	lo, hi, err := chunkRange(in.C, r)
	if err != nil {
		return err
	}
	gb, B, row := mc.wr(regGB), mc.f[2*t+1], int(in.B)
	for j := row*r + lo; j < row*r+hi; j++ {
		B[j] = sat32(int64(B[j]) - mc.delta(2*t+1, j, gb[j]))
		gb[j] = 0
	}
	mc.aOK[2*t+1], mc.carryOK = false, false
	return nil
}

// MERGE i, row, part·rank + k: ACC[j] = (k == 0 ? 0 : ACC[j]) +
// B[row][k]·A[k][j] (exact) on the part; the last k writes
// W[row][j] = sat32(W0 + rshift(s·rdiv(ACC[j], 2^24), 32)) and clears ACC.
func execMerge(mc *Machine, in Instr) error {
	t, _, cols, err := mc.lora(in, tensorRows)
	if err != nil {
		return err
	}
	lo, hi, k, _, err := mc.loraRange(in.C, cols)
	if err != nil {
		return err
	}
	i, r, row := int(in.A), mc.p.Rank, int(in.B)
	A, b, acc := mc.f[2*t][k*cols:(k+1)*cols], int64(mc.f[2*t+1][row*r+k]), mc.wrWide(regACC)
	for j := lo; j < hi; j++ {
		if k == 0 {
			acc[j] = int128{}
		}
		acc[j].AddMul(b, int64(A[j]))
	}
	if k+1 < r {
		return nil
	}
	W, W0 := mc.w[i][row*cols:(row+1)*cols], mc.base[i][row*cols:(row+1)*cols]
	for j := lo; j < hi; j++ {
		W[j] = sat32(int64(W0[j]) + mulShift(mc.scale, acc[j].RDivSat64(1<<wFrac), hFrac))
		acc[j] = int128{}
	}
	mc.wOK[i], mc.carryOK = false, false
	return nil
}

// STEPEND: step += 1, cursor = (cursor + B) mod K.
func execStepEnd(mc *Machine, _ Instr) error {
	K := (mc.carried.DataTokens - 1) / uint64(mc.p.SeqLen)
	mc.carried.Step++
	mc.carried.Cursor = (mc.carried.Cursor + uint64(mc.p.Batch)) % K
	mc.carryOK = false
	return nil
}

// refreshCarried recomputes the carried weights and optimizer roots from
// the tensors an UPDATE changed.
func (mc *Machine) refreshCarried() {
	mc.carried.WeightsRoot = mc.treeRoot(mc.wRt, mc.wOK, mc.p.Shape, mc.weightLeaf)
	if mc.m != nil {
		mc.carried.OptimizerRoot = mc.treeRoot(mc.mRt, mc.mOK, mc.optShape, mc.momentLeaf)
	}
	if mc.f != nil {
		mc.carried.AdaptersRoot = mc.treeRoot(mc.aRt, mc.aOK, mc.optShape, mc.factorLeaf)
	}
}

// treeRoot is the tensor tree (docs/training-game.md, "Tensor tree") over
// every tensor, recomputing the roots of those not ok.
func (mc *Machine) treeRoot(roots []merkle.Hash, ok []bool, shape func(int) (int, int), leaf func(buf []byte, i, lo, hi int) []byte) merkle.Hash {
	buf := make([]byte, 16*Chunk)
	for i := range roots {
		if ok[i] {
			continue
		}
		rows, cols := shape(i)
		rowRoots := make([]merkle.Hash, rows)
		leaves := make([]merkle.Hash, chunks(cols))
		for r := range rowRoots {
			for c := range leaves {
				lo := r*cols + c*Chunk
				leaves[c] = mc.k.Sum(leaf(buf, i, lo, min(lo+Chunk, (r+1)*cols)))
			}
			rowRoots[r] = merkle.RootInPlace(mc.k, leaves)
		}
		roots[i], ok[i] = merkle.RootInPlace(mc.k, rowRoots), true
	}
	return merkle.RootInPlace(mc.k, append([]merkle.Hash(nil), roots...))
}

// weightLeaf is be32 of the weights [lo, hi) of tensor i.
func (mc *Machine) weightLeaf(buf []byte, i, lo, hi int) []byte {
	return int32Bytes(buf, mc.w[i][lo:hi])
}

// factorLeaf is be32 of the values [lo, hi) of LoRA factor i.
func (mc *Machine) factorLeaf(buf []byte, i, lo, hi int) []byte {
	return int32Bytes(buf, mc.f[i][lo:hi])
}

func int32Bytes(buf []byte, vals []int32) []byte {
	b := buf[:4*len(vals)]
	for k, v := range vals {
		binary.BigEndian.PutUint32(b[4*k:], uint32(v))
	}
	return b
}

// momentLeaf is be64 m × n ‖ be64 v × n of the parameters [lo, hi) of tensor i.
func (mc *Machine) momentLeaf(buf []byte, i, lo, hi int) []byte {
	n := hi - lo
	b := buf[:16*n]
	for k := 0; k < n; k++ {
		binary.BigEndian.PutUint64(b[8*k:], uint64(mc.m[i][lo+k]))
		binary.BigEndian.PutUint64(b[8*(n+k):], uint64(mc.v[i][lo+k]))
	}
	return b
}
