package llama

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/gguf"
)

// ErrChanged is returned when the model file was written, truncated or
// replaced while it was being loaded (Load) or since (Verify).
var ErrChanged = errors.New("llama: model file changed")

// MaxStreamSize is the largest model Load reads from a file that is not a
// regular file (a pipe, a device): such a file is read into memory whole.
const MaxStreamSize = 64 << 30

// snapshot identifies a version of a file: a write or a truncation changes
// its size, modification time or (on Linux) change time, which no user can
// set; a replacement changes its device and inode.
type snapshot struct {
	size        int64
	mod, change time.Time
	dev, ino    uint64
}

func snapshotOf(fi os.FileInfo) snapshot {
	s := snapshot{size: fi.Size(), mod: fi.ModTime(), change: changeTime(fi)}
	s.dev, s.ino, _ = identity(fi)
	return s
}

func (s snapshot) equal(o snapshot) bool {
	return s.size == o.size && s.mod.Equal(o.mod) && s.change.Equal(o.change) && s.dev == o.dev && s.ino == o.ino
}

// source is where a Loaded model's weights live: a private read-only mapping
// of its file, or memory of their own.
type source struct {
	path    string
	regular bool
	snap    snapshot
	file    *os.File // open while loading
	mapping []byte   // nil when the weights were copied

	mu     sync.Mutex
	closed bool
}

// openModel opens and parses the model file at path and returns it with the
// function that reads a tensor's data, nil when the weights are to be copied
// (fromFile then reads them into one arena). The weights are mapped when the file
// is a regular file that cannot change (on a read-only local file system), copied into
// memory otherwise: a regular file that can change is read tensor by tensor,
// anything else (a pipe, a device) whole, up to MaxStreamSize and the memory
// budget (≤ 0: canon.DefaultMemoryBudget()). Errors name path.
func openModel(path string, budget int64) (*gguf.File, func(string) ([]byte, error), *source, error) {
	osf, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	fi, err := osf.Stat()
	if err != nil {
		osf.Close()
		return nil, nil, nil, err
	}
	src := &source{path: path, regular: fi.Mode().IsRegular(), snap: snapshotOf(fi), file: osf}
	if !src.regular {
		if budget <= 0 {
			budget = canon.DefaultMemoryBudget()
		}
		buf, err := readStream(osf, min(budget, MaxStreamSize))
		osf.Close()
		src.file = nil
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		f, err := gguf.Read(bytes.NewReader(buf), int64(len(buf)))
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		return f, nil, src, nil
	}
	f, err := gguf.Read(osf, fi.Size())
	if err != nil {
		osf.Close()
		return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if !mappable(osf) {
		return f, nil, src, nil
	}
	m, err := mapFile(osf, fi.Size())
	if err != nil {
		return f, nil, src, nil // copy instead
	}
	src.mapping = m
	adviseHuge(m) // file-backed huge pages where the kernel collapses read-only file pages (READ_ONLY_THP_FOR_FS)
	return f, func(name string) ([]byte, error) {
		t, ok := f.Tensor(name)
		if !ok {
			return nil, &gguf.FormatError{Field: "tensor " + name, Offset: -1, Err: gguf.ErrMissingTensor}
		}
		// Read checked that the tensor lies inside the file.
		start := uint64(f.DataOffset) + t.Offset
		return m[start : start+t.Size() : start+t.Size()], nil
	}, src, nil
}

// mappable reports whether the weights of the regular file f may be mapped
// rather than copied. A mapping of a file that changes is unsound: a
// truncation turns reads into SIGBUS, a write changes weights under a model
// root already computed. Tests replace it.
var mappable = unchanging

// readStream reads a non-regular file whole, up to limit bytes: a longer
// one is refused with a *canon.BudgetError (key "stream size") once limit+1
// bytes are read. It reads the magic first, so that an endless device that
// is not a GGUF file costs nothing; a read error (a directory) is returned.
func readStream(r io.Reader, limit int64) ([]byte, error) {
	head := make([]byte, len(gguf.Magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != gguf.Magic {
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, err
		}
		return head, nil // too short or not GGUF: gguf.Read says why
	}
	buf, err := io.ReadAll(io.LimitReader(r, limit+1-int64(len(head))))
	if err != nil {
		return nil, err
	}
	if n := int64(len(buf) + len(head)); n > limit {
		return nil, &canon.BudgetError{Key: "stream size", Value: n, Need: canon.Memory{Weights: n}, Budget: limit}
	}
	return append(head, buf...), nil
}

// loaded checks that the file did not change while it was being loaded, and
// closes it: the weights are mapped or copied by now.
func (s *source) loaded() error {
	if s.file == nil {
		return nil
	}
	fi, err := s.file.Stat()
	s.file.Close()
	s.file = nil
	if err != nil {
		return err
	}
	if s.regular && !snapshotOf(fi).equal(s.snap) {
		return fmt.Errorf("%w while it was being loaded", ErrChanged)
	}
	return nil
}

// close releases the mapping, once.
func (s *source) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.file != nil {
		s.file.Close()
		s.file = nil
	}
	if s.mapping == nil {
		return nil
	}
	m := s.mapping
	s.mapping = nil
	return unmap(m)
}

// Mapped reports whether the model's weights are a mapping of its file
// rather than memory of their own (see Load).
func (l *Loaded) Mapped() bool {
	if l.src == nil {
		return false
	}
	l.src.mu.Lock()
	defer l.src.mu.Unlock()
	return l.src.mapping != nil
}

// Verify reports whether the file the model was loaded from is still the
// one loaded: a *ChangedError (wrapping ErrChanged) if it was written,
// truncated, replaced or removed since. The loaded model itself is immune
// to such changes (its weights were copied, or mapped from a file that
// cannot change); Verify tells a caller that the path no longer holds the
// model whose root it computed. A model from FromFile, or from a file that
// is not a regular file, always verifies.
func (l *Loaded) Verify() error {
	if l.src == nil || !l.src.regular {
		return nil
	}
	fi, err := os.Stat(l.src.path)
	if err != nil {
		return &ChangedError{Path: l.src.path, Detail: err.Error()}
	}
	if now := snapshotOf(fi); !now.equal(l.src.snap) {
		return &ChangedError{Path: l.src.path, Detail: fmt.Sprintf("size %d, modified %s; loaded: size %d, modified %s",
			now.size, now.mod.Format(time.RFC3339Nano), l.src.snap.size, l.src.snap.mod.Format(time.RFC3339Nano))}
	}
	return nil
}

// ChangedError reports a model file that changed since it was loaded. It
// wraps ErrChanged.
type ChangedError struct {
	// Path is the model file.
	Path string
	// Detail says what differs.
	Detail string
}

// Error implements error.
func (e *ChangedError) Error() string {
	return fmt.Sprintf("llama: model file %s changed since it was loaded: %s", e.Path, e.Detail)
}

// Unwrap returns ErrChanged.
func (e *ChangedError) Unwrap() error { return ErrChanged }

// Close releases the model's weights: it unmaps them when they are mapped.
// The Model must not be used after Close (l.Model is set to nil). Close is
// idempotent and safe for concurrent use; a model from FromFile has nothing
// to release.
func (l *Loaded) Close() error {
	if l.src == nil {
		return nil
	}
	err := l.src.close()
	l.Model = nil
	return err
}
