package gguf

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"os"
	"slices"
)

// Hard limits on what Read accepts, independent of the file's size. Every
// count and length is also checked against the bytes left in the file.
const (
	// MaxKeyLen is the longest metadata key, in bytes.
	MaxKeyLen = 1 << 20
	// MaxStringLen is the longest STRING value, in bytes.
	MaxStringLen = 64 << 20
	// MaxTensorNameLen is the longest tensor name, in bytes (ggml's
	// GGML_MAX_NAME is 64 including the NUL terminator).
	MaxTensorNameLen = 63
	// MaxKVs is the largest metadata key/value count.
	MaxKVs = 1 << 20
	// MaxTensors is the largest tensor count.
	MaxTensors = 1 << 20
	// MaxArrayLen is the largest number of elements of one ARRAY.
	MaxArrayLen = 1 << 24
	// MaxArrayDepth is the deepest nesting of ARRAY values: an ARRAY of
	// scalars has depth 1.
	MaxArrayDepth = 4
)

// The GGUF constants.
const (
	// Magic is the first four bytes of every GGUF file.
	Magic = "GGUF"
	// Version is the GGUF version the Writer produces. Read also accepts 2,
	// whose layout is identical for little-endian files.
	Version = 3
	// DefaultAlignment is the data alignment when general.alignment is
	// absent.
	DefaultAlignment = 32
	// KeyAlignment is the metadata key that sets the data alignment.
	KeyAlignment = "general.alignment"
)

// minTensorInfoSize is the fewest bytes one tensor info occupies: name length,
// n_dims, one dim, type and offset.
const minTensorInfoSize = 8 + 4 + 8 + 4 + 8

// minKVSize is the fewest bytes one key/value pair occupies: key length,
// value type, a one-byte value.
const minKVSize = 8 + 4 + 1

// File is a parsed GGUF file: its header, metadata and tensor infos. Tensor
// data is not read until asked for (TensorData, TensorReader). The exported
// fields are for reading: Get and Tensor use indexes built by Read, so edit a
// copy through a Writer (NewWriterFrom) instead of changing them.
//
// Read accepts any non-overlapping, aligned tensor layout, as the GGUF spec
// does; llama.cpp additionally requires tensors to be packed in file order
// (each offset the previous one's end rounded up to the alignment), which is
// the layout the Writer produces.
type File struct {
	// Version is the file's GGUF version (2 or 3).
	Version uint32
	// KVs are the metadata key/value pairs in file order.
	KVs []KV
	// Tensors are the tensor infos in file order.
	Tensors []TensorInfo
	// Alignment is the data alignment: general.alignment, or 32.
	Alignment uint64
	// DataOffset is the absolute file offset of the data section.
	DataOffset int64
	// Size is the size of the file in bytes.
	Size int64

	r       io.ReaderAt
	closer  io.Closer
	kvIdx   map[string]int
	tensIdx map[string]int
}

// Open opens and parses the GGUF file at path. The returned File keeps the
// file open to serve TensorData and TensorReader; the caller must call
// File.Close when done. Errors name path (parse errors are Read's, wrapped).
func Open(path string) (*File, error) {
	osf, err := os.Open(path)
	if err != nil {
		return nil, err // an *fs.PathError, which names path
	}
	st, err := osf.Stat()
	if err != nil {
		osf.Close()
		return nil, err
	}
	f, err := Read(osf, st.Size())
	if err != nil {
		osf.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.closer = osf
	return f, nil
}

// Close closes the underlying file if the File came from Open; otherwise it
// does nothing. TensorData and TensorReader fail after Close.
func (f *File) Close() error {
	if f.closer == nil {
		return nil
	}
	c := f.closer
	f.closer = nil
	return c.Close()
}

// Read parses the GGUF file held by r, which is size bytes long: the header,
// every metadata key/value pair and every tensor info. It validates the whole
// structure (limits, types, alignment, duplicate keys and names, tensor
// shapes, and that every tensor's data lies inside the file without
// overlapping another's) but does not read tensor data. Errors are
// *FormatError or *TensorTypeError values wrapping the package's sentinels
// (a general.alignment of the wrong type: a *FormatError wrapping a
// *WrongTypeError).
// r must stay usable for as long as the File's tensor data is accessed.
func Read(r io.ReaderAt, size int64) (*File, error) {
	if size < 0 {
		return nil, &FormatError{Field: "file size", Offset: -1, Err: ErrTruncated, Detail: fmt.Sprintf("negative size %d", size)}
	}
	d := &decoder{r: r, size: size}
	f := &File{Size: size, r: r}
	if err := d.readHeader(f); err != nil {
		return nil, err
	}
	return f, nil
}

// readHeader parses everything up to the data section into f.
func (d *decoder) readHeader(f *File) error {
	b, err := d.next(4, "magic")
	if err != nil {
		return err
	}
	if string(b) != Magic {
		return &FormatError{Field: "magic", Offset: 0, Err: ErrBadMagic, Detail: fmt.Sprintf("got %q, want %q", b, Magic)}
	}
	vOff := d.off
	if f.Version, err = d.u32("version"); err != nil {
		return err
	}
	if f.Version != 2 && f.Version != 3 {
		detail := fmt.Sprintf("version %d, want 2 or 3", f.Version)
		if sw := bits.ReverseBytes32(f.Version); sw == 2 || sw == 3 {
			detail += " (the file is big-endian, which is not supported)"
		}
		return &FormatError{Field: "version", Offset: vOff, Err: ErrUnsupportedVersion, Detail: detail}
	}
	nTensors, err := d.count("tensor_count", MaxTensors, minTensorInfoSize)
	if err != nil {
		return err
	}
	// Every tensor info still follows the KVs, so account for them here.
	d.reserved = nTensors * minTensorInfoSize
	nKVs, err := d.count("metadata_kv_count", MaxKVs, minKVSize)
	if err != nil {
		return err
	}

	f.Alignment = DefaultAlignment
	f.kvIdx = make(map[string]int, min(nKVs, 1024))
	f.KVs = make([]KV, 0, min(nKVs, 1024))
	for i := range nKVs {
		// Field names are formatted only when something fails, so that a
		// file of many small KVs does not allocate one per KV.
		kOff := d.off
		key, err := d.rawStr(MaxKeyLen)
		if err != nil {
			return named(err, fmt.Sprintf("kv[%d] key", i))
		}
		if _, dup := f.kvIdx[key]; dup {
			return &FormatError{Field: "kv " + quote(key), Offset: kOff, Err: ErrDuplicate, Detail: "duplicate key"}
		}
		tOff := d.off
		t, err := d.u32(" type")
		if err == nil {
			vOff := d.off
			var v Value
			if v, err = d.value(ValueType(t), 0, "", tOff); err == nil {
				if err := f.addKV(key, v, vOff); err != nil {
					return err
				}
			}
		}
		if err != nil {
			return prefixed(err, "kv "+quote(key)+" value")
		}
	}
	d.reserved = 0

	f.tensIdx = make(map[string]int, min(nTensors, 1024))
	f.Tensors = make([]TensorInfo, 0, min(nTensors, 1024))
	sizes := make([]uint64, 0, min(nTensors, 1024))
	offs := make([]int64, 0, min(nTensors, 1024))
	for i := range nTensors {
		t, size, err := d.tensorInfo(i, f)
		if err != nil {
			return err
		}
		f.tensIdx[t.Name] = len(f.Tensors)
		f.Tensors = append(f.Tensors, t)
		sizes = append(sizes, size)
		offs = append(offs, d.off-8)
	}

	// d.off <= size <= MaxInt64 and Alignment <= 2^31, so this cannot overflow.
	f.DataOffset = int64(alignUp(uint64(d.off), f.Alignment))
	return f.checkLayout(sizes, offs)
}

// addKV appends a key/value pair read at vOff (the value's offset), applying
// general.alignment. It grows f.KVs by doubling, so the slices it drops add up
// to at most the final one.
func (f *File) addKV(key string, v Value, vOff int64) error {
	if key == KeyAlignment {
		a, err := alignmentOf(v)
		if err != nil {
			var fe *FormatError
			if errors.As(err, &fe) {
				fe.Offset = vOff
				return fe
			}
			detail := err.Error()
			var wt *WrongTypeError
			if errors.As(err, &wt) {
				detail = fmt.Sprintf("wrong value type: got %s, want %s", wt.Got, wt.Want)
			}
			return &FormatError{Field: "kv " + quote(key) + " value", Offset: vOff, Err: err, Detail: detail}
		}
		f.Alignment = a
	}
	if len(f.KVs) == cap(f.KVs) {
		f.KVs = slices.Grow(f.KVs, max(cap(f.KVs), 16))
	}
	f.kvIdx[key] = len(f.KVs)
	f.KVs = append(f.KVs, KV{Key: key, Value: v})
	return nil
}

// tensorInfo parses the i-th tensor info and validates it on its own.
func (d *decoder) tensorInfo(i uint64, f *File) (TensorInfo, uint64, error) {
	nOff := d.off
	name, err := d.str(fmt.Sprintf("tensor[%d] name", i), MaxTensorNameLen)
	if err != nil {
		return TensorInfo{}, 0, err
	}
	if _, dup := f.tensIdx[name]; dup {
		return TensorInfo{}, 0, &FormatError{Field: fmt.Sprintf("tensor %q", name), Offset: nOff, Err: ErrDuplicate, Detail: "duplicate tensor name"}
	}
	field := fmt.Sprintf("tensor %q", name)
	dOff := d.off
	nDims, err := d.u32(field + " n_dims")
	if err != nil {
		return TensorInfo{}, 0, err
	}
	if nDims == 0 || nDims > MaxDims {
		sentinel := ErrLimit
		if nDims == 0 {
			sentinel = ErrBadTensor
		}
		return TensorInfo{}, 0, &FormatError{Field: field + " n_dims", Offset: dOff, Err: sentinel,
			Detail: fmt.Sprintf("n_dims=%d is not in [1, %d]", nDims, MaxDims)}
	}
	dims := make([]uint64, nDims)
	for j := range dims {
		if dims[j], err = d.u64(fmt.Sprintf("%s ne%d", field, j)); err != nil {
			return TensorInfo{}, 0, err
		}
	}
	tOff := d.off
	typ, err := d.u32(field + " type")
	if err != nil {
		return TensorInfo{}, 0, err
	}
	offset, err := d.u64(field + " offset")
	if err != nil {
		return TensorInfo{}, 0, err
	}
	t := TensorInfo{Name: name, Dims: dims, Type: Type(typ), Offset: offset}
	size, err := checkTensor(name, t.Type, dims, tOff, dOff)
	if err != nil {
		return TensorInfo{}, 0, err
	}
	if offset%f.Alignment != 0 {
		return TensorInfo{}, 0, &FormatError{Field: field + " offset", Offset: d.off - 8, Err: ErrBadTensor,
			Detail: fmt.Sprintf("offset %d is not a multiple of the alignment %d", offset, f.Alignment)}
	}
	return t, size, nil
}

// checkLayout checks that every tensor's data lies inside the file and that
// no two tensors overlap. offs are the file offsets of the tensors' offset
// fields, for errors.
func (f *File) checkLayout(sizes []uint64, offs []int64) error {
	if len(f.Tensors) == 0 {
		return nil // a file without tensors may end right after its metadata
	}
	if f.DataOffset > f.Size {
		return &FormatError{Field: "data section", Offset: f.DataOffset, Err: ErrTruncated,
			Detail: fmt.Sprintf("starts past the end of the file (size %d)", f.Size)}
	}
	avail := uint64(f.Size - f.DataOffset)
	for i, t := range f.Tensors {
		if t.Offset > avail || sizes[i] > avail-t.Offset {
			return &FormatError{Field: fmt.Sprintf("tensor %q offset", t.Name), Offset: offs[i], Err: ErrTruncated,
				Detail: fmt.Sprintf("%d bytes at data offset %d extend past the end of the file (data section at %d, file size %d)",
					sizes[i], t.Offset, f.DataOffset, f.Size)}
		}
	}
	order := make([]int, len(f.Tensors))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(f.Tensors[a].Offset, f.Tensors[b].Offset), cmp.Compare(a, b))
	})
	prev := -1
	for _, i := range order {
		if sizes[i] == 0 {
			continue
		}
		if prev >= 0 && f.Tensors[prev].Offset+sizes[prev] > f.Tensors[i].Offset {
			return &FormatError{Field: fmt.Sprintf("tensor %q offset", f.Tensors[i].Name), Offset: offs[i], Err: ErrBadTensor,
				Detail: fmt.Sprintf("data [%d, %d) overlaps tensor %q [%d, %d)",
					f.Tensors[i].Offset, f.Tensors[i].Offset+sizes[i],
					f.Tensors[prev].Name, f.Tensors[prev].Offset, f.Tensors[prev].Offset+sizes[prev])}
		}
		prev = i
	}
	return nil
}

// alignmentOf validates a general.alignment value.
func alignmentOf(v Value) (uint64, error) {
	a, err := v.Uint32()
	if err != nil {
		return 0, withKey(KeyAlignment, err)
	}
	if a == 0 || a&(a-1) != 0 {
		return 0, &FormatError{Field: fmt.Sprintf("kv %q", KeyAlignment), Offset: -1, Err: ErrBadAlignment,
			Detail: fmt.Sprintf("alignment %d is not a power of two greater than zero", a)}
	}
	return uint64(a), nil
}

// quote quotes a key for an error message, abbreviating a long one.
func quote(key string) string {
	const max = 80
	if len(key) > max {
		return fmt.Sprintf("%q...", key[:max])
	}
	return fmt.Sprintf("%q", key)
}

// alignUp rounds x up to a multiple of the power of two a.
func alignUp(x, a uint64) uint64 { return (x + a - 1) &^ (a - 1) }

// Get returns the value of key.
func (f *File) Get(key string) (Value, bool) {
	i, ok := f.kvIdx[key]
	if !ok {
		return Value{}, false
	}
	return f.KVs[i].Value, true
}

// Value returns the value of key, or a *KeyError wrapping ErrMissingKey.
func (f *File) Value(key string) (Value, error) {
	v, ok := f.Get(key)
	if !ok {
		return Value{}, &KeyError{Key: key}
	}
	return v, nil
}

// getAs looks up key and converts its value, naming the key in errors.
func getAs[T any](f *File, key string, conv func(Value) (T, error)) (T, error) {
	var zero T
	v, err := f.Value(key)
	if err != nil {
		return zero, err
	}
	x, err := conv(v)
	if err != nil {
		return zero, withKey(key, err)
	}
	return x, nil
}

// GetString returns the STRING value of key.
func (f *File) GetString(key string) (string, error) { return getAs(f, key, Value.String) }

// GetUint32 returns the UINT32 value of key.
func (f *File) GetUint32(key string) (uint32, error) { return getAs(f, key, Value.Uint32) }

// GetInt32 returns the INT32 value of key.
func (f *File) GetInt32(key string) (int32, error) { return getAs(f, key, Value.Int32) }

// GetUint64 returns the value of key, which may be of any integer type that
// holds a non-negative value (see Value.AsUint64).
func (f *File) GetUint64(key string) (uint64, error) { return getAs(f, key, Value.AsUint64) }

// GetBool returns the BOOL value of key.
func (f *File) GetBool(key string) (bool, error) { return getAs(f, key, Value.Bool) }

// GetFloat32Bits returns the IEEE binary32 bits of the FLOAT32 value of key.
func (f *File) GetFloat32Bits(key string) (uint32, error) {
	return getAs(f, key, Value.Float32Bits)
}

// GetStrings returns the elements of the ARRAY of STRING value of key.
func (f *File) GetStrings(key string) ([]string, error) { return getAs(f, key, Value.Strings) }

// GetInt32s returns the elements of the ARRAY of INT32 value of key.
func (f *File) GetInt32s(key string) ([]int32, error) { return getAs(f, key, Value.Int32s) }

// GetFloat32BitsArray returns the IEEE binary32 bits of the elements of the
// ARRAY of FLOAT32 value of key.
func (f *File) GetFloat32BitsArray(key string) ([]uint32, error) {
	return getAs(f, key, Value.Float32BitsArray)
}

// Tensor returns the info of the named tensor.
func (f *File) Tensor(name string) (TensorInfo, bool) {
	i, ok := f.tensIdx[name]
	if !ok {
		return TensorInfo{}, false
	}
	return f.Tensors[i], true
}

// TensorReader returns a reader over exactly the named tensor's data.
func (f *File) TensorReader(name string) (*io.SectionReader, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("gguf: tensor %q: %w", name, ErrMissingTensor)
	}
	// Read validated that the range lies inside the file.
	return io.NewSectionReader(f.r, f.DataOffset+int64(t.Offset), int64(t.Size())), nil
}

// TensorData reads the named tensor's data: exactly Size() bytes.
func (f *File) TensorData(name string) ([]byte, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("gguf: tensor %q: %w", name, ErrMissingTensor)
	}
	buf := make([]byte, t.Size())
	if err := f.ReadTensor(name, buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// ReadTensor reads the named tensor's data into buf, which must be exactly
// Size() bytes long.
func (f *File) ReadTensor(name string, buf []byte) error {
	sr, err := f.TensorReader(name)
	if err != nil {
		return err
	}
	if int64(len(buf)) != sr.Size() {
		return fmt.Errorf("gguf: tensor %q: a buffer of %d bytes for %d bytes of data", name, len(buf), sr.Size())
	}
	if _, err := io.ReadFull(sr, buf); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			err = ErrTruncated
		}
		return &FormatError{Field: fmt.Sprintf("tensor %q data", name), Offset: f.DataOffset + int64(f.Tensors[f.tensIdx[name]].Offset), Err: err,
			Detail: fmt.Sprintf("reading %d bytes: %v", len(buf), err)}
	}
	return nil
}
