package gguf

import (
	"errors"
	"fmt"
	"strings"
)

var (
	// ErrDestination is returned when WriteFile's destination exists but is not
	// a regular file (a symlink, a device, a directory, a pipe): it is never
	// replaced.
	ErrDestination = errors.New("gguf: destination is not a regular file")
	// ErrBadMagic is returned when a file does not start with "GGUF".
	ErrBadMagic = errors.New("gguf: bad magic")
	// ErrUnsupportedVersion is returned for a GGUF version other than 2 or 3.
	ErrUnsupportedVersion = errors.New("gguf: unsupported version")
	// ErrTruncated is returned when a field, or a tensor's data, extends past
	// the end of the file.
	ErrTruncated = errors.New("gguf: truncated file")
	// ErrLimit is returned when a count, length or nesting depth exceeds one of
	// the package's hard limits.
	ErrLimit = errors.New("gguf: limit exceeded")
	// ErrMissingKey is returned when a required metadata key is absent.
	ErrMissingKey = errors.New("gguf: missing key")
	// ErrMissingTensor is returned when a named tensor is absent.
	ErrMissingTensor = errors.New("gguf: missing tensor")
	// ErrWrongType is returned when a metadata value does not have the
	// expected type.
	ErrWrongType = errors.New("gguf: wrong value type")
	// ErrBadValue is returned for an invalid metadata value: an unknown value
	// type, or a BOOL byte other than 0 and 1.
	ErrBadValue = errors.New("gguf: bad metadata value")
	// ErrUnsupportedTensorType is returned for a tensor whose ggml type is not
	// in this package's type table.
	ErrUnsupportedTensorType = errors.New("gguf: unsupported tensor type")
	// ErrDuplicate is returned for a repeated metadata key or tensor name.
	ErrDuplicate = errors.New("gguf: duplicate")
	// ErrBadTensor is returned for an invalid tensor info: bad dimensions,
	// a misaligned offset, overlapping data or a data length that does not
	// match the tensor's shape.
	ErrBadTensor = errors.New("gguf: bad tensor")
	// ErrBadAlignment is returned when general.alignment is not a power of two
	// greater than zero that fits in a UINT32.
	ErrBadAlignment = errors.New("gguf: bad alignment")
)

// FormatError describes an invalid field of a GGUF file, or an invalid
// argument to the Writer. It wraps one of the package's sentinel errors (or an
// I/O error), so callers test it with errors.Is.
type FormatError struct {
	// Field names what is wrong, e.g. `tensor "blk.0.attn_q.weight" dims`.
	Field string
	// Offset is the absolute file offset of the field, or -1 when the error
	// does not come from a file (Writer and decoder arguments).
	Offset int64
	// Err is the sentinel error (or I/O error) being wrapped.
	Err error
	// Detail says what was found and which limit it broke.
	Detail string
}

// Error implements error.
func (e *FormatError) Error() string {
	msg := e.Detail
	if msg == "" && e.Err != nil {
		msg = strings.TrimPrefix(e.Err.Error(), "gguf: ")
	}
	var b strings.Builder
	b.WriteString("gguf: ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(msg)
	if e.Offset >= 0 {
		fmt.Fprintf(&b, " (offset %d)", e.Offset)
	}
	return b.String()
}

// Unwrap returns the wrapped error.
func (e *FormatError) Unwrap() error { return e.Err }

// TensorTypeError reports a tensor whose ggml type this package does not
// support. It wraps ErrUnsupportedTensorType. Callers that accept only some
// types (e.g. an importer) may return it too.
type TensorTypeError struct {
	// Tensor is the tensor's name.
	Tensor string
	// Type is the tensor's ggml type id.
	Type Type
	// Offset is the absolute file offset of the type field, or -1.
	Offset int64
}

// Error implements error.
func (e *TensorTypeError) Error() string {
	var s string
	if e.Type.Known() {
		s = fmt.Sprintf("gguf: tensor %q: unsupported tensor type %s (id %d)", e.Tensor, e.Type, uint32(e.Type))
	} else {
		s = fmt.Sprintf("gguf: tensor %q: unknown tensor type id %d", e.Tensor, uint32(e.Type))
	}
	if e.Offset >= 0 {
		s += fmt.Sprintf(" (offset %d)", e.Offset)
	}
	return s
}

// Unwrap returns ErrUnsupportedTensorType.
func (e *TensorTypeError) Unwrap() error { return ErrUnsupportedTensorType }

// WrongTypeError reports a metadata value of an unexpected type. It wraps
// ErrWrongType.
type WrongTypeError struct {
	// Key is the metadata key, or "" when a Value accessor was called on a
	// value not obtained by key.
	Key string
	// Want describes the expected type, e.g. "UINT32" or "ARRAY[STRING]".
	Want string
	// Got describes the actual type (and, for a negative integer read as
	// unsigned, the value).
	Got string
}

// Error implements error.
func (e *WrongTypeError) Error() string {
	if e.Key == "" {
		return fmt.Sprintf("gguf: wrong value type: got %s, want %s", e.Got, e.Want)
	}
	return fmt.Sprintf("gguf: key %q: wrong value type: got %s, want %s", e.Key, e.Got, e.Want)
}

// Unwrap returns ErrWrongType.
func (e *WrongTypeError) Unwrap() error { return ErrWrongType }

// KeyError reports a missing metadata key. It wraps ErrMissingKey.
type KeyError struct {
	// Key is the metadata key that was looked up.
	Key string
}

// Error implements error.
func (e *KeyError) Error() string { return fmt.Sprintf("gguf: key %q: missing key", e.Key) }

// Unwrap returns ErrMissingKey.
func (e *KeyError) Unwrap() error { return ErrMissingKey }

// withKey names key in a *WrongTypeError returned by a Value accessor.
func withKey(key string, err error) error {
	var wt *WrongTypeError
	if errors.As(err, &wt) {
		c := *wt
		c.Key = key
		return &c
	}
	return err
}
