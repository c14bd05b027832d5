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

// func vnniMatVec(row *byte, ng int, q *int8, cq *int64, amax *int64, idx *[40]uint32) int64
//
// One row against one position, ng groups of 8 blocks: Σ_b D24_b·S_b·A_b
// in int64 lanes. Per pair of blocks one VPDPBUSD of the biased weights
// (w+128, unsigned) with the quants (signed), which adds 128·Σq to each
// block sum: cq holds −128·Σq per block (the low 32 bits of each int64
// are read). Two rounds of VPERMI2D pair sums and a shift reduce the four
// vectors to one S per qword lane; the fp16 scales are gathered and split
// as mantExp does; then M·S, ·A, ·2^E (VPMULDQ, VPMULDQ, VPSLLVQ) as in
// vnniTile. idx holds the even and odd lane indices and the gather offsets.
TEXT ·vnniMatVec(SB), NOSPLIT, $0-56
	MOVQ row+0(FP), SI
	MOVQ ng+8(FP), CX
	MOVQ q+16(FP), DX
	MOVQ cq+24(FP), R8
	MOVQ amax+32(FP), R9
	MOVQ idx+40(FP), R10
	VMOVDQU32 (R10), Z28          // permute index: even lanes of a pair
	VMOVDQU32 64(R10), Z29        // odd lanes
	VMOVDQU32 128(R10), Y30       // gather offsets 0, 34, ..., 238
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Z31
	MOVL $0xffff, AX
	VPBROADCASTD AX, Y27
	MOVL $0x3ff, AX
	VPBROADCASTD AX, Y26
	MOVL $0x400, AX
	VPBROADCASTD AX, Y25
	MOVL $1, AX
	VPBROADCASTD AX, Y24
	MOVL $31, AX
	VPBROADCASTD AX, Y23
	VPXORQ Z20, Z20, Z20          // int64 accumulator
	VPXORD Y22, Y22, Y22          // zero
	TESTQ CX, CX
	JLE done

loop:
	// the weights stream from memory: fetch ~4 groups ahead (+14% decode tok/s on gen-100M)
	PREFETCHT0 1024(SI)
	PREFETCHT0 1088(SI)
	PREFETCHT0 1152(SI)
	PREFETCHT0 1216(SI)
	PREFETCHT0 1280(SI)
	// four pairs of blocks: (w+128)·q by VPDPBUSD, 8 lanes per block
	VMOVDQU 2(SI), Y0
	VINSERTI64X4 $1, 36(SI), Z0, Z0
	VPXORD Z31, Z0, Z0
	VPXORD Z4, Z4, Z4
	VPDPBUSD (DX), Z0, Z4
	VMOVDQU 70(SI), Y1
	VINSERTI64X4 $1, 104(SI), Z1, Z1
	VPXORD Z31, Z1, Z1
	VPXORD Z5, Z5, Z5
	VPDPBUSD 64(DX), Z1, Z5
	VMOVDQU 138(SI), Y2
	VINSERTI64X4 $1, 172(SI), Z2, Z2
	VPXORD Z31, Z2, Z2
	VPXORD Z6, Z6, Z6
	VPDPBUSD 128(DX), Z2, Z6
	VMOVDQU 206(SI), Y3
	VINSERTI64X4 $1, 240(SI), Z3, Z3
	VPXORD Z31, Z3, Z3
	VPXORD Z7, Z7, Z7
	VPDPBUSD 192(DX), Z3, Z7
	// scales: gather the 8 fp16 patterns, split as mantExp
	KXNORW K0, K0, K1
	VPGATHERDD (SI)(Y30*1), K1, Y8
	VPANDD Y27, Y8, Y8            // h
	VPSRLD $10, Y8, Y9
	VPANDD Y23, Y9, Y9            // e
	VPANDD Y26, Y8, Y10           // m
	VPCMPD $4, Y23, Y9, K2        // e != 31
	VPTESTMD Y9, Y9, K3           // e != 0
	VPORD Y25, Y10, K3, Y10
	VPSUBD Y24, Y9, K3, Y9
	VMOVDQA32.Z Y10, K2, Y10
	VMOVDQA32.Z Y9, K2, Y9
	VPSRLD $15, Y8, Y8
	VPSUBD Y8, Y22, Y8            // -sign
	VPXORD Y8, Y10, Y10
	VPSUBD Y8, Y10, Y10           // M
	// pairwise sums: 4 vectors of 2 blocks × 8 → one of 8 blocks × 2
	VMOVDQA64 Z28, Z11
	VPERMI2D Z5, Z4, Z11
	VMOVDQA64 Z29, Z12
	VPERMI2D Z5, Z4, Z12
	VPADDD Z12, Z11, Z11          // blocks 0..3, 4 partials each
	VMOVDQA64 Z28, Z13
	VPERMI2D Z7, Z6, Z13
	VMOVDQA64 Z29, Z14
	VPERMI2D Z7, Z6, Z14
	VPADDD Z14, Z13, Z13          // blocks 4..7
	VMOVDQA64 Z28, Z15
	VPERMI2D Z13, Z11, Z15
	VMOVDQA64 Z29, Z16
	VPERMI2D Z13, Z11, Z16
	VPADDD Z16, Z15, Z15          // 8 blocks × 2 partials (one qword each)
	VPSRLQ $32, Z15, Z16
	VPADDD Z16, Z15, Z15          // low dword of qword b: T_b
	VPADDD (R8), Z15, Z15         // + cq_b (−128·Σq): S_b
	VPMOVZXDQ Y10, Z17
	VPMULDQ Z17, Z15, Z15         // M·S
	VPMULDQ (R9), Z15, Z15        // ·A
	VPMOVZXDQ Y9, Z18
	VPSLLVQ Z18, Z15, Z15         // ·2^E
	VPADDQ Z15, Z20, Z20
	ADDQ $272, SI
	ADDQ $256, DX
	ADDQ $64, R8
	ADDQ $64, R9
	DECQ CX
	JNZ loop

done:
	VEXTRACTI64X4 $1, Z20, Y0
	VPADDQ Y0, Y20, Y0
	VEXTRACTI128 $1, Y0, X1
	VPADDQ X1, X0, X0
	VPSHUFD $0x4e, X0, X1
	VPADDQ X1, X0, X0
	VMOVQ X0, AX
	MOVQ AX, ret+48(FP)
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

