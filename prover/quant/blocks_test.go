package quant

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// ggmlDequant is a transcription of ggml's dequantize_row_q4_1, _q5_1,
// _q4_K, _q5_K and _q6_K (ggml/src/ggml-quants.c) for one block, computed in
// float type T: with T = float64 every product is exact (the values have at
// most 51 significant bits), with T = float32 it is what llama.cpp computes.
func ggmlDequant[T float32 | float64](f Format, x []byte) []T {
	h := func(b []byte) T { return T(signedFP16(binary.LittleEndian.Uint16(b))) }
	y := make([]T, f.BlockElems())
	switch f {
	case Q4_1, Q5_1:
		d, m := h(x), h(x[2:])
		var qh uint32
		qs := x[4:]
		if f == Q5_1 {
			qh = binary.LittleEndian.Uint32(x[4:])
			qs = x[8:]
		}
		for j := 0; j < 16; j++ {
			xh0 := uint8(((qh >> (j + 0)) << 4) & 0x10)
			xh1 := uint8((qh >> (j + 12)) & 0x10)
			x0 := int(qs[j]&0x0F | xh0)
			x1 := int(qs[j]>>4 | xh1)
			y[j] = T(x0)*d + m
			y[j+16] = T(x1)*d + m
		}
	case Q4_K, Q5_K:
		d, mn := h(x), h(x[2:])
		scales := x[4:16]
		ql := x[16:]
		var qh []byte
		if f == Q5_K {
			qh, ql = x[16:48], x[48:]
		}
		getScaleMinK4 := func(j int) (uint8, uint8) {
			if j < 4 {
				return scales[j] & 63, scales[j+4] & 63
			}
			return (scales[j+4] & 0xF) | ((scales[j-4] >> 6) << 4), (scales[j+4] >> 4) | ((scales[j-0] >> 6) << 4)
		}
		is, u1, u2, o := 0, uint8(1), uint8(2), 0
		for j := 0; j < 256; j += 64 {
			sc, m := getScaleMinK4(is + 0)
			d1, m1 := d*T(sc), mn*T(m)
			sc, m = getScaleMinK4(is + 1)
			d2, m2 := d*T(sc), mn*T(m)
			for l := 0; l < 32; l++ {
				q := int(ql[l] & 0xF)
				if qh != nil && qh[l]&u1 != 0 {
					q += 16
				}
				y[o] = d1*T(q) - m1
				o++
			}
			for l := 0; l < 32; l++ {
				q := int(ql[l] >> 4)
				if qh != nil && qh[l]&u2 != 0 {
					q += 16
				}
				y[o] = d2*T(q) - m2
				o++
			}
			ql = ql[32:]
			is += 2
			u1 <<= 2
			u2 <<= 2
		}
	case Q6_K:
		d := h(x[208:])
		ql, qh, sc := x[0:128], x[128:192], x[192:208]
		o := 0
		for n := 0; n < 256; n += 128 {
			for l := 0; l < 32; l++ {
				is := l / 16
				q1 := int8((ql[l+0]&0xF)|(((qh[l]>>0)&3)<<4)) - 32
				q2 := int8((ql[l+32]&0xF)|(((qh[l]>>2)&3)<<4)) - 32
				q3 := int8((ql[l+0]>>4)|(((qh[l]>>4)&3)<<4)) - 32
				q4 := int8((ql[l+32]>>4)|(((qh[l]>>6)&3)<<4)) - 32
				y[o+l+0] = d * T(int8(sc[is+0])) * T(q1)
				y[o+l+32] = d * T(int8(sc[is+2])) * T(q2)
				y[o+l+64] = d * T(int8(sc[is+4])) * T(q3)
				y[o+l+96] = d * T(int8(sc[is+6])) * T(q4)
			}
			o += 128
			ql, qh, sc = ql[64:], qh[32:], sc[8:]
		}
	}
	return y
}

// signedFP16 is ggml's GGML_FP16_TO_FP32 for finite fp16 bits.
func signedFP16(h uint16) float64 {
	if h>>15 == 1 {
		return -fp16Value(h & 0x7fff)
	}
	return fp16Value(h)
}

var allFormats = []Format{Q4_1, Q5_1, Q4_K, Q5_K, Q6_K}

// randomBlock returns a block of f with random quants and sub-scales and
// fp16 scales drawn like real weights' (small normals, sometimes a
// subnormal, a zero or a negative one).
func randomBlock(r *rand.Rand, f Format) []byte {
	b := make([]byte, f.BlockBytes())
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	scale := func() uint16 {
		switch r.IntN(10) {
		case 0:
			return uint16(r.IntN(1024)) // subnormal or zero
		case 1:
			return 0x8000 | uint16(r.IntN(0x3000)) // negative
		default:
			return uint16(0x0400 + r.IntN(0x2000)) // 2^-14 .. 2^-6
		}
	}
	switch f {
	case Q4_1, Q5_1, Q4_K, Q5_K:
		binary.LittleEndian.PutUint16(b, scale())
		binary.LittleEndian.PutUint16(b[2:], scale())
	case Q6_K:
		binary.LittleEndian.PutUint16(b[208:], scale())
	}
	return b
}

func TestDecodeMatchesGGMLDequantize(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, f := range allFormats {
		t.Run(f.String(), func(t *testing.T) {
			out := make([]int64, f.BlockElems())
			for n := 0; n < 300; n++ {
				b := randomBlock(r, f)
				require.NoError(t, f.Decode(b, out))
				exact := ggmlDequant[float64](f, b)
				single := ggmlDequant[float32](f, b)
				for i, v := range out {
					got := float64(v) / (1 << ValueFrac)
					require.Equal(t, exact[i], got, "block %d element %d", n, i)
					// llama.cpp's float32 result is the exact value rounded once.
					require.Equal(t, single[i], float32(got), "block %d element %d", n, i)
				}
			}
		})
	}
}

func TestToQ8_0IsExactRequantization(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, f := range allFormats {
		t.Run(f.String(), func(t *testing.T) {
			const nb = 24
			var data []byte
			for range nb {
				data = append(data, randomBlock(r, f)...)
			}
			out := make([]byte, f.Q8Bytes(len(data)))
			require.Len(t, out, nb*f.BlockElems()/32*34)
			require.NoError(t, ToQ8_0(f, data, out, 0))
			var exact []float64
			for b := range nb {
				exact = append(exact, ggmlDequant[float64](f, data[b*f.BlockBytes():])...)
			}
			for b := 0; b < len(exact)/32; b++ {
				x := exact[32*b : 32*b+32]
				var amax float64
				for _, v := range x {
					amax = math.Max(amax, math.Abs(v))
				}
				q8 := out[34*b : 34*b+34]
				wantD := uint16(0)
				if amax > 0 {
					wantD = refFP16(amax / 127)
				}
				require.Equal(t, wantD, binary.LittleEndian.Uint16(q8), "Q8_0 block %d scale", b)
				for j, v := range x {
					want := 0.0
					if amax > 0 {
						want = math.Round(127 * v / amax) // ties away from zero, as roundf
					}
					require.Equal(t, int8(want), int8(q8[2+j]), "Q8_0 block %d element %d", b, j)
				}
			}
		})
	}
}

func TestToQ8_0Errors(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, f := range allFormats {
		// a non-finite scale in the second block is named
		data := append(randomBlock(r, f), randomBlock(r, f)...)
		at := f.BlockBytes()
		if f == Q6_K {
			at += 208
		}
		binary.LittleEndian.PutUint16(data[at:], 0x7c00)
		err := ToQ8_0(f, data, make([]byte, f.Q8Bytes(len(data))), 10)
		require.ErrorIs(t, err, ErrScale, f.String())
		require.ErrorContains(t, err, f.String()+" block 11")

		// partial blocks
		require.Error(t, ToQ8_0(f, data[:len(data)-1], make([]byte, 1<<12), 0))

		if f == Q4_1 || f == Q5_1 {
			continue // |d·q + m| ≤ 32·65504 always fits: 127 · 65504 > 32 · 65504
		}
		// a block whose values exceed the fp16 range of a Q8_0 scale
		big := make([]byte, f.BlockBytes())
		if f == Q6_K {
			binary.LittleEndian.PutUint16(big[208:], 0x7bff) // 65504
			for i := 192; i < 208; i++ {
				big[i] = 127
			}
		} else {
			binary.LittleEndian.PutUint16(big, 0x7bff)
			for i := range big[4:] {
				big[4+i] = 0xff
			}
		}
		err = ToQ8_0(f, big, make([]byte, f.Q8Bytes(len(big))), 0)
		require.ErrorIs(t, err, ErrRange, f.String())
	}
	require.Error(t, ToQ8_0(Format(99), nil, nil, 0))
}
