package worker

import (
	"container/list"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/llama"
	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/tokenizer"
)

// DefaultMaxLoaded is StoreConfig.MaxLoaded's default.
const DefaultMaxLoaded = 2

var (
	// ErrUnknownModel is returned for a model root the store has no file for.
	ErrUnknownModel = errors.New("worker: unknown model")
	// ErrStoreConfig is returned for an invalid StoreConfig.
	ErrStoreConfig = errors.New("worker: invalid store config")
	// ErrStoreClosed is returned by a closed store.
	ErrStoreClosed = errors.New("worker: store closed")
)

// StoreConfig configures a Store.
type StoreConfig struct {
	// Dir holds canonical GGUF files named by their model root:
	// <64 hex digits>.gguf (0x prefix allowed). Empty: no directory.
	Dir string
	// Files maps model roots to the paths of their canonical GGUF files.
	Files map[merkle.Hash]string
	// MaxLoaded bounds the models kept loaded (0: DefaultMaxLoaded); the
	// least recently used one past it is closed once no job uses it.
	MaxLoaded int
	// Load sets the memory budget every model is loaded under.
	Load llama.Options
	// Options are the canonical runtime options the model root is computed with.
	Options canon.Options
}

// Check validates the configuration.
func (c StoreConfig) Check() error {
	if c.MaxLoaded < 0 {
		return fmt.Errorf("%w: MaxLoaded %d must be ≥ 0 (0: %d)", ErrStoreConfig, c.MaxLoaded, DefaultMaxLoaded)
	}
	if c.Load.MemoryBudget < 0 {
		return fmt.Errorf("%w: Load.MemoryBudget %d must be ≥ 0 (0: the default)", ErrStoreConfig, c.Load.MemoryBudget)
	}
	if err := c.Options.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrStoreConfig, err)
	}
	if c.Dir != "" {
		if fi, err := os.Stat(c.Dir); err != nil || !fi.IsDir() {
			return fmt.Errorf("%w: Dir %q is not a directory", ErrStoreConfig, c.Dir)
		}
	}
	return nil
}

// Store loads canonical models by model root, checks each file's root before
// its model is used, and keeps at most MaxLoaded models loaded, closing the
// least recently used one past the bound once no job holds it. It is safe for
// concurrent use; concurrent requests for one root load it once.
type Store struct {
	cfg StoreConfig
	max int

	mu     sync.Mutex
	files  map[merkle.Hash]string
	cache  map[merkle.Hash]*entry
	lru    *list.List // of *entry, most recently used first; loaded entries only
	closed bool
}

type entry struct {
	root   merkle.Hash
	ready  chan struct{} // closed when the load finished
	loaded *llama.Loaded // nil until ready, or on error
	err    error
	refs   int
	elem   *list.Element // in lru; nil when evicted
}

// NewStore returns a store for cfg (checked).
func NewStore(cfg StoreConfig) (*Store, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	s := &Store{cfg: cfg, max: cfg.MaxLoaded, files: map[merkle.Hash]string{}, cache: map[merkle.Hash]*entry{}, lru: list.New()}
	if s.max == 0 {
		s.max = DefaultMaxLoaded
	}
	for r, p := range cfg.Files {
		s.files[r] = p
	}
	return s, nil
}

// Add loads the file at path, computes its model root and files it under
// that root (it stays loaded like any other model); it returns the root.
func (s *Store) Add(ctx context.Context, path string) (merkle.Hash, error) {
	l, root, err := s.load(ctx, path)
	if err != nil {
		return merkle.Hash{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		l.Close()
		return merkle.Hash{}, ErrStoreClosed
	}
	s.files[root] = path
	if _, ok := s.cache[root]; ok {
		l.Close() // already loaded (from this or an equal file)
		return root, nil
	}
	e := &entry{root: root, ready: make(chan struct{}), loaded: l}
	close(e.ready)
	s.cache[root] = e
	e.elem = s.lru.PushFront(e)
	s.evictLocked()
	return root, nil
}

// Path returns the file a root is served from: Files, an added file, or
// Dir/<hex root>.gguf.
func (s *Store) Path(root merkle.Hash) (string, error) {
	s.mu.Lock()
	p, ok := s.files[root]
	s.mu.Unlock()
	if ok {
		return p, nil
	}
	if s.cfg.Dir != "" {
		for _, name := range []string{hex.EncodeToString(root[:]), "0x" + hex.EncodeToString(root[:])} {
			p := filepath.Join(s.cfg.Dir, name+".gguf")
			if _, err := os.Stat(p); err == nil {
				return p, nil
			}
		}
	}
	return "", fmt.Errorf("%w: no file for model root %#x (dir %q)", ErrUnknownModel, root, s.cfg.Dir)
}

// Roots returns the roots filed by Files and Add, and those the directory's
// file names claim (checked only when loaded).
func (s *Store) Roots() []merkle.Hash {
	s.mu.Lock()
	var out []merkle.Hash
	for r := range s.files {
		out = append(out, r)
	}
	s.mu.Unlock()
	if s.cfg.Dir == "" {
		return out
	}
	ents, _ := os.ReadDir(s.cfg.Dir)
	for _, e := range ents {
		name := strings.TrimPrefix(strings.TrimSuffix(e.Name(), ".gguf"), "0x")
		if b, err := hex.DecodeString(name); err == nil && len(b) == 32 && strings.HasSuffix(e.Name(), ".gguf") {
			out = append(out, merkle.Hash(b))
		}
	}
	return out
}

// Handle is a loaded model held by a job; Release it when done.
type Handle struct {
	Root      merkle.Hash
	Path      string
	Model     *canon.Model
	Tokenizer *tokenizer.Tokenizer

	s    *Store
	e    *entry
	once sync.Once
}

// Release returns the model to the store.
func (h *Handle) Release() {
	h.once.Do(func() { h.s.release(h.e) })
}

// Get returns the model of root, loading it (and checking its root) if it is
// not loaded. A file whose root differs is refused with a *llama.RootError.
func (s *Store) Get(ctx context.Context, root merkle.Hash) (*Handle, error) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil, ErrStoreClosed
	}
	e, ok := s.cache[root]
	if !ok {
		e = &entry{root: root, ready: make(chan struct{})}
		s.cache[root] = e
		go s.fill(e)
	}
	e.refs++
	s.mu.Unlock()

	select {
	case <-e.ready:
	case <-ctx.Done():
		s.release(e)
		return nil, fmt.Errorf("worker: waiting for model %#x: %w", root, ctx.Err())
	}
	if e.err != nil {
		s.release(e)
		return nil, e.err
	}
	path, _ := s.Path(root)
	return &Handle{Root: root, Path: path, Model: e.loaded.Model, Tokenizer: e.loaded.Tokenizer, s: s, e: e}, nil
}

// fill loads e's model (on its own goroutine: a caller giving up does not
// cancel a load others may wait for).
func (s *Store) fill(e *entry) {
	var l *llama.Loaded
	path, err := s.Path(e.root)
	if err == nil {
		l, err = llama.LoadRoot(context.Background(), path, e.root, s.cfg.Load, s.cfg.Options)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	e.loaded, e.err = l, err
	close(e.ready)
	if err != nil {
		delete(s.cache, e.root) // a later Get tries again
		return
	}
	if s.closed {
		s.closeIfDoneLocked(e) // or the last release closes it
		return
	}
	e.elem = s.lru.PushFront(e)
	s.evictLocked()
}

func (s *Store) load(ctx context.Context, path string) (*llama.Loaded, merkle.Hash, error) {
	l, err := llama.Load(path, s.cfg.Load)
	if err != nil {
		return nil, merkle.Hash{}, err
	}
	root, err := l.Model.RootContext(ctx, s.cfg.Options)
	if err != nil {
		l.Close()
		return nil, merkle.Hash{}, err
	}
	return l, root, nil
}

func (s *Store) release(e *entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e.refs--
	if e.elem != nil {
		s.lru.MoveToFront(e.elem)
	}
	s.closeIfDoneLocked(e)
	s.evictLocked()
}

// evictLocked drops the least recently used loaded models past the bound.
func (s *Store) evictLocked() {
	for s.lru.Len() > s.max {
		e := s.lru.Remove(s.lru.Back()).(*entry)
		e.elem = nil
		if s.cache[e.root] == e {
			delete(s.cache, e.root)
		}
		s.closeIfDoneLocked(e)
	}
}

// closeIfDoneLocked closes an evicted (or closed-store) entry nobody holds.
func (s *Store) closeIfDoneLocked(e *entry) {
	if e.refs == 0 && e.elem == nil && e.loaded != nil && (s.cache[e.root] != e || s.closed) {
		e.loaded.Close()
		e.loaded = nil
	}
}

// Loaded returns the number of models the cache holds loaded now (not
// counting evicted ones a job still holds, which close on release).
func (s *Store) Loaded() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lru.Len()
}

// Close closes every loaded model once no job holds it; later Gets fail.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for s.lru.Len() > 0 {
		e := s.lru.Remove(s.lru.Back()).(*entry)
		e.elem = nil
		s.closeIfDoneLocked(e)
	}
	return nil
}
