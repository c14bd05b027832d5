package gguf

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// Writer builds a GGUF v3 file: metadata in insertion order, then tensors in
// insertion order, each tensor's data aligned to the file's alignment and
// zero-padded (the last one too), as llama.cpp and gguf-py lay them out. The
// output is a pure function of the calls made: identical input gives
// byte-identical files. A Writer is not safe for concurrent use.
type Writer struct {
	kvs     []KV
	kvIdx   map[string]int
	tensors []writerTensor
	tensIdx map[string]int
}

// writerTensor is one tensor queued for writing; exactly one of data and src
// is set.
type writerTensor struct {
	info TensorInfo
	size uint64
	data []byte
	src  io.ReaderAt
}

// NewWriter returns an empty Writer.
func NewWriter() *Writer {
	return &Writer{kvIdx: make(map[string]int), tensIdx: make(map[string]int)}
}

// NewWriterFrom returns a Writer holding f's metadata and tensors, in f's
// order. Tensor data is not read now: WriteTo streams it from f, which must
// stay open until then. Writing the result reproduces a file written by this
// package byte for byte.
func NewWriterFrom(f *File) (*Writer, error) {
	w := NewWriter()
	for _, kv := range f.KVs {
		w.SetKV(kv.Key, kv.Value)
	}
	for _, t := range f.Tensors {
		sr, err := f.TensorReader(t.Name)
		if err != nil {
			return nil, err
		}
		if err := w.AddTensorFrom(t.Name, t.Type, t.Dims, sr); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// SetKV sets key to v. A new key is appended after the existing ones; an
// existing key keeps its position and gets the new value. Limits (key and
// string lengths, array sizes and depth, general.alignment) are checked by
// WriteTo.
func (w *Writer) SetKV(key string, v Value) {
	if i, ok := w.kvIdx[key]; ok {
		w.kvs[i].Value = v
		return
	}
	w.kvIdx[key] = len(w.kvs)
	w.kvs = append(w.kvs, KV{Key: key, Value: v})
}

// DeleteKV removes key, reporting whether it was present. The other keys keep
// their order.
func (w *Writer) DeleteKV(key string) bool {
	i, ok := w.kvIdx[key]
	if !ok {
		return false
	}
	w.kvs = slices.Delete(w.kvs, i, i+1)
	delete(w.kvIdx, key)
	for j := i; j < len(w.kvs); j++ {
		w.kvIdx[w.kvs[j].Key] = j
	}
	return true
}

// KVs returns a copy of the metadata in the order it will be written.
func (w *Writer) KVs() []KV { return slices.Clone(w.kvs) }

// SetAlignment sets the data alignment, a power of two greater than zero that
// fits in a UINT32. Any alignment other than the default 32 is written as the
// UINT32 general.alignment; setting 32 updates that key if present and adds
// nothing otherwise.
func (w *Writer) SetAlignment(a uint64) error {
	if a == 0 || a&(a-1) != 0 || a > 1<<31 {
		return &FormatError{Field: "alignment", Offset: -1, Err: ErrBadAlignment,
			Detail: fmt.Sprintf("alignment %d is not a power of two in [1, 2^31]", a)}
	}
	if _, ok := w.kvIdx[KeyAlignment]; ok || a != DefaultAlignment {
		w.SetKV(KeyAlignment, Uint32Value(uint32(a)))
	}
	return nil
}

// AddTensor appends a tensor. It checks that the name is new and at most
// MaxTensorNameLen bytes, that typ is known, that dims has 1 to MaxDims
// entries with ne0 a multiple of typ's block size, and that len(data) is the
// tensor's byte size. The Writer keeps data (it does not copy it); the caller
// must not modify it before WriteTo.
func (w *Writer) AddTensor(name string, typ Type, dims []uint64, data []byte) error {
	size, err := w.checkNewTensor(name, typ, dims)
	if err != nil {
		return err
	}
	if uint64(len(data)) != size {
		return &FormatError{Field: fmt.Sprintf("tensor %q data", name), Offset: -1, Err: ErrBadTensor,
			Detail: fmt.Sprintf("got %d bytes, %v %s needs %d", len(data), dims, typ, size)}
	}
	w.addTensor(writerTensor{info: TensorInfo{Name: name, Dims: slices.Clone(dims), Type: typ}, size: size, data: data})
	return nil
}

// AddTensorFrom appends a tensor whose data WriteTo reads from src: exactly
// the tensor's byte size, starting at offset 0 (an *io.SectionReader from
// File.TensorReader fits). It checks the tensor like AddTensor; a src shorter
// than the tensor makes WriteTo fail with ErrTruncated.
func (w *Writer) AddTensorFrom(name string, typ Type, dims []uint64, src io.ReaderAt) error {
	size, err := w.checkNewTensor(name, typ, dims)
	if err != nil {
		return err
	}
	w.addTensor(writerTensor{info: TensorInfo{Name: name, Dims: slices.Clone(dims), Type: typ}, size: size, src: src})
	return nil
}

func (w *Writer) addTensor(t writerTensor) {
	w.tensIdx[t.info.Name] = len(w.tensors)
	w.tensors = append(w.tensors, t)
}

// checkNewTensor validates a tensor about to be added and returns its size.
func (w *Writer) checkNewTensor(name string, typ Type, dims []uint64) (uint64, error) {
	field := fmt.Sprintf("tensor %q", name)
	if len(name) > MaxTensorNameLen {
		return 0, &FormatError{Field: field + " name", Offset: -1, Err: ErrLimit,
			Detail: fmt.Sprintf("length %d exceeds limit %d", len(name), MaxTensorNameLen)}
	}
	if _, dup := w.tensIdx[name]; dup {
		return 0, &FormatError{Field: field, Offset: -1, Err: ErrDuplicate, Detail: "duplicate tensor name"}
	}
	if len(w.tensors) >= MaxTensors {
		return 0, &FormatError{Field: field, Offset: -1, Err: ErrLimit, Detail: fmt.Sprintf("more than %d tensors", MaxTensors)}
	}
	if len(dims) > MaxDims {
		return 0, &FormatError{Field: field + " n_dims", Offset: -1, Err: ErrLimit,
			Detail: fmt.Sprintf("n_dims=%d is not in [1, %d]", len(dims), MaxDims)}
	}
	return checkTensor(name, typ, dims, -1, -1)
}

// Tensors returns the infos of the tensors added so far, with the offsets
// WriteTo will give them.
func (w *Writer) Tensors() []TensorInfo {
	align, err := w.alignment()
	if err != nil {
		align = DefaultAlignment
	}
	out := make([]TensorInfo, len(w.tensors))
	off := uint64(0)
	for i, t := range w.tensors {
		out[i] = t.info
		out[i].Dims = slices.Clone(t.info.Dims)
		out[i].Offset = off
		off = alignUp(off+t.size, align)
	}
	return out
}

// alignment returns the alignment the metadata asks for.
func (w *Writer) alignment() (uint64, error) {
	i, ok := w.kvIdx[KeyAlignment]
	if !ok {
		return DefaultAlignment, nil
	}
	return alignmentOf(w.kvs[i].Value)
}

// validate checks what SetKV deferred, so that Read accepts the output.
func (w *Writer) validate() error {
	if len(w.kvs) > MaxKVs {
		return &FormatError{Field: "metadata_kv_count", Offset: -1, Err: ErrLimit, Detail: fmt.Sprintf("count %d exceeds limit %d", len(w.kvs), MaxKVs)}
	}
	for _, kv := range w.kvs {
		if len(kv.Key) > MaxKeyLen {
			return &FormatError{Field: "kv " + quote(kv.Key) + " key", Offset: -1, Err: ErrLimit,
				Detail: fmt.Sprintf("length %d exceeds limit %d", len(kv.Key), MaxKeyLen)}
		}
		if err := checkValue(kv.Value, 0, "kv "+quote(kv.Key)+" value"); err != nil {
			return err
		}
	}
	_, err := w.alignment()
	return err
}

// checkValue checks v against the reader's limits; depth is the ARRAY
// nesting depth of v's container.
func checkValue(v Value, depth int, field string) error {
	switch v.typ {
	case ValueString:
		if len(v.str) > MaxStringLen {
			return &FormatError{Field: field, Offset: -1, Err: ErrLimit, Detail: fmt.Sprintf("length %d exceeds limit %d", len(v.str), MaxStringLen)}
		}
	case ValueArray:
		if depth+1 > MaxArrayDepth {
			return &FormatError{Field: field, Offset: -1, Err: ErrLimit, Detail: fmt.Sprintf("array nesting depth exceeds %d", MaxArrayDepth)}
		}
		if v.arr.n > MaxArrayLen {
			return &FormatError{Field: field, Offset: -1, Err: ErrLimit, Detail: fmt.Sprintf("count %d exceeds limit %d", v.arr.n, MaxArrayLen)}
		}
		if v.arr.elem == ValueString || v.arr.elem == ValueArray {
			// Fixed-size elements are right by construction; strings and
			// nested arrays may break a limit.
			if _, err := scanElems(v.arr.raw, 0, v.arr.elem, uint64(v.arr.n), depth+1, field); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteTo writes the GGUF file to out and returns the number of bytes
// written. It fails before writing anything if the metadata breaks a limit
// or general.alignment is invalid.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	if err := w.validate(); err != nil {
		return 0, err
	}
	align, _ := w.alignment()
	infos := w.Tensors()

	e := &encoder{w: bufio.NewWriterSize(out, writeChunk)}
	e.write([]byte(Magic))
	e.u32(Version)
	e.u64(uint64(len(w.tensors)))
	e.u64(uint64(len(w.kvs)))
	for _, kv := range w.kvs {
		e.str(kv.Key)
		e.u32(uint32(kv.Value.typ))
		e.value(kv.Value)
	}
	for _, t := range infos {
		e.str(t.Name)
		e.u32(uint32(len(t.Dims)))
		for _, d := range t.Dims {
			e.u64(d)
		}
		e.u32(uint32(t.Type))
		e.u64(t.Offset)
	}
	e.pad(align)
	for _, t := range w.tensors {
		if t.src == nil {
			e.write(t.data)
		} else if e.err == nil {
			n, err := io.Copy(e.w, io.NewSectionReader(t.src, 0, int64(t.size)))
			e.n += n
			if err == nil && uint64(n) != t.size {
				err = &FormatError{Field: fmt.Sprintf("tensor %q data", t.info.Name), Offset: -1, Err: ErrTruncated,
					Detail: fmt.Sprintf("source gave %d of %d bytes", n, t.size)}
			}
			e.err = err
		}
		e.pad(align)
	}
	if e.err == nil {
		e.err = e.w.Flush()
	}
	return e.n, e.err
}

// WriteFile writes the GGUF file to path atomically: to a temporary file in
// the same directory, synced, then renamed over path. A path that exists must
// be a regular file (ErrDestination otherwise: a symlink, a device or a
// directory is never replaced), and keeps its permission bits; a new file gets
// 0666 less the umask, as with os.Create. Errors name path; on any error the temporary file is removed.
func (w *Writer) WriteFile(path string) error {
	return w.WriteFileContext(context.Background(), path)
}

// WriteFileContext is WriteFile that stops when ctx is done: it checks ctx
// before every chunk written (at most writeChunk bytes apart) and before the
// rename, and on cancellation removes the temporary file, leaves path as it
// was and returns an error wrapping ctx.Err().
func (w *Writer) WriteFileContext(ctx context.Context, path string) error {
	if err := w.writeFile(ctx, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// writeChunk is the size of the writes WriteTo makes to its destination.
const writeChunk = 1 << 20

// ctxWriter writes in chunks of at most writeChunk bytes and fails once ctx
// is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(b []byte) (int, error) {
	n := 0
	for len(b) > 0 {
		if err := c.ctx.Err(); err != nil {
			return n, err
		}
		k, err := c.w.Write(b[:min(len(b), writeChunk)])
		n += k
		if err != nil {
			return n, err
		}
		b = b[k:]
	}
	return n, nil
}

func (w *Writer) writeFile(ctx context.Context, path string) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	keep := false // an existing file's permission bits are kept exactly
	var mode fs.FileMode
	switch fi, err := os.Lstat(path); {
	case err == nil && !fi.Mode().IsRegular():
		return fmt.Errorf("%w: it is %s", ErrDestination, fileKind(fi.Mode()))
	case err == nil:
		keep, mode = true, fi.Mode().Perm()
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	tmp, err := createTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = w.WriteTo(ctxWriter{ctx, tmp}); err != nil {
		return err
	}
	if keep {
		if err = tmp.Chmod(mode); err != nil {
			return err
		}
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = ctx.Err(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// createTemp creates a new file in dir named prefix plus a random suffix,
// with mode 0666 less the process's umask, as os.Create would give the
// destination itself (os.CreateTemp would give 0600).
func createTemp(dir, prefix string) (*os.File, error) {
	for range 100 {
		var b [6]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(filepath.Join(dir, prefix+hex.EncodeToString(b[:])), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("no free temporary name for %s in %s", prefix, dir)
}

// fileKind names the kind of a non-regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a directory"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "not a regular file"
}

// encoder writes little-endian GGUF fields, keeping the first error.
type encoder struct {
	w       *bufio.Writer
	n       int64
	err     error
	scratch [8]byte
}

func (e *encoder) write(b []byte) {
	if e.err != nil {
		return
	}
	n, err := e.w.Write(b)
	e.n += int64(n)
	e.err = err
}

func (e *encoder) u32(v uint32) {
	binary.LittleEndian.PutUint32(e.scratch[:], v)
	e.write(e.scratch[:4])
}

func (e *encoder) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.scratch[:], v)
	e.write(e.scratch[:8])
}

func (e *encoder) str(s string) {
	e.u64(uint64(len(s)))
	if e.err != nil {
		return
	}
	n, err := e.w.WriteString(s)
	e.n += int64(n)
	e.err = err
}

// value writes v's encoding (without its type).
func (e *encoder) value(v Value) {
	switch v.typ {
	case ValueString:
		e.str(v.str)
	case ValueArray:
		e.u32(uint32(v.arr.elem))
		e.u64(uint64(v.arr.n))
		e.write(v.arr.raw)
	default:
		sz := int(v.typ.fixedSize())
		putScalar(e.scratch[:], sz, v.bits)
		e.write(e.scratch[:sz])
	}
}

var zeros [4096]byte

// pad writes zero bytes up to the next multiple of align.
func (e *encoder) pad(align uint64) {
	n := alignUp(uint64(e.n), align) - uint64(e.n)
	for n > 0 && e.err == nil {
		k := min(n, uint64(len(zeros)))
		e.write(zeros[:k])
		n -= k
	}
}
