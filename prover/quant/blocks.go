package quant

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ErrScale is returned for a block whose fp16 scale or minimum is not finite.
var ErrScale = errors.New("quant: non-finite fp16 scale")

// ValueFrac is the fixed point of decoded block values: Format.Decode writes
// every value v as the exact integer v·2^ValueFrac. Every finite fp16 is an
// integer multiple of 2^-24, and every format below multiplies fp16 scales by
// small integers only, so no value is rounded.
const ValueFrac = 24

// Format is a ggml block format whose values convert to Q8_0 by exact
// decoding and one requantization (ToQ8_0).
type Format int

// The formats ToQ8_0 converts. Q4_0, Q5_0 and Q8_0 are not among them: they
// are Q8_0 blocks with the same scale already (prover/gguf converts them
// without requantizing).
const (
	Q4_1 Format = iota + 1 // 32 values: fp16 d, fp16 m, 4-bit q; v = d·q + m
	Q5_1                   // 32 values: fp16 d, fp16 m, 5-bit q; v = d·q + m
	Q4_K                   // 256 values: fp16 d, dmin, 6-bit sub-scales and mins per 32; v = d·sc·q − dmin·m
	Q5_K                   // 256 values: as Q4_K with 5-bit q
	Q6_K                   // 256 values: int8 sub-scales per 16, fp16 d; v = d·sc·(q − 32)
)

var formats = [...]struct {
	name          string
	elems, nbytes int
}{
	Q4_1: {"Q4_1", 32, 20},
	Q5_1: {"Q5_1", 32, 24},
	Q4_K: {"Q4_K", 256, 144},
	Q5_K: {"Q5_K", 256, 176},
	Q6_K: {"Q6_K", 256, 210},
}

func (f Format) known() bool { return f > 0 && int(f) < len(formats) }

// String returns ggml's name of the format.
func (f Format) String() string {
	if !f.known() {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formats[f].name
}

// BlockElems returns the number of values in one block of f (32 or 256).
func (f Format) BlockElems() int {
	if !f.known() {
		return 0
	}
	return formats[f].elems
}

// BlockBytes returns the encoded size of one block of f.
func (f Format) BlockBytes() int {
	if !f.known() {
		return 0
	}
	return formats[f].nbytes
}

// d24 returns the fp16 at b[0:2] (little-endian) as value·2^24, exactly;
// what names the field in errors.
func d24(b []byte, what string) (int64, error) {
	h := binary.LittleEndian.Uint16(b)
	exp := int64(h>>10) & 0x1f
	mant := int64(h & 0x3ff)
	var v int64
	switch exp {
	case 0x1f:
		return 0, fmt.Errorf("%w: %s = %#04x", ErrScale, what, h)
	case 0:
		v = mant
	default:
		v = (1024 + mant) << (exp - 1)
	}
	if h>>15 == 1 {
		v = -v
	}
	return v, nil
}

// scaleMinK4 is ggml's get_scale_min_k4: the 6-bit scale and minimum of
// sub-block j (0..7) of a Q4_K/Q5_K block from its 12 packed bytes.
func scaleMinK4(j int, q []byte) (sc, m int64) {
	if j < 4 {
		return int64(q[j] & 63), int64(q[j+4] & 63)
	}
	return int64(q[j+4]&0xF | (q[j-4]>>6)<<4), int64(q[j+4]>>4 | (q[j]>>6)<<4)
}

// Decode writes the exact values of one block of f (block holds
// f.BlockBytes() bytes) to out[:f.BlockElems()], each as value·2^ValueFrac,
// in ggml's element order (the order of dequantize_row_*). Every |value| <
// 2^40·63·31 < 2^51. It fails with ErrScale for a non-finite fp16.
func (f Format) Decode(block []byte, out []int64) error {
	if !f.known() || len(block) < f.BlockBytes() || len(out) < f.BlockElems() {
		return fmt.Errorf("quant: %v block needs %d bytes and %d values", f, f.BlockBytes(), f.BlockElems())
	}
	switch f {
	case Q4_1, Q5_1:
		d, err := d24(block, "d")
		if err != nil {
			return err
		}
		m, err := d24(block[2:], "m")
		if err != nil {
			return err
		}
		qs := block[4:]
		var qh uint32
		if f == Q5_1 {
			qh = binary.LittleEndian.Uint32(block[4:])
			qs = block[8:]
		}
		for j := range 16 {
			x0 := int64(qs[j]&0x0F) | int64((qh>>j)<<4&0x10)
			x1 := int64(qs[j]>>4) | int64((qh>>(j+12))&0x10)
			out[j] = d*x0 + m
			out[j+16] = d*x1 + m
		}
	case Q4_K, Q5_K:
		d, err := d24(block, "d")
		if err != nil {
			return err
		}
		dmin, err := d24(block[2:], "dmin")
		if err != nil {
			return err
		}
		scales := block[4:16]
		var qh, ql []byte
		if f == Q5_K {
			qh, ql = block[16:48], block[48:176]
		} else {
			ql = block[16:144]
		}
		// Four groups of 64 values; group g uses sub-blocks 2g (low nibbles)
		// and 2g+1 (high nibbles) of ql[32g:32g+32], and for Q5_K bits 2g and
		// 2g+1 of qh as the fifth bit.
		for g := range 4 {
			sc1, m1 := scaleMinK4(2*g, scales)
			sc2, m2 := scaleMinK4(2*g+1, scales)
			d1, d2, o1, o2 := d*sc1, d*sc2, dmin*m1, dmin*m2
			q := ql[32*g:]
			y := out[64*g:]
			for l := range 32 {
				lo, hi := int64(q[l]&0xF), int64(q[l]>>4)
				if qh != nil {
					lo |= int64(qh[l]>>(2*g)&1) << 4
					hi |= int64(qh[l]>>(2*g+1)&1) << 4
				}
				y[l] = d1*lo - o1
				y[l+32] = d2*hi - o2
			}
		}
	case Q6_K:
		ql, qh, sc := block[0:128], block[128:192], block[192:208]
		d, err := d24(block[208:], "d")
		if err != nil {
			return err
		}
		// Two halves of 128 values; in half n, ql[64n:64n+64], qh[32n:32n+32]
		// and the int8 scales sc[8n:8n+8] (one per 16 values).
		for n := range 2 {
			l0, h0, s0, y := ql[64*n:], qh[32*n:], sc[8*n:], out[128*n:]
			for l := range 32 {
				is := l / 16
				q1 := int64(l0[l]&0xF|(h0[l]>>0&3)<<4) - 32
				q2 := int64(l0[l+32]&0xF|(h0[l]>>2&3)<<4) - 32
				q3 := int64(l0[l]>>4|(h0[l]>>4&3)<<4) - 32
				q4 := int64(l0[l+32]>>4|(h0[l]>>6&3)<<4) - 32
				y[l] = d * int64(int8(s0[is])) * q1
				y[l+32] = d * int64(int8(s0[is+2])) * q2
				y[l+64] = d * int64(int8(s0[is+4])) * q3
				y[l+96] = d * int64(int8(s0[is+6])) * q4
			}
		}
	}
	return nil
}

// Q8Bytes returns the size of the Q8_0 data ToQ8_0 writes for n bytes of f.
func (f Format) Q8Bytes(n int) int {
	if !f.known() {
		return 0
	}
	return n / f.BlockBytes() * f.BlockElems() / BlockSize * BlockBytes
}

// ToQ8_0 converts whole blocks of f (data) to Q8_0 blocks written to out
// (f.Q8Bytes(len(data)) bytes): each block is decoded exactly (Decode) and
// every 32 consecutive values are requantized with Block at ValueFrac, so
// the result is a function of the exact values alone. Errors name the
// source block (counted from b0) and wrap ErrScale or ErrRange.
func ToQ8_0(f Format, data, out []byte, b0 int) error {
	if !f.known() {
		return fmt.Errorf("quant: unknown format %d", int(f))
	}
	bb, be := f.BlockBytes(), f.BlockElems()
	if len(data)%bb != 0 || len(out) < f.Q8Bytes(len(data)) {
		return fmt.Errorf("quant: %d bytes of %v are not whole %d-byte blocks, or the output is short", len(data), f, bb)
	}
	vals := make([]int64, be)
	o := 0
	for b := 0; b*bb < len(data); b++ {
		if err := f.Decode(data[b*bb:], vals); err != nil {
			return fmt.Errorf("%v block %d: %w", f, b0+b, err)
		}
		for s := 0; s < be; s += BlockSize {
			if err := Block(vals[s:s+BlockSize], ValueFrac, out[o:]); err != nil {
				return fmt.Errorf("%v block %d: %w", f, b0+b, err)
			}
			o += BlockBytes
		}
	}
	return nil
}
