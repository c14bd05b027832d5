// AVX-512 VNNI int8 block kernels; dot_vnni_amd64.go describes the data layout.

#include "textflag.h"

// ROUND turns the 8 int64 sums in acc into sat32(roundDiv(sum, 127·2^24)),
// the int32 lanes of dst, exactly as the Go code does: u = |n| + d/2,
// x = u>>24 (so floor(u/d) = floor(x/127)), and x/127 in two steps of 19
// bits by multiplication with m = ceil(2^33/127) = 67637281, exact for
// every operand below 2^26 (127·m − 2^33 = 95): q1 = (x>>19)/127, then
// (x − 127·q1·2^19)/127 < 2^19; then the sign, and VPMOVSQD saturates like
// sat32. Z24 = d/2, Z26 = m; t0..t2
// are scratch, acc is clobbered.
#define ROUND(acc, dst, t0, t1, t2) \
	VPABSQ acc, t0; \
	VPSRAQ $63, acc, acc; \
	VPADDQ Z24, t0, t0; \
	VPSRLQ $24, t0, t0; \
	VPSRLQ $19, t0, t1; \
	VPMULUDQ Z26, t1, t2; \
	VPSRLQ $33, t2, t2; \
	VPSLLQ $7, t2, t1; \
	VPSUBQ t2, t1, t1; \
	VPSLLQ $19, t1, t1; \
	VPSUBQ t1, t0, t0; \
	VPMULUDQ Z26, t0, t0; \
	VPSRLQ $33, t0, t0; \
	VPSLLQ $19, t2, t2; \
	VPADDQ t2, t0, t0; \
	VPXORQ acc, t0, t0; \
	VPSUBQ acc, t0, t0; \
	VPMOVSQD t0, dst

// ROUNDCONST loads ROUND's constants.
#define ROUNDCONST \
	MOVQ $0x3f800000, BX; \
	VPBROADCASTQ BX, Z24; \
	MOVQ $67637281, BX; \
	VPBROADCASTQ BX, Z26

// func vnniTile(w0, w1, w2, w3 *byte, nb int, act *byte, amax *int64, rs *vnniScale, out *[64]int32)
//
// Four weight rows against one packed group of 16 positions. Per block:
// T[j][p] = Σ_i (q_p,i+128)·w_j,i − 128·W_j by VPDPBUSD (unsigned biased
// activations × signed weights broadcast four bytes at a time, no
// saturation) starting from −128·W_j (rs) in one of the row's two
// accumulators, which take alternate 4-byte chunks; then M·S (VPMULLD,
// |M·S| < 2^30), ·A (VPMULDQ on even and odd positions), ·2^E (VPSLLVQ)
// added into int64 lanes. At the end each sum is rounded (ROUND).
TEXT ·vnniTile(SB), NOSPLIT, $0-72
	MOVQ w0+0(FP), R8
	MOVQ w1+8(FP), R9
	MOVQ w2+16(FP), R10
	MOVQ w3+24(FP), R11
	MOVQ nb+32(FP), CX
	MOVQ act+40(FP), SI
	MOVQ amax+48(FP), DI
	MOVQ rs+56(FP), DX
	MOVQ out+64(FP), AX

	VPXORQ Z8, Z8, Z8
	VPXORQ Z9, Z9, Z9
	VPXORQ Z10, Z10, Z10
	VPXORQ Z11, Z11, Z11
	VPXORQ Z12, Z12, Z12
	VPXORQ Z13, Z13, Z13
	VPXORQ Z14, Z14, Z14
	VPXORQ Z15, Z15, Z15
	TESTQ CX, CX
	JLE done

loop:
	VPBROADCASTD 4(DX), Z0
	VPBROADCASTD 20(DX), Z1
	VPBROADCASTD 36(DX), Z2
	VPBROADCASTD 52(DX), Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VMOVDQU64 0(SI), Z16
	VPDPBUSD.BCST 2(R8), Z16, Z0
	VPDPBUSD.BCST 2(R9), Z16, Z1
	VPDPBUSD.BCST 2(R10), Z16, Z2
	VPDPBUSD.BCST 2(R11), Z16, Z3
	VMOVDQU64 64(SI), Z17
	VPDPBUSD.BCST 6(R8), Z17, Z4
	VPDPBUSD.BCST 6(R9), Z17, Z5
	VPDPBUSD.BCST 6(R10), Z17, Z6
	VPDPBUSD.BCST 6(R11), Z17, Z7
	VMOVDQU64 128(SI), Z16
	VPDPBUSD.BCST 10(R8), Z16, Z0
	VPDPBUSD.BCST 10(R9), Z16, Z1
	VPDPBUSD.BCST 10(R10), Z16, Z2
	VPDPBUSD.BCST 10(R11), Z16, Z3
	VMOVDQU64 192(SI), Z17
	VPDPBUSD.BCST 14(R8), Z17, Z4
	VPDPBUSD.BCST 14(R9), Z17, Z5
	VPDPBUSD.BCST 14(R10), Z17, Z6
	VPDPBUSD.BCST 14(R11), Z17, Z7
	VMOVDQU64 256(SI), Z16
	VPDPBUSD.BCST 18(R8), Z16, Z0
	VPDPBUSD.BCST 18(R9), Z16, Z1
	VPDPBUSD.BCST 18(R10), Z16, Z2
	VPDPBUSD.BCST 18(R11), Z16, Z3
	VMOVDQU64 320(SI), Z17
	VPDPBUSD.BCST 22(R8), Z17, Z4
	VPDPBUSD.BCST 22(R9), Z17, Z5
	VPDPBUSD.BCST 22(R10), Z17, Z6
	VPDPBUSD.BCST 22(R11), Z17, Z7
	VMOVDQU64 384(SI), Z16
	VPDPBUSD.BCST 26(R8), Z16, Z0
	VPDPBUSD.BCST 26(R9), Z16, Z1
	VPDPBUSD.BCST 26(R10), Z16, Z2
	VPDPBUSD.BCST 26(R11), Z16, Z3
	VMOVDQU64 448(SI), Z17
	VPDPBUSD.BCST 30(R8), Z17, Z4
	VPDPBUSD.BCST 30(R9), Z17, Z5
	VPDPBUSD.BCST 30(R10), Z17, Z6
	VPDPBUSD.BCST 30(R11), Z17, Z7
	VPADDD Z4, Z0, Z0
	VPMULLD.BCST 0(DX), Z0, Z0
	VPMULDQ 0(DI), Z0, Z18
	VPSRLQ $32, Z0, Z19
	VPMULDQ 64(DI), Z19, Z19
	VPSLLVQ.BCST 8(DX), Z18, Z18
	VPSLLVQ.BCST 8(DX), Z19, Z19
	VPADDQ Z18, Z8, Z8
	VPADDQ Z19, Z9, Z9
	VPADDD Z5, Z1, Z1
	VPMULLD.BCST 16(DX), Z1, Z1
	VPMULDQ 0(DI), Z1, Z20
	VPSRLQ $32, Z1, Z21
	VPMULDQ 64(DI), Z21, Z21
	VPSLLVQ.BCST 24(DX), Z20, Z20
	VPSLLVQ.BCST 24(DX), Z21, Z21
	VPADDQ Z20, Z10, Z10
	VPADDQ Z21, Z11, Z11
	VPADDD Z6, Z2, Z2
	VPMULLD.BCST 32(DX), Z2, Z2
	VPMULDQ 0(DI), Z2, Z22
	VPSRLQ $32, Z2, Z23
	VPMULDQ 64(DI), Z23, Z23
	VPSLLVQ.BCST 40(DX), Z22, Z22
	VPSLLVQ.BCST 40(DX), Z23, Z23
	VPADDQ Z22, Z12, Z12
	VPADDQ Z23, Z13, Z13
	VPADDD Z7, Z3, Z3
	VPMULLD.BCST 48(DX), Z3, Z3
	VPMULDQ 0(DI), Z3, Z24
	VPSRLQ $32, Z3, Z25
	VPMULDQ 64(DI), Z25, Z25
	VPSLLVQ.BCST 56(DX), Z24, Z24
	VPSLLVQ.BCST 56(DX), Z25, Z25
	VPADDQ Z24, Z14, Z14
	VPADDQ Z25, Z15, Z15
	ADDQ $34, R8
	ADDQ $34, R9
	ADDQ $34, R10
	ADDQ $34, R11
	ADDQ $512, SI
	ADDQ $128, DI
	ADDQ $64, DX
	DECQ CX
	JNZ loop

done:
	ROUNDCONST
	ROUND(Z8, Y0, Z16, Z17, Z18)
	VMOVDQU Y0, 0(AX)
	ROUND(Z9, Y1, Z16, Z17, Z18)
	VMOVDQU Y1, 32(AX)
	ROUND(Z10, Y2, Z16, Z17, Z18)
	VMOVDQU Y2, 64(AX)
	ROUND(Z11, Y3, Z16, Z17, Z18)
	VMOVDQU Y3, 96(AX)
	ROUND(Z12, Y4, Z16, Z17, Z18)
	VMOVDQU Y4, 128(AX)
	ROUND(Z13, Y5, Z16, Z17, Z18)
	VMOVDQU Y5, 160(AX)
	ROUND(Z14, Y6, Z16, Z17, Z18)
	VMOVDQU Y6, 192(AX)
	ROUND(Z15, Y7, Z16, Z17, Z18)
	VMOVDQU Y7, 224(AX)
	VZEROUPPER
	RET

// func vnniRound(in *[8]int64, out *[8]int32)
//
// ROUND alone, for the tests.
TEXT ·vnniRound(SB), NOSPLIT, $0-16
	MOVQ in+0(FP), SI
	MOVQ out+8(FP), DI
	ROUNDCONST
	VMOVDQU64 (SI), Z0
	ROUND(Z0, Y1, Z16, Z17, Z18)
	VMOVDQU Y1, (DI)
	VZEROUPPER
	RET

// func vnniRowScales(row *byte, nb int, dst *vnniScale)
//
// One row's scales for the kernel, into dst[0], dst[4], … (a row of rs):
// M and E of each block's fp16 scale as mantExp splits it, and
// c = −128·Σ_i w_b,i, by VPSADBW of the biased weights (w+128 as unsigned
// bytes) against zero, less 32·128.
TEXT ·vnniRowScales(SB), NOSPLIT, $0-24
	MOVQ row+0(FP), SI
	MOVQ nb+8(FP), CX
	MOVQ dst+16(FP), DI
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Y1
	VPXOR Y2, Y2, Y2
	TESTQ CX, CX
	JLE sdone

sloop:
	VPXOR 2(SI), Y1, Y0
	VPSADBW Y2, Y0, Y0
	VEXTRACTI128 $1, Y0, X3
	VPADDQ X3, X0, X0
	VPSHUFD $0x4e, X0, X3
	VPADDQ X3, X0, X0
	VMOVQ X0, AX
	SUBQ $4096, AX
	SHLQ $7, AX
	NEGQ AX
	MOVL AX, 4(DI)
	MOVWLZX (SI), BX
	MOVL BX, R12
	SHRL $10, R12
	ANDL $31, R12
	MOVL BX, R13
	ANDL $0x3ff, R13
	TESTL R12, R12
	JZ ssign
	CMPL R12, $31
	JEQ sinf
	ORL $0x400, R13
	DECL R12

ssign:
	SHRL $15, BX
	NEGL BX
	XORL BX, R13
	SUBL BX, R13
	MOVL R13, (DI)
	MOVQ R12, 8(DI)
	ADDQ $34, SI
	ADDQ $64, DI
	DECQ CX
	JNZ sloop

sdone:
	VZEROUPPER
	RET

sinf:
	XORL R12, R12
	XORL R13, R13
	JMP ssign

