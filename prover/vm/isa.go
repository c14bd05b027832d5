package vm

import (
	"encoding/binary"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
)

// Op is a micro-step opcode (docs/isa.md, "Instructions").
type Op uint8

// Opcodes.
const (
	// OpHalt is the step at index Len(): the program has ended and the state
	// stays as it is (the bottom game pads a program to a power of two with it).
	OpHalt       Op = iota
	OpSumSq         // SUMSQ c: SS = (c == 0 ? 0 : SS) + Σ X[chunk c]²
	OpRMS           // RMS: RMS = max(1, isqrt(SS / dim + ε))
	OpNorm          // NORM c, n: H[chunk c] = rdiv(X·w_n, RMS) with norm n (0 attn, 1 ffn)
	OpQuant         // QUANT c, src: QX[block c], AM[c] = quantize(src[chunk c]) (src H, A: QXd; G: QXf)
	OpMatVec        // MATVEC m, r: dst_m[r] = DotRow(W_m row r, QX_m)
	OpRope          // ROPE reg, h: rotate head h of Q (reg 0) or K (reg 1) for position p
	OpKVWrite       // KVW: KV[l][p] = keccak256(be32 K ‖ be32 V)
	OpScore         // SCORE h, t: S[t] = AttnScore(Q head h, K_t of kv head h/group)
	OpSMax          // SMAX c: MAX = (c == 0 ? max : max(MAX, max)) of S[t] for t ≤ p in chunk c; c = 0 sets SUM = 0
	OpExp           // EXP c: E[t] = ExpNeg(S[t] − MAX), SUM += E[t] for t ≤ p in chunk c
	OpProb          // PROB c: S[t] = rdiv(E[t]·2^30, SUM) for t ≤ p in chunk c
	OpWSum          // WSUM h, t: W[i] += S[t]·V_t[kv head h/group][i]
	OpWFin          // WFIN h: A[head h] = sat32(rshift(W, 30)); W = 0
	OpAdd           // ADD c: X[chunk c] = sat32(X + T)
	OpSwiGLU        // SWIGLU c: G[chunk c] = SwiGLU(G, U)
	OpMatVecPart    // MATVECP m|part<<8, r: ACC += blocks [128·part, 128·part+128) of row r; the last part writes dst_m[r]
	OpNext          // NEXT c: BEST, NEXT = running (max logit, lowest index) over LG[chunk c] (head step)
	OpPrompt        // PROMPT: NEXT = prompt token p+1 (head step at a prompt position)
	OpEmbed         // EMBED c: X[chunk c] = block c of token_embd row NEXT, dequantized
	OpToken         // TOKEN: tokensHash = keccak256(tokensHash ‖ be32(NEXT)); the state stands for (p+1, 0)
	OpSPrep         // SPREP s: start selection s (0 top-k rank, 1 top-p cut, 2 the sampled token): X, ABOVE, PREFIX
	OpHist          // HIST c, pass|s<<8: HIST[digit] += measure of candidates in LG[chunk c] matching PREFIX
	OpPick          // PICK pass|s<<8: PREFIX = PREFIX·256 + the digit where the running measure reaches X
	OpWTot          // WTOT c: TOTAL = (c == 0 ? 0 : TOTAL) + Σ weights of top-k candidates in LG[chunk c]

	// numOps is the number of opcodes: new ones go above it, each with its
	// entry in the opcode table (ops.go).
	numOps
)

// PartBlocks is the most Q8_0 blocks one MATVEC step multiplies; longer rows
// (more than 4096 weights, e.g. ffn_down at LLaMA-7B) are split into parts
// of PartBlocks blocks, so every step stays under the gas target. They are
// the parts of the row's model-root leaf (canon.RowLeaf), so a MATVECP step
// opens its part and the other parts' hashes only.
const PartBlocks = canon.RowPartBlocks

func (o Op) String() string {
	if int(o) < len(ops) && ops[o].name != "" {
		return ops[o].name
	}
	return fmt.Sprintf("OP(%d)", uint8(o))
}

// Matrix ids of OpMatVec.
const (
	MatQ = iota
	MatK
	MatV
	MatO
	MatGate
	MatUp
	MatDown
	MatOut // the output head (head step), into LG
)

// Instr is one micro-step: an opcode and two operands.
type Instr struct {
	Op   Op
	A, B uint32
}

// Encode returns the 9-byte encoding op ‖ be32(A) ‖ be32(B).
func (i Instr) Encode() []byte {
	b := make([]byte, 9)
	b[0] = byte(i.Op)
	binary.BigEndian.PutUint32(b[1:], i.A)
	binary.BigEndian.PutUint32(b[5:], i.B)
	return b
}

func (i Instr) String() string { return fmt.Sprintf("%s %d %d", i.Op, i.A, i.B) }

// segment is a run of instructions with the same opcode: Op, A = a0 + j·da,
// B = b0 + j·db for j < n (one of da, db is 0 or 1). With parts > 0 the run
// is a partitioned matrix product: step j is row j / parts, part j % parts,
// A = a0 | part << 8, B = j / parts.
type segment struct {
	op             Op
	n              uint32
	a0, da, b0, db uint32
	parts          uint32
}
