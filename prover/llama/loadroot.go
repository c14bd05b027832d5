package llama

import (
	"context"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/merkle"
)

// ErrRootMismatch is wrapped by *RootError.
var ErrRootMismatch = errors.New("llama: model root mismatch")

// RootError reports a file whose model root is not the one it was asked for
// (the root it is filed or registered under).
type RootError struct {
	Path      string
	Want, Got merkle.Hash
}

func (e *RootError) Error() string {
	return fmt.Sprintf("llama: %s has model root %#x, want %#x", e.Path, e.Got, e.Want)
}

// Unwrap returns ErrRootMismatch.
func (e *RootError) Unwrap() error { return ErrRootMismatch }

// LoadRoot loads the canonical model at path (Load, under opts) and computes
// its model root with run; a file whose root is not want is closed and
// refused with a *RootError. The caller must Close the result.
func LoadRoot(ctx context.Context, path string, want merkle.Hash, opts Options, run canon.Options) (*Loaded, error) {
	l, err := Load(path, opts)
	if err != nil {
		return nil, err
	}
	got, err := l.Model.RootContext(ctx, run)
	if err != nil {
		l.Close()
		return nil, err
	}
	if got != want {
		l.Close()
		return nil, &RootError{Path: path, Want: want, Got: got}
	}
	return l, nil
}
