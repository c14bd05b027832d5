package reexec

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sync"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
)

// Models loads canonical models for re-execution from a directory of
// <root>.gguf files (the root in lowercase hex, no 0x), checks each file's
// root once (llama.LoadRoot) and keeps it loaded. It is safe for concurrent
// use; loads are serialized.
type Models struct {
	dir  string
	load llama.Options
	run  canon.Options

	mu     sync.Mutex
	loaded map[merkle.Hash]*llama.Loaded
}

// NewModels returns a loader over dir; load bounds each model's memory and
// run is used to compute the root.
func NewModels(dir string, load llama.Options, run canon.Options) *Models {
	return &Models{dir: dir, load: load, run: run, loaded: map[merkle.Hash]*llama.Loaded{}}
}

// Path is where the model of root is looked for.
func (ms *Models) Path(root merkle.Hash) string {
	return filepath.Join(ms.dir, hex.EncodeToString(root[:])+".gguf")
}

// Get returns the model of root, loading and checking it on first use.
func (ms *Models) Get(ctx context.Context, root merkle.Hash) (*canon.Model, error) {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if l, ok := ms.loaded[root]; ok {
		return l.Model, nil
	}
	l, err := llama.LoadRoot(ctx, ms.Path(root), root, ms.load, ms.run)
	if err != nil {
		return nil, fmt.Errorf("reexec: load model %x: %w", root, err)
	}
	ms.loaded[root] = l
	return l.Model, nil
}

// Close releases every loaded model.
func (ms *Models) Close() error {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	var errs []error
	for r, l := range ms.loaded {
		errs = append(errs, l.Close())
		delete(ms.loaded, r)
	}
	return errors.Join(errs...)
}
