package trainvm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/train"
)

// UPDATE i, r, c: the optimizer on chunk c of row r of tensor i
// (docs/arithmetic.md, "Optimizer"): g = rdiv(G, B·T·2^16), then SGD
// w −= rshift(lr·g, 32) or Adam with its moments, w saturated to int32.
func execUpdate(mc *Machine, in Instr) error {
	i := int(in.A)
	if i >= len(mc.w) || mc.g[i] == nil {
		return fmt.Errorf("%w: update of tensor %d (untrained or of %d)", ErrOperand, i, len(mc.w))
	}
	rows, cols := mc.p.Shape(i)
	if int(in.B) >= rows {
		return fmt.Errorf("%w: row %d of %d", ErrOperand, in.B, rows)
	}
	lo, hi, err := chunkRange(in.C, cols)
	if err != nil {
		return err
	}
	h := mc.hyper
	lr := h.LRAt(mc.carried.Step)
	den := int64(mc.p.Batch*mc.p.SeqLen) << (accFrac - gradFrac)
	var b1, b2, eps int64
	if h.Optimizer == train.Adam {
		t := mc.carried.Step + 1
		b1, b2 = oneH-powQ32(h.Beta1, t), oneH-powQ32(h.Beta2, t)
		eps = rshift(h.Eps, hFrac-gradFrac)
	}
	base := int(in.B) * cols
	w, g := mc.w[i], mc.g[i]
	for j := base + lo; j < base+hi; j++ {
		gj := rdiv(g[j], den)
		var d int64
		if h.Optimizer != train.Adam {
			d = mulShift(lr, gj, hFrac)
		} else {
			m := mulShift(h.Beta1, mc.m[i][j], hFrac) + mulShift(oneH-h.Beta1, gj, hFrac)
			v := mulShift(h.Beta2, mc.v[i][j], hFrac) + mulShift(oneH-h.Beta2, mulShift(gj, gj, 0), hFrac)
			mc.m[i][j], mc.v[i][j] = m, v
			mh, vh := mulDiv(m, oneH, b1), mulDiv(v, oneH, b2)
			den := (int64(canon.ISqrt(uint64(max(vh, 0)))) + eps) << (hFrac - gradFrac)
			d = mulDiv(lr, mh, max(den, 1))
		}
		w[j] = sat32(int64(w[j]) - d)
	}
	mc.wOK[i], mc.mOK[i], mc.carryOK = false, false, false
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
	mc.carried.WeightsRoot = mc.treeRoot(mc.wRt, mc.wOK, mc.weightLeaf)
	if mc.m != nil {
		mc.carried.OptimizerRoot = mc.treeRoot(mc.mRt, mc.mOK, mc.momentLeaf)
	}
}

// treeRoot is the tensor tree (docs/training-game.md, "Tensor tree") over
// every tensor, recomputing the roots of those not ok.
func (mc *Machine) treeRoot(roots []merkle.Hash, ok []bool, leaf func(buf []byte, i, lo, hi int) []byte) merkle.Hash {
	buf := make([]byte, 16*Chunk)
	for i := range roots {
		if ok[i] {
			continue
		}
		rows, cols := mc.p.Shape(i)
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
	b := buf[:4*(hi-lo)]
	for k, v := range mc.w[i][lo:hi] {
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
