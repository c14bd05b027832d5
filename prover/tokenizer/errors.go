package tokenizer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	// ErrUnsupportedModel is returned by New for a tokenizer model other than
	// "llama" (the GGUF key tokenizer.ggml.model).
	ErrUnsupportedModel = errors.New("tokenizer: unsupported tokenizer model")
	// ErrInvalidVocab is returned by New for a vocabulary that llama.cpp would
	// refuse to load, or that this package cannot tokenize with exactly.
	ErrInvalidVocab = errors.New("tokenizer: invalid vocabulary")
	// ErrTokenOutOfRange is returned when a token id is negative or not below
	// the vocabulary size.
	ErrTokenOutOfRange = errors.New("tokenizer: token id out of range")
	// ErrBuildVocab is returned by BuildVocab when the corpus or the requested
	// size cannot yield a vocabulary.
	ErrBuildVocab = errors.New("tokenizer: cannot build vocabulary")
)

// VocabError describes an invalid field of a Vocab, or an invalid argument to
// BuildVocab. It wraps one of the package's sentinel errors, so callers test
// it with errors.Is.
type VocabError struct {
	// Field names the offending Vocab field (e.g. "Tokens", "ScoreBits",
	// "BOS") or BuildVocab argument ("corpus", "size").
	Field string
	// Index is the index of the offending element of Field, or -1 when the
	// error concerns the field as a whole.
	Index int
	// Detail says what was found and which limit it broke.
	Detail string
	// Err is the wrapped sentinel error: ErrInvalidVocab, ErrUnsupportedModel
	// or ErrBuildVocab.
	Err error
}

// Error implements error.
func (e *VocabError) Error() string {
	var b strings.Builder
	b.WriteString("tokenizer: ")
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Index >= 0 {
			b.WriteString("[" + strconv.Itoa(e.Index) + "]")
		}
		b.WriteString(": ")
	}
	msg := e.Detail
	if msg == "" && e.Err != nil {
		msg = strings.TrimPrefix(e.Err.Error(), "tokenizer: ")
	}
	b.WriteString(msg)
	return b.String()
}

// Unwrap returns the wrapped sentinel error.
func (e *VocabError) Unwrap() error { return e.Err }

// TokenError reports a token id outside the vocabulary. It wraps
// ErrTokenOutOfRange.
type TokenError struct {
	// ID is the offending token id.
	ID int32
	// Size is the vocabulary size; valid ids are 0 <= id < Size.
	Size int
}

// Error implements error.
func (e *TokenError) Error() string {
	return fmt.Sprintf("tokenizer: token id %d out of range [0, %d)", e.ID, e.Size)
}

// Unwrap returns ErrTokenOutOfRange.
func (e *TokenError) Unwrap() error { return ErrTokenOutOfRange }

func invalid(field string, index int, format string, args ...any) *VocabError {
	return &VocabError{Field: field, Index: index, Detail: fmt.Sprintf(format, args...), Err: ErrInvalidVocab}
}
