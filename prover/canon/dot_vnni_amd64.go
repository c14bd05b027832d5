package canon

import (
	"math/bits"
	"sync"
	"unsafe"

	"golang.org/x/sys/cpu"
)

// haveVNNI reports AVX-512 F, BW, VL and VNNI with the operating system
// saving the zmm state (x/sys/cpu checks XCR0): what the VNNI kernels need.
var haveVNNI = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512VNNI

// useVNNI selects the VNNI kernels (MatMul of one position and of many); it
// is haveVNNI unless a test clears it to run the other kernels on a VNNI
// machine.
var useVNNI = haveVNNI

// The VNNI batch kernel (vnniTile, dot_vnni_amd64.s) computes the same
// fast-path sums Σ_b D24_b·S_b·A_b as dotFastGeneric for a tile of 4 weight
// rows × 16 positions, keeping both operands in registers: each 16-lane
// VPDPBUSD multiplies four weight bytes of one row, broadcast, with four
// quants of each of the 16 positions.
//
// VPDPBUSD multiplies unsigned by signed bytes. The quants are stored biased,
// q+128 (0..255), so Σ (q+128)·w = S + 128·W with W = Σ w the row block's
// weight sum; the kernel starts each block's accumulator at −128·W
// (vnniRowScales) and so ends with S. This is exact for every int8 weight
// and quant: every partial sum is below 32·255·128 + 2^19 < 2^31 in
// magnitude, no lane saturates or wraps, and S is the exact block sum.
//
// The scale stage is batchKernel's: D24 = M·2^E with |M| ≤ 2047 (mantExp)
// and |S| ≤ 32·128·128 = 2^19, so M·S fits in int32 (VPMULLD), ·A is one
// VPMULDQ for A < 2^31 and ·2^E a VPSLLVQ; the int64 sum is exact below the
// fast-path bound, so it equals dotFastGeneric bit for bit. The kernel then
// rounds it as dotRow does, sat32(roundDiv(sum, 127·2^24)), with integer
// multiplications instead of the division (ROUND in the assembly).
//
// Packed layouts, per group of 16 positions (lanes; missing positions are
// zero quants with A = 0, which add nothing):
//
//	act[g][b][k][l][i] = q_l[32b+4k+i] + 128   (512 bytes per block)
//	amax[g][b][h]      = A_l[b], h = 8·(l&1) + l>>1 (even lanes, then odd)
//	rs[b][j]           = {M, −128·W, E} of row j's block b
//	out[j][h]          = row j's result for lane l, h as amax
const (
	vnniLanes = 16
	vnniRows  = 4
	// vnniMin is the batch size from which MatMul uses the VNNI kernel:
	// below it most of the 16 lanes would be padding.
	vnniMin = 4
	// vnniAmaxBits is the largest AmaxBits the kernel takes (A < 2^31).
	vnniAmaxBits = 31
)

// vnniScale is one row block's scale for the kernel (16 bytes: the layout
// dot_vnni_amd64.s reads).
type vnniScale struct {
	m int32 // M of D24 = M·2^E
	c int32 // −128·Σ w
	e int64 // E
}

// vnniTile writes the rounded fast-path results of 4 rows (pointers at their
// first block) against one packed group of positions into out.
//
//go:noescape
func vnniTile(w0, w1, w2, w3 *byte, nb int, act *byte, amax *int64, rs *vnniScale, out *[64]int32)

// vnniRowScales writes one row's scales into dst[0], dst[vnniRows], …:
// mantExp's M and E of every block's scale and c = −128·Σ_i w_b,i.
//
//go:noescape
func vnniRowScales(row *byte, nb int, dst *vnniScale)

// vnniRound is the kernel's rounding alone: out[i] = sat32(roundDiv(in[i],
// 127·2^24)) for |in[i]| < 2^63 − 2^30 (the fast path's sums).
//
//go:noescape
func vnniRound(in *[8]int64, out *[8]int32)

// vnniMatVec returns Σ_b D24_b·S_b·A_b over the first 8·ng blocks of row
// against q (cq[b] = −128·Σ_i q_b,i, A = amax[b] < 2^31), exact below the
// fast-path bound.
//
//go:noescape
func vnniMatVec(row *byte, ng int, q *int8, cq *int64, amax *int64, idx *[40]uint32) int64

// vnniMatVecIdx is vnniMatVec's constants: the even and the odd lanes of a
// pair of vectors, and the offsets of 8 blocks' scales.
var vnniMatVecIdx = func() (t [40]uint32) {
	for i := range uint32(16) {
		t[i], t[16+i] = 2*i, 2*i+1
	}
	for b := range uint32(8) {
		t[32+b] = BlockBytes * b
	}
	return t
}()

// matVecVNNI is matMulRows's one-position path on the VNNI kernel for rows
// lo..hi (qv.AmaxBits ≤ vnniAmaxBits): full groups of 8 blocks in
// vnniMatVec, the blocks after them in dotFast, rows off the fast path in
// dotRow. The int64 sum is the same in any order, so out equals dotRow's.
func matVecVNNI(m *Q8Matrix, qv *QuantVec, out []int32, lo, hi int, sums []int32) {
	nb := m.Cols / BlockSize
	ng := nb / 8
	cq := make([]int64, 8*ng)
	for b := range cq {
		var s int64
		for _, x := range qv.Q[b*BlockSize : (b+1)*BlockSize] {
			s += int64(x)
		}
		cq[b] = -128 * s
	}
	tail := QuantVec{Q: qv.Q[8*ng*BlockSize:], Amax: qv.Amax[8*ng : nb], AmaxBits: qv.AmaxBits}
	lenBits := bits.Len(uint(nb))
	for r := lo; r < hi; r++ {
		row := m.Row(r)
		rb := m.rowBits(r)
		if ng == 0 || rb+19+qv.AmaxBits+lenBits > 63 {
			out[r] = dotRow(row, rb, qv, sums)
			continue
		}
		acc := vnniMatVec(&row[0], ng, &qv.Q[0], &cq[0], &qv.Amax[0], &vnniMatVecIdx)
		if len(tail.Amax) > 0 {
			acc += dotFast(row[8*ng*BlockBytes:], &tail)
		}
		out[r] = sat32(roundDiv(acc, matDivisor))
	}
}

// vnniLane maps a position's lane to its index in a row's 16 results.
var vnniLane = [vnniLanes]uint8{0, 8, 1, 9, 2, 10, 3, 11, 4, 12, 5, 13, 6, 14, 7, 15}

// vnniBatch holds the packed positions and one row tile's scales.
type vnniBatch struct {
	nb, n, groups int
	act           []uint32 // bytes as act in the layout above
	amax          []int64
	rs            []vnniScale
	dst           [][]int32 // output vectors in position order
	out           [64]int32
}

var vnniPool sync.Pool

// setPositions packs the activation vectors (each with nb blocks, A < 2^31).
func (v *vnniBatch) setPositions(nb int, xs []*QuantVec) {
	v.nb, v.n = nb, len(xs)
	v.groups = (len(xs) + vnniLanes - 1) / vnniLanes
	if need := v.groups * nb * 128; cap(v.act) < need {
		v.act = make([]uint32, need)
		v.amax = make([]int64, v.groups*nb*vnniLanes)
	}
	v.act, v.amax = v.act[:v.groups*nb*128], v.amax[:v.groups*nb*vnniLanes]
	if cap(v.rs) < nb*vnniRows {
		v.rs = make([]vnniScale, nb*vnniRows)
	}
	v.rs = v.rs[:nb*vnniRows]
	const bias = 0x80808080 // +128 in every byte: int8 q as uint8 q+128
	for g := 0; g < v.groups; g++ {
		for l := 0; l < vnniLanes; l++ {
			h := int(vnniLane[l])
			p := g*vnniLanes + l
			if p >= len(xs) {
				for b := 0; b < nb; b++ {
					d := v.act[(g*nb+b)*128+l:]
					d = d[:113:113]
					d[0], d[16], d[32], d[48], d[64], d[80], d[96], d[112] = bias, bias, bias, bias, bias, bias, bias, bias
					v.amax[(g*nb+b)*vnniLanes+h] = 0
				}
				continue
			}
			qv := xs[p]
			q := unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(qv.Q))), nb*BlockSize/4)
			am := qv.Amax[:nb]
			for b := 0; b < nb; b++ {
				s := q[8*b : 8*b+8 : 8*b+8]
				d := v.act[(g*nb+b)*128+l:]
				d = d[:113:113]
				d[0], d[16], d[32], d[48] = s[0]^bias, s[1]^bias, s[2]^bias, s[3]^bias
				d[64], d[80], d[96], d[112] = s[4]^bias, s[5]^bias, s[6]^bias, s[7]^bias
				v.amax[(g*nb+b)*vnniLanes+h] = am[b]
			}
		}
	}
}

// setRows prepares the scales of a tile of 4 rows.
func (v *vnniBatch) setRows(rows *[vnniRows][]byte) {
	for j, row := range rows {
		row = row[:v.nb*BlockBytes]
		vnniRowScales(&row[0], v.nb, &v.rs[j])
	}
}

// tile runs the prepared rows against position group g; v.out holds the
// rounded results.
func (v *vnniBatch) tile(rows *[vnniRows][]byte, g int) {
	vnniTile(&rows[0][0], &rows[1][0], &rows[2][0], &rows[3][0], v.nb,
		(*byte)(unsafe.Pointer(&v.act[g*v.nb*128])), &v.amax[g*v.nb*vnniLanes], &v.rs[0], &v.out)
}

// result returns row j's result against position p of the group last run.
func (v *vnniBatch) result(j, p int) int32 {
	return v.out[j*vnniLanes+int(vnniLane[p%vnniLanes])]
}

// matMulRowsVNNI is matMulRows's batch path on the VNNI kernel for rows
// lo..hi: ptrs are the positions the kernel may take, in the order
// order[i] (their indices in xs), and fast[rb] how many of them a row with
// rowBits rb takes on the fast path; the others go through dotRow.
func matMulRowsVNNI(m *Q8Matrix, xs []QuantVec, ptrs []*QuantVec, order []int, fast *[65]int, out [][]int32, lo, hi int, sums []int32) {
	nb := m.Cols / BlockSize
	v, _ := vnniPool.Get().(*vnniBatch)
	if v == nil {
		v = new(vnniBatch)
	}
	defer vnniPool.Put(v)
	// VPMULDQ takes A as a signed 32-bit lane: only positions with A < 2^31
	// (a prefix, ptrs being in order of AmaxBits) go to the kernel.
	nv := 0
	for nv < len(ptrs) && ptrs[nv].AmaxBits <= vnniAmaxBits {
		nv++
	}
	v.setPositions(nb, ptrs[:nv])
	v.dst = v.dst[:0]
	for _, p := range order[:nv] {
		v.dst = append(v.dst, out[p])
	}
	defer clear(v.dst) // the pool keeps no output vectors alive
	var rows [vnniRows][]byte
	var nf [vnniRows]int
	for r := lo; r < hi; r += vnniRows {
		nmax := 0
		for j := range rows {
			rr := min(r+j, hi-1) // a short last tile repeats its last row
			rows[j] = m.Row(rr)
			nf[j] = min(fast[min(m.rowBits(rr), 64)], nv)
			nmax = max(nmax, nf[j])
		}
		if nmax > 0 {
			v.setRows(&rows)
		}
		full := r+vnniRows <= hi && nf == [vnniRows]int{nmax, nmax, nmax, nmax}
		for g := 0; g*vnniLanes < nmax; g++ {
			v.tile(&rows, g)
			res := &v.out
			if full { // the common case: every row of the tile takes the same positions
				for i, d := range v.dst[g*vnniLanes : min(nmax, (g+1)*vnniLanes)] {
					h := int(vnniLane[i])
					d = d[r : r+vnniRows : r+vnniRows]
					d[0], d[1], d[2], d[3] = res[h], res[vnniLanes+h], res[2*vnniLanes+h], res[3*vnniLanes+h]
				}
				continue
			}
			for j := 0; j < vnniRows && r+j < hi; j++ {
				for i := g * vnniLanes; i < min(nf[j], (g+1)*vnniLanes); i++ {
					v.dst[i][r+j] = res[j*vnniLanes+int(vnniLane[i%vnniLanes])]
				}
			}
		}
		for j := 0; j < vnniRows && r+j < hi; j++ {
			for _, p := range order[nf[j]:] {
				out[p][r+j] = dotRow(rows[j], m.rowBits(r+j), &xs[p], sums)
			}
		}
	}
}

// vnniName is what KernelName adds for the VNNI kernels.
func vnniName() string {
	if useVNNI {
		return ", avx512-vnni"
	}
	return ""
}
