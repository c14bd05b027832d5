package gguf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// decoderBufSize is the size of the decoder's read-ahead window.
const decoderBufSize = 64 << 10

// decoder reads the fields of a GGUF header from an io.ReaderAt through a
// read-ahead window, checking every read against the file's size.
type decoder struct {
	r      io.ReaderAt
	size   int64
	off    int64  // absolute offset of the next field
	buf    []byte // window of the file starting at bufOff
	bufOff int64
	// reserved is a number of bytes that must still follow the current
	// section (the tensor infos while the KVs are read); counts are checked
	// against the remaining bytes minus it.
	reserved uint64
}

// remaining returns the number of bytes after d.off.
func (d *decoder) remaining() uint64 { return uint64(d.size - d.off) }

// available returns the bytes after d.off that the current section may use.
func (d *decoder) available() uint64 {
	r := d.remaining()
	if r < d.reserved {
		return 0
	}
	return r - d.reserved
}

// truncated returns an ErrTruncated error for a field of n bytes.
func (d *decoder) truncated(field string, n uint64) error {
	return &FormatError{Field: field, Offset: d.off, Err: ErrTruncated,
		Detail: fmt.Sprintf("needs %d bytes, %d left in the file (size %d)", n, d.remaining(), d.size)}
}

// readAt fills b from file offset off.
func (d *decoder) readAt(b []byte, off int64, field string) error {
	n, err := d.r.ReadAt(b, off)
	if n == len(b) {
		return nil
	}
	if err == nil || errors.Is(err, io.EOF) {
		return &FormatError{Field: field, Offset: off, Err: ErrTruncated,
			Detail: fmt.Sprintf("short read: %d of %d bytes", n, len(b))}
	}
	return &FormatError{Field: field, Offset: off, Err: err, Detail: "read: " + err.Error()}
}

// next returns the next n bytes and advances past them. The slice is only
// valid until the next call unless n > decoderBufSize.
func (d *decoder) next(n uint64, field string) ([]byte, error) {
	if n > d.remaining() {
		return nil, d.truncated(field, n)
	}
	start := d.off
	if start >= d.bufOff && uint64(start-d.bufOff)+n <= uint64(len(d.buf)) {
		b := d.buf[start-d.bufOff : uint64(start-d.bufOff)+n]
		d.off += int64(n)
		return b, nil
	}
	if n > decoderBufSize {
		b := make([]byte, n)
		if err := d.readAt(b, start, field); err != nil {
			return nil, err
		}
		d.off += int64(n)
		return b, nil
	}
	m := min(uint64(decoderBufSize), d.remaining())
	if uint64(cap(d.buf)) < m {
		d.buf = make([]byte, m)
	}
	d.buf = d.buf[:m]
	d.bufOff = start
	if err := d.readAt(d.buf, start, field); err != nil {
		d.buf = d.buf[:0]
		return nil, err
	}
	d.off += int64(n)
	return d.buf[:n], nil
}

// owned returns a copy of the next n bytes.
func (d *decoder) owned(n uint64, field string) ([]byte, error) {
	b, err := d.next(n, field)
	if err != nil {
		return nil, err
	}
	if n > decoderBufSize {
		return b, nil // freshly allocated by next
	}
	return slices.Clone(b), nil
}

func (d *decoder) u32(field string) (uint32, error) {
	b, err := d.next(4, field)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (d *decoder) u64(field string) (uint64, error) {
	b, err := d.next(8, field)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

// count reads a uint64 count of items of at least minSize bytes each and
// checks it against limit and the bytes available.
func (d *decoder) count(field string, limit, minSize uint64) (uint64, error) {
	off := d.off
	n, err := d.u64(field)
	if err != nil {
		return 0, err
	}
	if n > limit {
		return 0, &FormatError{Field: field, Offset: off, Err: ErrLimit, Detail: fmt.Sprintf("count %d exceeds limit %d", n, limit)}
	}
	if avail := d.available(); minSize > 0 && n > avail/minSize {
		return 0, &FormatError{Field: field, Offset: off, Err: ErrTruncated,
			Detail: fmt.Sprintf("count %d needs at least %d bytes, %d left", n, n*minSize, avail)}
	}
	return n, nil
}

// str reads a GGUF string of at most limit bytes.
func (d *decoder) str(field string, limit uint64) (string, error) {
	s, err := d.rawStr(limit)
	return s, named(err, field)
}

// rawStr is str for hot loops: its errors have no Field yet (see named), so
// no field name is formatted unless something fails.
func (d *decoder) rawStr(limit uint64) (string, error) {
	off := d.off
	n, err := d.u64("")
	if err != nil {
		return "", err
	}
	if n > limit {
		return "", &FormatError{Offset: off, Err: ErrLimit, Detail: fmt.Sprintf("length %d exceeds limit %d", n, limit)}
	}
	if n > d.available() {
		return "", &FormatError{Offset: off, Err: ErrTruncated,
			Detail: fmt.Sprintf("length %d exceeds the %d bytes left", n, d.available())}
	}
	b, err := d.next(n, "")
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// named sets the Field of a *FormatError that has none.
func named(err error, field string) error {
	var fe *FormatError
	if err != nil && errors.As(err, &fe) && fe.Field == "" {
		fe.Field = field
	}
	return err
}

// value reads a value of type t at array nesting depth depth; tOff is the
// offset of its type field, for errors.
func (d *decoder) value(t ValueType, depth int, field string, tOff int64) (Value, error) {
	if !t.Valid() {
		return Value{}, &FormatError{Field: field + " type", Offset: tOff, Err: ErrBadValue, Detail: fmt.Sprintf("invalid value type %d", uint32(t))}
	}
	switch t {
	case ValueString:
		s, err := d.str(field, MaxStringLen)
		return Value{typ: ValueString, str: s}, err
	case ValueArray:
		return d.array(depth+1, field, tOff)
	}
	off := d.off
	sz := t.fixedSize()
	b, err := d.next(sz, field)
	if err != nil {
		return Value{}, err
	}
	if t == ValueBool && b[0] > 1 {
		return Value{}, &FormatError{Field: field, Offset: off, Err: ErrBadValue, Detail: fmt.Sprintf("BOOL byte %d is not 0 or 1", b[0])}
	}
	return Value{typ: t, bits: getScalar(b, t)}, nil
}

// array reads the element type, count and elements of an ARRAY at nesting
// depth depth, whose type field is at tOff. The elements are validated and
// kept in their encoding (see arrayData), so an array costs its own bytes and
// one arrayData, however it is nested.
func (d *decoder) array(depth int, field string, tOff int64) (Value, error) {
	elem, n, err := d.arrayHeader(depth, tOff)
	if err != nil {
		return Value{}, prefixed(err, field)
	}
	start := d.off
	raw, err := d.elems(elem, n, depth, true)
	if err != nil {
		return Value{}, prefixed(err, field)
	}
	if n == 0 {
		return arrayValue(elem, 0, nil), nil
	}
	if raw == nil {
		if raw, err = d.span(start); err != nil {
			return Value{}, prefixed(err, field)
		}
	}
	return arrayValue(elem, int(n), raw), nil
}

// arrayHeader reads the element type and count of an ARRAY at nesting depth
// depth. Its errors, like those of elems, have a Field relative to the
// array's (see prefixed), so that no field name is formatted unless something
// fails.
func (d *decoder) arrayHeader(depth int, tOff int64) (ValueType, uint64, error) {
	if depth > MaxArrayDepth {
		return 0, 0, &FormatError{Offset: tOff, Err: ErrLimit, Detail: fmt.Sprintf("array nesting depth exceeds %d", MaxArrayDepth)}
	}
	eOff := d.off
	et, err := d.u32(" element type")
	if err != nil {
		return 0, 0, err
	}
	elem := ValueType(et)
	if !elem.Valid() {
		return 0, 0, &FormatError{Field: " element type", Offset: eOff, Err: ErrBadValue, Detail: fmt.Sprintf("invalid value type %d", et)}
	}
	n, err := d.count(" count", MaxArrayLen, elem.minSize())
	if err != nil {
		return 0, 0, err
	}
	return elem, n, nil
}

// elems validates the n elements of type elem of an ARRAY at nesting depth
// depth and moves past them. With keep, it returns a copy of fixed-size
// elements (nil for the others, which span copies in one piece afterwards).
// STRING bytes are skipped, not read: any bytes are a valid string.
func (d *decoder) elems(elem ValueType, n uint64, depth int, keep bool) ([]byte, error) {
	switch elem {
	case ValueString:
		for i := range n {
			off := d.off
			l, err := d.u64("")
			if err == nil && l > MaxStringLen {
				err = &FormatError{Offset: off, Err: ErrLimit, Detail: fmt.Sprintf("length %d exceeds limit %d", l, MaxStringLen)}
			}
			if err == nil && l > d.available() {
				err = &FormatError{Offset: off, Err: ErrTruncated, Detail: fmt.Sprintf("length %d exceeds the %d bytes left", l, d.available())}
			}
			if err != nil {
				return nil, prefixed(err, fmt.Sprintf("[%d]", i))
			}
			d.off += int64(l)
		}
		return nil, nil
	case ValueArray:
		for i := range n {
			tOff := d.off
			et, m, err := d.arrayHeader(depth+1, tOff)
			if err == nil {
				_, err = d.elems(et, m, depth+1, false)
			}
			if err != nil {
				return nil, prefixed(err, fmt.Sprintf("[%d]", i))
			}
		}
		return nil, nil
	}
	off := d.off
	// n <= MaxArrayLen and the size is at most 8, so this cannot overflow;
	// count checked it against the bytes left.
	size := n * elem.fixedSize()
	if !keep && elem != ValueBool {
		d.off += int64(size) // any bytes are valid
		return nil, nil
	}
	var b []byte
	var err error
	if keep {
		b, err = d.owned(size, "")
	} else {
		b, err = d.next(size, "")
	}
	if err != nil {
		return nil, err
	}
	if elem == ValueBool {
		for i, x := range b {
			if x > 1 {
				return nil, &FormatError{Field: fmt.Sprintf("[%d]", i), Offset: off + int64(i), Err: ErrBadValue,
					Detail: fmt.Sprintf("BOOL byte %d is not 0 or 1", x)}
			}
		}
	}
	return b, nil
}

// span returns a copy of the file's bytes from start to d.off.
func (d *decoder) span(start int64) ([]byte, error) {
	end := d.off
	if start >= d.bufOff && end <= d.bufOff+int64(len(d.buf)) {
		return slices.Clone(d.buf[start-d.bufOff : end-d.bufOff]), nil
	}
	b := make([]byte, end-start)
	if err := d.readAt(b, start, ""); err != nil {
		return nil, err
	}
	return b, nil
}

// prefixed puts p in front of the Field of a *FormatError.
func prefixed(err error, p string) error {
	var fe *FormatError
	if errors.As(err, &fe) {
		fe.Field = p + fe.Field
	}
	return err
}
