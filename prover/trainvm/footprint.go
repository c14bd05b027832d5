package trainvm

import (
	"fmt"
	"slices"

	"github.com/airollup/airollup/prover/train"
)

// footprint returns the leaves instruction in reads or writes, sorted and
// without repeats: what a step proof opens (docs/training-game.md,
// "Instructions, operands, what a proof opens"). It reads the machine only
// for the tokens a data-dependent opening needs (EMBED, EMBEDB: the row
// TOK[t]; CELOSS: the logit TOK[t+1]), which are in the footprint too, so
// a verifier computes it from opened values alone.
func (mc *Machine) footprint(in Instr) ([]Loc, error) {
	f := &fpr{mc: mc}
	if err := f.op(in); err != nil {
		return nil, err
	}
	slices.SortFunc(f.locs, func(a, b Loc) int { return a.less(b) })
	return slices.Compact(f.locs), nil
}

type fpr struct {
	mc   *Machine
	locs []Loc
}

// reg adds the leaves of values [lo, hi) of register r.
func (f *fpr) reg(r, lo, hi int) {
	per, _ := perLeaf(r)
	for c := lo / per; c*per < hi; c++ {
		f.locs = append(f.locs, Loc{Tree: uint8(r), Chunk: uint32(c)})
	}
}

// slot adds values [lo, hi) of the (l, t) slot of width n of register r.
func (f *fpr) slot(r, l, t, n, lo, hi int) {
	o := (l*f.mc.p.SeqLen + t) * n
	f.reg(r, o+lo, o+hi)
}

// tensor adds the chunks covering columns [lo, hi) of a row of tensor i of tree t.
func (f *fpr) tensor(t, i, row, lo, hi int) {
	for c := lo / Chunk; c*Chunk < hi; c++ {
		f.locs = append(f.locs, Loc{Tree: uint8(t), Tensor: uint32(i), Row: uint32(row), Chunk: uint32(c)})
	}
}

// scalars adds the leaf of R holding the scalars (SS .. C).
func (f *fpr) scalars() { f.reg(regR, 0, scCLo+1) }

// tok adds the leaf of TOK[i] and returns the token, checked against the vocabulary.
func (f *fpr) tok(i int) (int, error) {
	f.reg(regTOK, i, i+1)
	v := f.mc.regs[regTOK][i]
	if v < 0 || v >= int64(f.mc.p.Dims.Vocab) {
		return 0, fmt.Errorf("%w: token %d at TOK[%d] outside the vocabulary [0, %d)", ErrProof, v, i, f.mc.p.Dims.Vocab)
	}
	return int(v), nil
}

// ref is a register slot: register, (layer, position) and width.
type ref struct{ r, l, t, n int }

func (f *fpr) ref(v ref, lo, hi int) { f.slot(v.r, v.l, v.t, v.n, lo, hi) }

// normRefs are a norm's input, x̂, output, the slot of its r and its tensor.
func (f *fpr) normRefs(which uint32, l, t int) (x, xh, y ref, rr ref, tensor int) {
	c, L := f.mc.p.Dims, f.mc.p.Dims.Layers
	d := c.Dim
	switch which {
	case NormAttn:
		return ref{regX, l, t, d}, ref{regXA, l, t, d}, ref{regHA, l, t, d}, ref{regRA, l, t, 1}, f.mc.p.block(l, kAttnNorm)
	case NormFFN:
		return ref{regX, l + 1, t, d}, ref{regXF, l, t, d}, ref{regHF, l, t, d}, ref{regRF, l, t, 1}, f.mc.p.block(l, kFFNNorm)
	}
	return ref{regX, L, t, d}, ref{regXO, 0, t, d}, ref{regHO, 0, t, d}, ref{regRO, 0, t, 1}, f.mc.p.outNorm()
}

// matRefs are matrix m's forward input and output slots, its backward dy
// and dx slots (as matIO and matGrad).
func (f *fpr) matRefs(m uint32, l, t int) (x, y, dy, dx ref) {
	c := f.mc.p.Dims
	d, kv, ff := c.Dim, c.KVDim(), c.FFDim
	dh := ref{regDH, 0, t, d}
	switch m {
	case MatQ:
		return ref{regHA, l, t, d}, ref{regQ, l, t, d}, ref{regDQ, 0, t, d}, dh
	case MatK:
		return ref{regHA, l, t, d}, ref{regK, l, t, kv}, ref{regDKS, 0, 0, 0}, dh
	case MatV:
		return ref{regHA, l, t, d}, ref{regV, l, t, kv}, ref{regDVS, 0, 0, 0}, dh
	case MatO:
		return ref{regATT, l, t, d}, ref{regY, 0, 0, 0}, ref{regDX, 0, t, d}, ref{regDA, 0, t, d}
	case MatGate:
		return ref{regHF, l, t, d}, ref{regGT, l, t, ff}, ref{regDG, 0, t, ff}, dh
	case MatUp:
		return ref{regHF, l, t, d}, ref{regU, l, t, ff}, ref{regDFF, 0, t, ff}, dh
	case MatDown:
		return ref{regHH, l, t, ff}, ref{regY, 0, 0, 0}, ref{regDX, 0, t, d}, ref{regDFF, 0, t, ff}
	}
	return ref{regHO, 0, t, d}, ref{regLG, 0, 0, 0}, ref{regDL, 0, 0, 0}, dh
}

func (f *fpr) part(p uint32, n int) (int, int) {
	size := f.mc.p.partSize()
	return int(p) * size, min(int(p+1)*size, n)
}

func chunkOf(c uint32, n int) (int, int) { return int(c) * Chunk, min(int(c+1)*Chunk, n) }

func (f *fpr) op(in Instr) error {
	mc := f.mc
	c, T := mc.p.Dims, mc.p.SeqLen
	d, kv, ff, hd := c.Dim, c.KVDim(), c.FFDim, c.HeadDim()
	l, t := int(in.L), int(in.T)
	if in.Op >= numOps || l > c.Layers || t >= T {
		return fmt.Errorf("%w: %s", ErrOperand, in)
	}
	switch in.Op {
	case OpToken:
		lo, hi := chunkOf(in.A, T+1)
		K := (mc.carried.DataTokens - 1) / uint64(T)
		if K == 0 {
			return fmt.Errorf("%w: corpus of %d tokens has no sequence of %d", ErrProof, mc.carried.DataTokens, T)
		}
		s := (mc.carried.Cursor + uint64(in.Seq)) % K
		f.tensor(TreeTokens, 0, 0, int(s)*T+lo, int(s)*T+hi)
		f.reg(regTOK, lo, hi)
	case OpEmbed:
		tok, err := f.tok(t)
		if err != nil {
			return err
		}
		lo, hi := f.part(in.A, d)
		f.tensor(TreeWeights, 0, tok, lo, hi)
		f.slot(regX, 0, t, d, lo, hi)
	case OpSumSq, OpRMS, OpNorm:
		x, xh, y, rr, tensor := f.normRefs(in.B, l, t)
		f.scalars()
		if in.Op == OpRMS {
			f.ref(rr, 0, 1)
			return nil
		}
		lo, hi := chunkOf(in.A, d)
		f.ref(x, lo, hi)
		if in.Op == OpNorm {
			f.ref(xh, lo, hi)
			f.ref(y, lo, hi)
			f.ref(rr, 0, 1)
			f.tensor(TreeWeights, tensor, 0, lo, hi)
		}
	case OpFMV, OpOuter, OpMVT:
		if in.C >= numMats {
			return fmt.Errorf("%w: %s", ErrOperand, in)
		}
		tensor := mc.p.matTensor(int(in.C), l)
		_, cols := mc.p.Shape(tensor)
		lo, hi := f.part(in.B, cols)
		x, y, dy, _ := f.matRefs(in.C, l, t)
		row := int(in.A)
		switch in.Op {
		case OpFMV:
			f.tensor(TreeWeights, tensor, row, lo, hi)
			f.ref(x, lo, hi)
			f.scalars()
			if uint64(in.B)+1 == mc.p.parts(cols) {
				f.ref(y, row, row+1)
			}
		case OpOuter:
			f.tensor(TreeG, tensor, row, lo, hi)
			f.ref(x, lo, hi)
			f.ref(dy, row, row+1)
		default:
			f.tensor(TreeWeights, tensor, row, lo, hi)
			f.ref(dy, row, row+1)
			f.reg(regACC, lo, hi)
		}
	case OpMVTFin:
		_, _, _, dx := f.matRefs(in.C, l, t)
		lo, hi := chunkOf(in.A, dx.n)
		f.reg(regACC, lo, hi)
		f.ref(dx, lo, hi)
	case OpRope:
		r, n := regQ, d
		if in.B == 1 {
			r, n = regK, kv
		}
		h := int(in.A)
		f.slot(r, l, t, n, h*hd, (h+1)*hd)
	case OpScore, OpWSum, OpDPV, OpDSK:
		h, tk := int(in.B), int(in.A)
		g := mc.group(h)
		switch in.Op {
		case OpScore:
			f.slot(regQ, l, t, d, h*hd, (h+1)*hd)
			f.slot(regK, l, tk, kv, g*hd, (g+1)*hd)
			f.reg(regSC, tk, tk+1)
		case OpWSum:
			f.slot(regV, l, tk, kv, g*hd, (g+1)*hd)
			f.reg(regP, tk, tk+1)
			f.reg(regWA, 0, hd)
		case OpDPV:
			f.slot(regDA, 0, t, d, h*hd, (h+1)*hd)
			f.slot(regV, l, tk, kv, g*hd, (g+1)*hd)
			f.reg(regDP, tk, tk+1)
			f.reg(regP, tk, tk+1)
			f.slot(regDV, 0, tk, kv, g*hd, (g+1)*hd)
			f.scalars()
		default:
			f.reg(regP, tk, tk+1)
			f.reg(regDP, tk, tk+1)
			f.scalars()
			f.slot(regK, l, tk, kv, g*hd, (g+1)*hd)
			f.slot(regQ, l, t, d, h*hd, (h+1)*hd)
			f.reg(regDQA, 0, hd)
			f.slot(regDK, 0, tk, kv, g*hd, (g+1)*hd)
		}
	case OpSMax, OpExp, OpProb:
		lo, hi := chunkOf(in.A, t+1)
		f.scalars()
		if in.Op != OpProb {
			f.reg(regSC, lo, hi)
		}
		if in.Op != OpSMax {
			f.reg(regP, lo, hi)
		}
	case OpWFin:
		h := int(in.B)
		f.slot(regATT, l, t, d, h*hd, (h+1)*hd)
		f.reg(regWA, 0, hd)
	case OpAdd:
		lo, hi := chunkOf(in.A, d)
		f.slot(regX, l+int(in.B), t, d, lo, hi)
		f.slot(regX, l+1, t, d, lo, hi)
		f.reg(regY, lo, hi)
	case OpSwiGLU, OpSwiGLUB:
		lo, hi := chunkOf(in.A, ff)
		for _, r := range []int{regGT, regU, regSG, regS} {
			f.slot(r, l, t, ff, lo, hi)
		}
		if in.Op == OpSwiGLU {
			f.slot(regHH, l, t, ff, lo, hi)
		} else {
			f.slot(regDFF, 0, t, ff, lo, hi)
			f.slot(regDG, 0, t, ff, lo, hi)
		}
	case OpCEMax, OpCEExp, OpCEGrad:
		lo, hi := chunkOf(in.A, c.Vocab)
		f.reg(regLG, lo, hi)
		f.scalars()
		if in.Op == OpCEGrad {
			if _, err := f.tok(t + 1); err != nil {
				return err
			}
			f.reg(regDL, lo, hi)
		}
	case OpCELoss:
		y, err := f.tok(t + 1)
		if err != nil {
			return err
		}
		f.scalars()
		f.reg(regLG, y, y+1)
	case OpRMSB, OpRMSBFin:
		_, xh, _, rr, tensor := f.normRefs(in.B, l, t)
		lo, hi := chunkOf(in.A, d)
		f.ref(xh, lo, hi)
		f.slot(regDT, 0, t, d, lo, hi)
		f.scalars()
		if in.Op == OpRMSB {
			f.slot(regDH, 0, t, d, lo, hi)
			f.tensor(TreeWeights, tensor, 0, lo, hi)
			if mc.p.trained(tensor) {
				f.tensor(TreeG, tensor, 0, lo, hi)
			}
		} else {
			f.ref(rr, 0, 1)
			if in.B == NormFinal {
				f.slot(regDX, 0, t, d, lo, hi)
			} else {
				f.reg(regDN, lo, hi)
			}
		}
	case OpAddG:
		lo, hi := chunkOf(in.A, d)
		f.slot(regDX, 0, t, d, lo, hi)
		f.reg(regDN, lo, hi)
	case OpDQFin:
		h := int(in.B)
		f.slot(regDQ, 0, t, d, h*hd, (h+1)*hd)
		f.reg(regDQA, 0, hd)
	case OpDKVFin:
		lo, hi := chunkOf(in.A, kv)
		f.slot(regDK, 0, t, kv, lo, hi)
		f.slot(regDV, 0, t, kv, lo, hi)
		f.reg(regDKS, lo, hi)
		f.reg(regDVS, lo, hi)
	case OpRopeB:
		h := int(in.A)
		if in.B == 1 {
			f.reg(regDKS, h*hd, (h+1)*hd)
		} else {
			f.slot(regDQ, 0, t, d, h*hd, (h+1)*hd)
		}
	case OpEmbedB:
		tok, err := f.tok(t)
		if err != nil {
			return err
		}
		lo, hi := f.part(in.A, d)
		f.tensor(TreeG, 0, tok, lo, hi)
		f.slot(regDX, 0, t, d, lo, hi)
	case OpUpdate:
		i, row := int(in.A), int(in.B)
		_, cols := mc.p.Shape(i)
		lo, hi := chunkOf(in.C, cols)
		f.tensor(TreeWeights, i, row, lo, hi)
		f.tensor(TreeG, i, row, lo, hi)
		if mc.hyper.Optimizer == train.Adam {
			f.tensor(TreeMoments, i, row, lo, hi)
		}
	case OpStepEnd:
		// the carried preimage only, which every proof holds
	case OpLGrad, OpLUpdA, OpLUpdB, OpMerge:
		return f.lora(in)
	default:
		return fmt.Errorf("%w: %s", ErrOpcode, in.Op)
	}
	return nil
}

// lora adds the footprint of a LoRA update instruction.
func (f *fpr) lora(in Instr) error {
	mc := f.mc
	i := int(in.A)
	if mc.p.Rank == 0 || i >= mc.p.Tensors() || !mc.p.Trained[i] {
		return fmt.Errorf("%w: tensor %d is not a LoRA target", ErrOperand, i)
	}
	tg, r, row := mc.target[i], mc.p.Rank, int(in.B)
	_, cols := mc.p.Shape(i)
	adam := mc.hyper.Optimizer == train.Adam
	switch in.Op {
	case OpLGrad:
		lo, hi, k, last, err := mc.loraRange(in.C, cols)
		if err != nil {
			return err
		}
		f.tensor(TreeG, i, row, lo, hi)
		f.tensor(TreeAdapters, 2*tg+1, row, k, k+1)
		f.tensor(TreeAdapters, 2*tg, k, lo, hi)
		f.reg(regGA, k*cols+lo, k*cols+hi)
		f.reg(regGBA, k, k+1)
		if last {
			f.reg(regGB, row*r+k, row*r+k+1)
		}
	case OpLUpdA:
		lo, hi := chunkOf(in.C, cols)
		f.reg(regGA, row*cols+lo, row*cols+hi)
		f.tensor(TreeAdapters, 2*tg, row, lo, hi)
		if adam {
			f.tensor(TreeMoments, 2*tg, row, lo, hi)
		}
	case OpLUpdB:
		lo, hi := chunkOf(in.C, r)
		f.reg(regGB, row*r+lo, row*r+hi)
		f.tensor(TreeAdapters, 2*tg+1, row, lo, hi)
		if adam {
			f.tensor(TreeMoments, 2*tg+1, row, lo, hi)
		}
	default:
		lo, hi, k, _, err := mc.loraRange(in.C, cols)
		if err != nil {
			return err
		}
		f.tensor(TreeAdapters, 2*tg+1, row, k, k+1)
		f.tensor(TreeAdapters, 2*tg, k, lo, hi)
		f.reg(regACC, lo, hi)
		if k+1 == r {
			f.tensor(TreeWeights, i, row, lo, hi)
			f.tensor(TreeBase, i, row, lo, hi)
		}
	}
	return nil
}
