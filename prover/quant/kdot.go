package quant

import (
	"errors"
	"fmt"
)

// The native K-quant matrix-vector product (docs/arithmetic.md, "K-quant
// matrix-vector product (native)"): a Q4_K, Q5_K or Q6_K row times an
// activation vector quantized per 256 values, exactly, with one rounding.
// Kernel only: the canonical runtime, the VM and the verifier do not use it
// yet (they run imported K-quant files requantized to Q8_0).

// SuperBlock is the number of values of a K-quant block, and of one scale
// of QuantizeK.
const SuperBlock = 256

// MaxKRow is the longest row DotK takes (values): it keeps the 128-bit
// accumulator exact (each super-block adds less than 2^98 in magnitude).
const MaxKRow = 1 << 28

// KDivisor is 127·2^24: one 127 from the activation scale A/127 and 2^24 from
// the block scales' D24; dividing the accumulator by it leaves Q16.16.
const KDivisor = 127 << ValueFrac

// ErrKShape is returned when a row, its activation vector and their format
// do not fit together.
var ErrKShape = errors.New("quant: K-quant row and activations do not fit")

// KVec is an activation vector quantized per 256 values for DotK.
type KVec struct {
	Q []int8  // q_i = rdiv(127·x_i, A_b), in [-127, 127]
	A []int64 // A_b = max |x_i| over values 256b..256b+255, in [0, 2^31]
}

// QuantizeK quantizes x (Q16.16 activations; len(x) a multiple of 256) per
// 256 values as the per-32 activation quantization does per 32: A = max |x|,
// q = rdiv(127·x, A) to nearest with ties away from zero (all 0 when A = 0).
// llama.cpp's quantize_row_q8_K scales by −127/max with max the signed
// extreme instead; in exact arithmetic that gives the same values d·q (its
// d is negated with its q), so the rule is not mirrored.
func QuantizeK(x []int32) (KVec, error) {
	if len(x)%SuperBlock != 0 {
		return KVec{}, fmt.Errorf("%w: %d activations, want a multiple of %d", ErrKShape, len(x), SuperBlock)
	}
	v := KVec{Q: make([]int8, len(x)), A: make([]int64, len(x)/SuperBlock)}
	for b := range v.A {
		xs := x[b*SuperBlock : (b+1)*SuperBlock]
		var a int64
		for _, e := range xs {
			a = max(a, abs(int64(e)))
		}
		v.A[b] = a
		if a == 0 {
			continue
		}
		for i, e := range xs {
			// (254·|x| + A) / (2A): |x| ≤ A ≤ 2^31, so 254·|x| + A < 2^40
			q := (254*abs(int64(e)) + a) / (2 * a)
			if e < 0 {
				q = -q
			}
			v.Q[b*SuperBlock+i] = int8(q)
		}
	}
	return v, nil
}

func abs(v int64) int64 { return max(v, -v) }

// DotK returns the product of one row of f (Q4_K, Q5_K or Q6_K: len(row)/
// f.BlockBytes() blocks) with v as a Q16.16 activation: sat32(rdiv(acc,
// 127·2^24)), acc as DotKAcc returns it, rounded to nearest with ties away
// from zero.
func (f Format) DotK(row []byte, v *KVec) (int32, error) {
	acc, err := f.DotKAcc(row, v)
	if err != nil {
		return 0, err
	}
	return acc.RDivSat32(KDivisor), nil
}

// DotKAcc returns the exact accumulator of DotK, Σ_b A_b·Σ_i V_bi·q_bi
// with V the block values·2^24 (Decode), computed per super-block as
//
//	Q4_K, Q5_K: D24(d)·A·Σ_j sc_j·S_j − D24(dmin)·A·Σ_j m_j·B_j
//	Q6_K:       D24(d)·A·Σ_j s_j·S_j
//
// with S_j = Σ q_w·q_x over sub-block j (Q6_K: Σ (q−32)·q_x) and B_j = Σ
// q_x. Bounds (|D24| < 2^40, A ≤ 2^31): Q4_K/Q5_K |Σ sc·S| ≤ 8·63·32·31·127
// < 2^26 and |Σ m·B| ≤ 8·63·32·127 < 2^21; Q6_K |Σ s·S| ≤ 16·128·16·32·127
// < 2^27; so each product with A fits int64 (< 2^58), each super-block adds
// less than 2^98, and a row of at most MaxKRow values less than 2^118. It
// fails with ErrKShape for a format other than these three or lengths that
// differ, and with ErrScale (naming the block) for a non-finite fp16.
func (f Format) DotKAcc(row []byte, v *KVec) (Int128, error) {
	if f != Q4_K && f != Q5_K && f != Q6_K {
		return Int128{}, fmt.Errorf("%w: format %v is not a K-quant", ErrKShape, f)
	}
	bb := f.BlockBytes()
	nb := len(row) / bb
	if len(row)%bb != 0 || nb*SuperBlock > MaxKRow || len(v.A) != nb || len(v.Q) != nb*SuperBlock {
		return Int128{}, fmt.Errorf("%w: %d bytes of %v (%d-byte blocks, at most %d values), %d activations in %d scales",
			ErrKShape, len(row), f, bb, MaxKRow, len(v.Q), len(v.A))
	}
	var acc Int128
	for b := range nb {
		blk, q, a := row[b*bb:(b+1)*bb], v.Q[b*SuperBlock:(b+1)*SuperBlock], v.A[b]
		var err error
		if f == Q6_K {
			err = dotQ6K(&acc, blk, q, a)
		} else {
			err = dotQ45K(&acc, blk, q, a, f == Q5_K)
		}
		if err != nil {
			return Int128{}, fmt.Errorf("%v block %d: %w", f, b, err)
		}
	}
	return acc, nil
}

// dotQ45K adds one Q4_K (or Q5_K) super-block's term to acc; the element
// order is Decode's.
func dotQ45K(acc *Int128, blk []byte, q []int8, a int64, five bool) error {
	d, err := d24(blk, "d")
	if err != nil {
		return err
	}
	dmin, err := d24(blk[2:], "dmin")
	if err != nil {
		return err
	}
	scales := blk[4:16]
	var qh, ql []byte
	if five {
		qh, ql = blk[16:48], blk[48:176]
	} else {
		ql = blk[16:144]
	}
	var p, m int64 // Σ sc_j·S_j, Σ m_j·B_j
	for g := range 4 {
		w, x0, x1 := ql[32*g:32*g+32], q[64*g:64*g+32], q[64*g+32:64*g+64]
		var s0, s1, b0, b1 int64
		for l := range 32 {
			lo, hi := int64(w[l]&0xF), int64(w[l]>>4)
			if five {
				lo |= int64(qh[l]>>(2*g)&1) << 4
				hi |= int64(qh[l]>>(2*g+1)&1) << 4
			}
			s0 += lo * int64(x0[l])
			s1 += hi * int64(x1[l])
			b0 += int64(x0[l])
			b1 += int64(x1[l])
		}
		sc0, m0 := scaleMinK4(2*g, scales)
		sc1, m1 := scaleMinK4(2*g+1, scales)
		p += sc0*s0 + sc1*s1
		m += m0*b0 + m1*b1
	}
	acc.AddMul(d, p*a)
	acc.AddMul(-dmin, m*a)
	return nil
}

// dotQ6K adds one Q6_K super-block's term to acc; the element order is
// Decode's: in half n, value 128n + 32k + l has the 6-bit quant of ql/qh
// lane (l, k) and the scale sc[8n + l/16 + 2k].
func dotQ6K(acc *Int128, blk []byte, q []int8, a int64) error {
	ql, qh, sc := blk[0:128], blk[128:192], blk[192:208]
	d, err := d24(blk[208:], "d")
	if err != nil {
		return err
	}
	var p int64 // Σ s_j·S_j
	for n := range 2 {
		l0, h0, x := ql[64*n:], qh[32*n:], q[128*n:]
		for is := range 2 {
			var s [4]int64
			for l := 16 * is; l < 16*is+16; l++ {
				s[0] += (int64(l0[l]&0xF|(h0[l]&3)<<4) - 32) * int64(x[l])
				s[1] += (int64(l0[l+32]&0xF|(h0[l]>>2&3)<<4) - 32) * int64(x[l+32])
				s[2] += (int64(l0[l]>>4|(h0[l]>>4&3)<<4) - 32) * int64(x[l+64])
				s[3] += (int64(l0[l+32]>>4|(h0[l]>>6&3)<<4) - 32) * int64(x[l+96])
			}
			for k := range 4 {
				p += int64(int8(sc[8*n+is+2*k])) * s[k]
			}
		}
	}
	acc.AddMul(d, p*a)
	return nil
}
