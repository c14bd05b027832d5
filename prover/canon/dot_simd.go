//go:build goexperiment.simd && amd64

package canon

import (
	"simd/archsimd"
	"unsafe"
)

var haveAVX2 = archsimd.X86.AVX2()

var ones16 = archsimd.BroadcastInt16x16(1)

// shift32 is a vector of shift counts: VPSRLVQ by it keeps the kernels free
// of the legacy-SSE MOVQ that VPSRLQ by a scalar count needs (see endAVX).
var shift32 = archsimd.BroadcastUint64x4(32)

// endAVX clears the upper halves of the vector registers (VZEROUPPER). Every
// kernel calls it before returning, and keeps legacy-SSE instructions (Go's
// stack zeroing through X15, scalar shift counts) out of the code between its
// first 256-bit instruction and this call: an SSE instruction while the upper
// halves are dirty costs a state transition that on the measured machine
// (Sapphire Rapids under Firecracker) is hundreds of cycles, more than the
// whole dot product of a 768-column row.
func endAVX() { archsimd.ClearAVXUpperBits() }

// blockPartial returns 8 partial sums of one block's 32 products, llama.cpp
// style: VPMADDUBSW of |w| (unsigned) with q·sign(w), then VPMADDWD with
// ones. |w|·|q| ≤ 128·127, so the 16-bit pair sums never saturate and every
// partial is exact. w points at the block's quants (after the scale).
func blockPartial(w, x unsafe.Pointer) archsimd.Int32x8 {
	wv := archsimd.LoadInt8x32((*[32]int8)(w))
	xv := archsimd.LoadInt8x32((*[32]int8)(x))
	return wv.Abs().AsUint8x32().DotProductPairsSaturated(xv.CopySign(wv)).DotProductPairs(ones16)
}

// blockSums is the block dot-product kernel: AVX2 when the CPU has it, else
// the pure-Go kernel. Both compute the exact integer S_b, so the choice never
// changes a result. Eight blocks are reduced together with a VPHADDD tree.
func blockSums(row []byte, q []int8, sums []int32) {
	nb := len(sums)
	if !haveAVX2 || len(row) < nb*BlockBytes || len(q) < nb*BlockSize {
		blockSumsGeneric(row, q, sums)
		return
	}
	w := unsafe.Pointer(unsafe.SliceData(row))
	x := unsafe.Pointer(unsafe.SliceData(q))
	wb := func(i int) unsafe.Pointer { return unsafe.Add(w, i*BlockBytes+2) }
	xb := func(i int) unsafe.Pointer { return unsafe.Add(x, i*BlockSize) }
	defer endAVX()
	b := 0
	for ; b+8 <= nb; b += 8 {
		p0, p1 := blockPartial(wb(b), xb(b)), blockPartial(wb(b+1), xb(b+1))
		p2, p3 := blockPartial(wb(b+2), xb(b+2)), blockPartial(wb(b+3), xb(b+3))
		h0123 := p0.AddPairsGrouped(p1).AddPairsGrouped(p2.AddPairsGrouped(p3))
		h0123.GetLo().Add(h0123.GetHi()).Store((*[4]int32)(unsafe.Pointer(&sums[b])))
		p4, p5 := blockPartial(wb(b+4), xb(b+4)), blockPartial(wb(b+5), xb(b+5))
		p6, p7 := blockPartial(wb(b+6), xb(b+6)), blockPartial(wb(b+7), xb(b+7))
		h4567 := p4.AddPairsGrouped(p5).AddPairsGrouped(p6.AddPairsGrouped(p7))
		h4567.GetLo().Add(h4567.GetHi()).Store((*[4]int32)(unsafe.Pointer(&sums[b+4])))
	}
	for ; b < nb; b++ {
		p := blockPartial(wb(b), xb(b))
		h := p.GetLo().Add(p.GetHi())
		h = h.AddPairs(h)
		sums[b] = h.GetElem(0) + h.GetElem(1)
	}
}

// dotFast returns Σ_b D24_b·S_b·A_b in int64 with the block sums and the
// scale products fused per group of eight blocks, so the scalar epilogue
// overlaps the next group's loads. Callers guarantee the sum fits (the
// fast-path bound of dotRow).
func dotFast(row []byte, qv *QuantVec) int64 {
	nb := len(qv.Amax)
	if !haveAVX2 || len(row) < nb*BlockBytes || len(qv.Q) < nb*BlockSize {
		return dotFastGeneric(row, qv)
	}
	w := unsafe.Pointer(unsafe.SliceData(row))
	x := unsafe.Pointer(unsafe.SliceData(qv.Q))
	wb := func(i int) unsafe.Pointer { return unsafe.Add(w, i*BlockBytes+2) }
	xb := func(i int) unsafe.Pointer { return unsafe.Add(x, i*BlockSize) }
	scale := func(i int) int64 { return d24[*(*uint16)(unsafe.Add(w, i*BlockBytes))] }
	var acc int64
	var s [8]int32 // zeroed here, before the first vector instruction
	defer endAVX()
	b := 0
	for ; b+8 <= nb; b += 8 {
		p0, p1 := blockPartial(wb(b), xb(b)), blockPartial(wb(b+1), xb(b+1))
		p2, p3 := blockPartial(wb(b+2), xb(b+2)), blockPartial(wb(b+3), xb(b+3))
		h0123 := p0.AddPairsGrouped(p1).AddPairsGrouped(p2.AddPairsGrouped(p3))
		h0123.GetLo().Add(h0123.GetHi()).Store((*[4]int32)(unsafe.Pointer(&s[0])))
		p4, p5 := blockPartial(wb(b+4), xb(b+4)), blockPartial(wb(b+5), xb(b+5))
		p6, p7 := blockPartial(wb(b+6), xb(b+6)), blockPartial(wb(b+7), xb(b+7))
		h4567 := p4.AddPairsGrouped(p5).AddPairsGrouped(p6.AddPairsGrouped(p7))
		h4567.GetLo().Add(h4567.GetHi()).Store((*[4]int32)(unsafe.Pointer(&s[4])))
		a := qv.Amax[b : b+8 : b+8]
		acc += scale(b)*int64(s[0])*a[0] + scale(b+1)*int64(s[1])*a[1] +
			scale(b+2)*int64(s[2])*a[2] + scale(b+3)*int64(s[3])*a[3] +
			scale(b+4)*int64(s[4])*a[4] + scale(b+5)*int64(s[5])*a[5] +
			scale(b+6)*int64(s[6])*a[6] + scale(b+7)*int64(s[7])*a[7]
	}
	for ; b < nb; b++ {
		p := blockPartial(wb(b), xb(b))
		h := p.GetLo().Add(p.GetHi())
		h = h.AddPairs(h)
		acc += scale(b) * int64(h.GetElem(0)+h.GetElem(1)) * qv.Amax[b]
	}
	return acc
}

// KernelName names the dot-product kernel compiled into this build.
func KernelName() string {
	if haveAVX2 {
		return "avx2" + vnniName()
	}
	return "generic (no AVX2)" + vnniName()
}

// batchKernel is the matrix-matrix kernel of MatMul: one weight row against
// many quantized activation vectors while the row is in cache. It computes
// the fast-path sum Σ_b D24_b·S_b·A_b in int64 like dotFast, but vectorizes
// the scale products too: every fp16 scale is exactly D24 = M·2^E with
// |M| ≤ 2047 (mantExp), so with |S| < 2^19 the product M·S fits in int32
// (VPMULLD), (M·S)·A is one VPMULDQ when A < 2^31, and ·2^E a VPSLLVQ. All
// terms are exact and the sum fits in int64 (the fast-path bound), so the
// result equals dotFastGeneric bit for bit. Blocks after the last full group
// of eight are summed one at a time, still for several positions at once.
//
// The dotN kernels below are written out by hand (the compiler does not
// inline calls that take vectors): N positions per pass over the row.
type batchKernel struct {
	nb, ng int       // blocks per row, full groups of 8 blocks
	m32    []int32   // row: M of each block of the full groups
	e64    []int64   // row: E per group, lanes [0 2 4 6 1 3 5 7]
	dt     []int64   // row: D24 of the tail blocks
	q      [][]int8  // positions: quants
	amax   [][]int64 // positions: block maxima (tail blocks)
	a64    [][]int64 // positions: A per group, lanes [0 2 4 6 1 3 5 7]
}

func newBatchKernel(nb int) *batchKernel {
	ng := nb / 8
	if !haveAVX2 {
		ng = 0
	}
	return &batchKernel{nb: nb, ng: ng, m32: make([]int32, ng*8), e64: make([]int64, ng*8), dt: make([]int64, nb-ng*8)}
}

// batchAmaxBits is the largest AmaxBits the kernel takes (A < 2^31 for VPMULDQ).
const batchAmaxBits = 31

// setPositions prepares the activation vectors (each AmaxBits ≤ batchAmaxBits).
func (k *batchKernel) setPositions(xs []*QuantVec) {
	k.q, k.amax = k.q[:0], k.amax[:0]
	for len(k.a64) < len(xs) {
		k.a64 = append(k.a64, make([]int64, k.ng*8))
	}
	for i, qv := range xs {
		k.q = append(k.q, qv.Q[:k.nb*BlockSize])
		k.amax = append(k.amax, qv.Amax[:k.nb])
		a := k.a64[i]
		for g := 0; g < k.ng; g++ {
			for j := 0; j < 4; j++ {
				a[g*8+j] = qv.Amax[g*8+2*j]
				a[g*8+4+j] = qv.Amax[g*8+2*j+1]
			}
		}
	}
}

// setRow prepares one weight row's scales.
func (k *batchKernel) setRow(row []byte) {
	row = row[:k.nb*BlockBytes]
	for g := 0; g < k.ng; g++ {
		for j := 0; j < 8; j++ {
			b := g*8 + j
			mm, e := mantExp(uint16(row[b*BlockBytes]) | uint16(row[b*BlockBytes+1])<<8)
			k.m32[b] = mm
			k.e64[g*8+j/2+4*(j&1)] = e
		}
	}
	for j := range k.dt {
		b := k.ng*8 + j
		k.dt[j] = d24[uint16(row[b*BlockBytes])|uint16(row[b*BlockBytes+1])<<8]
	}
}

// dots writes the fast-path sums of the prepared row against the first n
// prepared positions into dst.
func (k *batchKernel) dots(row []byte, n int, dst []int64) {
	if len(row) < k.nb*BlockBytes || len(dst) < n || len(k.q) < n {
		panic("canon: batch kernel shapes")
	}
	w := unsafe.Pointer(unsafe.SliceData(row))
	defer endAVX()
	p := 0
	for ; p+4 <= n; p += 4 {
		dst[p], dst[p+1], dst[p+2], dst[p+3] = k.dot4(w, p)
	}
	if p+2 <= n {
		dst[p], dst[p+1] = k.dot2(w, p)
		p += 2
	}
	if p < n {
		dst[p] = k.dot1(w, p)
	}
}

// scaleAcc adds Σ M_b·S_b·A_b·2^E_b over a group of 8 blocks to acc; lo and
// hi are the partial trees of blocks 0..3 and 4..7 of the group, a points at
// the group's A lanes.
func scaleAcc(acc archsimd.Int64x4, lo, hi, m archsimd.Int32x8, ee, eo archsimd.Int64x4, a unsafe.Pointer) archsimd.Int64x4 {
	s := lo.Select128FromPair(0, 2, hi).Add(lo.Select128FromPair(1, 3, hi))
	ms := s.Mul(m)
	ae := archsimd.LoadInt64x4((*[4]int64)(a)).AsInt32x8()
	ao := archsimd.LoadInt64x4((*[4]int64)(unsafe.Add(a, 32))).AsInt32x8()
	pe := ms.MulEvenWiden(ae).ShiftLeft(ee)
	po := ms.AsUint64x4().ShiftRight(shift32).AsInt32x8().MulEvenWiden(ao).ShiftLeft(eo)
	return acc.Add(pe).Add(po)
}

func hsum64(v archsimd.Int64x4) int64 {
	h := v.GetLo().Add(v.GetHi())
	return h.GetElem(0) + h.GetElem(1)
}

// dot4 returns the fast-path sums of the prepared row against positions
// p..p+3: every weight block is loaded once for all 4.
func (k *batchKernel) dot4(w unsafe.Pointer, p int) (int64, int64, int64, int64) {
	x0 := unsafe.Pointer(unsafe.SliceData(k.q[p+0]))
	a0 := unsafe.Pointer(unsafe.SliceData(k.a64[p+0]))
	x1 := unsafe.Pointer(unsafe.SliceData(k.q[p+1]))
	a1 := unsafe.Pointer(unsafe.SliceData(k.a64[p+1]))
	x2 := unsafe.Pointer(unsafe.SliceData(k.q[p+2]))
	a2 := unsafe.Pointer(unsafe.SliceData(k.a64[p+2]))
	x3 := unsafe.Pointer(unsafe.SliceData(k.q[p+3]))
	a3 := unsafe.Pointer(unsafe.SliceData(k.a64[p+3]))
	ones := ones16
	var acc0, acc1, acc2, acc3 archsimd.Int64x4
	wg := w
	m := unsafe.Pointer(unsafe.SliceData(k.m32))
	e := unsafe.Pointer(unsafe.SliceData(k.e64))
	for g := 0; g < k.ng; g++ {
		wv0a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 2)))
		aw0a := wv0a.Abs().AsUint8x32()
		p00a := aw0a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 0))).CopySign(wv0a)).DotProductPairs(ones)
		p10a := aw0a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 0))).CopySign(wv0a)).DotProductPairs(ones)
		p20a := aw0a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 0))).CopySign(wv0a)).DotProductPairs(ones)
		p30a := aw0a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 0))).CopySign(wv0a)).DotProductPairs(ones)
		wv1a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 36)))
		aw1a := wv1a.Abs().AsUint8x32()
		p01a := aw1a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 32))).CopySign(wv1a)).DotProductPairs(ones)
		p11a := aw1a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 32))).CopySign(wv1a)).DotProductPairs(ones)
		p21a := aw1a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 32))).CopySign(wv1a)).DotProductPairs(ones)
		p31a := aw1a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 32))).CopySign(wv1a)).DotProductPairs(ones)
		t0a := p00a.AddPairsGrouped(p01a)
		t1a := p10a.AddPairsGrouped(p11a)
		t2a := p20a.AddPairsGrouped(p21a)
		t3a := p30a.AddPairsGrouped(p31a)
		wv2a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 70)))
		aw2a := wv2a.Abs().AsUint8x32()
		p02a := aw2a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 64))).CopySign(wv2a)).DotProductPairs(ones)
		p12a := aw2a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 64))).CopySign(wv2a)).DotProductPairs(ones)
		p22a := aw2a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 64))).CopySign(wv2a)).DotProductPairs(ones)
		p32a := aw2a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 64))).CopySign(wv2a)).DotProductPairs(ones)
		wv3a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 104)))
		aw3a := wv3a.Abs().AsUint8x32()
		p03a := aw3a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 96))).CopySign(wv3a)).DotProductPairs(ones)
		p13a := aw3a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 96))).CopySign(wv3a)).DotProductPairs(ones)
		p23a := aw3a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 96))).CopySign(wv3a)).DotProductPairs(ones)
		p33a := aw3a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 96))).CopySign(wv3a)).DotProductPairs(ones)
		h0a := t0a.AddPairsGrouped(p02a.AddPairsGrouped(p03a))
		h1a := t1a.AddPairsGrouped(p12a.AddPairsGrouped(p13a))
		h2a := t2a.AddPairsGrouped(p22a.AddPairsGrouped(p23a))
		h3a := t3a.AddPairsGrouped(p32a.AddPairsGrouped(p33a))
		wv0b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 138)))
		aw0b := wv0b.Abs().AsUint8x32()
		p00b := aw0b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 128))).CopySign(wv0b)).DotProductPairs(ones)
		p10b := aw0b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 128))).CopySign(wv0b)).DotProductPairs(ones)
		p20b := aw0b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 128))).CopySign(wv0b)).DotProductPairs(ones)
		p30b := aw0b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 128))).CopySign(wv0b)).DotProductPairs(ones)
		wv1b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 172)))
		aw1b := wv1b.Abs().AsUint8x32()
		p01b := aw1b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 160))).CopySign(wv1b)).DotProductPairs(ones)
		p11b := aw1b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 160))).CopySign(wv1b)).DotProductPairs(ones)
		p21b := aw1b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 160))).CopySign(wv1b)).DotProductPairs(ones)
		p31b := aw1b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 160))).CopySign(wv1b)).DotProductPairs(ones)
		t0b := p00b.AddPairsGrouped(p01b)
		t1b := p10b.AddPairsGrouped(p11b)
		t2b := p20b.AddPairsGrouped(p21b)
		t3b := p30b.AddPairsGrouped(p31b)
		wv2b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 206)))
		aw2b := wv2b.Abs().AsUint8x32()
		p02b := aw2b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 192))).CopySign(wv2b)).DotProductPairs(ones)
		p12b := aw2b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 192))).CopySign(wv2b)).DotProductPairs(ones)
		p22b := aw2b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 192))).CopySign(wv2b)).DotProductPairs(ones)
		p32b := aw2b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 192))).CopySign(wv2b)).DotProductPairs(ones)
		wv3b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 240)))
		aw3b := wv3b.Abs().AsUint8x32()
		p03b := aw3b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 224))).CopySign(wv3b)).DotProductPairs(ones)
		p13b := aw3b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 224))).CopySign(wv3b)).DotProductPairs(ones)
		p23b := aw3b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x2, 224))).CopySign(wv3b)).DotProductPairs(ones)
		p33b := aw3b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x3, 224))).CopySign(wv3b)).DotProductPairs(ones)
		h0b := t0b.AddPairsGrouped(p02b.AddPairsGrouped(p03b))
		h1b := t1b.AddPairsGrouped(p12b.AddPairsGrouped(p13b))
		h2b := t2b.AddPairsGrouped(p22b.AddPairsGrouped(p23b))
		h3b := t3b.AddPairsGrouped(p32b.AddPairsGrouped(p33b))
		mv := archsimd.LoadInt32x8((*[8]int32)(m))
		ee := archsimd.LoadInt64x4((*[4]int64)(e))
		eo := archsimd.LoadInt64x4((*[4]int64)(unsafe.Add(e, 32)))
		acc0 = scaleAcc(acc0, h0a, h0b, mv, ee, eo, a0)
		acc1 = scaleAcc(acc1, h1a, h1b, mv, ee, eo, a1)
		acc2 = scaleAcc(acc2, h2a, h2b, mv, ee, eo, a2)
		acc3 = scaleAcc(acc3, h3a, h3b, mv, ee, eo, a3)
		// Never past the end of an allocation (Go's unsafe.Pointer rules): the
		// group arrays advance only to a next group, the row and the quants
		// also to the tail blocks.
		if g+1 < k.ng {
			m, e = unsafe.Add(m, 32), unsafe.Add(e, 64)
			a0, a1, a2, a3 = unsafe.Add(a0, 64), unsafe.Add(a1, 64), unsafe.Add(a2, 64), unsafe.Add(a3, 64)
		}
		if g+1 < k.ng || k.ng*8 < k.nb {
			wg = unsafe.Add(wg, 8*BlockBytes)
			x0, x1 = unsafe.Add(x0, 8*BlockSize), unsafe.Add(x1, 8*BlockSize)
			x2, x3 = unsafe.Add(x2, 8*BlockSize), unsafe.Add(x3, 8*BlockSize)
		}
	}
	s0 := hsum64(acc0)
	s1 := hsum64(acc1)
	s2 := hsum64(acc2)
	s3 := hsum64(acc3)
	if k.ng*8 < k.nb {
		am0 := k.amax[p+0]
		am1 := k.amax[p+1]
		am2 := k.amax[p+2]
		am3 := k.amax[p+3]
		for b := k.ng * 8; b < k.nb; b++ {
			wv := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 2)))
			aw := wv.Abs().AsUint8x32()
			q0 := aw.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(x0)).CopySign(wv)).DotProductPairs(ones)
			q1 := aw.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(x1)).CopySign(wv)).DotProductPairs(ones)
			q2 := aw.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(x2)).CopySign(wv)).DotProductPairs(ones)
			q3 := aw.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(x3)).CopySign(wv)).DotProductPairs(ones)
			h := q0.AddPairsGrouped(q1).AddPairsGrouped(q2.AddPairsGrouped(q3))
			t := h.GetLo().Add(h.GetHi())
			d := k.dt[b-k.ng*8]
			s0 += d * int64(t.GetElem(0)) * am0[b]
			s1 += d * int64(t.GetElem(1)) * am1[b]
			s2 += d * int64(t.GetElem(2)) * am2[b]
			s3 += d * int64(t.GetElem(3)) * am3[b]
			if b+1 < k.nb {
				wg = unsafe.Add(wg, BlockBytes)
				x0, x1 = unsafe.Add(x0, BlockSize), unsafe.Add(x1, BlockSize)
				x2, x3 = unsafe.Add(x2, BlockSize), unsafe.Add(x3, BlockSize)
			}
		}
	}
	return s0, s1, s2, s3
}

// dot2 returns the fast-path sums of the prepared row against positions
// p..p+1: every weight block is loaded once for all 2.
func (k *batchKernel) dot2(w unsafe.Pointer, p int) (int64, int64) {
	x0 := unsafe.Pointer(unsafe.SliceData(k.q[p+0]))
	a0 := unsafe.Pointer(unsafe.SliceData(k.a64[p+0]))
	x1 := unsafe.Pointer(unsafe.SliceData(k.q[p+1]))
	a1 := unsafe.Pointer(unsafe.SliceData(k.a64[p+1]))
	ones := ones16
	var acc0, acc1 archsimd.Int64x4
	wg := w
	m := unsafe.Pointer(unsafe.SliceData(k.m32))
	e := unsafe.Pointer(unsafe.SliceData(k.e64))
	for g := 0; g < k.ng; g++ {
		wv0a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 2)))
		aw0a := wv0a.Abs().AsUint8x32()
		p00a := aw0a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 0))).CopySign(wv0a)).DotProductPairs(ones)
		p10a := aw0a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 0))).CopySign(wv0a)).DotProductPairs(ones)
		wv1a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 36)))
		aw1a := wv1a.Abs().AsUint8x32()
		p01a := aw1a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 32))).CopySign(wv1a)).DotProductPairs(ones)
		p11a := aw1a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 32))).CopySign(wv1a)).DotProductPairs(ones)
		t0a := p00a.AddPairsGrouped(p01a)
		t1a := p10a.AddPairsGrouped(p11a)
		wv2a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 70)))
		aw2a := wv2a.Abs().AsUint8x32()
		p02a := aw2a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 64))).CopySign(wv2a)).DotProductPairs(ones)
		p12a := aw2a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 64))).CopySign(wv2a)).DotProductPairs(ones)
		wv3a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 104)))
		aw3a := wv3a.Abs().AsUint8x32()
		p03a := aw3a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 96))).CopySign(wv3a)).DotProductPairs(ones)
		p13a := aw3a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 96))).CopySign(wv3a)).DotProductPairs(ones)
		h0a := t0a.AddPairsGrouped(p02a.AddPairsGrouped(p03a))
		h1a := t1a.AddPairsGrouped(p12a.AddPairsGrouped(p13a))
		wv0b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 138)))
		aw0b := wv0b.Abs().AsUint8x32()
		p00b := aw0b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 128))).CopySign(wv0b)).DotProductPairs(ones)
		p10b := aw0b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 128))).CopySign(wv0b)).DotProductPairs(ones)
		wv1b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 172)))
		aw1b := wv1b.Abs().AsUint8x32()
		p01b := aw1b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 160))).CopySign(wv1b)).DotProductPairs(ones)
		p11b := aw1b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 160))).CopySign(wv1b)).DotProductPairs(ones)
		t0b := p00b.AddPairsGrouped(p01b)
		t1b := p10b.AddPairsGrouped(p11b)
		wv2b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 206)))
		aw2b := wv2b.Abs().AsUint8x32()
		p02b := aw2b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 192))).CopySign(wv2b)).DotProductPairs(ones)
		p12b := aw2b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 192))).CopySign(wv2b)).DotProductPairs(ones)
		wv3b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 240)))
		aw3b := wv3b.Abs().AsUint8x32()
		p03b := aw3b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 224))).CopySign(wv3b)).DotProductPairs(ones)
		p13b := aw3b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x1, 224))).CopySign(wv3b)).DotProductPairs(ones)
		h0b := t0b.AddPairsGrouped(p02b.AddPairsGrouped(p03b))
		h1b := t1b.AddPairsGrouped(p12b.AddPairsGrouped(p13b))
		mv := archsimd.LoadInt32x8((*[8]int32)(m))
		ee := archsimd.LoadInt64x4((*[4]int64)(e))
		eo := archsimd.LoadInt64x4((*[4]int64)(unsafe.Add(e, 32)))
		acc0 = scaleAcc(acc0, h0a, h0b, mv, ee, eo, a0)
		acc1 = scaleAcc(acc1, h1a, h1b, mv, ee, eo, a1)
		if g+1 < k.ng { // as dot4: never past the end of an allocation
			m, e = unsafe.Add(m, 32), unsafe.Add(e, 64)
			a0, a1 = unsafe.Add(a0, 64), unsafe.Add(a1, 64)
		}
		if g+1 < k.ng || k.ng*8 < k.nb {
			wg = unsafe.Add(wg, 8*BlockBytes)
			x0, x1 = unsafe.Add(x0, 8*BlockSize), unsafe.Add(x1, 8*BlockSize)
		}
	}
	s0 := hsum64(acc0)
	s1 := hsum64(acc1)
	if k.ng*8 < k.nb {
		am0 := k.amax[p+0]
		am1 := k.amax[p+1]
		for b := k.ng * 8; b < k.nb; b++ {
			wv := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 2)))
			aw := wv.Abs().AsUint8x32()
			q0 := aw.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(x0)).CopySign(wv)).DotProductPairs(ones)
			q1 := aw.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(x1)).CopySign(wv)).DotProductPairs(ones)
			h := q0.AddPairsGrouped(q1)
			h = h.AddPairsGrouped(h)
			t := h.GetLo().Add(h.GetHi())
			d := k.dt[b-k.ng*8]
			s0 += d * int64(t.GetElem(0)) * am0[b]
			s1 += d * int64(t.GetElem(1)) * am1[b]
			if b+1 < k.nb {
				wg = unsafe.Add(wg, BlockBytes)
				x0, x1 = unsafe.Add(x0, BlockSize), unsafe.Add(x1, BlockSize)
			}
		}
	}
	return s0, s1
}

// dot1 returns the fast-path sums of the prepared row against positions
// p..p+0: every weight block is loaded once for all 1.
func (k *batchKernel) dot1(w unsafe.Pointer, p int) int64 {
	x0 := unsafe.Pointer(unsafe.SliceData(k.q[p+0]))
	a0 := unsafe.Pointer(unsafe.SliceData(k.a64[p+0]))
	ones := ones16
	var acc0 archsimd.Int64x4
	wg := w
	m := unsafe.Pointer(unsafe.SliceData(k.m32))
	e := unsafe.Pointer(unsafe.SliceData(k.e64))
	for g := 0; g < k.ng; g++ {
		wv0a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 2)))
		aw0a := wv0a.Abs().AsUint8x32()
		p00a := aw0a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 0))).CopySign(wv0a)).DotProductPairs(ones)
		wv1a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 36)))
		aw1a := wv1a.Abs().AsUint8x32()
		p01a := aw1a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 32))).CopySign(wv1a)).DotProductPairs(ones)
		t0a := p00a.AddPairsGrouped(p01a)
		wv2a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 70)))
		aw2a := wv2a.Abs().AsUint8x32()
		p02a := aw2a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 64))).CopySign(wv2a)).DotProductPairs(ones)
		wv3a := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 104)))
		aw3a := wv3a.Abs().AsUint8x32()
		p03a := aw3a.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 96))).CopySign(wv3a)).DotProductPairs(ones)
		h0a := t0a.AddPairsGrouped(p02a.AddPairsGrouped(p03a))
		wv0b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 138)))
		aw0b := wv0b.Abs().AsUint8x32()
		p00b := aw0b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 128))).CopySign(wv0b)).DotProductPairs(ones)
		wv1b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 172)))
		aw1b := wv1b.Abs().AsUint8x32()
		p01b := aw1b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 160))).CopySign(wv1b)).DotProductPairs(ones)
		t0b := p00b.AddPairsGrouped(p01b)
		wv2b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 206)))
		aw2b := wv2b.Abs().AsUint8x32()
		p02b := aw2b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 192))).CopySign(wv2b)).DotProductPairs(ones)
		wv3b := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 240)))
		aw3b := wv3b.Abs().AsUint8x32()
		p03b := aw3b.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(x0, 224))).CopySign(wv3b)).DotProductPairs(ones)
		h0b := t0b.AddPairsGrouped(p02b.AddPairsGrouped(p03b))
		mv := archsimd.LoadInt32x8((*[8]int32)(m))
		ee := archsimd.LoadInt64x4((*[4]int64)(e))
		eo := archsimd.LoadInt64x4((*[4]int64)(unsafe.Add(e, 32)))
		acc0 = scaleAcc(acc0, h0a, h0b, mv, ee, eo, a0)
		if g+1 < k.ng { // as dot4: never past the end of an allocation
			m, e = unsafe.Add(m, 32), unsafe.Add(e, 64)
			a0 = unsafe.Add(a0, 64)
		}
		if g+1 < k.ng || k.ng*8 < k.nb {
			wg, x0 = unsafe.Add(wg, 8*BlockBytes), unsafe.Add(x0, 8*BlockSize)
		}
	}
	s0 := hsum64(acc0)
	if k.ng*8 < k.nb {
		am0 := k.amax[p+0]
		for b := k.ng * 8; b < k.nb; b++ {
			wv := archsimd.LoadInt8x32((*[32]int8)(unsafe.Add(wg, 2)))
			aw := wv.Abs().AsUint8x32()
			q0 := aw.DotProductPairsSaturated(archsimd.LoadInt8x32((*[32]int8)(x0)).CopySign(wv)).DotProductPairs(ones)
			h := q0.AddPairsGrouped(q0)
			h = h.AddPairsGrouped(h)
			t := h.GetLo().Add(h.GetHi())
			d := k.dt[b-k.ng*8]
			s0 += d * int64(t.GetElem(0)) * am0[b]
			if b+1 < k.nb {
				wg, x0 = unsafe.Add(wg, BlockBytes), unsafe.Add(x0, BlockSize)
			}
		}
	}
	return s0
}

// dotQK returns Σ q_i·k_i in wrapping int64 arithmetic, so in any order the
// same as dotQKGeneric (exact where attention calls it: its fast-path bound).
// Four products per VPMULDQ of sign-extended values.
func dotQK(q, k []int32) int64 {
	n := len(q)
	if !haveAVX2 || len(k) < n || n < 8 {
		return dotQKGeneric(q, k)
	}
	k = k[:n]
	var a0, a1 archsimd.Int64x4
	i := 0
	for ; i+8 <= n; i += 8 {
		q0 := archsimd.LoadInt32x4Slice(q[i:]).ExtendToInt64().AsInt32x8()
		k0 := archsimd.LoadInt32x4Slice(k[i:]).ExtendToInt64().AsInt32x8()
		q1 := archsimd.LoadInt32x4Slice(q[i+4:]).ExtendToInt64().AsInt32x8()
		k1 := archsimd.LoadInt32x4Slice(k[i+4:]).ExtendToInt64().AsInt32x8()
		a0 = a0.Add(q0.MulEvenWiden(k0))
		a1 = a1.Add(q1.MulEvenWiden(k1))
	}
	s := hsum64(a0.Add(a1))
	endAVX()
	for ; i < n; i++ {
		s += int64(q[i]) * int64(k[i])
	}
	return s
}

// axpy adds p·v_i to acc_i for every i < len(acc), as axpyGeneric (the same
// wrapping int64 operations per element). p must fit in int32 for VPMULDQ;
// other values take the generic loop.
func axpy(acc []int64, p int64, v []int32) {
	n := len(acc)
	if !haveAVX2 || len(v) < n || p != int64(int32(p)) || n < 4 {
		axpyGeneric(acc, p, v)
		return
	}
	v = v[:n]
	pv := archsimd.BroadcastInt64x4(p).AsInt32x8()
	i := 0
	for ; i+4 <= n; i += 4 {
		a := archsimd.LoadInt64x4Slice(acc[i:])
		a.Add(archsimd.LoadInt32x4Slice(v[i:]).ExtendToInt64().AsInt32x8().MulEvenWiden(pv)).StoreSlice(acc[i:])
	}
	endAVX()
	for ; i < n; i++ {
		acc[i] += p * int64(v[i])
	}
}
