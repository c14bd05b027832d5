package vm

import (
	"errors"
	"fmt"
	"sort"

	"github.com/airollup/airollup/prover/canon"
)

// ErrStep is returned for a step index outside the program.
var ErrStep = errors.New("vm: step out of range")

// Program is the micro-step program of block l for the token at position p.
// It depends only on the model's dimensions and p (not on l or any data), so
// the on-chain verifier derives instruction k arithmetically.
type Program struct {
	segs  []segment
	start []uint64 // first step of each segment
	len   uint64
}

// Compile returns the program of one block at position p (docs/isa.md, "Compiling a block").
func Compile(c canon.Config, p int) *Program {
	dim, kvd, ff := uint32(c.Dim), uint32(c.KVDim()), uint32(c.FFDim)
	chunks := func(n uint32) uint32 { return (n + canon.BlockSize - 1) / canon.BlockSize }
	t := uint32(p + 1)
	var s []segment
	add := func(seg segment) {
		if seg.n > 0 {
			s = append(s, seg)
		}
	}
	norm := func(which uint32) {
		add(segment{op: OpSumSq, n: chunks(dim), da: 1})
		add(segment{op: OpRMS, n: 1})
		add(segment{op: OpNorm, n: chunks(dim), da: 1, b0: which})
	}
	matvec := func(m, rows uint32) {
		cols := dim
		if m == MatDown {
			cols = ff
		}
		parts := (cols/canon.BlockSize + PartBlocks - 1) / PartBlocks
		if parts <= 1 {
			add(segment{op: OpMatVec, n: rows, a0: m, b0: 0, db: 1})
			return
		}
		add(segment{op: OpMatVecPart, n: rows * parts, a0: m, parts: parts})
	}

	norm(0)
	add(segment{op: OpQuant, n: chunks(dim), da: 1, b0: regH})
	matvec(MatQ, dim)
	matvec(MatK, kvd)
	matvec(MatV, kvd)
	add(segment{op: OpRope, n: uint32(c.Heads), a0: 0, db: 1})
	add(segment{op: OpRope, n: uint32(c.KVHeads), a0: 1, db: 1})
	add(segment{op: OpKVWrite, n: 1})
	for h := uint32(0); h < uint32(c.Heads); h++ {
		add(segment{op: OpScore, n: t, a0: h, db: 1})
		add(segment{op: OpSMax, n: chunks(t), da: 1})
		add(segment{op: OpExp, n: chunks(t), da: 1})
		add(segment{op: OpProb, n: chunks(t), da: 1})
		add(segment{op: OpWSum, n: t, a0: h, db: 1})
		add(segment{op: OpWFin, n: 1, a0: h})
	}
	add(segment{op: OpQuant, n: chunks(dim), da: 1, b0: regA})
	matvec(MatO, dim)
	add(segment{op: OpAdd, n: chunks(dim), da: 1})
	norm(1)
	add(segment{op: OpQuant, n: chunks(dim), da: 1, b0: regH})
	matvec(MatGate, ff)
	matvec(MatUp, ff)
	add(segment{op: OpSwiGLU, n: chunks(ff), da: 1})
	add(segment{op: OpQuant, n: chunks(ff), da: 1, b0: regG})
	matvec(MatDown, dim)
	add(segment{op: OpAdd, n: chunks(dim), da: 1})

	pr := &Program{segs: s, start: make([]uint64, len(s))}
	for i, seg := range s {
		pr.start[i] = pr.len
		pr.len += uint64(seg.n)
	}
	return pr
}

// CompileHead returns the program of the head step after the last block at
// position p: with prompted (p+1 is a prompt position) the next token is the
// prompt's, else the argmax of the output head (docs/isa.md, "The head step").
func CompileHead(c canon.Config, p int, prompted, sampled bool) *Program {
	dim, vocab := uint32(c.Dim), uint32(c.Vocab)
	chunks := func(n uint32) uint32 { return (n + canon.BlockSize - 1) / canon.BlockSize }
	var s []segment
	if prompted {
		s = append(s, segment{op: OpPrompt, n: 1})
	} else {
		s = append(s,
			segment{op: OpSumSq, n: chunks(dim), da: 1},
			segment{op: OpRMS, n: 1},
			segment{op: OpNorm, n: chunks(dim), da: 1, b0: 2},
			segment{op: OpQuant, n: chunks(dim), da: 1, b0: regH})
		if parts := (dim/canon.BlockSize + PartBlocks - 1) / PartBlocks; parts > 1 {
			s = append(s, segment{op: OpMatVecPart, n: vocab * parts, a0: MatOut, parts: parts})
		} else {
			s = append(s, segment{op: OpMatVec, n: vocab, a0: MatOut, db: 1})
		}
		s = append(s, segment{op: OpNext, n: chunks(vocab), da: 1})
		if sampled {
			// Three radix selections over the 64-bit candidate keys, 8 bits per pass
			// (docs/isa.md, "Sampling"): the top-k boundary, the top-p cut, the token.
			radix := func(sel uint32) {
				s = append(s, segment{op: OpSPrep, n: 1, a0: sel})
				for pass := uint32(0); pass < 8; pass++ {
					s = append(s, segment{op: OpHist, n: chunks(vocab), da: 1, b0: pass | sel<<8},
						segment{op: OpPick, n: 1, a0: pass | sel<<8})
				}
			}
			radix(0)
			s = append(s, segment{op: OpWTot, n: chunks(vocab), da: 1})
			radix(1)
			radix(2)
		}
	}
	s = append(s, segment{op: OpEmbed, n: chunks(dim), da: 1}, segment{op: OpToken, n: 1})
	pr := &Program{segs: s, start: make([]uint64, len(s))}
	for i, seg := range s {
		pr.start[i] = pr.len
		pr.len += uint64(seg.n)
	}
	return pr
}

// Len returns the number of micro-steps.
func (pr *Program) Len() uint64 { return pr.len }

// At returns instruction k.
func (pr *Program) At(k uint64) (Instr, error) {
	if k >= pr.len {
		return Instr{}, fmt.Errorf("%w: step %d of %d", ErrStep, k, pr.len)
	}
	i := sort.Search(len(pr.start), func(i int) bool { return pr.start[i] > k }) - 1
	seg := pr.segs[i]
	j := uint32(k - pr.start[i])
	if seg.parts > 0 {
		return Instr{Op: seg.op, A: seg.a0 | (j%seg.parts)<<8, B: j / seg.parts}, nil
	}
	return Instr{Op: seg.op, A: seg.a0 + j*seg.da, B: seg.b0 + j*seg.db}, nil
}

// Counts returns how many steps each opcode takes.
func (pr *Program) Counts() map[Op]uint64 {
	out := map[Op]uint64{}
	for _, s := range pr.segs {
		out[s.op] += uint64(s.n)
	}
	return out
}
