package trainvm

import (
	"encoding/binary"
	"fmt"
)

// Op is a micro-step opcode of a training step (docs/training-game.md,
// "Instructions, operands, what a proof opens").
type Op uint8

// Opcodes. Operands: L layer, T position, A, B, C as listed.
const (
	OpHalt    Op = iota // the step at index Len(): the program has ended
	OpToken             // TOKEN A=c: TOK[chunk c] = the sequence's tokens 32c.. from the corpus
	OpEmbed             // EMBED T, A=part: X[0,T][part] = rshift(E[TOK[T]][part], 8)
	OpSumSq             // SUMSQ L, T, A=c, B=norm: SS = (c == 0 ? 0 : SS) + Σ x[chunk c]² (norm 0 attention, 1 FFN, 2 final)
	OpRMS               // RMS L, T, B=norm: RMS = max(1, isqrt(SS/dim + ε)), saved in RA, RF or RO
	OpNorm              // NORM L, T, A=c, B=norm: x̂ = sat32(rdiv(x·2^16, RMS)), h = sat32(rshift(x̂·w, 24)) on chunk c
	OpFMV               // FMV L, T, A=row, B=part, C=matrix: ACC += W[row][part]·x[part]; the last part writes sat32(rshift(ACC, 24))
	OpRope              // ROPE L, T, A=head, B=0 (Q) or 1 (K): rotate the head for position T
	OpScore             // SCORE L, T, A=t', B=head: SC[t'] = AttnScore(Q head, K_t' of its KV head)
	OpSMax              // SMAX L, T, A=c, B=head: MAX = (c == 0 ? max : max(MAX, max)) of SC[t'] for t' ≤ T in chunk c
	OpExp               // EXP L, T, A=c, B=head: P[t'] = ExpNeg(SC[t'] − MAX), SUM = (c == 0 ? 0 : SUM) + Σ P[t']
	OpProb              // PROB L, T, A=c, B=head: P[t'] = rdiv(P[t']·2^30, SUM)
	OpWSum              // WSUM L, T, A=t', B=head: WA[i] += P[t']·V_t'[i] (mod 2^64)
	OpWFin              // WFIN L, T, B=head: ATT[L,T][head] = sat32(rshift(WA, 30)); WA = 0
	OpAdd               // ADD L, T, A=c, B=0: X[L+1,T][c] = sat32(X[L,T] + Y); B=1: X[L+1,T][c] = sat32(X[L+1,T] + Y)
	OpSwiGLU            // SWIGLU L, T, A=c: SG = Sigmoid(GT), S = SiLU(GT), HH = sat32(rshift(S·U, 16)) on chunk c
	OpCEMax             // CEMAX T, A=c: MAX over the logit chunk c (c == 0 starts it)
	OpCEExp             // CEEXP T, A=c: SUM = (c == 0 ? 0 : SUM) + Σ ExpNeg(LG − MAX) over chunk c
	OpCELoss            // CELOSS T: LOSS += lnQ16(SUM) + MAX − LG[y], y = TOK[T+1]
	OpCEGrad            // CEGRAD T, A=c: DL[c] = rshift(SoftmaxProb(ExpNeg(LG − MAX), SUM) − [v = y]·2^30, 6)
	OpOuter             // OUTER L, T, A=row, B=part, C=matrix: G[W][row][part] += dy[row]·x[part] (mod 2^64)
	OpMVT               // MVT L, T, A=row, B=part, C=matrix: ACCV[part] += W[row][part]·dy[row] (exact)
	OpMVTFin            // MVTFIN L, T, A=c, B=0 set / 1 add, C=matrix: dx[c] = (dx +) sat32(rshift(ACCV[c], 24)); ACCV[c] = 0
	OpRMSB              // RMSB L, T, A=c, B=norm: G[w] += dy·x̂; DT = sat32(rshift(dy·w, 24)); C += DT·x̂ (c == 0 starts C)
	OpRMSBFin           // RMSBFIN L, T, A=c, B=norm: dx = sat32(mulDiv(DT − mulShift(x̂, rdiv(C, n·2^16), 16), 2^16, r))
	OpSwiGLUB           // SWIGLUB L, T, A=c: DG, DFF (= du) from DFF (= dhh), S, U, GT, SG on chunk c
	OpAddG              // ADDG L, T, A=c: DX[T][c] = sat32(DX + DN)
	OpDPV               // DPV L, T, A=t', B=head: DP[t'] = rdiv(DA_h·V_t', 2^16); DV[t'] += rshift(P[t']·DA_h, 30); D += rshift(P·DP, 30)
	OpDSK               // DSK L, T, A=t', B=head: dd from P, DP, D; DQA += dd·K_t'; DK[t'] += rshift(dd·Q_h, 16)
	OpDQFin             // DQFIN L, T, B=head: DQ[T][head] = sat32(rdiv(DQA, 2^16)); DQA = 0
	OpDKVFin            // DKVFIN L, T, A=c: DKS[c] = sat32(DK[T][c]), DVS[c] = sat32(DV[T][c]); DK, DV chunks = 0
	OpRopeB             // ROPEB L, T, A=head, B=0 (DQ[T]) or 1 (DKS): transposed rotation for position T
	OpEmbedB            // EMBEDB T, A=part: G[token_embd][TOK[T]][part] += DX[T][part]·2^16
	OpUpdate            // UPDATE A=tensor, B=row, C=chunk: the optimizer on one chunk of 32 weights
	OpStepEnd           // STEPEND: step += 1, cursor = (cursor + B) mod K
	OpLGrad             // LGRAD A=tensor, B=row, C=part·rank + k: LoRA factor gradients of rank index k from g = rdiv(G, B·T·2^16) of a row part of ≤ LoraPart values (GA[k], GBA[k]; the last part writes GB[row][k])
	OpLUpdA             // LUPDA A=tensor, B=row k of lora_a, C=chunk: the optimizer on 32 values of A with g_A from GA
	OpLUpdB             // LUPDB A=tensor, B=row of lora_b, C=chunk: the optimizer on ≤ 32 values of B with g_B from GB
	OpMerge             // MERGE A=tensor, B=row, C=part·rank + k: ACC[part] (k > 0: +)= B[row][k]·A[k][part]; the last k writes W[row][part] = sat32(W0 + rshift(s·rdiv(ACC, 2^24), 32))

	numOps
)

// Opcodes of the import and export transitions (docs/training-game.md,
// "Import and export"), after the 38 of a training step: a training step's
// machine refuses them, as the import and export machines refuse the step's.
const (
	OpExpMeta   Op = numOps + iota // EXPMETA: append the metadata leaf to the model-root accumulator
	OpExpRow                       // EXPROW A=tensor, B=row, C=part: quantize a row part (a norm chunk) of S_N's weights, append its leaf (or keep its part hash)
	OpExpRope                      // EXPROPE A=position: append the RoPE row of the position
	OpExpEnd                       // EXPEND: carried = F of the accumulator's root
	OpImpRow                       // IMPROW A=tensor, B=row, C=part: the master values of a row part (a norm chunk), from the base model root or the seeded init, into the weights tree
	OpImpFactor                    // IMPFAC A=factor, B=row, C=part: a LoRA factor's row part (seeded lora_a, zero lora_b) into the adapters tree
	OpImpEnd                       // IMPEND: carried = S_0
	numAllOps

	// opAll is no opcode: count's "every opcode".
	opAll Op = 0xff
)

var opNames = [numOps]string{"HALT", "TOKEN", "EMBED", "SUMSQ", "RMS", "NORM", "FMV", "ROPE", "SCORE", "SMAX",
	"EXP", "PROB", "WSUM", "WFIN", "ADD", "SWIGLU", "CEMAX", "CEEXP", "CELOSS", "CEGRAD", "OUTER", "MVT",
	"MVTFIN", "RMSB", "RMSBFIN", "SWIGLUB", "ADDG", "DPV", "DSK", "DQFIN", "DKVFIN", "ROPEB", "EMBEDB",
	"UPDATE", "STEPEND", "LGRAD", "LUPDA", "LUPDB", "MERGE"}

var ioOpNames = [numAllOps - numOps]string{"EXPMETA", "EXPROW", "EXPROPE", "EXPEND", "IMPROW", "IMPFAC", "IMPEND"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	if o >= numOps && o < numAllOps {
		return ioOpNames[o-numOps]
	}
	return fmt.Sprintf("OP(%d)", uint8(o))
}

// Matrix ids of FMV, OUTER, MVT and MVTFIN.
const (
	MatQ = iota
	MatK
	MatV
	MatO
	MatGate
	MatUp
	MatDown
	MatOut // the output head
	numMats
)

// Norm ids of SUMSQ, RMS, NORM, RMSB and RMSBFIN.
const (
	NormAttn = iota
	NormFFN
	NormFinal
)

// Instr is one micro-step: its opcode, the sequence b of the step it
// belongs to, the layer and position it works on, and three operands.
type Instr struct {
	Op      Op
	Seq     uint32
	L, T    uint32
	A, B, C uint32
}

// Encode returns the 25-byte encoding op ‖ be32 × [seq, L, T, A, B, C].
func (i Instr) Encode() []byte {
	b := make([]byte, 25)
	b[0] = byte(i.Op)
	for k, v := range []uint32{i.Seq, i.L, i.T, i.A, i.B, i.C} {
		binary.BigEndian.PutUint32(b[1+4*k:], v)
	}
	return b
}

func (i Instr) String() string {
	return fmt.Sprintf("%s b%d l%d t%d %d %d %d", i.Op, i.Seq, i.L, i.T, i.A, i.B, i.C)
}
