package gguf

import (
	"encoding/binary"
	"fmt"
)

// QK8_0 is the number of elements of a Q8_0, Q4_0 or Q5_0 block.
const QK8_0 = 32

// BlockQ8_0 is one Q8_0 block: 32 weights q[i]*d.
type BlockQ8_0 struct {
	// D is the scale as IEEE binary16 bits.
	D uint16
	// Qs are the quantized weights.
	Qs [QK8_0]int8
}

// blocks checks that data is a whole number of blocks of typ.
func blocks(typ Type, data []byte) (int, error) {
	ts := int(typ.TypeSize())
	if len(data)%ts != 0 {
		return 0, &FormatError{Field: typ.String() + " data", Offset: -1, Err: ErrBadTensor,
			Detail: fmt.Sprintf("length %d is not a multiple of the %d-byte %s element or block", len(data), ts, typ)}
	}
	return len(data) / ts, nil
}

// DecodeQ8_0 splits Q8_0 tensor data into blocks: per block a little-endian
// fp16 scale and 32 int8 quants.
func DecodeQ8_0(data []byte) ([]BlockQ8_0, error) {
	n, err := blocks(TypeQ8_0, data)
	if err != nil {
		return nil, err
	}
	out := make([]BlockQ8_0, n)
	for i := range out {
		b := data[i*34 : i*34+34]
		out[i].D = binary.LittleEndian.Uint16(b)
		for j := range QK8_0 {
			out[i].Qs[j] = int8(b[2+j])
		}
	}
	return out, nil
}

// EncodeQ8_0 serializes blocks as Q8_0 tensor data (34 bytes per block).
func EncodeQ8_0(blocks []BlockQ8_0) []byte {
	out := make([]byte, len(blocks)*34)
	for i, blk := range blocks {
		b := out[i*34 : i*34+34]
		binary.LittleEndian.PutUint16(b, blk.D)
		for j, q := range blk.Qs {
			b[2+j] = uint8(q)
		}
	}
	return out
}

// Q4_0ToQ8_0 converts Q4_0 tensor data (per block: fp16 d, then 16 bytes
// whose low nibbles are elements 0..15 and high nibbles elements 16..31, each
// worth d*(nibble-8)) to Q8_0 blocks with the same scales. The conversion is
// exact.
func Q4_0ToQ8_0(data []byte) ([]BlockQ8_0, error) {
	n, err := blocks(TypeQ4_0, data)
	if err != nil {
		return nil, err
	}
	out := make([]BlockQ8_0, n)
	for i := range out {
		b := data[i*18 : i*18+18]
		out[i].D = binary.LittleEndian.Uint16(b)
		qs := b[2:]
		for j := range 16 {
			out[i].Qs[j] = int8(qs[j]&0x0F) - 8
			out[i].Qs[j+16] = int8(qs[j]>>4) - 8
		}
	}
	return out, nil
}

// Q5_0ToQ8_0 converts Q5_0 tensor data (per block: fp16 d, a little-endian
// uint32 qh with the fifth bit of each element, 16 bytes of low nibbles as in
// Q4_0; each element worth d*(q-16)) to Q8_0 blocks with the same scales. The
// conversion is exact.
func Q5_0ToQ8_0(data []byte) ([]BlockQ8_0, error) {
	n, err := blocks(TypeQ5_0, data)
	if err != nil {
		return nil, err
	}
	out := make([]BlockQ8_0, n)
	for i := range out {
		b := data[i*22 : i*22+22]
		out[i].D = binary.LittleEndian.Uint16(b)
		qh := binary.LittleEndian.Uint32(b[2:])
		qs := b[6:]
		for j := range 16 {
			lo := uint8(qs[j]&0x0F) | uint8((qh>>j)&1)<<4
			hi := uint8(qs[j]>>4) | uint8((qh>>(j+12))&0x10)
			out[i].Qs[j] = int8(lo) - 16
			out[i].Qs[j+16] = int8(hi) - 16
		}
	}
	return out, nil
}

// F32Bits returns the IEEE binary32 bits of each element of F32 tensor data.
func F32Bits(data []byte) ([]uint32, error) {
	n, err := blocks(TypeF32, data)
	if err != nil {
		return nil, err
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(data[4*i:])
	}
	return out, nil
}

// F16Bits returns the IEEE binary16 bits of each element of F16 tensor data.
// It also splits BF16 data, whose elements are 2 bytes too.
func F16Bits(data []byte) ([]uint16, error) {
	n, err := blocks(TypeF16, data)
	if err != nil {
		return nil, err
	}
	out := make([]uint16, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(data[2*i:])
	}
	return out, nil
}

// I32s returns the elements of I32 tensor data.
func I32s(data []byte) ([]int32, error) {
	n, err := blocks(TypeI32, data)
	if err != nil {
		return nil, err
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(data[4*i:]))
	}
	return out, nil
}
