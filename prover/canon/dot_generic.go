//go:build !goexperiment.simd || !amd64

package canon

// blockSums is the block dot-product kernel; this build uses the pure-Go one.
func blockSums(row []byte, q []int8, sums []int32) { blockSumsGeneric(row, q, sums) }

// dotFast is the fast-path dot product; this build uses the pure-Go one.
func dotFast(row []byte, qv *QuantVec) int64 { return dotFastGeneric(row, qv) }

// KernelName names the dot-product kernel compiled into this build.
func KernelName() string { return "generic" + vnniName() }

// batchKernel is the matrix-matrix kernel of MatMul: one weight row against
// many quantized activation vectors while the row is in cache, computing the
// fast-path sum Σ_b D24_b·S_b·A_b in int64 exactly like dotFastGeneric. The
// pure-Go version decodes the row's scales once and runs four positions per
// pass over each block, so every weight byte is loaded once per four.
type batchKernel struct {
	nb   int
	d    []int64   // row: D24 of each block
	q    [][]int8  // positions: quants
	amax [][]int64 // positions: block maxima
}

func newBatchKernel(nb int) *batchKernel { return &batchKernel{nb: nb, d: make([]int64, nb)} }

// batchAmaxBits is the largest AmaxBits the kernel takes.
const batchAmaxBits = 63

// setPositions prepares the activation vectors.
func (k *batchKernel) setPositions(xs []*QuantVec) {
	k.q, k.amax = k.q[:0], k.amax[:0]
	for _, qv := range xs {
		k.q = append(k.q, qv.Q[:k.nb*BlockSize])
		k.amax = append(k.amax, qv.Amax[:k.nb])
	}
}

// setRow prepares one weight row's scales.
func (k *batchKernel) setRow(row []byte) {
	for b := range k.d {
		k.d[b] = d24[uint16(row[b*BlockBytes])|uint16(row[b*BlockBytes+1])<<8]
	}
}

// dots writes the fast-path sums of the prepared row against the first n
// prepared positions into dst.
func (k *batchKernel) dots(row []byte, n int, dst []int64) {
	p := 0
	for ; p+4 <= n; p += 4 {
		dst[p], dst[p+1], dst[p+2], dst[p+3] = k.dot4(row, p)
	}
	for ; p < n; p++ {
		var acc int64
		for b, d := range k.d {
			acc += d * int64(dot32Generic(row[b*BlockBytes+2:(b+1)*BlockBytes], k.q[p][b*BlockSize:(b+1)*BlockSize])) * k.amax[p][b]
		}
		dst[p] = acc
	}
}

func (k *batchKernel) dot4(row []byte, p int) (int64, int64, int64, int64) {
	q0, q1, q2, q3 := k.q[p], k.q[p+1], k.q[p+2], k.q[p+3]
	a0, a1, a2, a3 := k.amax[p], k.amax[p+1], k.amax[p+2], k.amax[p+3]
	var acc0, acc1, acc2, acc3 int64
	for b, d := range k.d {
		w := row[b*BlockBytes+2 : (b+1)*BlockBytes]
		w = w[:32]
		o := b * BlockSize
		x0, x1, x2, x3 := q0[o:o+32], q1[o:o+32], q2[o:o+32], q3[o:o+32]
		var s0, s1, s2, s3 int32
		for i := 0; i < 32; i += 2 {
			w0, w1 := int32(int8(w[i])), int32(int8(w[i+1]))
			s0 += w0*int32(x0[i]) + w1*int32(x0[i+1])
			s1 += w0*int32(x1[i]) + w1*int32(x1[i+1])
			s2 += w0*int32(x2[i]) + w1*int32(x2[i+1])
			s3 += w0*int32(x3[i]) + w1*int32(x3[i+1])
		}
		acc0 += d * int64(s0) * a0[b]
		acc1 += d * int64(s1) * a1[b]
		acc2 += d * int64(s2) * a2[b]
		acc3 += d * int64(s3) * a3[b]
	}
	return acc0, acc1, acc2, acc3
}

// dotQK is the attention score's dot product; this build uses the pure-Go one.
func dotQK(q, k []int32) int64 { return dotQKGeneric(q, k) }

// axpy adds p·v to acc; this build uses the pure-Go loop.
func axpy(acc []int64, p int64, v []int32) { axpyGeneric(acc, p, v) }
