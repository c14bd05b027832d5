package gguf

import (
	"fmt"
	"math"
	"math/bits"
)

// Type is a ggml tensor type id, as stored in a GGUF tensor info.
type Type uint32

// The ggml tensor types this package knows. Ids missing from this list
// (removed types, and the IQ*, TQ* and MXFP4 families) are unknown: a file
// with such a tensor is rejected with a *TensorTypeError.
const (
	TypeF32  Type = 0
	TypeF16  Type = 1
	TypeQ4_0 Type = 2
	TypeQ4_1 Type = 3
	TypeQ5_0 Type = 6
	TypeQ5_1 Type = 7
	TypeQ8_0 Type = 8
	TypeQ8_1 Type = 9
	TypeQ2_K Type = 10
	TypeQ3_K Type = 11
	TypeQ4_K Type = 12
	TypeQ5_K Type = 13
	TypeQ6_K Type = 14
	TypeQ8_K Type = 15
	TypeI8   Type = 24
	TypeI16  Type = 25
	TypeI32  Type = 26
	TypeI64  Type = 27
	TypeF64  Type = 28
	TypeBF16 Type = 30
)

// typeTraits is one row of the ggml type table.
type typeTraits struct {
	name      string
	blockSize uint64 // elements per block
	typeSize  uint64 // bytes per block
}

var typeTable = [...]typeTraits{
	TypeF32:  {"F32", 1, 4},
	TypeF16:  {"F16", 1, 2},
	TypeQ4_0: {"Q4_0", 32, 18},
	TypeQ4_1: {"Q4_1", 32, 20},
	TypeQ5_0: {"Q5_0", 32, 22},
	TypeQ5_1: {"Q5_1", 32, 24},
	TypeQ8_0: {"Q8_0", 32, 34},
	TypeQ8_1: {"Q8_1", 32, 36},
	TypeQ2_K: {"Q2_K", 256, 84},
	TypeQ3_K: {"Q3_K", 256, 110},
	TypeQ4_K: {"Q4_K", 256, 144},
	TypeQ5_K: {"Q5_K", 256, 176},
	TypeQ6_K: {"Q6_K", 256, 210},
	TypeQ8_K: {"Q8_K", 256, 292},
	TypeI8:   {"I8", 1, 1},
	TypeI16:  {"I16", 1, 2},
	TypeI32:  {"I32", 1, 4},
	TypeI64:  {"I64", 1, 8},
	TypeF64:  {"F64", 1, 8},
	TypeBF16: {"BF16", 1, 2},
}

func (t Type) traits() typeTraits {
	if uint64(t) < uint64(len(typeTable)) {
		return typeTable[t]
	}
	return typeTraits{}
}

// Known reports whether t is in the package's type table.
func (t Type) Known() bool { return t.traits().blockSize != 0 }

// String returns the ggml name of t ("F32", "Q8_0", ...), or "Type(N)" for an
// unknown id.
func (t Type) String() string {
	if tr := t.traits(); tr.blockSize != 0 {
		return tr.name
	}
	return fmt.Sprintf("Type(%d)", uint32(t))
}

// BlockSize returns the number of elements per block of t, or 0 if t is
// unknown.
func (t Type) BlockSize() uint64 { return t.traits().blockSize }

// TypeSize returns the number of bytes per block of t, or 0 if t is unknown.
func (t Type) TypeSize() uint64 { return t.traits().typeSize }

// MaxDims is the largest number of dimensions a tensor may have (ggml's
// GGML_MAX_DIMS).
const MaxDims = 4

// TensorInfo describes one tensor of a GGUF file.
type TensorInfo struct {
	// Name is the tensor's name, e.g. "blk.0.attn_q.weight".
	Name string
	// Dims are the tensor's dimensions, fastest-varying first: Dims[0] is the
	// row length ne0. 1 to MaxDims entries.
	Dims []uint64
	// Type is the ggml type of the tensor's data.
	Type Type
	// Offset is the offset of the tensor's data relative to the start of the
	// data section (File.DataOffset); a multiple of the file's alignment.
	Offset uint64
}

// NumElements returns the product of t's dimensions, or 0 if it overflows.
func (t TensorInfo) NumElements() uint64 {
	n, ok := numElements(t.Dims)
	if !ok {
		return 0
	}
	return n
}

// Size returns the byte size of t's data, or 0 if t is invalid (unknown type,
// ne0 not a multiple of the block size, or overflow).
func (t TensorInfo) Size() uint64 {
	size, _, _ := tensorSize(t.Type, t.Dims)
	return size
}

// numElements multiplies dims, reporting false if the product exceeds
// MaxInt64.
func numElements(dims []uint64) (uint64, bool) {
	n := uint64(1)
	for _, d := range dims {
		hi, lo := bits.Mul64(n, d)
		if hi != 0 || lo > math.MaxInt64 {
			return 0, false
		}
		n = lo
	}
	return n, true
}

// tensorSize computes the byte size of a tensor of type typ and shape dims,
// checking everything the format requires. On failure it returns the field
// suffix ("dims" or "type") and an error: a *TensorTypeError or a
// *FormatError to be completed by the caller.
func tensorSize(typ Type, dims []uint64) (uint64, string, error) {
	if !typ.Known() {
		return 0, "type", ErrUnsupportedTensorType
	}
	if len(dims) == 0 || len(dims) > MaxDims {
		return 0, "dims", fmt.Errorf("n_dims=%d is not in [1, %d]", len(dims), MaxDims)
	}
	for i, d := range dims {
		if d > math.MaxInt64 {
			return 0, "dims", fmt.Errorf("ne%d=%d exceeds %d", i, d, int64(math.MaxInt64))
		}
	}
	if _, ok := numElements(dims); !ok {
		return 0, "dims", fmt.Errorf("element count %v overflows int64", dims)
	}
	bs, ts := typ.BlockSize(), typ.TypeSize()
	if dims[0]%bs != 0 {
		return 0, "dims", fmt.Errorf("ne0=%d is not a multiple of block size %d of %s", dims[0], bs, typ)
	}
	size := dims[0] / bs * ts
	if size/ts != dims[0]/bs || size > math.MaxInt64 {
		return 0, "dims", fmt.Errorf("byte size of %v %s overflows int64", dims, typ)
	}
	for _, d := range dims[1:] {
		hi, lo := bits.Mul64(size, d)
		if hi != 0 || lo > math.MaxInt64 {
			return 0, "dims", fmt.Errorf("byte size of %v %s overflows int64", dims, typ)
		}
		size = lo
	}
	return size, "", nil
}

// checkTensor validates a tensor's type and shape and returns its byte size;
// off is the file offset used in errors (-1 for the Writer).
func checkTensor(name string, typ Type, dims []uint64, typeOff, dimsOff int64) (uint64, error) {
	size, field, err := tensorSize(typ, dims)
	if err == nil {
		return size, nil
	}
	if field == "type" {
		return 0, &TensorTypeError{Tensor: name, Type: typ, Offset: typeOff}
	}
	return 0, &FormatError{
		Field:  fmt.Sprintf("tensor %q %s", name, field),
		Offset: dimsOff,
		Err:    ErrBadTensor,
		Detail: err.Error(),
	}
}
