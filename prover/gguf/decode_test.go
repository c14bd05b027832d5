package gguf

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestQ8_0RoundTrip(t *testing.T) {
	blocks := make([]BlockQ8_0, 3)
	for i := range blocks {
		blocks[i].D = uint16(0x2E66 + i)
		for j := range blocks[i].Qs {
			blocks[i].Qs[j] = int8(127 - 9*j - i)
		}
	}
	blocks[2].Qs[0] = -128
	data := EncodeQ8_0(blocks)
	require.Len(t, data, 3*34)
	// Layout: little-endian scale, then the quants as bytes.
	require.Equal(t, []byte{0x66, 0x2E, 127, 118}, data[:4])
	require.Equal(t, byte(0x80), data[2*34+2])

	got, err := DecodeQ8_0(data)
	require.NoError(t, err)
	require.Equal(t, blocks, got)
	require.Equal(t, data, EncodeQ8_0(got))

	empty, err := DecodeQ8_0(nil)
	require.NoError(t, err)
	require.Empty(t, empty)

	_, err = DecodeQ8_0(data[:35])
	require.ErrorIs(t, err, ErrBadTensor)
	require.ErrorContains(t, err, "Q8_0 data: length 35")
}

func TestQ4_0ToQ8_0(t *testing.T) {
	// Block 0: d = 1.0 (0x3C00); qs[j] = low nibble j, high nibble 15-j.
	// Block 1: d = 0x1234; every byte 0x80 (low 0, high 8).
	data := []byte{0x00, 0x3C}
	for j := range 16 {
		data = append(data, byte(j)|byte(15-j)<<4)
	}
	data = append(data, 0x34, 0x12)
	for range 16 {
		data = append(data, 0x80)
	}
	require.Len(t, data, 2*18)

	var want [2]BlockQ8_0
	want[0].D = 0x3C00
	for j := range 16 {
		want[0].Qs[j] = int8(j) - 8       // -8 .. 7
		want[0].Qs[j+16] = int8(15-j) - 8 // 7 .. -8
		want[1].Qs[j] = -8                // nibble 0
		want[1].Qs[j+16] = 0              // nibble 8
	}
	want[1].D = 0x1234

	got, err := Q4_0ToQ8_0(data)
	require.NoError(t, err)
	require.Equal(t, want[:], got)
	require.Equal(t, []int8{-8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7}, got[0].Qs[:16])

	_, err = Q4_0ToQ8_0(data[:17])
	require.ErrorIs(t, err, ErrBadTensor)
}

func TestQ5_0ToQ8_0(t *testing.T) {
	// One block: d = 0x3800 (0.5). Low nibbles: qs[j] = j | (15-j)<<4.
	// qh: bit j (element j's fifth bit) set for even j; bit j+16 (element
	// j+16's fifth bit) set for j < 4.
	qh := uint32(0)
	for j := 0; j < 16; j += 2 {
		qh |= 1 << j
	}
	for j := range 4 {
		qh |= 1 << (j + 16)
	}
	data := []byte{0x00, 0x38}
	data = binary.LittleEndian.AppendUint32(data, qh)
	for j := range 16 {
		data = append(data, byte(j)|byte(15-j)<<4)
	}
	require.Len(t, data, 22)

	// Hand-computed: element j = (j | 16*even(j)) - 16; element j+16 =
	// ((15-j) | 16*(j<4)) - 16.
	want := BlockQ8_0{D: 0x3800, Qs: [32]int8{
		0, -15, 2, -13, 4, -11, 6, -9, 8, -7, 10, -5, 12, -3, 14, -1,
		15, 14, 13, 12, -5, -6, -7, -8, -9, -10, -11, -12, -13, -14, -15, -16,
	}}
	got, err := Q5_0ToQ8_0(data)
	require.NoError(t, err)
	require.Equal(t, []BlockQ8_0{want}, got)

	// Extremes: all bits set gives 15 everywhere, all clear gives -16.
	ones := append([]byte{0, 0}, 0xFF, 0xFF, 0xFF, 0xFF)
	zeros := append([]byte{0, 0}, 0, 0, 0, 0)
	for range 16 {
		ones = append(ones, 0xFF)
		zeros = append(zeros, 0)
	}
	got, err = Q5_0ToQ8_0(append(ones, zeros...))
	require.NoError(t, err)
	for j := range 32 {
		require.Equal(t, int8(15), got[0].Qs[j])
		require.Equal(t, int8(-16), got[1].Qs[j])
	}

	_, err = Q5_0ToQ8_0(data[:21])
	require.ErrorIs(t, err, ErrBadTensor)
}

func TestRawBits(t *testing.T) {
	f32, err := F32Bits([]byte{0x00, 0x00, 0x80, 0x3F, 0x01, 0x02, 0x03, 0x04})
	require.NoError(t, err)
	require.Equal(t, []uint32{0x3F800000, 0x04030201}, f32)
	_, err = F32Bits([]byte{1, 2, 3})
	require.ErrorIs(t, err, ErrBadTensor)

	f16, err := F16Bits([]byte{0x00, 0x3C, 0xFF, 0x7B})
	require.NoError(t, err)
	require.Equal(t, []uint16{0x3C00, 0x7BFF}, f16)
	_, err = F16Bits([]byte{1})
	require.ErrorIs(t, err, ErrBadTensor)

	i32, err := I32s([]byte{0xFF, 0xFF, 0xFF, 0xFF, 2, 0, 0, 0})
	require.NoError(t, err)
	require.Equal(t, []int32{-1, 2}, i32)
	_, err = I32s([]byte{1, 2})
	require.ErrorIs(t, err, ErrBadTensor)
}
